"""Small icons drawn with QPainter: document kinds, concept swatches, panel and toolbar
actions.

Drawing them keeps the app free of image files and lets line icons follow the
system palette (light or dark); only concept colours are fixed.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)

SIZES = (16, 20, 24, 32, 48)
DISABLED_OPACITY = 0.35
KIND_COLORS = {"pdf": "#d64541", "web": "#2e86c1", "text": "#7f8c8d"}

Painter = Callable[[QPainter, float, QColor], None]


def _icon(draw: Painter, ink: QColor, keep_when_selected: bool = False) -> QIcon:
    """An icon drawn at several sizes on a 16-unit grid scaled to each size.

    Styles tint icons on selected rows; `keep_when_selected` stops that for icons
    whose colour is their meaning (concept swatches). Disabled icons are drawn
    faded rather than left to the style, which barely dims dark line art."""
    icon = QIcon()
    for size in SIZES:
        normal = _render(draw, ink, size, 1.0)
        icon.addPixmap(normal)
        icon.addPixmap(_render(draw, ink, size, DISABLED_OPACITY), QIcon.Mode.Disabled)
        if keep_when_selected:
            icon.addPixmap(normal, QIcon.Mode.Selected)
    return icon


def _render(draw: Painter, ink: QColor, size: int, opacity: float) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setOpacity(opacity)
    painter.scale(size / 16, size / 16)
    draw(painter, size / 16, ink)
    painter.end()
    return pixmap


class _DrawnOnDemand(QIconEngine):
    """An icon drawn when Qt asks for it, at the size and scale asked, in the palette's
    text colour of that moment (so it follows a switch to a dark theme by itself).

    For the first window's toolbar: drawing every size up front costs 1.7 ms an icon, and
    the platform style's icons would have PySide build QStyle's Python class and its
    enums (5 ms) before the window is shown."""

    def __init__(self, draw: Painter) -> None:
        super().__init__()
        self._draw = draw

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        side = min(rect.width(), rect.height())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if mode == QIcon.Mode.Disabled:
            painter.setOpacity(DISABLED_OPACITY)
        painter.translate(rect.x() + (rect.width() - side) / 2,
                          rect.y() + (rect.height() - side) / 2)
        painter.scale(side / 16, side / 16)
        self._draw(painter, side / 16, _ink(None))
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,  # noqa: N802
                     scale: float) -> QPixmap:
        pixmap = QPixmap(size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        try:
            self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        finally:
            painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _DrawnOnDemand(self._draw)


def _pen(color: QColor, width: float = 1.2) -> QPen:
    pen = QPen(color, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _ink(palette: QPalette | None) -> QColor:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.WindowText)


# -- document kinds -------------------------------------------------------------------
def _page(painter: QPainter, ink: QColor) -> None:
    path = QPainterPath()
    path.moveTo(3.5, 1.5)
    path.lineTo(9.5, 1.5)
    path.lineTo(12.5, 4.5)
    path.lineTo(12.5, 14.5)
    path.lineTo(3.5, 14.5)
    path.closeSubpath()
    paper = QColor(ink)
    paper.setAlpha(25)
    painter.setBrush(paper)
    painter.setPen(_pen(ink, 1.0))
    painter.drawPath(path)
    painter.drawPolyline([QPointF(9.5, 1.5), QPointF(9.5, 4.5), QPointF(12.5, 4.5)])


def _draw_pdf(painter: QPainter, _scale: float, ink: QColor) -> None:
    _page(painter, ink)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(KIND_COLORS["pdf"]))
    painter.drawRoundedRect(QRectF(1.5, 8.5, 10, 5.5), 1.2, 1.2)
    painter.setPen(_pen(QColor("white"), 0.9))
    for x in (3.5, 6.5, 9.5):  # three dots read as a label at this size
        painter.drawPoint(QPointF(x, 11.25))


def _draw_web(painter: QPainter, _scale: float, ink: QColor) -> None:
    blue = QColor(KIND_COLORS["web"])
    painter.setPen(_pen(blue, 1.2))
    painter.setBrush(QColor("#d6eaf8"))  # a light disc keeps it visible on selected rows
    painter.drawEllipse(QRectF(1.5, 1.5, 13, 13))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(QRectF(5.2, 1.5, 5.6, 13))
    painter.drawLine(QPointF(1.8, 8), QPointF(14.2, 8))
    painter.drawLine(QPointF(3, 4.6), QPointF(13, 4.6))
    painter.drawLine(QPointF(3, 11.4), QPointF(13, 11.4))


def _draw_text(painter: QPainter, _scale: float, ink: QColor) -> None:
    _page(painter, ink)
    painter.setPen(_pen(QColor(KIND_COLORS["text"]), 1.0))
    for y in (7, 9.5, 12):
        painter.drawLine(QPointF(5.5, y), QPointF(10.5, y))


_KIND_PAINTERS: dict[str, Painter] = {"pdf": _draw_pdf, "web": _draw_web, "text": _draw_text}


def kind_icon(kind: str, palette: QPalette | None = None) -> QIcon:
    """The icon of a document kind (pdf, web, text); unknown kinds look like text."""
    return _kind_icon(kind if kind in _KIND_PAINTERS else "text", _ink(palette).name())


@lru_cache(maxsize=16)
def _kind_icon(kind: str, ink: str) -> QIcon:
    return _icon(_KIND_PAINTERS[kind], QColor(ink), keep_when_selected=True)


# -- concept colours ------------------------------------------------------------------
@lru_cache(maxsize=256)
def swatch_icon(color: str) -> QIcon:
    """A rounded square of a concept's colour with a darker rim, visible on any background."""
    fill = QColor(color)
    if not fill.isValid():
        fill = QColor("#c0c0c0")

    def draw(painter: QPainter, scale: float, _ink: QColor) -> None:
        painter.setPen(QPen(fill.darker(150), 1 / scale))
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(QRectF(2.5, 2.5, 11, 11), 2.5, 2.5)

    return _icon(draw, fill, keep_when_selected=True)


