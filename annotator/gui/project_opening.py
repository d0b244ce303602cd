"""How the window opens a project safely: read-only fallback, a quick check, a backup
in the background, and what it says when a project cannot be opened."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from annotator.core import backup
from annotator.core.errors import AnnotatorError, ProjectCause, ProjectDamaged, ProjectReadOnly
from annotator.core.importing.base import ProgressCallback
from annotator.core.project import Project
from annotator.core.store.postgres.location import is_server_location
from annotator.gui.messages import describe
from annotator.gui.restore_dialog import RestoreDialog
from annotator.gui.workers import Job, JobRunner

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

log = logging.getLogger(__name__)


@contextmanager
def busy_pointer() -> Iterator[None]:
    """The wait cursor over the application while the block runs."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def open_for_window(window: QWidget, path: str | Path, *, create: bool, author: str,
                    restored: Callable[[backup.Restored], object]) -> Project | None:
    """Open a project for the window, under the wait cursor (a file of an older version
    is backed up and migrated first, on a worker thread behind a progress dialog:
    seconds for thousands of PDF pages); None when it
    could not be opened, once the user was told why (a damaged file: with an offer to
    restore a backup, which `restored` then opens). A server that wants a password found
    in none of libpq's places nor the keyring, or refusing the one kept for this session
    or saved in the keyring, has it asked for until it opens or the user cancels."""
    from annotator.gui.project_upgrade import open_upgrading
    from annotator.gui.server_open import ask_password, needs_password, remember_password

    def attempt() -> Project | AnnotatorError:
        try:
            if not create and Project.needs_upgrade(path):
                return open_upgrading(window, Path(path), lambda progress: open_checked(
                    path, create=create, author=author, progress=progress))
            with busy_pointer():
                return open_checked(path, create=create, author=author)
        except AnnotatorError as exc:
            return exc

    opened = attempt()
    # a server asking for a password, or refusing the one it had: asked until it opens
    while isinstance(opened, AnnotatorError) and is_server_location(path) \
            and needs_password(opened):
        typed = ask_password(window, str(path), opened)
        if typed is None:
            return None
        opened = attempt()
        if not isinstance(opened, AnnotatorError):
            remember_password(window, str(path), typed)
    if isinstance(opened, AnnotatorError):
        dialog = explain_failure(window, Path(path), opened)
        if dialog is not None:
            dialog.restored.connect(restored)
        return None
    return opened


def copied(window: MainWindow, project: Path, destination: str) -> bool:
    """Copy a project file to `destination`; False once the window said why it could not."""
    try:
        backup.copy_project(project, destination)
    except AnnotatorError as exc:
        window.show_error(describe(exc))
        return False
    return True


def open_checked(
    path: str | Path, *, create: bool, author: str, progress: ProgressCallback | None = None
) -> Project:
    """Open a project for the window: read-write if possible, else read-only (a read-only
    file or folder). A file that fails the quick check raises ProjectDamaged.
    `progress(done, total)` follows the migration of a file of an older version."""
    if is_server_location(path):
        author = ""  # a server project's passages carry the server login
    try:
        project = Project.open(path, create=create, author=author or None, progress=progress)
    except ProjectReadOnly:
        project = Project.open(path, read_only=True, author=author or None)
    try:
        problems = project.check(quick=True)
    except BaseException:
        project.close()
        raise
    if problems:
        project.close()
        raise ProjectDamaged.coded(str(path), ProjectCause.DAMAGED, detail=problems[0])
    return project


class BackgroundBackup(QObject):
    """Backs an opened project up off the GUI thread (a copy of a large project takes a
    second or more); see core.backup for when a backup is made or skipped."""

    message = Signal(str)  # for the status bar, when the backup failed
    finished = Signal(object)  # a backup.BackupOutcome, or the AnnotatorError

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = JobRunner(max_threads=1, parent=self)

    def start(self, path: Path) -> None:
        job = Job(f"backup of {path.name}", lambda _progress, _cancel: (path, backup.back_up(path)))
        job.signals.succeeded.connect(self._done)
        job.signals.failed.connect(self._failed)
        self._runner.start(job)

    def wait(self, msecs: int = -1) -> bool:
        return self._runner.wait(msecs)

    def _done(self, result: tuple[Path, backup.BackupOutcome]) -> None:
        path, outcome = result
        if outcome.made is not None:
            log.info("backed up %s to %s", path, outcome.made.path)
        else:
            log.info("no new backup of %s: %s", path, outcome.skipped)
        self.finished.emit(outcome)

    def _failed(self, error: AnnotatorError) -> None:
        log.warning("no backup made: %s", error)
        self.message.emit(QCoreApplication.translate(
            "ProjectOpening", "This project could not be backed up: %s")
            % describe(error))
        self.finished.emit(error)


def explain_failure(parent: QWidget, path: Path, error: AnnotatorError) -> RestoreDialog | None:
    """Say why a project did not open; for a damaged one that has backups, offer them
    (the returned dialog is already shown: connect to its `restored` signal)."""
    backups = backup.list_backups(path) if isinstance(error, ProjectDamaged) else []
    if backups:
        dialog = RestoreDialog(path, describe(error), backups, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("ProjectOpening", "Cannot open project"),
        describe(error), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("openErrorBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return None
