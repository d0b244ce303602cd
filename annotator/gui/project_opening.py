"""How the window opens a project safely: read-only fallback, a quick check, a backup,
and what it says when a project cannot be opened."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from annotator.core import backup
from annotator.core.errors import AnnotatorError, ProjectDamaged, ProjectReadOnly
from annotator.core.project import Project
from annotator.gui.restore_dialog import RestoreDialog

log = logging.getLogger(__name__)


def open_checked(path: Path, *, create: bool, author: str) -> tuple[Project, str]:
    """Open a project for the window, with a note for the status bar ("" if none).

    Read-write if possible, else read-only (a read-only file or folder). A file
    that fails the quick check raises ProjectDamaged. Then a rotating backup
    (see core.backup); failing to make one is noted, not fatal.
    """
    try:
        project = Project.open(path, create=create, author=author)
    except ProjectReadOnly:
        project = Project.open(path, read_only=True, author=author)
    try:
        problems = project.check(quick=True)
        if problems:
            raise ProjectDamaged(f"{path}: the project file is damaged ({problems[0]})")
        return project, _back_up(path)
    except BaseException:
        project.close()
        raise


def _back_up(path: Path) -> str:
    try:
        outcome = backup.back_up(path)
    except ProjectDamaged:
        raise
    except (AnnotatorError, OSError) as exc:
        log.warning("no backup of %s: %s", path, exc)
        return QCoreApplication.translate(
            "ProjectOpening", "This project could not be backed up: %s") % exc
    if outcome.made is not None:
        log.info("backed up %s to %s", path, outcome.made.path)
    else:
        log.info("no new backup of %s: %s", path, outcome.skipped)
    return ""


def explain_failure(parent: QWidget, path: Path, error: AnnotatorError) -> RestoreDialog | None:
    """Say why a project did not open; for a damaged one that has backups, offer them
    (the returned dialog is already shown: connect to its `restored` signal)."""
    backups = backup.list_backups(path) if isinstance(error, ProjectDamaged) else []
    if backups:
        dialog = RestoreDialog(path, str(error), backups, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("ProjectOpening", "Cannot open project"),
        str(error), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("openErrorBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return None
