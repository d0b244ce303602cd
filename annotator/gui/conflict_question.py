"""The question asked when another coder changed what the user was editing: keep
one's own version (saved over theirs, which Edit ▸ Undo brings back) or take theirs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from annotator.core.errors import EditConflict
from annotator.gui.messages import describe

translate = QCoreApplication.translate


def keep_mine(parent: QWidget | None, conflict: EditConflict, theirs: str) -> bool:
    """Ask the user; True to save their own version over `theirs`, False to take
    `theirs`. Escape keeps the user's version: theirs stays one Edit ▸ Undo away,
    while taking theirs would drop the user's text for good."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("ConflictQuestion", "Changed by someone else"),
        describe(conflict),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setInformativeText(
        translate("ConflictQuestion", "Their version: %1").replace(
            "%1", theirs or translate("ConflictQuestion", "(empty)")
        )
    )
    keep = box.addButton(
        translate("ConflictQuestion", "Keep mine"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(translate("ConflictQuestion", "Take theirs"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.setObjectName("conflictQuestion")
    box.exec()
    return box.clickedButton() is keep
