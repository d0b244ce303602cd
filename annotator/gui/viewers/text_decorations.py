"""What the text view paints around the text besides highlights: quote rules, code boxes,
page breaks. Painted for the visible blocks only, in document coordinates."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen

from annotator.gui.viewers.text_layout import CODE_STATE, QUOTE_STATE

if TYPE_CHECKING:
    from annotator.gui.viewers.text_canvas import ReaderEdit


def paint_block_decorations(painter: QPainter, edit: ReaderEdit, first: int, last: int) -> None:
    """A rule left of quotes; a shaded box behind each run of code lines."""
    document = edit.document()
    layout = document.documentLayout()
    left, right = edit.column_edges()
    palette = edit.palette()
    rule = palette.color(QPalette.ColorRole.Mid)
    shade = QColor(palette.color(QPalette.ColorRole.Text))
    shade.setAlpha(14)
    pad = document.defaultFont().pointSizeF() * 0.5
    code: QRectF | None = None
    block = document.findBlock(first)
    while block.isValid() and block.position() < last:
        state = block.userState()
        rect = layout.blockBoundingRect(block)
        if state == CODE_STATE:
            code = rect if code is None else code.united(rect)
        elif code is not None:
            _code_box(painter, QRectF(left, code.top() - pad, right - left,
                                      code.height() + 2 * pad), shade)
            code = None
        if state == QUOTE_STATE:
            x = left + block.blockFormat().leftMargin() * 0.35
            painter.fillRect(QRectF(x, rect.top(), 3, rect.height()), rule)
        block = block.next()
    if code is not None:
        _code_box(painter, QRectF(left, code.top() - pad, right - left,
                                  code.height() + 2 * pad), shade)


def _code_box(painter: QPainter, box: QRectF, shade: QColor) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(shade)
    painter.drawRoundedRect(box, 4, 4)


def paint_page_breaks(painter: QPainter, edit: ReaderEdit, page_starts: list[tuple[int, int]],
                      first: int, last: int) -> None:
    """A faint dashed rule where a PDF page begins, and its number in the right margin."""
    if not page_starts:
        return
    color = edit.palette().color(QPalette.ColorRole.PlaceholderText)
    left, right = edit.column_edges()
    font = painter.font()
    font.setPointSizeF(max(7.0, edit.document().defaultFont().pointSizeF() * 0.7))
    painter.setFont(font)
    painter.setPen(QPen(color, 1, Qt.PenStyle.DashLine))
    for position, number in page_starts:
        if not first <= position < last:
            continue
        y = edit.line_rect(position).top() - 4
        if number > 1:
            painter.drawLine(QPointF(left, y), QPointF(right, y))
        label = QCoreApplication.translate("TextView", "p. {page}").format(page=number)
        painter.drawText(QRectF(right + 6, y - 2, 80, 20),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, label)
