"""`annotator --smoke-test`: the whole app once, offscreen, in a throwaway data folder.

Shows the window, builds and opens the demo project (its 21-page report is read
by the PDF worker processes, which is what a frozen app most easily gets
wrong), shows the welcome dialog, imports one PDF and one saved web page
through the window's importer, exports the highlights to CSV, and prints how
long each step took. Given a server project's address, it also opens that in the
window and waits for a passage another connection adds to arrive live. Exit code 0
when every step worked, 1 with the failed step named otherwise. Installers run it
on each platform before they are published.
"""

from __future__ import annotations

import csv
import importlib
import os
import pkgutil
import platform
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import (
    QEventLoop,
    QMessageLogContext,
    QTimer,
    QtMsgType,
    SignalInstance,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator import APP_NAME, __version__
from annotator.core.paths import resources_dir

# In the shared test corpus: a short French PDF and a French news article.
CORPUS_PDF = Path("pdf") / "2023-06-20-PV.pdf"
CORPUS_HTML = Path("html") / "lemonde-1" / "source.html"
STEP_TIMEOUT_S = 180.0
# Qt's offscreen platform says this for every window: not worth a line in the report.
QUIET_QT_MESSAGES = ("does not support propagateSizeHints",)
WHOLE_RUN_TIMEOUT_S = 300.0


class SmokeFailure(Exception):
    """A step did not do what it should; the message says what happened."""


def default_corpus() -> Path | None:
    """The shared corpus beside a source checkout, if there is one."""
    if getattr(sys, "frozen", False):
        return None
    candidate = Path(__file__).resolve().parents[3] / "shared" / "corpus"
    return candidate if candidate.is_dir() else None


def smoke_sources(corpus: Path | None) -> tuple[Path, Path]:
    """One PDF and one HTML page: from the corpus, or the demo's own without one."""
    if corpus is None:
        demo = resources_dir() / "demo"
        pdfs = sorted(demo.glob("*.pdf"))
        pages = sorted((demo / "articles").glob("*.html"))
    else:
        if not corpus.is_dir():
            raise SmokeFailure(f"the corpus folder {corpus} does not exist")
        pdfs = [corpus / CORPUS_PDF] if (corpus / CORPUS_PDF).is_file() else sorted(
            p for p in corpus.rglob("*.pdf") if p.stat().st_size > 0)
        pages = [corpus / CORPUS_HTML] if (corpus / CORPUS_HTML).is_file() else sorted(
            corpus.rglob("*.htm*"))
    where = corpus or resources_dir() / "demo"
    if not pdfs:
        raise SmokeFailure(f"no PDF file found in {where}")
    if not pages:
        raise SmokeFailure(f"no HTML file found in {where}")
    return pdfs[0], pages[0]


def seconds_since_process_start() -> float | None:
    """How long this process has run (Linux only: from /proc), else None."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return uptime - int(fields[19]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return None


class _Report:
    """Lines to stdout (absent in a windowed Windows app) and to an optional file."""

    def __init__(self, report_file: Path | None) -> None:
        self.stream: TextIO | None = sys.stdout
        self.file = report_file.open("w", encoding="utf-8") if report_file else None

    def line(self, text: str) -> None:
        for stream in (self.stream, self.file):
            if stream is not None:
                stream.write(text + "\n")
                stream.flush()

    def step(self, name: str, seconds: float, detail: str = "") -> None:
        self.line(f"  {name:<24}{seconds:7.2f} s   {detail}".rstrip())

    def close(self) -> None:
        if self.file is not None:
            self.file.close()


@contextmanager
def _data_folder(folder: Path) -> Iterator[None]:
    """Settings, logs and the demo project in `folder`, not in the user's own data folder."""
    previous = os.environ.get("ANNOTATOR_DATA_DIR")
    os.environ["ANNOTATOR_DATA_DIR"] = str(folder)
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("ANNOTATOR_DATA_DIR", None)
        else:
            os.environ["ANNOTATOR_DATA_DIR"] = previous


class _MessageBoxCatcher:
    """Closes message boxes as they appear and keeps their text: nobody is there to click."""

    def __init__(self) -> None:
        self.messages: list[str] = []
        self._timer = QTimer()
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._close_boxes)
        self._timer.start()

    def _close_boxes(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                self.messages.append(" ".join(
                    part for part in (widget.text(), widget.informativeText()) if part))
                widget.done(0)

    def stop(self) -> None:
        self._timer.stop()


@contextmanager
def _quiet_qt() -> Iterator[None]:
    def handler(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if sys.stderr is not None and not any(q in message for q in QUIET_QT_MESSAGES):
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def wait_for(signal: SignalInstance, timeout_s: float, what: str) -> tuple:
    """Run the event loop until `signal` is emitted; its arguments, or SmokeFailure."""
    received: list[tuple] = []
    loop = QEventLoop()

    def arrived(*args) -> None:
        received.append(args)
        loop.quit()

    signal.connect(arrived)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    try:
        if not received:
            loop.exec()
    finally:
        signal.disconnect(arrived)
    if not received:
        raise SmokeFailure(f"{what} did not finish within {timeout_s:.0f} s")
    return received[0]


def run_smoke_test(corpus: Path | None = None, *, report_file: Path | None = None,
                   whole_run_timeout_s: float | None = None, server: str | None = None) -> int:
    """Run every step; 0 if all worked, 1 otherwise (the report says which step failed)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    report = _Report(report_file)
    watchdog = None
    if whole_run_timeout_s is not None:
        watchdog = threading.Timer(whole_run_timeout_s, _give_up, (report, whole_run_timeout_s))
        watchdog.daemon = True
        watchdog.start()
    frozen = "frozen" if getattr(sys, "frozen", False) else "source"
    report.line(f"{APP_NAME} {__version__} smoke test ({frozen}, Python "
                f"{platform.python_version()}, PySide6 {pyside_version}, {sys.platform}, "
                f"QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']})")
    steps = _Steps(report)
    started = time.perf_counter()
    try:
        # Windows may hold a file a moment after closing it: never fail on the cleanup.
        with tempfile.TemporaryDirectory(prefix="annotator-smoke-",
                                         ignore_cleanup_errors=True) as scratch:
            data = Path(scratch) / "data"
            data.mkdir()
            with _data_folder(data), _quiet_qt():
                steps.run_all(corpus, Path(scratch), server)
    except Exception as error:  # a failed step ends the run: say which and why
        report.line(f"smoke test FAILED at step '{steps.current}': {error}")
        report.close()
        return 1
    finally:
        if watchdog is not None:
            watchdog.cancel()
    report.line(f"smoke test passed in {time.perf_counter() - started:.1f} s")
    report.close()
    return 0


def _give_up(report: _Report, seconds: float) -> None:
    report.line(f"smoke test FAILED: still running after {seconds:.0f} s")
    report.close()
    os._exit(3)


class _Steps:
    """The steps in order; `current` names the one running, for the failure message."""

    def __init__(self, report: _Report) -> None:
        self.report = report
        self.current = "start"

    def _timed(self, name: str, action: Callable[[], str]) -> None:
        self.current = name
        began = time.perf_counter()
        detail = action()
        self.report.step(name, time.perf_counter() - began, detail)

    def run_all(self, corpus: Path | None, scratch: Path, server: str | None = None) -> None:
        from annotator.gui.app import create_application, ensure_demo_project
        from annotator.gui.main_window import MainWindow
        from annotator.gui.settings import AppSettings
        from annotator.gui.welcome import show_welcome_if_first_run

        self.current = "find the corpus"
        pdf, html = smoke_sources(corpus if corpus is not None else default_corpus())
        self.report.line(f"  sources: {pdf} and {html}")
        app = create_application([])
        catcher = _MessageBoxCatcher()
        window = None
        try:
            def show_window() -> str:
                nonlocal window
                window = MainWindow(AppSettings())
                window.show()
                app.processEvents()
                since_start = seconds_since_process_start()
                return f"{since_start:.2f} s since the process started" if since_start else ""

            self._timed("show the window", show_window)
            assert window is not None
            demo: list[Path] = []

            def build_demo() -> str:
                path = ensure_demo_project(window)
                if path is None:
                    raise SmokeFailure(_said(catcher, "the demo project could not be built"))
                demo.append(path)
                return f"{path.stat().st_size / 1e6:.1f} MB"

            self._timed("build the demo project", build_demo)

            def open_demo() -> str:
                if not window.open_project(demo[0]) or window.project is None:
                    raise SmokeFailure(_said(catcher, "the demo project did not open"))
                info = window.project.info()
                if info.documents == 0 or info.annotations == 0:
                    raise SmokeFailure(f"the demo project is empty ({info.documents} documents, "
                                       f"{info.annotations} highlights)")
                pages = max(d.page_count or 0 for d in window.project.documents())
                return (f"{info.documents} documents (longest: {pages} pages), "
                        f"{info.annotations} highlights")

            self._timed("open the demo project", open_demo)

            def welcome() -> str:
                dialog = show_welcome_if_first_run(window.settings, window)
                if dialog is None or not dialog.isVisible():
                    raise SmokeFailure("the welcome dialog did not appear on first launch")
                dialog.accept()
                if not window.settings.welcome_shown:
                    raise SmokeFailure("closing the welcome dialog did not remember it")
                return ""

            self._timed("welcome dialog", welcome)
            self._timed("import a PDF and a page", lambda: self._import(window, [pdf, html]))
            self._timed("export to CSV", lambda: self._export(window, scratch / "passages.csv"))
            self._timed("export other formats",
                        lambda: self._export_others(window, scratch / "exports"))
            self._timed("load every module", _import_every_module)
            if server is not None:
                self._timed("open a server project",
                            lambda: _open_server_project(window, server, catcher))

            def close() -> str:
                window.close()
                app.processEvents()
                return ""

            self._timed("close the window", close)
        finally:
            catcher.stop()
            if window is not None:
                window.close()
                window.deleteLater()
            app.processEvents()

    def _import(self, window, sources: list[Path]) -> str:
        imported: list[int] = []
        window.importer.documentImported.connect(imported.append)
        try:
            window.importer.import_sources([str(source) for source in sources])
            (failures,) = wait_for(window.importer.batchFinished, STEP_TIMEOUT_S, "the import")
        finally:
            window.importer.documentImported.disconnect(imported.append)
        if failures:
            raise SmokeFailure("; ".join(failures))
        if len(imported) != len(sources):
            raise SmokeFailure(f"{len(imported)} of {len(sources)} documents were imported")
        documents = [window.project.document(document_id) for document_id in imported]
        return ", ".join(f"{d.kind} {len(d.text)} characters" for d in documents)

    def _export(self, window, destination: Path) -> str:
        from annotator.core.exporting import export

        written = export(window.project, "csv", destination)
        with written.open(encoding="utf-8-sig", newline="") as handle:
            rows = sum(1 for _ in csv.reader(handle)) - 1
        if rows < 1:
            raise SmokeFailure(f"the CSV export {written} holds no highlights")
        return f"{rows} highlights, {written.stat().st_size / 1e3:.0f} kB"


    def _export_others(self, window, folder: Path) -> str:
        """Every other format: each loads its own libraries, which a frozen app may lack."""
        from annotator.core.exporting import FORMATS, export

        folder.mkdir()
        names = [name for name in FORMATS if name != "csv"]
        for name in names:
            written = export(window.project, name, folder / name)
            size = (sum(f.stat().st_size for f in written.rglob("*") if f.is_file())
                    if written.is_dir() else written.stat().st_size)
            if size == 0:
                raise SmokeFailure(f"the {name} export wrote nothing to {written}")
        return ", ".join(names)


# Server projects need the PostgreSQL client library, libpq, which the Linux installers
# take from the system: these modules load only with it (the app names it when missing).
SERVER_MODULES = "annotator.core.store.postgres."


def _open_server_project(window, location: str, catcher: _MessageBoxCatcher) -> str:
    """Open a server project in the window, and see a passage another coder adds arrive."""
    from annotator.core.project import Project
    from annotator.core.store.postgres import without_password

    if not window.open_project(location) or window.project is None:
        raise SmokeFailure(_said(catcher, f"{without_password(location)} did not open"))
    info = window.project.info()
    if info.documents == 0:
        raise SmokeFailure(f"{without_password(location)} holds no documents")
    listener = window._server.listener
    if not listener.wait_listening(STEP_TIMEOUT_S):
        raise SmokeFailure("the window did not start listening for the others' edits")
    with Project.open(location) as other:  # another coder, on a connection of their own
        document = other.documents()[0]
        added = other.annotate(document.id, 0, min(5, document.length)).id
    heard: frozenset[int] = frozenset()
    while added not in heard:  # the window hears it, as any change (others' may come first)
        (change,) = wait_for(window.editor.changed, STEP_TIMEOUT_S,
                             "hearing the passage another connection added")
        heard = change.annotations
    import psycopg

    return (f"{info.documents} documents, {info.annotations} highlights; a new one arrived "
            f"live (psycopg {psycopg.pq.__impl__})")


def _import_every_module() -> str:
    """Modules loaded only on demand (a menu, a subcommand) must be in a frozen app too."""
    import annotator
    from annotator.core.store.postgres import server_client_problem

    server_client = server_client_problem() is None
    names = [info.name for info in pkgutil.walk_packages(annotator.__path__, "annotator.")
             if not info.name.endswith("__main__")
             and (server_client or not info.name.startswith(SERVER_MODULES))]
    for name in names:
        importlib.import_module(name)
    return f"{len(names)} modules" + ("" if server_client else " (no server client)")


def _said(catcher: _MessageBoxCatcher, fallback: str) -> str:
    return "; ".join(catcher.messages) or fallback
