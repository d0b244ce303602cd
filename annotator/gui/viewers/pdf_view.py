"""The PDF page view: a document's rendered pages with selection and highlights.

Selections and highlights map through the stored per-character boxes to
code-point offsets into the document's canonical text (`page.start + index`),
so this view never converts to Qt's UTF-16 positions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, QVariantAnimation, Signal
from PySide6.QtGui import (
    QGuiApplication,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
)
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from annotator.core.model import Document, Page
from annotator.gui.viewers.base import Highlight
from annotator.gui.viewers.pdf_layout import MARGIN
from annotator.gui.viewers.pdf_overlay import PageOverlay, PageText, page_index
from annotator.gui.viewers.pdf_pages import PageCanvas
from annotator.gui.viewers.pdf_paint import paint_marks

AUTOSCROLL_MS = 30
FLASH_ALPHA = 170  # of 255, fading to 0
WORD_JOINERS = "-'’_"
REDRAW_ALL_ABOVE = 64  # changed highlights past which every page's overlay is redone


class PdfView(PageCanvas):
    """Shows a PDF document's pages; the same public API as the text view."""

    selectionChanged = Signal()
    annotationActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("PDF page view"))
        self.viewport().setCursor(Qt.CursorShape.IBeamCursor)

        self._document: Document | None = None
        self._pages: list[Page] = []
        self._boxes_of: Callable[[int], bytes | None] | None = None
        self._starts: list[int] = []
        self._texts: dict[int, PageText] = {}
        self._overlays: dict[int, PageOverlay] = {}
        self._highlights: list[Highlight] = []
        self._font_scale = 1.0

        self._anchor: int | None = None  # offsets of the first and last selected characters
        self._cursor: int | None = None
        self._press: QPoint | None = None
        self._dragging = False
        self._last_drag_pos = QPoint()
        self._autoscroll = QTimer(self, interval=AUTOSCROLL_MS)
        self._autoscroll.timeout.connect(self._autoscroll_step)

        self._flash_range: tuple[int, int] | None = None
        self._flash_alpha = 0
        self._flash = QVariantAnimation(self, startValue=FLASH_ALPHA, endValue=0, duration=1200)
        self._flash.valueChanged.connect(self._flash_step)

    # -- the public API shared with the text view ------------------------------------
    def show_document(self, document: Document, pages: Sequence[Page] = (),
                      pdf_bytes: bytes | None = None,
                      boxes_of: Callable[[int], bytes | None] | None = None) -> None:
        """Show a PDF's pages; pages given without their boxes (b"") get them from
        `boxes_of(page number)` when first needed (a highlight or a selection there)."""
        had_selection = self.selection() is not None
        self._document = document
        self._boxes_of = boxes_of
        self._pages = sorted(pages, key=lambda page: page.number)
        self._starts = [page.start for page in self._pages]
        self._texts.clear()
        self._overlays.clear()
        self._highlights = []
        self._anchor = self._cursor = None
        self._flash.stop()
        self._flash_range = None
        message = "" if self._pages else self.tr("This document has no pages to show.")
        self.set_pages([(page.width, page.height) for page in self._pages], pdf_bytes, message)
        if had_selection:
            self.selectionChanged.emit()

    def set_highlights(self, highlights: list[Highlight]) -> None:
        """Draw these highlights; only the pages an added, changed or removed one
        touches are worked out again."""
        before = {h.annotation_id: h for h in self._highlights}
        self._highlights = list(highlights)
        changed = [h for h in self._highlights if before.pop(h.annotation_id, None) != h]
        changed += before.values()  # removed
        if not changed:
            return
        if len(changed) > REDRAW_ALL_ABOVE or not self._starts:
            self._overlays.clear()
        else:
            for highlight in changed:
                first = page_index(self._starts, highlight.start)
                last = page_index(self._starts, max(highlight.start, highlight.end - 1))
                for index in range(first, last + 1):
                    self._overlays.pop(index, None)
        self.viewport().update()

    def patch_highlights(self, changed: list[Highlight], removed: list[int]) -> None:
        """Draw some new or changed highlights and drop others; the rest stay as drawn."""
        gone = set(removed) | {h.annotation_id for h in changed}
        kept = [h for h in self._highlights if h.annotation_id not in gone]
        self.set_highlights(sorted([*kept, *changed], key=lambda h: (h.start, h.end)))

    def selection(self) -> tuple[int, int] | None:
        """The selected passage as code-point offsets, without surrounding whitespace."""
        if self._anchor is None or self._cursor is None or self._document is None:
            return None
        start, end = min(self._anchor, self._cursor), max(self._anchor, self._cursor) + 1
        text = self._document.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (start, end) if start < end else None

    def select_range(self, start: int, end: int) -> None:
        length = len(self._document.text) if self._document is not None else 0
        start, end = max(start, 0), min(end, length)  # a stale range may overshoot
        if end <= start:
            self.clear_selection()
        else:
            self._set_selection(start, end - 1)

    def clear_selection(self) -> None:
        self._set_selection(None, None)

    def reveal(self, start: int, end: int, *, flash: bool = True) -> None:
        """Scroll the passage a quarter down the view, unless it is in view already."""
        if not self._pages:
            return
        index = page_index(self._starts, start)
        rects = self._text(index).rects(start, min(end, self._pages[index].end))
        first = rects[0] if rects else (0.0, 0.0, 0.0, 0.0)
        last = rects[-1] if rects else first
        page = self.page_rect(index)
        zoom = self.zoom()
        view = QRectF(self.viewport().rect())
        if not (view.contains(page.left() + first[0] * zoom, page.top() + first[1] * zoom)
                and view.contains(page.left() + last[2] * zoom, page.top() + last[3] * zoom)):
            left = min((r[0] for r in rects), default=0.0)
            across = self.horizontalScrollBar().value()
            self.scroll_to_point(index, left, first[1], at=QPointF(2 * MARGIN, view.height() / 4))
            if 0 <= page.left() + left * zoom <= view.width():  # it was in view across: stay
                self.horizontalScrollBar().setValue(across)
        if flash:
            self._flash.stop()
            self._flash_range = (start, end)
            self._flash_step(FLASH_ALPHA)  # at once, not at the animation's first tick
            self._flash.start()

    def position(self) -> int:
        """Offset of the first character whose line shows at the top of the view."""
        top = self.top_point()
        if top is None:
            return 0
        index, y = top
        return self._text(index).first_below(y)

    def set_position(self, offset: int) -> None:
        """Scroll the line holding offset to the top; on a page's first line, the page's top."""
        if not self._pages:
            return
        index = page_index(self._starts, offset)
        text = self._text(index)
        box = text.box(offset)
        if box is None or text.on_first_line(box):
            self.scroll_to_page(index)
        else:
            self.scroll_to_point(index, 0, box[1], at=QPointF(0, 0))

    def set_font_scale(self, factor: float) -> None:
        """Scale the pages with the application's text size (relative to the last factor)."""
        if factor > 0 and factor != self._font_scale:
            zoom = self.zoom() * factor / self._font_scale
            self._font_scale = factor
            self.set_zoom(zoom)

    # -- what the canvas asks of its subclass ------------------------------------------
    def paint_over_page(self, painter: QPainter, index: int, rect: QRectF) -> None:
        text = self._text(index)
        selection = []
        if self._anchor is not None and self._cursor is not None:
            start, end = min(self._anchor, self._cursor), max(self._anchor, self._cursor) + 1
            selection = text.rects(start, end)
        flash = text.rects(*self._flash_range) if self._flash_range else []
        paint_marks(painter, rect, self.zoom(), self._overlay(index), selection, flash,
                    self._flash_alpha, self.palette())

    # -- page text, selection, highlights ------------------------------------------------
    def _text(self, index: int) -> PageText:
        if index not in self._texts:
            page = self._pages[index]
            if not page.boxes and page.end > page.start and self._boxes_of is not None:
                boxes = self._boxes_of(page.number)
                if boxes is None:  # not readable now (a server away): asked again next time
                    return PageText(page)
                page = replace(page, boxes=boxes)
                self._pages[index] = page
            self._texts[index] = PageText(page)
        return self._texts[index]

    def _overlay(self, index: int) -> PageOverlay | None:
        if not self._highlights:
            return None
        if index not in self._overlays:
            self._overlays[index] = PageOverlay(self._text(index), self._highlights)
        return self._overlays[index]

    def _set_selection(self, anchor: int | None, cursor: int | None) -> None:
        before = self.selection()
        self._anchor, self._cursor = anchor, cursor
        self.viewport().update()
        if self.selection() != before:
            self.selectionChanged.emit()

    def _offset_at(self, pos: QPointF) -> int | None:
        point = self.page_point(pos)
        return None if point is None else self._text(point[0]).offset_at(point[1], point[2])

    def _highlight_at(self, pos: QPointF) -> Highlight | None:
        point = self.page_point(pos)
        if point is None:
            return None
        overlay = self._overlay(point[0])
        return None if overlay is None else overlay.highlight_at(point[1], point[2])

    def _select_word_at(self, pos: QPointF) -> None:
        offset = self._offset_at(pos)
        if offset is None or self._document is None:
            return
        text = self._document.text

        def in_word(i: int) -> bool:
            return 0 <= i < len(text) and (text[i].isalnum() or text[i] in WORD_JOINERS)

        if in_word(offset):
            start, end = offset, offset
            while in_word(start - 1):
                start -= 1
            while in_word(end + 1):
                end += 1
            self._set_selection(start, end)

    def _flash_step(self, alpha: int) -> None:
        self._flash_alpha = alpha
        if alpha == 0:
            self._flash_range = None
        self.viewport().update()

    # -- pointer and keys ------------------------------------------------------------------
    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            highlight = self._highlight_at(QPointF(event.pos()))
            if highlight is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), highlight.tooltip, self.viewport())
            return True
        return super().viewportEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self._press = event.position().toPoint()
        self._dragging = False

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if self._press is None:
            return
        pos = event.position().toPoint()
        if not self._dragging:
            if (pos - self._press).manhattanLength() < QApplication.startDragDistance():
                return
            self._dragging = True
            anchor = self._offset_at(QPointF(self._press))
            self._set_selection(anchor, anchor)
        self._last_drag_pos = pos
        self._extend_drag()
        outside = pos.y() < 0 or pos.y() > self.viewport().height()
        if outside and not self._autoscroll.isActive():
            self._autoscroll.start()
        elif not outside:
            self._autoscroll.stop()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            super().mouseReleaseEvent(event)
            return
        self._autoscroll.stop()
        if not self._dragging:
            self.clear_selection()
            highlight = self._highlight_at(event.position())
            if highlight is not None:
                self.annotationActivated.emit(highlight.annotation_id)
        self._press = None
        self._dragging = False

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = None
            self._select_word_at(event.position())

    def _extend_drag(self) -> None:
        offset = self._offset_at(QPointF(self._last_drag_pos))
        if offset is not None:
            self._set_selection(offset if self._anchor is None else self._anchor, offset)

    def _autoscroll_step(self) -> None:
        """While a drag is held above or below the view, scroll and extend the selection."""
        y = self._last_drag_pos.y()
        bar = self.verticalScrollBar()
        if y < 0:
            bar.setValue(bar.value() + min(y, -4))
        else:
            bar.setValue(bar.value() + max(y - self.viewport().height(), 4))
        self._extend_drag()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.matches(QKeySequence.StandardKey.Copy):
            self._copy()
        elif event.key() == Qt.Key.Key_Escape and self._anchor is not None:
            self.clear_selection()
        else:
            super().keyPressEvent(event)

    def _copy(self) -> None:
        selected = self.selection()
        if selected is not None and self._document is not None:
            QGuiApplication.clipboard().setText(self._document.text[slice(*selected)])
