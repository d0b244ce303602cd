"""The text view: a document's canonical text, structured and highlighted, for reading.

The public face the main window uses (the PDF view offers the same methods).
All offsets crossing this API are code points into the canonical text; the
conversion to Qt positions happens here, through OffsetMap, and nowhere else.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from annotator.core.model import Document, Page, StyleSpan
from annotator.core.paragraphs import paragraph_starts
from annotator.gui.offsets import OffsetMap
from annotator.gui.viewers.base import Highlight
from annotator.gui.viewers.text_canvas import ReaderEdit
from annotator.gui.viewers.text_highlighter import HighlightLayer
from annotator.gui.viewers.text_keys import install_reading_keys
from annotator.gui.viewers.text_layout import build_document, reading_font, reflowed


class TextView(QWidget):
    """Shows one document's text read-only, with its structure and its highlights."""

    selectionChanged = Signal()  # the selection (offsets) changed or was cleared
    annotationActivated = Signal(int)  # the user clicked on a highlight (annotation id)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._offsets = OffsetMap("")
        self._scale = 1.0
        self._layer = HighlightLayer()
        self._edit = ReaderEdit(self._layer, self)
        self._edit.setAccessibleName(self.tr("Document text"))
        self._edit.setAccessibleDescription(
            self.tr("Select a passage with the mouse or with Shift and the arrow keys"))
        self._edit.setFont(reading_font(self.font()))
        self._edit.selectionChanged.connect(self.selectionChanged)
        self._edit.activated.connect(self.annotationActivated)
        install_reading_keys(self._edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._edit)
        self.setFocusProxy(self._edit)
        self.setAccessibleName(self.tr("Text view"))

    @property
    def text_edit(self) -> ReaderEdit:
        """The reading surface (for tests, and for a context menu the window may add)."""
        return self._edit

    # -- content ----------------------------------------------------------------------
    def show_document(self, document: Document, pages: Sequence[Page] = (),
                      pdf_bytes: bytes | None = None) -> None:
        """Show `document`; `pages` (PDFs) mark page breaks; `pdf_bytes` is not needed here."""
        del pdf_bytes  # same signature as the PDF view; text is all this view shows
        self._text = document.text
        self._offsets = OffsetMap(document.text)
        to_qt = self._offsets.to_qt
        spans = [StyleSpan(to_qt(s.start), to_qt(s.end), s.kind) for s in document.spans]
        page_starts = [(to_qt(page.start), page.number) for page in pages]
        shown = document.text
        if document.kind == "pdf":
            shown = reflowed(shown, paragraph_starts(document))
        qt_document = build_document(shown, spans, self._edit.font())
        self._layer.clear()
        self._edit.set_reading_document(qt_document, page_starts)
        self._edit.verticalScrollBar().setValue(0)
        self.selectionChanged.emit()

    def set_highlights(self, highlights: list[Highlight]) -> None:
        """Draw these highlights (replacing the previous ones); repaints only what changed."""
        document = self._edit.document()

        def blocks(start: int, end: int) -> tuple[int, int]:
            return (document.findBlock(start).blockNumber(),
                    document.findBlock(max(start, end - 1)).blockNumber())

        length = len(self._text)

        def to_qt(offset: int) -> int:  # a stale annotation may point past the end
            return self._offsets.to_qt(max(0, min(offset, length)))

        changed = self._layer.update(highlights, to_qt, blocks)
        if changed is not None:
            self._edit.repaint_range(*changed)

    def patch_highlights(self, changed: list[Highlight], removed: list[int]) -> None:
        """Draw some new or changed highlights and drop others; the rest stay as drawn."""
        document = self._edit.document()
        length = len(self._text)

        def blocks(start: int, end: int) -> tuple[int, int]:
            return (document.findBlock(start).blockNumber(),
                    document.findBlock(max(start, end - 1)).blockNumber())

        def to_qt(offset: int) -> int:
            return self._offsets.to_qt(max(0, min(offset, length)))

        dirty = self._layer.patch(changed, removed, to_qt, blocks)
        if dirty is not None:
            self._edit.repaint_range(*dirty)

    def set_font_scale(self, factor: float) -> None:
        """Zoom the text by `factor` (1.0 = the default reading size), keeping the place."""
        if factor <= 0 or factor == self._scale:
            return
        position = self.position()
        self._scale = factor
        font = reading_font(self.font(), factor)
        self._edit.setFont(font)
        self._edit.document().setDefaultFont(font)
        self._edit.fit_column()
        self._edit.viewport().update()
        self.set_position(position)

    # -- selection ----------------------------------------------------------------------
    def selection(self) -> tuple[int, int] | None:
        """The selected passage in code points, without surrounding whitespace; None if empty."""
        cursor = self._edit.textCursor()
        if not cursor.hasSelection():
            return None
        start = self._offsets.from_qt(cursor.selectionStart())
        end = self._offsets.from_qt(cursor.selectionEnd())
        text = self._text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (start, end) if end > start else None

    def select_range(self, start: int, end: int) -> None:
        """Select code points [start, end) as if the user had, and show them."""
        length = len(self._text)
        start, end = max(0, min(start, length)), max(0, min(end, length))
        cursor = QTextCursor(self._edit.document())
        cursor.setPosition(self._offsets.to_qt(start))
        cursor.setPosition(self._offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self._edit.setTextCursor(cursor)
        self._edit.ensureCursorVisible()

    def clear_selection(self) -> None:
        cursor = self._edit.textCursor()
        if cursor.hasSelection():
            cursor.clearSelection()
            self._edit.setTextCursor(cursor)

    # -- scrolling ------------------------------------------------------------------------
    def reveal(self, start: int, end: int, *, flash: bool = True) -> None:
        """Scroll [start, end) into the middle of the view, briefly flash it, and put the
        caret at its start: the keyboard goes on from the passage shown (F8 left the caret
        behind, so Shift+arrows selected far from it)."""
        qt_start = self._offsets.to_qt(max(0, min(start, len(self._text))))
        qt_end = self._offsets.to_qt(max(0, min(end, len(self._text))))
        caret = self._edit.textCursor()
        caret.setPosition(qt_start)
        self._edit.setTextCursor(caret)
        top = self._edit.line_rect(qt_start).top()
        bottom = self._edit.line_rect(max(qt_start, qt_end - 1)).bottom()
        height = self._edit.viewport().height()
        if bottom - top < height * 0.8:
            target = (top + bottom) / 2 - height / 2
        else:  # a long passage: show its beginning, a few lines down
            target = top - height * 0.15
        self._edit.scroll_to(target)
        if flash:
            self._edit.flash(qt_start, max(qt_start, qt_end))

    def position(self) -> int:
        """Code-point offset of the first character of the first visible line."""
        edit = self._edit
        top = edit.scroll_offset().y()
        hit = edit.hit(QPointF(0, top + 1))
        line, origin = edit.line_at(hit)
        if origin.y() + line.y() + line.height() / 2 < top:  # mostly above the view
            hit = edit.hit(QPointF(0, origin.y() + line.y() + line.height() * 2))
            line, origin = edit.line_at(hit)
        start = edit.document().findBlock(hit).position() + line.textStart()
        return self._offsets.from_qt(start)

    def set_position(self, offset: int) -> None:
        """Scroll so that the line holding code-point `offset` is the first visible one."""
        qt_position = self._offsets.to_qt(max(0, min(offset, len(self._text))))
        top = self._edit.line_rect(qt_position).top()
        self._edit.scroll_to(top)