def digit_badge(digit: str, palette: QPalette | None = None) -> QIcon:
    """A key-cap with a digit, to show which number key applies a concept."""
    return _digit_badge(digit, _ink(palette).name())


@lru_cache(maxsize=32)
def _digit_badge(digit: str, ink: str) -> QIcon:
    def draw(painter: QPainter, scale: float, color: QColor) -> None:
        rim = QColor(color)
        rim.setAlpha(110)
        painter.setPen(QPen(rim, 1 / scale))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(2, 1.5, 12, 13), 2.5, 2.5)
        font = QFont()
        font.setPixelSize(10)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(color)
        painter.drawText(QRectF(2, 1.5, 12, 13), Qt.AlignmentFlag.AlignCenter, digit)

    return _icon(draw, QColor(ink))


# -- panel actions --------------------------------------------------------------------
def _draw_plus(painter: QPainter, _scale: float, ink: QColor) -> None:
    painter.setPen(_pen(ink, 1.6))
    painter.drawLine(QPointF(8, 3), QPointF(8, 13))
    painter.drawLine(QPointF(3, 8), QPointF(13, 8))


def _draw_sub(painter: QPainter, _scale: float, ink: QColor) -> None:
    painter.setPen(_pen(ink, 1.3))
    painter.drawPolyline([QPointF(3, 2.5), QPointF(3, 10), QPointF(6.5, 10)])
    painter.setPen(_pen(ink, 1.6))
    painter.drawLine(QPointF(11, 6.5), QPointF(11, 13.5))
    painter.drawLine(QPointF(7.5, 10), QPointF(14.5, 10))


def _draw_rename(painter: QPainter, _scale: float, ink: QColor) -> None:
    painter.setPen(_pen(ink, 1.3))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    body = QPainterPath()
    body.moveTo(3, 13)
    body.lineTo(3.6, 10.2)
    body.lineTo(10.6, 3.2)
    body.lineTo(12.8, 5.4)
    body.lineTo(5.8, 12.4)
    body.closeSubpath()
    painter.drawPath(body)
    painter.drawLine(QPointF(9.2, 4.6), QPointF(11.4, 6.8))


def _draw_color(painter: QPainter, _scale: float, ink: QColor) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    for color, x, y in (("#f1948a", 3, 3), ("#5dade2", 8.5, 3), ("#58d68d", 3, 8.5),
                        ("#f4d03f", 8.5, 8.5)):
        painter.setBrush(QColor(color))
        painter.drawRoundedRect(QRectF(x, y, 4.5, 4.5), 1.2, 1.2)


