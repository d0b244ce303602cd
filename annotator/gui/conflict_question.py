"""The question asked when another coder (or another window) changed what the user was
editing: keep one's own version (saved over theirs, which Edit ▸ Undo brings back) or
take theirs (one's own is then copied to the clipboard). It names who made the other
edit and when, as far as the project knows; both versions stay in its details."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from annotator.core.errors import EditCause, EditConflict

translate = QCoreApplication.translate

_MEMO = (EditCause.MEMO_CONFLICT, EditCause.MEMO_CONFLICT_BY)


def keep_mine(parent: QWidget | None, conflict: EditConflict, mine: str, theirs: str) -> bool:
    """Ask the user; True to save `mine` over `theirs`, False to take `theirs`, in which
    case `mine` goes to the clipboard. Escape keeps the user's version: theirs stays one
    Edit ▸ Undo away, while taking theirs would drop the user's text from the project."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("ConflictQuestion", "Changed while you were editing"),
        headline(conflict),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    empty = translate("ConflictQuestion", "(empty)")
    their_version = _filled(translate("ConflictQuestion", "Their version: %1"), theirs or empty)
    box.setInformativeText(
        their_version
        + "\n\n"
        + translate(
            "ConflictQuestion",
            "Keep yours: it replaces theirs, which Edit ▸ Undo brings back. "
            "Take theirs: yours is copied to the clipboard.",
        )
    )
    both = translate("ConflictQuestion", "Your version:\n%1\n\nTheir version:\n%2")
    box.setDetailedText(_filled(both, mine or empty, theirs or empty))
    keep = box.addButton(
        translate("ConflictQuestion", "Keep mine"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(translate("ConflictQuestion", "Take theirs"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.setObjectName("conflictQuestion")
    box.exec()
    if box.clickedButton() is keep:
        return True
    QGuiApplication.clipboard().setText(mine)
    return False


def headline(conflict: EditConflict) -> str:
    """What happened, naming who changed what and when as far as the project knows: a
    server records its logins; a file records no coder for an edit, so none is named."""
    by, when = conflict.edited_by, shown_time(conflict.edited_at)
    if conflict.code in _MEMO:
        passage = conflict.params.get("passage", "")
        if by and when:
            text = translate(
                "ConflictQuestion",
                "%1 changed the memo of “%2” at %3 while you were editing it.",
            )
            return _filled(text, by, passage, when)
        if when:
            text = translate(
                "ConflictQuestion",
                "The memo of “%1” was changed elsewhere (in another window or program) at %2 "
                "while you were editing it.",
            )
            return _filled(text, passage, when)
        text = translate(
            "ConflictQuestion",
            "The memo of “%1” was changed elsewhere (in another window or program) while "
            "you were editing it.",
        )
        return _filled(text, passage)
    name = conflict.params.get("name", "")
    if by and when:
        text = translate(
            "ConflictQuestion", "%1 changed the concept “%2” at %3 while you were editing it."
        )
        return _filled(text, by, name, when)
    text = translate(
        "ConflictQuestion",
        "The concept “%1” was changed elsewhere (in another window or program) while you "
        "were editing it.",
    )
    return _filled(text, name)


def shown_time(iso: str) -> str:
    """An ISO 8601 time as the user reads it, in local time: the hour alone today,
    with the date before; "" when there is none."""
    stamp = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not iso or not stamp.isValid():
        return ""
    local = stamp.toLocalTime()
    if local.date() == QDate.currentDate():
        return QLocale().toString(local.time(), QLocale.FormatType.ShortFormat)
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


def _filled(text: str, *values: str) -> str:
    """%1, %2… replaced in one pass (a value holding "%2" stays as it is)."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return values[number - 1] if 0 < number <= len(values) else match.group(0)

    return re.sub(r"%(\d)", value, text)
