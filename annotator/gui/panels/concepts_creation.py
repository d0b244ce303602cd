"""A new concept in the Concepts panel, as a user expects it: made with a free name,
scrolled to and selected wherever it was created, and taken away again by Esc while it
is being named."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QWidget

from annotator.gui.commands import AddConcept
from annotator.gui.editor import Editor
from annotator.gui.panels.concept_tree_model import ConceptTreeModel

if TYPE_CHECKING:
    from annotator.gui.panels.concepts import ConceptsPanel

MAX_NAME_LENGTH = 60  # a name made from selected text is cut here


def clean_name(text: str) -> str:
    """A concept name from arbitrary text: one line, no '/', not too long, capitalised."""
    name = " ".join(text.replace("/", "-").split())
    name = name[:1].upper() + name[1:]
    if len(name) > MAX_NAME_LENGTH:
        name = name[: MAX_NAME_LENGTH - 1].rstrip() + "…"
    return name


def free_name(name: str, taken: Iterable[str]) -> str:
    """`name`, or `name 2`, `name 3`...: the first no sibling has (case aside)."""
    folded = {other.casefold() for other in taken}
    number = 1
    while _suffixed(name, number).casefold() in folded:
        number += 1
    return _suffixed(name, number)


def _suffixed(name: str, number: int) -> str:
    return name if number == 1 else f"{name} {number}"


class NewConcepts(QObject):
    """Follows the panel's concept creations through the undo stack and the tree's
    inline editor."""

    def __init__(
        self, panel: ConceptsPanel, editor: Editor, view: QAbstractItemView, model: ConceptTreeModel
    ) -> None:
        super().__init__(panel)
        self._panel = panel
        self._stack = editor.undo_stack
        self._view = view
        self._model = model
        self._naming: int | None = None  # a concept just created, while the user names it
        self._stack_index = self._stack.index()
        self._stack.indexChanged.connect(self._on_stack_moved)
        view.itemDelegate().closeEditor.connect(self._on_editor_closed)

    def name(self, concept_id: int) -> None:
        """Open the inline editor on a concept just created, for the user to name it."""
        self._view.edit(self._model.index_of(concept_id))
        if self._view.state() == QAbstractItemView.State.EditingState:
            self._naming = concept_id

    def forget(self) -> None:
        """An edit of another kind (a rename) begins: Esc then cancels only that."""
        self._naming = None

    def _on_stack_moved(self, index: int) -> None:
        """A concept just created (in the panel, in the concept picker, from a selection)
        or brought back by a redo is scrolled to and selected: it may lie below the rows
        shown."""
        before, self._stack_index = self._stack_index, index
        if index != before + 1:
            return  # an undo, or the stack cleared (also as it is deleted)
        # a failed step is stepped back over at once, from within this same signal
        self._stack_index = self._stack.index()
        if self._stack_index != index:
            return
        command = self._stack.command(self._stack_index - 1)
        if isinstance(command, AddConcept) and command.concept is not None:
            self._panel.select_concept(command.concept.id)

    def _on_editor_closed(self, _editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Esc while naming a concept just created cancels its creation (undone, with
        nothing left to redo), as Esc cancels a dialog."""
        naming, self._naming = self._naming, None
        if (
            naming is None
            or hint != QAbstractItemDelegate.EndEditHint.RevertModelCache
            or self._panel.current_concept_id() != naming
        ):
            return
        command = self._stack.command(self._stack.index() - 1)
        if (
            isinstance(command, AddConcept)
            and command.concept is not None
            and command.concept.id == naming
        ):
            command.cancel()
            self._stack.undo()
