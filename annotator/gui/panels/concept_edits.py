"""Concept edits made over what the user saw (its name, colour, description or key): when
another coder, or another window, changed that field meanwhile, their value is shown and
the user asked whether to keep their own (conflict_question)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from annotator.core.changes import Change
from annotator.core.errors import EditConflict
from annotator.gui import conflict_question
from annotator.gui.editor import Editor

# field -> the Editor edit that changes it, made over an expected value
_EDITS: dict[str, Callable[..., bool]] = {
    "name": Editor.rename_concept,
    "color": Editor.recolor_concept,
    "description": Editor.describe_concept,
    "shortcut": Editor.set_concept_key,
}


def edit_over_seen(
    parent: QWidget | None, editor: Editor, concept_id: int, field: str, mine: str, seen: str
) -> bool:
    """Set the concept's `field` to `mine` while it still holds `seen`; each time another
    coder changed it first, show theirs and ask. True when `mine` was saved."""
    while True:
        try:
            return _EDITS[field](editor, concept_id, mine, expected=seen)
        except EditConflict as conflict:
            theirs = ask_after_conflict(parent, editor, conflict, field, mine)
            if theirs is None:
                return False
            seen = theirs


def ask_after_conflict(
    parent: QWidget | None, editor: Editor, conflict: EditConflict, field: str, mine: str
) -> str | None:
    """Show the other coder's value in every view, then ask: their value (to edit over)
    when the user keeps `mine`, None when they take theirs."""
    editor.publish(Change(codebook=True))
    theirs = str(conflict.current[field])
    if conflict_question.keep_mine(parent, conflict, _shown(field, mine), _shown(field, theirs)):
        return theirs
    return None


def _shown(field: str, value: str) -> str:
    """A value as the question shows it: a missing key in words."""
    if field == "shortcut" and not value:
        return QCoreApplication.translate("ConceptsPanel", "No key")
    return value
