"""Reading keys of the text view: move or extend by sentence and by paragraph.

Alt+Right / Alt+Left go to the next / previous sentence start, Ctrl+Down /
Ctrl+Up to the next / previous paragraph start; with Shift they extend the
selection, so a passage can be chosen sentence by sentence from the keyboard.
Positions are Qt's (UTF-16) within the view's QTextDocument: sentences are
found in each paragraph's own text, so a long document costs nothing more.
When the view gets the focus from the keyboard with its caret scrolled out of
sight, the caret moves to the first visible line, where the reader is.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTextBoundaryFinder
from PySide6.QtGui import QFocusEvent, QTextBlock, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from annotator.gui.panels.local_keys import LocalKeys

KEYBOARD_REASONS = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                    Qt.FocusReason.ShortcutFocusReason, Qt.FocusReason.OtherFocusReason)


def install_reading_keys(edit: QTextEdit) -> LocalKeys:
    """Bind the sentence and paragraph keys on `edit`; returns the filter (owned by edit)."""
    keys = LocalKeys(edit)
    moves = (("Alt+Right", next_sentence), ("Alt+Left", previous_sentence),
             ("Ctrl+Down", next_paragraph), ("Ctrl+Up", previous_paragraph))
    for sequence, where in moves:
        keys.bind(sequence, partial(_move, edit, where, extend=False))
        keys.bind(f"Shift+{sequence}", partial(_move, edit, where, extend=True))
    keys.watch(edit)
    edit.installEventFilter(_CaretOnFocus(edit))
    return keys


def _move(edit: QTextEdit, where, *, extend: bool) -> None:
    cursor = edit.textCursor()
    target = where(edit.document(), cursor.position(), extend=extend)
    mode = QTextCursor.MoveMode.KeepAnchor if extend else QTextCursor.MoveMode.MoveAnchor
    cursor.setPosition(target, mode)
    edit.setTextCursor(cursor)
    edit.ensureCursorVisible()


def _boundaries(block: QTextBlock) -> list[int]:
    """Starts of the sentences of a paragraph, and its end, relative to its start (UTF-16)."""
    length = block.length() - 1  # Qt's length, in UTF-16 units, without the separator
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Sentence, block.text())
    found = {0, length}
    while (position := finder.toNextBoundary()) != -1:
        found.add(position)
    return sorted(found)


def _readable(block: QTextBlock) -> bool:
    return block.isValid() and bool(block.text().strip())


def next_sentence(document: QTextDocument, position: int, *, extend: bool = False) -> int:
    """Start of the sentence after the one holding `position`.

    After a paragraph's last sentence the caret goes on to the next paragraph,
    while a selection stops at the paragraph's end (no blank lines taken in).
    """
    block = document.findBlock(position)
    start, end = block.position(), block.position() + block.length() - 1
    later = [start + b for b in _boundaries(block) if start + b > position]
    if later and (later[0] < end or extend):
        return later[0]
    return next_paragraph(document, position)


def previous_sentence(document: QTextDocument, position: int, *, extend: bool = False) -> int:
    """Start of the sentence holding `position`, or of the one before if already there."""
    del extend  # going back always lands on a sentence start
    block = document.findBlock(position)
    earlier = [block.position() + b for b in _boundaries(block) if block.position() + b < position]
    if earlier:
        return earlier[-1]
    previous = block.previous()
    while previous.isValid() and not _readable(previous):
        previous = previous.previous()
    if not previous.isValid():
        return 0
    return previous.position() + _boundaries(previous)[-2]  # its last sentence


def next_paragraph(document: QTextDocument, position: int, *, extend: bool = False) -> int:
    """Start of the next paragraph that holds text (or the text's end)."""
    del extend
    block = document.findBlock(position).next()
    while block.isValid() and not _readable(block):
        block = block.next()
    return block.position() if block.isValid() else document.characterCount() - 1


def previous_paragraph(document: QTextDocument, position: int, *,
                       extend: bool = False) -> int:
    """Start of the paragraph holding `position`, or of the one before if already there."""
    del extend
    block = document.findBlock(position)
    if position > block.position():
        return block.position()
    block = block.previous()
    while block.isValid() and not _readable(block):
        block = block.previous()
    return block.position() if block.isValid() else 0


class _CaretOnFocus(QObject):
    """Moves an out-of-sight caret to the first visible line when the keyboard brings focus."""

    def __init__(self, edit: QTextEdit) -> None:
        super().__init__(edit)
        self._edit = edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.FocusIn and isinstance(event, QFocusEvent)
                and event.reason() in KEYBOARD_REASONS):
            edit = self._edit
            cursor = edit.textCursor()
            if not cursor.hasSelection() and not edit.viewport().rect().intersects(
                    edit.cursorRect(cursor)):
                top = edit.cursorForPosition(QPoint(edit.viewport().width() // 2, 2))
                top.movePosition(QTextCursor.MoveOperation.StartOfLine)
                edit.setTextCursor(top)
        return False
