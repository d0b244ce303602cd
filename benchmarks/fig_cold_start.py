"""Cold start: a new Python process until the window shows the demo project's first document.

Measured from just before the process is started to the first paint of the
reader after `open_project` returns, as the child reports it on the system's
monotonic clock (shared by all processes). The baseline is the same for an
empty QMainWindow, so the ratio is what Annotator adds to Python and Qt.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.corpus import Corpus, Sizes
from benchmarks.table import Row

TARGET_RATIO = 1.5
# Starting a process varies by tens of milliseconds from one run to the next here: enough
# rounds for a stable median (each round takes about a second).
ROUNDS = 9

# Each script defines `app` and `surface`, then prints the monotonic time of the
# surface's first paint after `start` and quits.
WATCH = """
import time
from PySide6.QtCore import QEvent, QObject, QTimer
{setup}
class Watch(QObject):
    def eventFilter(self, watched, event):
        if watched is surface and event.type() == QEvent.Type.Paint:
            print(time.monotonic(), flush=True)
            QTimer.singleShot(0, app.quit)
        return False
watch = Watch()
surface.installEventFilter(watch)
{start}
QTimer.singleShot(30000, app.quit)
app.exec()
"""

APP = WATCH.format(setup="""
import sys
from annotator.gui.app import create_application
from annotator.gui.main_window import MainWindow
app = create_application([])
window = MainWindow()
window.show()
window.open_project(sys.argv[1])
reader = window.reader
surface = (reader.pdf_view.viewport() if reader.in_page_mode
           else reader.text_view.text_edit.viewport())""", start="surface.update()")

# The first window a user sees, before any project: the app's own start-up cost.
NO_PROJECT = WATCH.format(setup="""
from annotator.gui.app import create_application
from annotator.gui.main_window import MainWindow
app = create_application([])
surface = window = MainWindow()""", start="window.show()")

BARE = WATCH.format(setup="""
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
surface = window = QMainWindow()
window.resize(1280, 760)""", start="window.show()")


def labels(sizes: Sizes) -> list[str]:
    return ["cold start to the first shown window (no project)",
            "cold start to a shown window on the demo project"]


def _start(code: str, arguments: list[str], env: dict[str, str]) -> float:
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", code, *arguments], capture_output=True,
                          text=True, timeout=120, env=env, check=True,
                          cwd=Path(__file__).resolve().parents[1])
    return float(done.stdout.strip().splitlines()[0]) - started


def run(corpus: Corpus, sizes: Sizes, work: Path) -> list[Row]:
    # Bytecode is cached, as an installed app has it (pip and the installers compile it):
    # a machine that forbids writing it would otherwise compile Annotator's modules at
    # every start, while PySide's come compiled.
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env.update({"QT_QPA_PLATFORM": "offscreen", "ANNOTATOR_DATA_DIR": str(work)})
    rounds = ROUNDS if sizes.repeats > 1 else 1
    for code, arguments in ((APP, [str(corpus.demo_project)]), (NO_PROJECT, []), (BARE, [])):
        _start(code, arguments, env)  # a first run writes settings, caches and bytecode
    app, empty, bare = [], [], []
    for _ in range(rounds):  # alternated: a machine slowing down weighs on all three
        app.append(_start(APP, [str(corpus.demo_project)], env))
        empty.append(_start(NO_PROJECT, [], env))
        bare.append(_start(BARE, [], env))
    names = labels(sizes)
    return [
        Row(names[0], statistics.median(empty), "s", statistics.median(bare), "max_ratio",
            TARGET_RATIO,
            note=f"median of {rounds} alternated runs: a new Python process that builds the "
                 "QApplication and the MainWindow and paints it; baseline: a QApplication and "
                 "an empty QMainWindow painted; bytecode cached"),
        Row(names[1], statistics.median(app), "s", statistics.median(bare),
            note=f"median of {rounds} runs (after one warm-up run) each: a new Python process "
                 "that builds the QApplication and MainWindow, opens the demo project and paints "
                 "its first document (context: it also reads the project and renders a page)"),
    ]
