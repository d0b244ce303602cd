"""Qt helpers for the window figures: the application, waiting for a paint, loop stalls."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication, QWidget


def application() -> QApplication:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(["benchmarks"])
    assert isinstance(app, QApplication)
    return app


def main_window(data_dir: Path):  # -> MainWindow; imported late: it pulls in the whole GUI
    """A shown MainWindow with its settings in `data_dir`, at a laptop's screen size."""
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import AppSettings

    window = MainWindow(AppSettings(data_dir / "settings.ini"))
    window.resize(1366, 768)
    window.show()
    process_events_for(0.2)
    return window


def process_events_for(seconds: float) -> None:
    app = application()
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)


def wait_until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    """Run the event loop until `condition()` holds; raise after `timeout` seconds."""
    app = application()
    end = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > end:
            raise TimeoutError(f"{what}: not done after {timeout:.0f} s")
        app.processEvents()
        time.sleep(0.0005)


class PaintWatch(QObject):
    """Counts paint events a widget receives (install, act, then wait for `count`)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.widget = widget
        self.count = 0
        self.last_paint = 0.0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.widget and event.type() == QEvent.Type.Paint:
            self.count += 1
            self.last_paint = time.perf_counter()
        return False

    def remove(self) -> None:
        self.widget.removeEventFilter(self)


class StallMeter(QObject):
    """A timer ticking every `interval_ms` in the GUI thread; records the longest gap."""

    def __init__(self, interval_ms: int = 10) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.max_gap = 0.0
        self.max_gap_at = 0.0  # when the longest gap ended, seconds after start
        self.ticks = 0
        self._started = 0.0

    def start(self) -> None:
        self._started = self._last = time.perf_counter()
        self.max_gap = 0.0
        self.ticks = 0
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._tick()

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = now - self._last
        if gap > self.max_gap:
            self.max_gap = gap
            self.max_gap_at = now - self._started
        self._last = now
        self.ticks += 1


def run_loop(seconds: float, until: SignalInstance | None = None) -> bool:
    """Run a real event loop for up to `seconds`, or until `until` is emitted.

    Returns whether `until` came (False: the time ran out).
    """
    loop = QEventLoop()
    came = []
    if until is not None:
        until.connect(lambda *args: (came.append(True), loop.quit()))
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    return bool(came)


def measure_idle_stall(seconds: float) -> float:
    """The longest gap of the ticking timer in a real event loop doing nothing else, in s."""
    application()
    meter = StallMeter()
    meter.start()
    run_loop(seconds)
    meter.stop()
    return meter.max_gap


def reader_surface(reader) -> QWidget:  # reader: annotator.gui.reader.Reader
    """The widget that paints the current document: the page view's or the text's viewport."""
    if reader.in_page_mode:
        return reader.pdf_view.viewport()
    return reader.text_view.text_edit.viewport()
