"""Paints a PDF page of the page view: the paper or its rendering, then what goes over it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPen

from annotator.core.geometry import Box
from annotator.gui.viewers.base import UNDERLINE_WIDTH, underline_color
from annotator.gui.viewers.pdf_overlay import PageOverlay

BAR_WIDTH = 3.0  # pixels
BAR_GAP = 2.0
BAR_OFFSET = 6.0  # pixels between the bars and the text column
SELECTION_ALPHA = 110

# The paper colour belongs to the document, not to the desktop theme: PDFium
# renders pages on white, so placeholders are white too (no flash when the
# rendering arrives, also under a dark theme).
PAPER = QColor(Qt.GlobalColor.white)


def paint_paper(painter: QPainter, rect: QRectF, image: QImage | None,
                palette: QPalette) -> None:
    """A page's outline and its rendering, stretched if it is from another zoom."""
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Shadow), 1))
    painter.drawRect(rect.adjusted(-1, -1, 0, 0))
    if image is None:
        painter.fillRect(rect, PAPER)
    else:
        painter.drawImage(rect, image)


def paint_marks(painter: QPainter, rect: QRectF, zoom: float, overlay: PageOverlay | None,
                selection: Sequence[Box], flash: Sequence[Box], flash_alpha: int,
                palette: QPalette) -> None:
    """Highlight tints, the selection, a flash; boxes are in the page's points."""
    painter.save()
    painter.translate(rect.topLeft())
    painter.scale(zoom, zoom)
    if overlay is not None:
        for tint in overlay.tints:
            _fill(painter, tint.rects, tint.color)
            _underline(painter, tint.rects, underline_color(tint.color), UNDERLINE_WIDTH / zoom)
    if selection:
        color = QColor(palette.color(QPalette.ColorRole.Highlight))
        color.setAlpha(SELECTION_ALPHA)
        _fill(painter, selection, color)
        _outline(painter, selection, palette.color(QPalette.ColorRole.Highlight))
    if flash and flash_alpha > 0:
        color = QColor(palette.color(QPalette.ColorRole.Highlight))
        color.setAlpha(flash_alpha)
        _fill(painter, flash, color)
    painter.restore()
    if overlay is not None:
        _paint_bars(painter, rect, zoom, overlay)


def _fill(painter: QPainter, boxes: Sequence[Box], color: QColor) -> None:
    for x0, top, x1, bottom in boxes:
        painter.fillRect(QRectF(QPointF(x0, top), QPointF(x1, bottom)), color)


def _underline(painter: QPainter, boxes: Sequence[Box], color: QColor, width: float) -> None:
    for x0, _top, x1, bottom in boxes:
        painter.fillRect(QRectF(QPointF(x0, bottom - width), QPointF(x1, bottom)), color)


def _outline(painter: QPainter, boxes: Sequence[Box], color: QColor) -> None:
    """A selection is framed as well as filled: a highlight is filled and underlined."""
    pen = QPen(color, 1)
    pen.setCosmetic(True)  # one pixel at any zoom
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for x0, top, x1, bottom in boxes:
        painter.drawRect(QRectF(QPointF(x0, top), QPointF(x1, bottom)))


def _paint_bars(painter: QPainter, rect: QRectF, zoom: float, overlay: PageOverlay) -> None:
    """One bar per annotation left of the text column, in one band per concept colour.

    Where the text starts at the page's edge, the bars move out into the gap
    beside the page.
    """
    lanes = max((bar.lane for bar in overlay.bars), default=0) + 1
    needed = BAR_OFFSET + lanes * (BAR_WIDTH + BAR_GAP)
    column = rect.left() + overlay.text.left * zoom
    right = column - BAR_OFFSET if column - needed >= rect.left() else rect.left() - BAR_GAP
    for bar in overlay.bars:
        x = right - BAR_WIDTH - bar.lane * (BAR_WIDTH + BAR_GAP)
        top = rect.top() + bar.top * zoom
        height = max((bar.bottom - bar.top) * zoom, BAR_WIDTH)
        band = height / len(bar.colors)
        for i, color in enumerate(bar.colors):
            painter.fillRect(QRectF(x, top + i * band, BAR_WIDTH, band), color)
