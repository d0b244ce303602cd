"""The reading surface of the text view: a read-only QTextEdit that paints highlights.

Highlights, the concept bars in the left margin, quote rules, page breaks and
the "here it is" flash are painted for the visible lines only, under the text
Qt draws. Everything here speaks Qt positions (UTF-16); TextView converts.
"""

from __future__ import annotations

from typing import cast

import shiboken6
from PySide6.QtCore import (
    QEasingCurve,
    QEvent,
    QPointF,
    QRect,
    QRectF,
    Qt,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextDocument,
    QTextLine,
)
from PySide6.QtWidgets import QApplication, QFrame, QTextEdit, QToolTip, QWidget

from annotator.gui.viewers.base import UNDERLINE_WIDTH, underline_color
from annotator.gui.viewers.text_decorations import paint_block_decorations, paint_page_breaks
from annotator.gui.viewers.text_highlighter import HighlightLayer, Mark
from annotator.gui.viewers.text_layout import (
    LINE_HEIGHT_PERCENT,
    set_reading_column,
    text_left,
)

BAR_WIDTH = 4.0
BAR_SPACING = 2.0
BAR_GAP = 12.0  # between the nearest bar and the text column
FLASH_MS = 1400


def _x_of(line: QTextLine, position: int) -> float:
    """The x of a cursor position in `line` (PySide returns (x, position); its stub, object)."""
    x, _ = cast(tuple[float, int], line.cursorToX(position))
    return x


