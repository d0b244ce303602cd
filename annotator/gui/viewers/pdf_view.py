"""The PDF page view: rendered pages in one continuous scroll, selection, highlights.

A QAbstractScrollArea painting its pages itself: placeholders sized from the
stored page sizes appear at once, and only the visible pages (plus the next
one) are rendered, off the GUI thread (see pdf_render). Selections and
highlights map through the stored per-character boxes to code-point offsets
into the document's canonical text, so no conversion to Qt positions occurs.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, QVariantAnimation, Signal
from PySide6.QtGui import (
    QGuiApplication,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QToolTip, QWidget

from annotator.core.model import Document, Page
from annotator.gui.viewers.base import Highlight
from annotator.gui.viewers.pdf_layout import MARGIN, PageLayout
from annotator.gui.viewers.pdf_overlay import PageOverlay, PageText, page_index
from annotator.gui.viewers.pdf_paint import paint_page
from annotator.gui.viewers.pdf_render import PageRenderer, RenderJob

POINTS_TO_PIXELS = 96 / 72  # 100 % zoom: a point at the usual 96 logical dpi
MIN_ZOOM, MAX_ZOOM = 0.25, 8.0
ZOOM_STEP = 1.2
AUTOSCROLL_MS = 30
WORD_JOINERS = "-'’_"


class PdfView(QAbstractScrollArea):
    """Shows a PDF document's pages; the same public API as the text view."""

    selectionChanged = Signal()
    annotationActivated = Signal(int)
    pageRendered = Signal(int)  # 0-based page index whose fresh rendering is now shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("PDF page view"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Always on: fitting the width must not make the scroll bar come and go.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Dark)
        self.viewport().setCursor(Qt.CursorShape.IBeamCursor)
        self.verticalScrollBar().setSingleStep(40)
        self.horizontalScrollBar().setSingleStep(40)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.horizontalScrollBar().valueChanged.connect(self._scrolled)

        self._renderer = PageRenderer()
        self._renderer.pageReady.connect(self._page_ready)
        self._renderer.failed.connect(self._render_failed)
        self.destroyed.connect(self._renderer.close)

        self._document: Document | None = None
        self._pages: list[Page] = []
        self._starts: list[int] = []
        self._texts: dict[int, PageText] = {}
        self._overlays: dict[int, PageOverlay] = {}
        self._highlights: list[Highlight] = []
        self._zoom = POINTS_TO_PIXELS
        self._fit = True
        self._font_scale = 1.0
        self._layout = PageLayout([], self._zoom, 0)
        self._message = ""

        self._anchor: int | None = None  # offsets of the first and last selected characters
        self._cursor: int | None = None
        self._press: QPoint | None = None
        self._dragging = False
        self._last_drag_pos = QPoint()

        self._flash_range: tuple[int, int] | None = None
        self._flash_alpha = 0
        self._flash = QVariantAnimation(self, startValue=170, endValue=0, duration=1200)
        self._flash.valueChanged.connect(self._flash_step)

        self._render_timer = QTimer(self, singleShot=True, interval=0)
        self._render_timer.timeout.connect(self._request_renders)
        self._autoscroll = QTimer(self, interval=AUTOSCROLL_MS)
        self._autoscroll.timeout.connect(self._autoscroll_step)

        self._indicator = QLabel(self.viewport())
        self._indicator.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._indicator.setForegroundRole(QPalette.ColorRole.WindowText)  # not the viewport's
        self._indicator.setStyleSheet(
            "QLabel { background: palette(window); border: 1px solid palette(mid);"
            " border-radius: 4px; padding: 2px 8px; }")
        self._indicator.hide()

    # -- the public API shared with the text view ------------------------------------
    def show_document(self, document: Document, pages: Sequence[Page] = (),
                      pdf_bytes: bytes | None = None) -> None:
        had_selection = self._anchor is not None
        self._document = document
        self._pages = sorted(pages, key=lambda page: page.number)
        self._starts = [page.start for page in self._pages]
        self._texts.clear()
        self._overlays.clear()
        self._highlights = []
        self._anchor = self._cursor = None
        self._flash.stop()
        self._flash_range = None
        self._message = "" if self._pages else self.tr("This document has no pages to show.")
        self._renderer.open(pdf_bytes if self._pages else None)
        self._fit = True
        self._relayout()
        self.verticalScrollBar().setValue(0)
        self.horizontalScrollBar().setValue(0)
        self._update_indicator()
        self._schedule_render()
        self.viewport().update()
        if had_selection:
            self.selectionChanged.emit()

    def set_highlights(self, highlights: list[Highlight]) -> None:
        self._highlights = list(highlights)
        self._overlays.clear()
        self.viewport().update()

    def selection(self) -> tuple[int, int] | None:
        """The selected passage as code-point offsets, without surrounding whitespace."""
        bounds = self._selection_bounds()
        if bounds is None or self._document is None:
            return None
        start, end = bounds
        text = self._document.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (start, end) if start < end else None

    def select_range(self, start: int, end: int) -> None:
        if end <= start:
            self.clear_selection()
            return
        self._set_selection(start, end - 1)

    def clear_selection(self) -> None:
        self._set_selection(None, None)

    def reveal(self, start: int, end: int, *, flash: bool = True) -> None:
        """Scroll the passage into view (a quarter down the view) unless it is in view."""
        if not self._pages:
            return
        index = page_index(self._starts, start)
        rects = self._text(index).rects(start, min(end, self._pages[index].end))
        _, page_top, _, _ = self._layout.page_rect(index)
        top = page_top + (rects[0][1] * self._zoom if rects else 0)
        bottom = page_top + (rects[-1][3] * self._zoom if rects else 0)
        view_top = self.verticalScrollBar().value()
        if top < view_top or bottom > view_top + self.viewport().height():
            self.verticalScrollBar().setValue(round(top - self.viewport().height() / 4))
        if rects:
            left = self._layout.page_rect(index)[0] + min(r[0] for r in rects) * self._zoom
            bar = self.horizontalScrollBar()
            if not bar.value() <= left <= bar.value() + self.viewport().width():
                bar.setValue(round(left - MARGIN))
        if flash:
            self._flash_range = (start, end)
            self._flash.stop()
            self._flash.start()

    def position(self) -> int:
        """Offset of the first character whose line shows at the top of the view."""
        if not self._pages:
            return 0
        y = self.verticalScrollBar().value()
        index = self._layout.page_at(y)
        _, y_pt = self._layout.to_points(index, 0, y)
        return self._text(index).first_below(y_pt)

    def set_position(self, offset: int) -> None:
        if not self._pages:
            return
        index = page_index(self._starts, offset)
        box = self._text(index).box(offset)
        _, y = self._layout.from_points(index, 0, box[1] if box else 0)
        self.verticalScrollBar().setValue(int(y))

    def zoom_in(self) -> None:
        self._set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self._zoom / ZOOM_STEP)

    def fit_width(self) -> None:
        self._fit = True
        self._set_zoom(self._fit_zoom(), keep_fit=True)

    def set_font_scale(self, factor: float) -> None:
        """Scale the pages with the application's text size (relative to the last factor)."""
        if factor > 0 and factor != self._font_scale:
            zoom = self._zoom * factor / self._font_scale
            self._font_scale = factor
            self._set_zoom(zoom)

    # -- more for the window and for tests ------------------------------------------------
    def zoom(self) -> float:
        """Logical pixels per PDF point."""
        return self._zoom

    def current_page(self) -> int:
        """1-based number of the page in the middle of the view (0 without pages)."""
        if not self._pages:
            return 0
        middle = self.verticalScrollBar().value() + self.viewport().height() / 2
        return self._layout.nearest_page(middle) + 1

    def page_rect(self, index: int) -> QRectF:
        """Where page `index` (0-based) is drawn, in viewport coordinates."""
        x, y, width, height = self._layout.page_rect(index)
        return QRectF(x - self.horizontalScrollBar().value(),
                      y - self.verticalScrollBar().value(), width, height)

    def rendered_page_count(self) -> int:
        """How many page renderings the current document has received."""
        return self._renderer.rendered_count

    # -- layout, zoom, rendering -----------------------------------------------------------
    def _relayout(self) -> None:
        if self._fit:
            self._zoom = self._fit_zoom()
        sizes = [(page.width or 612.0, page.height or 792.0) for page in self._pages]
        self._layout = PageLayout(sizes, self._zoom, self.viewport().width())
        size = self.viewport().size()
        for bar, extent, view in (
            (self.verticalScrollBar(), self._layout.height, size.height()),
            (self.horizontalScrollBar(), self._layout.width, size.width()),
        ):
            bar.setRange(0, max(0, int(extent - view)))
            bar.setPageStep(view)

    def _fit_zoom(self) -> float:
        widest = max((page.width or 612.0 for page in self._pages), default=612.0)
        width = self.viewport().width() - 2 * MARGIN
        return min(max(width / widest, MIN_ZOOM), MAX_ZOOM)

    def _set_zoom(self, zoom: float, anchor: QPointF | None = None, keep_fit: bool = False) -> None:
        zoom = min(max(zoom, MIN_ZOOM), MAX_ZOOM)
        self._fit = keep_fit
        if not self._pages:
            self._zoom = zoom
            return
        point = anchor or QPointF(self.viewport().width() / 2, self.viewport().height() / 2)
        x = point.x() + self.horizontalScrollBar().value()
        y = point.y() + self.verticalScrollBar().value()
        index = self._layout.nearest_page(y)
        x_pt, y_pt = self._layout.to_points(index, x, y)
        self._zoom = zoom
        self._relayout()
        new_x, new_y = self._layout.from_points(index, x_pt, y_pt)
        self.horizontalScrollBar().setValue(round(new_x - point.x()))
        self.verticalScrollBar().setValue(round(new_y - point.y()))
        self._schedule_render()
        self.viewport().update()

    def _schedule_render(self) -> None:
        self._render_timer.start()

    def _request_renders(self) -> None:
        """Ask for the visible pages and the next one, at the current zoom, sharp on HiDPI."""
        if not self._pages:
            return
        top = self.verticalScrollBar().value()
        visible = self._layout.visible(top, top + self.viewport().height())
        wanted = list(visible)
        if visible and visible.stop < len(self._pages):
            wanted.append(visible.stop)
        self._renderer.request([RenderJob(i, self._device_width(i)) for i in wanted])

    def _device_width(self, index: int) -> int:
        ratio = self.viewport().devicePixelRatioF()
        return max(1, round(self._layout.page_rect(index)[2] * ratio))

    def _page_ready(self, index: int) -> None:
        if index in self._visible_pages():
            self.viewport().update()
        self.pageRendered.emit(index)

    def _render_failed(self, message: str) -> None:
        self._message = self.tr("The pages could not be drawn: {reason}").format(reason=message)
        self.viewport().update()

    def _visible_pages(self) -> range:
        top = self.verticalScrollBar().value()
        return self._layout.visible(top, top + self.viewport().height())

    def _scrolled(self) -> None:
        self._update_indicator()
        self._schedule_render()
        self.viewport().update()

    def _update_indicator(self) -> None:
        if not self._pages:
            self._indicator.hide()
            return
        self._indicator.setText(self.tr("page {current} / {total}").format(
            current=self.current_page(), total=len(self._pages)))
        self._indicator.adjustSize()
        self._indicator.move(self.viewport().width() - self._indicator.width() - 8,
                             self.viewport().height() - self._indicator.height() - 8)
        self._indicator.show()

    # -- page text, selection, highlights ------------------------------------------------
    def _text(self, index: int) -> PageText:
        if index not in self._texts:
            self._texts[index] = PageText(self._pages[index])
        return self._texts[index]

    def _overlay(self, index: int) -> PageOverlay | None:
        if not self._highlights:
            return None
        if index not in self._overlays:
            self._overlays[index] = PageOverlay(self._text(index), self._highlights)
        return self._overlays[index]

    def _selection_bounds(self) -> tuple[int, int] | None:
        if self._anchor is None or self._cursor is None:
            return None
        return min(self._anchor, self._cursor), max(self._anchor, self._cursor) + 1

    def _set_selection(self, anchor: int | None, cursor: int | None) -> None:
        before = self.selection()
        self._anchor, self._cursor = anchor, cursor
        self.viewport().update()
        if self.selection() != before:
            self.selectionChanged.emit()

    def _page_point(self, pos: QPointF | QPoint) -> tuple[int, float, float] | None:
        """Viewport position -> (page index, x, y in points) on the nearest page."""
        if not self._pages:
            return None
        x = pos.x() + self.horizontalScrollBar().value()
        y = pos.y() + self.verticalScrollBar().value()
        index = self._layout.nearest_page(y)
        return (index, *self._layout.to_points(index, x, y))

    def _offset_at(self, pos: QPointF | QPoint) -> int | None:
        hit = self._page_point(pos)
        return None if hit is None else self._text(hit[0]).offset_at(hit[1], hit[2])

    def _highlight_at(self, pos: QPointF | QPoint) -> Highlight | None:
        hit = self._page_point(pos)
        if hit is None:
            return None
        overlay = self._overlay(hit[0])
        return None if overlay is None else overlay.highlight_at(hit[1], hit[2])

    def _select_word_at(self, pos: QPoint) -> None:
        offset = self._offset_at(pos)
        if offset is None or self._document is None:
            return
        text = self._document.text

        def in_word(i: int) -> bool:
            return 0 <= i < len(text) and (text[i].isalnum() or text[i] in WORD_JOINERS)

        if not in_word(offset):
            return
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

    # -- events ------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self.viewport())
        palette = self.palette()
        if self._message:
            painter.setPen(palette.color(QPalette.ColorRole.BrightText))
            painter.drawText(self.viewport().rect().adjusted(16, 16, -16, -16),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap, self._message)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        bounds = self._selection_bounds()
        for index in self._visible_pages():
            rect = self.page_rect(index)
            if not rect.intersects(QRectF(event.rect())):
                continue
            page = self._pages[index]
            text = self._text(index)
            selection = text.rects(*bounds) if bounds and bounds[0] < page.end else []
            flash = text.rects(*self._flash_range) if self._flash_range else []
            image = self._renderer.cache.best(index, self._device_width(index))
            paint_page(painter, rect, self._zoom, image, self._overlay(index), selection,
                       flash, self._flash_alpha, palette)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        position = self.position() if self._pages else 0
        self._relayout()
        if self._pages and self._fit and event.oldSize().width() != event.size().width():
            self.set_position(position)
        self._update_indicator()
        self._schedule_render()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.DevicePixelRatioChange:
            self._schedule_render()
        return super().event(event)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            highlight = self._highlight_at(event.pos())
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
            self._anchor_drag_at(self._press)
        self._last_drag_pos = pos
        self._extend_drag(pos)
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
            self._select_word_at(event.position().toPoint())

    def _anchor_drag_at(self, pos: QPoint) -> None:
        offset = self._offset_at(pos)
        self._set_selection(offset, offset)

    def _extend_drag(self, pos: QPoint) -> None:
        offset = self._offset_at(pos)
        if offset is not None and self._anchor is not None:
            self._set_selection(self._anchor, offset)
        elif offset is not None:
            self._set_selection(offset, offset)

    def _autoscroll_step(self) -> None:
        pos = self._last_drag_pos
        bar = self.verticalScrollBar()
        if pos.y() < 0:
            bar.setValue(bar.value() + min(pos.y(), -4))
        else:
            bar.setValue(bar.value() + max(pos.y() - self.viewport().height(), 4))
        self._extend_drag(pos)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt override)
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self._set_zoom(self._zoom * ZOOM_STEP ** steps, anchor=event.position())
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key = event.key()
        control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        bar = self.verticalScrollBar()
        if control and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif control and key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif control and key == Qt.Key.Key_0:
            self.fit_width()
        elif event.matches(QKeySequence.StandardKey.Copy):
            self._copy()
        elif key == Qt.Key.Key_Escape and self._anchor is not None:
            self.clear_selection()
        elif key == Qt.Key.Key_Home:
            bar.setValue(bar.minimum())
        elif key == Qt.Key.Key_End:
            bar.setValue(bar.maximum())
        else:
            super().keyPressEvent(event)

    def _copy(self) -> None:
        selected = self.selection()
        if selected is not None and self._document is not None:
            QGuiApplication.clipboard().setText(self._document.text[slice(*selected)])