def _draw_describe(painter: QPainter, _scale: float, ink: QColor) -> None:
    painter.setPen(_pen(ink, 1.2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(QRectF(2, 2.5, 12, 9), 2, 2)
    painter.drawPolyline([QPointF(5, 11.5), QPointF(4.5, 14), QPointF(8, 11.5)])
    for y, right in ((5.5, 11), (8.2, 9)):
        painter.drawLine(QPointF(5, y), QPointF(right, y))


def _draw_merge(painter: QPainter, _scale: float, ink: QColor) -> None:
    painter.setPen(_pen(ink, 1.4))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPolyline([QPointF(3, 2.5), QPointF(3, 5), QPointF(8, 9), QPointF(8, 13.5)])
    painter.drawPolyline([QPointF(13, 2.5), QPointF(13, 5), QPointF(8, 9)])
    painter.drawPolyline([QPointF(5.5, 11.5), QPointF(8, 14), QPointF(10.5, 11.5)])


def _draw_delete(painter: QPainter, _scale: float, ink: QColor) -> None:
    painter.setPen(_pen(ink, 1.2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawLine(QPointF(2.5, 4), QPointF(13.5, 4))
    painter.drawPolyline([QPointF(6, 4), QPointF(6.5, 2), QPointF(9.5, 2), QPointF(10, 4)])
    can = QPainterPath()
    can.moveTo(4, 4)
    can.lineTo(4.8, 14)
    can.lineTo(11.2, 14)
    can.lineTo(12, 4)
    painter.drawPath(can)
    for x in (6.8, 9.2):
        painter.drawLine(QPointF(x, 6.5), QPointF(x, 11.5))


def _draw_import(painter: QPainter, _scale: float, ink: QColor) -> None:
    painter.setPen(_pen(ink, 1.4))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawLine(QPointF(8, 2), QPointF(8, 10))
    painter.drawPolyline([QPointF(4.5, 6.5), QPointF(8, 10), QPointF(11.5, 6.5)])
    painter.drawPolyline([QPointF(2.5, 10.5), QPointF(2.5, 13.5), QPointF(13.5, 13.5),
                          QPointF(13.5, 10.5)])


def _draw_undo(painter: QPainter, _scale: float, ink: QColor) -> None:
    painter.setPen(_pen(ink, 1.4))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    turn = QPainterPath()
    turn.moveTo(12.5, 13)
    turn.cubicTo(13.5, 8, 10.5, 5.5, 3.5, 5.5)
    painter.drawPath(turn)
    painter.drawPolyline([QPointF(6.5, 2.5), QPointF(3.5, 5.5), QPointF(6.5, 8.5)])


def _draw_redo(painter: QPainter, scale: float, ink: QColor) -> None:
    painter.translate(16, 0)
    painter.scale(-1, 1)  # the undo arrow, mirrored
    _draw_undo(painter, scale, ink)


def _draw_highlights(painter: QPainter, _scale: float, ink: QColor) -> None:
    marker = QColor("#f4d03f")
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(marker)
    painter.drawRect(QRectF(1.5, 9.5, 13, 4))
    painter.setPen(_pen(ink, 1.1))
    for y, right in ((3.5, 14), (7, 11), (11.5, 12)):
        painter.drawLine(QPointF(2.5, y), QPointF(right, y))


def _draw_pages(painter: QPainter, _scale: float, ink: QColor) -> None:
    _page(painter, ink)


_ACTION_PAINTERS: dict[str, Painter] = {
    "new": _draw_plus, "new-child": _draw_sub, "rename": _draw_rename, "color": _draw_color,
    "describe": _draw_describe, "merge": _draw_merge, "delete": _draw_delete,
    "import": _draw_import, "highlights": _draw_highlights, "pages": _draw_pages,
}


def action_icon(name: str, palette: QPalette | None = None) -> QIcon:
    """A line icon for a panel action (new, new-child, rename, color, describe, merge,
    delete, import) or a column header (highlights, pages)."""
    return _action_icon(name, _ink(palette).name())


@lru_cache(maxsize=64)
def _action_icon(name: str, ink: str) -> QIcon:
    return _icon(_ACTION_PAINTERS[name], QColor(ink))


_TOOLBAR_PAINTERS: dict[str, Painter] = {
    "import": _draw_import, "undo": _draw_undo, "redo": _draw_redo}


def toolbar_icon(name: str) -> QIcon:
    """A line icon for a toolbar action (import, undo, redo), drawn when first shown."""
    return QIcon(_DrawnOnDemand(_TOOLBAR_PAINTERS[name]))
