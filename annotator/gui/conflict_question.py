"""The question asked when another coder changed what the user was editing: keep
one's own version (saved over theirs, which Edit ▸ Undo brings back) or take theirs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from annotator.core.errors import EditConflict
from annotator.gui.messages import describe


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConflictQuestion", text)


def keep_mine(parent: QWidget | None, conflict: EditConflict, theirs: str) -> bool:
    """Ask the user; True to save their own version over `theirs`, False to take
    `theirs`. Escape keeps the user's version: theirs stays one Edit ▸ Undo away,
    while taking theirs would drop the user's text for good."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        _tr("Changed by someone else"),
        describe(conflict),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setInformativeText(_tr("Their version: %1").replace("%1", theirs or _tr("(empty)")))
    keep = box.addButton(_tr("Keep mine"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("Take theirs"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.setObjectName("conflictQuestion")
    box.exec()
    return box.clickedButton() is keep
