"""Fatal crashes (in Qt or a library, where no Python handler runs) leave a trace to send.

faulthandler writes the Python stacks of every thread into logs/crash.log; each
session starts with a header line, so the next launch can tell whether the
previous session ended in a crash and say where the report is.
"""

from __future__ import annotations

import faulthandler
import os
import re
import time
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtWidgets import QWidget

from annotator import APP_NAME, __version__
from annotator.core.paths import user_data_dir

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

CRASH_LOG_MAX_BYTES = 1_000_000
SESSION_HEADER = "--- "
FATAL_MARK = "Fatal Python error"
_crash_file: TextIO | None = None  # open for the process's lifetime: faulthandler writes to it


def crash_log_path() -> Path:
    folder = user_data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "crash.log"


def previous_session_crashed(path: Path | None = None) -> bool:
    """Whether the last session recorded in crash.log ended in a fatal error."""
    path = path or crash_log_path()
    try:
        with path.open("rb") as handle:
            handle.seek(max(0, path.stat().st_size - 200_000))
            tail = handle.read().decode("utf-8", errors="replace")
    except OSError:
        return False
    sessions = re.split(rf"^{re.escape(SESSION_HEADER)}", tail, flags=re.MULTILINE)
    return FATAL_MARK in sessions[-1]


def enable_crash_trace() -> Path:
    """Start this session's section of crash.log and send fatal errors' stacks to it.

    Appends, so the trace of a crash survives the next launch; a log that grew
    past CRASH_LOG_MAX_BYTES is moved to crash.log.1 first.
    """
    global _crash_file
    path = crash_log_path()
    if path.exists() and path.stat().st_size > CRASH_LOG_MAX_BYTES:
        path.replace(path.with_name("crash.log.1"))
    if _crash_file is not None:
        _crash_file.close()
    _crash_file = path.open("a", encoding="utf-8")
    _crash_file.write(f"{SESSION_HEADER}{APP_NAME} {__version__} started "
                      f"{time.strftime('%Y-%m-%d %H:%M:%S')} (process {os.getpid()})\n")
    _crash_file.flush()
    faulthandler.enable(file=_crash_file, all_threads=True)
    return path


def show_crash_notice(parent: QWidget | None = None) -> QMessageBox:
    """Tell the user the app stopped last time, and where the report to send is."""
    import html

    from PySide6.QtWidgets import QMessageBox
    folder = crash_log_path().parent
    link = (f'<a href="{html.escape(QUrl.fromLocalFile(str(folder)).toString())}">'
            f"{html.escape(str(folder))}</a>")
    box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, QCoreApplication.translate(
        "CrashLog", "%s closed unexpectedly last time. Your work is saved.") % APP_NAME,
        QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setInformativeText(QCoreApplication.translate(
        "CrashLog", "A report was written in %s (crash.log). If this happens again, please "
        "send that file with a few words on what you were doing.") % link)
    box.setObjectName("crashNoticeBox")
    box.open()
    return box
