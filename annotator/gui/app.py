"""Application bootstrap: QApplication, logging, crash reports, the first project."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from annotator import APP_NAME, __version__
from annotator.core.paths import demo_project_path, resources_dir, user_data_dir
from annotator.gui import translations
from annotator.gui.crash_log import enable_crash_trace, previous_session_crashed, show_crash_notice

log = logging.getLogger("annotator")


def log_file() -> Path:
    folder = user_data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "annotator.log"


def setup_logging() -> None:
    from logging.handlers import RotatingFileHandler  # socket, pickle...: not for every start

    handler = RotatingFileHandler(log_file(), maxBytes=1_000_000, backupCount=3,
                                  encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    log.info("%s %s starting (Python %s, PySide6 %s, %s%s)", APP_NAME, __version__,
             ".".join(map(str, sys.version_info[:3])), pyside_version, sys.platform,
             ", installed build" if getattr(sys, "frozen", False) else "")


def app_icon() -> QIcon:
    icon = QIcon()
    for png in sorted((resources_dir() / "icons").glob("annotator-*.png")):
        icon.addFile(str(png))
    return icon


class FileOpenHandler(QObject):
    """Opens project files the system hands over as events (macOS: a double-clicked .annot)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent)
                and event.file()):
            self.window.open_project(Path(event.file()))
            return True
        return super().eventFilter(watched, event)


def report_unexpected(kind: type[BaseException], error: BaseException,
                      tb: TracebackType | None) -> None:
    """sys.excepthook: log the error and show it; the window stays usable."""
    from PySide6.QtWidgets import QMessageBox
    details = "".join(traceback.format_exception(kind, error, tb))
    if _server_away(error):  # a read no guard caught: the connection banner says it all
        log.warning("a read found the server away\n%s", details)
        return
    if any(isinstance(h, logging.FileHandler) and Path(h.baseFilename) == log_file()
           for h in logging.getLogger().handlers):
        log.error("unexpected error\n%s", details)
    else:  # logging not set up (embedded use, tests): still leave the trace in the log file
        with log_file().open("a", encoding="utf-8") as trace:
            trace.write(f"unexpected error\n{details}\n")
    if QApplication.instance() is None:
        sys.__excepthook__(kind, error, tb)
        return
    parent = QApplication.activeWindow()
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME,
                      QApplication.translate("App", "Something went wrong: %s") % error,
                      QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setInformativeText(QApplication.translate(
        "App", "Your work is saved. Details were written to %s") % log_file())
    box.setDetailedText(details)
    box.setObjectName("unexpectedErrorBox")
    box.open()


def _server_away(error: BaseException) -> bool:
    """Whether `error` is a server project's lost connection (no store loaded: no)."""
    errors = sys.modules.get("annotator.core.store.postgres.errors")
    return errors is not None and isinstance(error, errors.ServerAway)


def install_translations(app: QApplication) -> None:
    translations.install(app)


def create_application(argv: Sequence[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *argv])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("annotator")
    app.setWindowIcon(app_icon())
    install_translations(app)
    return app


def ensure_demo_project(parent: QWidget | None = None) -> Path | None:
    """The demo project in the user data folder, built on first use with progress."""
    from PySide6.QtWidgets import QMessageBox, QProgressDialog

    from annotator.core.demo import build_demo
    from annotator.core.errors import AnnotatorError
    from annotator.gui.messages import describe

    path = demo_project_path()
    if path.exists():
        return path
    dialog = QProgressDialog(
        QApplication.translate("App", "Preparing the demo project…"), "", 0, 100, parent)
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(0)
    dialog.setWindowTitle(APP_NAME)

    def progress(done: int, total: int) -> None:
        dialog.setValue(int(100 * done / max(total, 1)))
        QApplication.processEvents()

    partial = path.with_suffix(".building")
    partial.unlink(missing_ok=True)
    try:
        build_demo(partial, progress=progress)
        partial.replace(path)
    except AnnotatorError as exc:
        QMessageBox.critical(parent, APP_NAME, describe(exc))
        return None
    finally:
        dialog.close()
        for leftover in partial.parent.glob(partial.name + "*"):
            leftover.unlink(missing_ok=True)
    return path


def missing_display(env: dict[str, str] | None = None, system: str = sys.platform) -> str | None:
    """Why Qt would find no screen to show the window on, or None.

    Without one, Qt aborts the whole process and blames a missing libxcb-cursor0
    (even when it is installed): say the real cause, before any Qt object exists.
    Only Linux and the BSDs need DISPLAY or WAYLAND_DISPLAY; other Qt platforms
    (offscreen, vnc, eglfs...) need neither.
    """
    if not system.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    env = dict(os.environ) if env is None else env
    needs = {"xcb": "DISPLAY", "wayland": "WAYLAND_DISPLAY", "wayland-egl": "WAYLAND_DISPLAY"}
    chosen = [name.strip().split(":")[0] for name in env.get("QT_QPA_PLATFORM", "").split(";")]
    chosen = [name for name in chosen if name] or ["xcb", "wayland"]
    if any(name not in needs or env.get(needs[name]) for name in chosen):
        return None
    wanted = " or ".join(sorted({needs[name] for name in chosen}))
    return (f"no graphical display: {wanted} is not set, so the window cannot open "
            "(set DISPLAY, or use the subcommands; see --help)")


def _location(project: str) -> str | Path:
    """A project file's path, or a server project's postgresql:// address kept as text."""
    return project if project.startswith("postgresql://") else Path(project)


def run_app(project: str | None = None, *, demo: bool = False, create: bool = False,
            qt_args: Sequence[str] = ()) -> int:
    """The window; 1 at once, with one line on stderr, when there is no display."""
    problem = missing_display()
    if problem is not None and not any(a.startswith("-platform") for a in qt_args):
        print(f"error: {problem}", file=sys.stderr)
        return 1
    from annotator.gui.main_window import MainWindow
    from annotator.gui.welcome import show_welcome_if_first_run

    setup_logging()
    crashed_last_time = previous_session_crashed()
    enable_crash_trace()
    app = create_application(qt_args)
    sys.excepthook = report_unexpected
    window = MainWindow()
    app.installEventFilter(FileOpenHandler(window))
    window.show()
    if project:
        target: str | Path | None = _location(project)
        window.open_project(_location(project), create=create and not Path(project).exists())
    else:
        recent = window.settings.recent_projects()
        target = None if demo or not recent else _location(recent[0])
        if target is None:
            target = ensure_demo_project(window)
        if target is not None:
            window.open_project(target)
    if crashed_last_time:  # one message at a time: the welcome waits for the next launch
        show_crash_notice(window)
    else:
        show_welcome_if_first_run(window.settings, window, window.window_actions.new_project)
    return app.exec()