class ReaderEdit(QTextEdit):
    """Read-only, selectable text with self-painted highlights and margin bars."""

    activated = Signal(int)  # annotation id of a clicked highlight or bar

    def __init__(self, layer: HighlightLayer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layer = layer
        self._page_starts: list[tuple[int, int]] = []  # (Qt position, page number)
        self._press: QPointF | None = None
        self._flash: tuple[int, int] | None = None
        self._flash_level = 0.0
        self._animation = QVariantAnimation(self)
        self._animation.setStartValue(1.0)
        self._animation.setEndValue(0.0)
        self._animation.setDuration(FLASH_MS)
        self._animation.setEasingCurve(QEasingCurve.Type.InQuad)
        self._animation.valueChanged.connect(self._set_flash_level)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTabChangesFocus(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setMouseTracking(True)
        self._text_cursor_shape = self.viewport().cursor().shape()

    # -- content --------------------------------------------------------------------
    def set_reading_document(self, document: QTextDocument,
                             page_starts: list[tuple[int, int]]) -> None:
        """Show `document`, which this editor then owns; the previous one is deleted.

        QTextEdit deletes a replaced document only when its internal control is
        the parent, never one parented to the editor: without the explicit
        delete, every document shown stays in memory (text, layout, formats).
        """
        previous = self.document()
        owned = previous is not document and previous.parent() is self
        document.setParent(self)
        self._page_starts = page_starts
        self._flash = None
        self._animation.stop()
        set_reading_column(document, self.viewport().width(), self.font())
        self.setDocument(document)
        if owned:
            shiboken6.delete(previous)

    def fit_column(self) -> None:
        """Re-centre the reading column (after a resize or a font change)."""
        document = self.document()
        set_reading_column(document, self.viewport().width(), document.defaultFont())

    def event(self, event: QEvent) -> bool:
        """Keep the first visible character at the top when a resize re-wraps the lines
        (the scroll bar's value stays put, so narrowing the window showed text pages
        earlier)."""
        if event.type() != QEvent.Type.Resize:
            return super().event(event)
        top = self.scroll_offset().y()
        anchor = self.hit(QPointF(0, top + 1)) if top > 0 else None
        handled = super().event(event)
        if anchor is not None:
            self.scroll_to(self.line_rect(anchor).top())
        return handled

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit_column()
        elif event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._show_tooltip(event)
            return True
        return super().viewportEvent(event)

    # -- geometry (document coordinates) -------------------------------------------------
    def scroll_offset(self) -> QPointF:
        return QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())

    def scroll_to(self, y: float) -> None:
        """Scroll so that document y is at the top of the viewport."""
        bar = self.verticalScrollBar()
        if y > bar.maximum():
            # Qt lays long documents out lazily and sizes the scroll bar to what
            # is laid out so far, later; asking for the size finishes the layout.
            height = self.document().size().height()
            bar.setMaximum(max(bar.maximum(), int(height - self.viewport().height())))
        bar.setValue(round(y))

    def line_at(self, position: int) -> tuple[QTextLine, QPointF]:
        """The laid-out line holding `position`, and its layout's origin."""
        document = self.document()
        last = max(0, document.characterCount() - 1)
        block = document.findBlock(max(0, min(position, last)))
        document.documentLayout().blockBoundingRect(block)  # lays the block out if pending
        layout = block.layout()
        line = layout.lineForTextPosition(max(0, position - block.position()))
        if not line.isValid():
            line = layout.lineAt(max(0, layout.lineCount() - 1))
        return line, layout.position()

    def line_rect(self, position: int) -> QRectF:
        """The rect of the line holding `position` (document coordinates)."""
        line, origin = self.line_at(position)
        return line.rect().translated(origin)

    def range_rects(self, start: int, end: int) -> list[QRectF]:
        """One rect per line piece of the characters [start, end)."""
        document = self.document()
        rects: list[QRectF] = []
        block = document.findBlock(start)
        while block.isValid() and block.position() < end:
            layout = block.layout()
            base = block.position()
            document.documentLayout().blockBoundingRect(block)
            origin = layout.position()
            for index in range(layout.lineCount()):
                line = layout.lineAt(index)
                line_start = base + line.textStart()
                line_end = line_start + line.textLength()
                left, right = max(start, line_start), min(end, line_end)
                if left >= right:
                    continue
                x1 = _x_of(line, left - base)
                x2 = _x_of(line, right - base)
                rects.append(QRectF(min(x1, x2) + origin.x(), line.y() + origin.y(),
                                    abs(x2 - x1), line.height()))
            block = block.next()
        return rects

    def hit(self, at: QPointF) -> int:
        """The Qt position nearest document point `at`.

        Qt's fuzzy hit test answers nonsense (often the end of the text) for
        points in the frame's margins, so the point is first pulled into the
        text column, below the top margin. (Below the text, the end is right.)
        """
        document = self.document()
        left, right = self.column_edges()
        inside = QPointF(min(max(at.x(), left), right - 1),
                         max(at.y(), document.rootFrame().frameFormat().topMargin()))
        return max(0, document.documentLayout().hitTest(inside, Qt.HitTestAccuracy.FuzzyHit))

    def visible_range(self) -> tuple[int, int]:
        """Qt positions of the first and past-the-last characters on screen (a little more)."""
        document = self.document()
        top = self.scroll_offset().y()
        bottom = top + self.viewport().height()
        first = document.findBlock(self.hit(QPointF(0, top)))
        last = document.findBlock(self.hit(QPointF(0, bottom)))
        end = last.position() + last.length() if last.isValid() else document.characterCount()
        return (first.position() if first.isValid() else 0), end

    def char_at(self, point: QPointF) -> int | None:
        """The Qt position of the character under viewport `point`, if any."""
        at = point + self.scroll_offset()
        document = self.document()
        position = self.hit(at)
        line, origin = self.line_at(position)
        top = origin.y() + line.y()
        if not top <= at.y() <= top + line.height() * LINE_HEIGHT_PERCENT / 100:
            return None
        block = document.findBlock(position)
        layout, base = block.layout(), block.position()
        relative = position - base
        candidates = (layout.previousCursorPosition(relative), relative)
        for left in candidates:
            right = layout.nextCursorPosition(left)
            if not line.textStart() <= left < right <= line.textStart() + line.textLength():
                continue
            x1 = _x_of(line, left) + origin.x()
            x2 = _x_of(line, right) + origin.x()
            if min(x1, x2) <= at.x() <= max(x1, x2):
                return base + left
        return None

    def column_edges(self) -> tuple[float, float]:
        """Left and right x of the text column (document coordinates)."""
        document = self.document()
        left = text_left(document)
        right = document.textWidth() - document.rootFrame().frameFormat().rightMargin()
        return left, max(left + 1, right)

    def column_x(self, column: int) -> float:
        """Left edge of margin bar column `column` (0 is nearest the text)."""
        return (text_left(self.document()) - BAR_GAP
                - (column + 1) * (BAR_WIDTH + BAR_SPACING) + BAR_SPACING)

    def _bars(self, first: int, last: int) -> list[tuple[QRectF, QColor, Mark]]:
        bars = []
        for mark in self._layer.overlapping(first, last):
            top = self.line_rect(max(mark.start, first)).top()
            bottom = self.line_rect(max(mark.start, min(mark.end, last) - 1)).bottom()
            for color, column in zip(mark.colors, mark.columns, strict=False):
                x = self.column_x(column)
                if x >= 1:
                    bars.append((QRectF(x, top, BAR_WIDTH, bottom - top), color, mark))
        return bars

    def bar_at(self, point: QPointF) -> Mark | None:
        """The highlight whose margin bar is under viewport `point`."""
        at = point + self.scroll_offset()
        if at.x() >= text_left(self.document()):
            return None
        first, last = self.visible_range()
        hits = [mark for rect, _color, mark in self._bars(first, last)
                if rect.adjusted(-1, 0, 1, 0).contains(at)]
        return min(hits, key=lambda m: m.end - m.start) if hits else None

    # -- painting ----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        first, last = self.visible_range()
        painter = QPainter(self.viewport())
        painter.translate(-self.scroll_offset())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_block_decorations(painter, self, first, last)
        for start, end, color in self._layer.segments(first, last):
            line = underline_color(color)
            for rect in self.range_rects(start, end):
                painter.fillRect(rect, color)
                painter.fillRect(QRectF(rect.left(), rect.bottom() - UNDERLINE_WIDTH,
                                        rect.width(), UNDERLINE_WIDTH), line)
        if self._flash is not None and self._flash_level > 0:
            flash = QColor(self.palette().color(QPalette.ColorRole.Highlight))
            flash.setAlphaF(0.55 * self._flash_level)
            for rect in self.range_rects(*self._flash):
                painter.fillRect(rect.adjusted(-2, -1, 2, 1), flash)
        for rect, color, _mark in self._bars(first, last):
            painter.fillRect(rect, color)
        paint_page_breaks(painter, self, self._page_starts, first, last)
        painter.end()
        super().paintEvent(event)

    def repaint_range(self, start: int, end: int) -> None:
        """Schedule a repaint of the lines (and their margin) showing [start, end)."""
        first, last = self.visible_range()
        if end < first or start > last:
            return
        top = self.line_rect(max(start, first)).top() - self.scroll_offset().y()
        bottom = self.line_rect(max(start, min(end, last) - 1)).bottom()
        bottom -= self.scroll_offset().y()
        self.viewport().update(QRect(0, int(top) - 2, self.viewport().width(),
                                     int(bottom - top) + 4))

    # -- flash -------------------------------------------------------------------------
    def flash(self, start: int, end: int) -> None:
        self._flash = (start, end)
        self._animation.stop()
        self._set_flash_level(1.0)
        self._animation.start()

    def _set_flash_level(self, value: float) -> None:
        self._flash_level = float(value)
        if self._flash is not None:
            self.repaint_range(*self._flash)

    # -- mouse ---------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position() if event.button() == Qt.MouseButton.LeftButton else None
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        moved = (event.position() - press).manhattanLength()
        if moved >= QApplication.startDragDistance():
            return
        bar = self.bar_at(event.position())
        if bar is not None:
            self.activated.emit(bar.annotation_id)
            return
        if self.textCursor().hasSelection():
            return
        position = self.char_at(event.position())
        marks = self._layer.at(position) if position is not None else []
        if marks:
            self.activated.emit(marks[0].annotation_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter with the caret in a highlighted passage opens it, as a click would."""
        cursor = self.textCursor()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not cursor.hasSelection():
            position = cursor.position()
            marks = self._layer.at(position) or self._layer.at(position - 1)
            if marks:
                self.activated.emit(marks[0].annotation_id)
                return
        super().keyPressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if event.buttons() == Qt.MouseButton.NoButton:
            over_bar = self.bar_at(event.position()) is not None
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if over_bar
                                      else self._text_cursor_shape)

    def _show_tooltip(self, event: QHelpEvent) -> None:
        point = QPointF(event.pos())
        bar = self.bar_at(point)
        if bar is not None:
            marks = [bar]
        else:
            position = self.char_at(point)
            marks = self._layer.at(position) if position is not None else []
        if marks:
            QToolTip.showText(event.globalPos(), "<hr>".join(m.tooltip for m in marks),
                              self.viewport())
        else:
            QToolTip.hideText()
