"""A memo field that commits once per edit: on leaving it or on Ctrl+Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class MemoEditor(QPlainTextEdit):
    """Emits `committed(text)` when the user is done, not per keystroke, so that
    each memo edit is one undo step. Escape keeps the text too, and leaves the field
    (`leaveRequested`): a memo is the researcher's thinking, never thrown away by one
    key; taking an edit back is Edit ▸ Undo, which can itself be redone."""

    committed = Signal(str, str)  # the text, and the saved memo it was written over
    leaveRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._saved = ""
        self.setPlaceholderText(self.tr("Memo"))
        self.setAccessibleName(self.tr("Memo of the selected highlight"))
        self.setToolTip(self.tr("Write a memo; it is saved when you leave the field "
                                "or press Ctrl+Enter or Esc. Edit ▸ Undo takes an edit back."))
        self.setTabChangesFocus(True)

    def load(self, text: str) -> None:
        """Show a saved memo, replacing what is there."""
        self._saved = text
        if self.toPlainText() != text:
            self.setPlainText(text)

    def is_dirty(self) -> bool:
        """True while the text differs from the last saved memo."""
        return self.toPlainText() != self._saved

    def rebase(self, stored: str) -> None:
        """The saved memo is now `stored` (another coder's): the field keeps the user's
        text, still to save, now over that memo."""
        self._saved = stored

    def commit(self) -> None:
        """Emit `committed` for an unsaved text; never while read-only (a question
        about this text is open)."""
        if self.is_dirty() and not self.isReadOnly():
            seen, self._saved = self._saved, self.toPlainText()
            self.committed.emit(self._saved, seen)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.commit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.commit()
            self.leaveRequested.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        # The context menu takes the focus for a moment; the edit goes on.
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.commit()
        super().focusOutEvent(event)
