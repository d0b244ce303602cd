"""Paints a highlight as a card: quote, concept chips, memo, author and date."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from annotator.core.model import Annotation, Concept
from annotator.gui.panels.card_fonts import CardFonts
from annotator.gui.panels.card_pixmaps import CardPixmaps
from annotator.gui.panels.card_wrap import wrapped_lines

ANNOTATION_ROLE = Qt.ItemDataRole.UserRole + 1  # the Annotation shown by a row
CHIPS_ROLE = Qt.ItemDataRole.UserRole + 2  # tuple[Chip, ...]
TITLE_ROLE = Qt.ItemDataRole.UserRole + 3  # a document title heading the card, if any
ACCENT_ROLE = Qt.ItemDataRole.UserRole + 4  # colour of the bar beside the quote, if not
                                            # the first chip's

V = TypeVar("V")

NO_CONCEPT_COLOR = "#c0c0c0"
CHIP_TEXT_COLOR = QColor("#1f1f1f")  # chips are light tints in every palette
MARGIN_X, MARGIN_Y, SPACING = 10, 7, 4
BAR_WIDTH, BAR_GAP = 3, 8
CHIP_PAD_X, CHIP_PAD_Y, CHIP_GAP = 7, 1, 4
TEXT_ALIGNMENT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
# States drawn over a card's body rather than in it: a card selected or deselected is
# copied from the same kept pixmap, and only the selection is painted again.
OVERLAID_STATES = (QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus
                   | QStyle.StateFlag.State_MouseOver)
SELECTION_TINT_ALPHA = 48  # of 255: the text stays in its own colours, readable


@dataclass(frozen=True)
class Chip:
    name: str
    color: str


def chips_for(annotation: Annotation, concepts: dict[int, Concept],
              exclude: int | None = None) -> tuple[Chip, ...]:
    """The annotation's concepts as chips, in codebook order."""
    order = list(concepts)
    ids = sorted((c for c in annotation.concept_ids if c in concepts and c != exclude),
                 key=order.index)
    return tuple(Chip(concepts[c].name, concepts[c].color) for c in ids)


def tint(color: QColor, strength: float = 0.28) -> QColor:
    """`color` mixed with white: a light background dark text stays readable on."""
    def mix(channel: int) -> int:
        return round(255 - (255 - channel) * strength)

    return QColor(mix(color.red()), mix(color.green()), mix(color.blue()))


def short_date(iso: str) -> str:
    """An ISO timestamp as a short date in the user's locale ('' if unreadable)."""
    stamp = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not stamp.isValid():
        return ""
    return QLocale().toString(stamp.toLocalTime().date(), QLocale.FormatType.ShortFormat)


Placed = list[tuple[QRect, Chip | None, str]]


def chip_layout(chips: tuple[Chip, ...], metrics: QFontMetrics, width: int,
                empty_label: str, *, one_row: bool = False) -> Placed:
    """Chip rectangles relative to (0, 0), wrapping to `width`; one dashed chip when empty.

    With `one_row` the chips that do not fit are left out and a dashed "+N" chip
    counts them.
    """
    height = metrics.height() + 2 * CHIP_PAD_Y
    entries: list[tuple[Chip | None, str]] = [(c, c.name) for c in chips] or [(None, empty_label)]
    x = y = 0
    placed: Placed = []
    for number, (chip, label) in enumerate(entries):
        text = metrics.elidedText(label, Qt.TextElideMode.ElideRight,
                                  max(width - 2 * CHIP_PAD_X, 20))
        chip_width = metrics.horizontalAdvance(text) + 2 * CHIP_PAD_X
        if x > 0 and x + chip_width > width:
            if one_row:
                return _with_overflow(placed, len(entries) - number, metrics, width)
            x, y = 0, y + height + CHIP_GAP
        placed.append((QRect(x, y, chip_width, height), chip, text))
        x += chip_width + CHIP_GAP
    return placed


def _with_overflow(placed: Placed, hidden: int, metrics: QFontMetrics, width: int) -> Placed:
    """End a full row of chips with a "+N" chip, leaving out more chips if it needs room."""
    while True:
        text = f"+{hidden}"
        pill = metrics.horizontalAdvance(text) + 2 * CHIP_PAD_X
        last, chip, label = placed[-1]
        if last.right() + 1 + CHIP_GAP + pill <= width:
            break
        if len(placed) == 1:  # one long chip: shorten it
            room = max(width - CHIP_GAP - pill - 2 * CHIP_PAD_X, 20)
            label = metrics.elidedText(label, Qt.TextElideMode.ElideRight, room)
            last = QRect(0, 0, metrics.horizontalAdvance(label) + 2 * CHIP_PAD_X, last.height())
            placed[-1] = (last, chip, label)
            break
        placed.pop()
        hidden += 1
    placed.append((QRect(last.right() + 1 + CHIP_GAP, 0, pill, last.height()), None, text))
    return placed


def paint_chip(painter: QPainter, rect: QRect, chip: Chip | None, text: str,
               palette: QPalette) -> None:
    radius = rect.height() / 2
    if chip is None:
        pen = QPen(palette.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), radius, radius)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
    else:
        outline, fill = _chip_colors(chip.color)
        painter.setPen(outline)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), radius, radius)
        painter.setPen(CHIP_TEXT_COLOR)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


def paint_selection(painter: QPainter, option: QStyleOptionViewItem) -> None:
    """A selected card: its body tinted and framed in the highlight colour (of the
    view's active or inactive state), its text left in the colours it was drawn in."""
    group = (QPalette.ColorGroup.Active if option.state & QStyle.StateFlag.State_Active
             else QPalette.ColorGroup.Inactive)
    color = option.palette.color(group, QPalette.ColorRole.Highlight)
    tinted = QColor(color)
    tinted.setAlpha(SELECTION_TINT_ALPHA)
    painter.save()
    painter.fillRect(option.rect, tinted)
    painter.setPen(QPen(color, 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
    painter.restore()


@lru_cache(maxsize=256)
def _chip_colors(color: str) -> tuple[QPen, QColor]:
    """A chip's outline pen and fill, worked out once per concept colour."""
    base = QColor(color)
    return QPen(base.darker(115), 1), tint(base)


@dataclass
class _Piece:
    """One thing drawn in a card, positioned relative to the card's top-left."""

    kind: str  # "text", "chip" or "bar"
    rect: QRect
    text: str = ""
    font: QFont | None = None
    role: QPalette.ColorRole = QPalette.ColorRole.Text
    chip: Chip | None = None
    color: QColor | None = None


class _Lru(OrderedDict[Hashable, V]):
    """A dict keeping its `size` most recently used entries, dropping the oldest one by one."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def recall(self, key: Hashable) -> V | None:
        value = self.get(key)
        if value is not None:
            self.move_to_end(key)
        return value

    def keep(self, key: Hashable, value: V) -> None:
        self[key] = value
        if len(self) > self.size:
            self.popitem(last=False)


class AnnotationDelegate(QStyledItemDelegate):
    """Draws rows carrying ANNOTATION_ROLE, CHIPS_ROLE and optionally TITLE_ROLE
    and ACCENT_ROLE.

    A model may also say, with a method `card_key(row)`, a hashable that changes
    whenever the row's card may change height (None: no annotation): a view measures
    every row again after one is inserted or removed, and this spares it asking
    each row for every role.

    With `uniform` every card has the same height (all its quote and memo lines
    reserved, chips on one row), so a view with uniform item sizes lays out
    thousands of rows without asking each one's size.

    With `keep_cards` the cards drawn are kept as pixmaps (see card_pixmaps): a view
    that repaints rows which did not change copies them instead of drawing them.
    """

    # Card layouts, for painting: the rows on screen and those just scrolled past.
    LAYOUT_CACHE_SIZE = 600
    # Card heights: a view asks for every row's height at each layout, so this must
    # hold more rows than a long list, or each pass evicts what the next one needs.
    HEIGHT_CACHE_SIZE = 60_000

    def __init__(self, parent: QWidget | None = None, *, quote_lines: int | None = 2,
                 memo_lines: int = 1, show_title: bool = False,
                 uniform: bool = False, keep_cards: bool = False) -> None:
        super().__init__(parent)
        if uniform and (quote_lines is None or show_title):
            raise ValueError("uniform cards need a bounded quote and no title")
        self._quote_lines = quote_lines
        self._memo_lines = memo_lines
        self._show_title = show_title
        self._uniform = uniform
        self._layouts: _Lru[list[_Piece]] = _Lru(self.LAYOUT_CACHE_SIZE)
        self._heights: _Lru[int] = _Lru(self.HEIGHT_CACHE_SIZE)
        self._pixmaps = CardPixmaps() if keep_cards else None
        self._uniform_heights: dict[str, int] = {}  # by font key
        self._card_fonts: dict[str, CardFonts] = {}  # by font key
        self._font = QFont()
        self._font_name = self._font.key()

    def _font_key(self, font: QFont) -> str:
        """`font.key()`, asked again only when the font changes: it costs about as
        much as the rest of measuring a card whose height is known."""
        if font != self._font:
            self._font = QFont(font)
            self._font_name = font.key()
        return self._font_name

    def sizeHint(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        width = self._card_width(option)
        if self._uniform:
            return QSize(width, self._uniform_height(option.font))
        card_key = getattr(index.model(), "card_key", None)
        if card_key is not None:  # one call, not the four roles the card is made of
            look = card_key(index.row())
            key = (look, width, self._font_key(option.font)) if look is not None else None
        else:
            key = self._key(option, index, width)
        if key is None:
            return QSize(width, MARGIN_Y)
        height = self._heights.recall(key)
        if height is None:
            pieces = self._layout(option, index, width)
            height = max((p.rect.bottom() for p in pieces), default=0) + 1 + MARGIN_Y
            self._heights.keep(key, height)
        return QSize(width, height)

    def _uniform_height(self, base: QFont) -> int:
        """The height of every card in `base`; worked out once per font (a view asks at
        each layout, that is after every row inserted)."""
        key = self._font_key(base)
        height = self._uniform_heights.get(key)
        if height is None:
            assert self._quote_lines is not None
            fonts = self._fonts(base)
            chip_height = fonts.small_height + 2 * CHIP_PAD_Y
            height = self._uniform_heights[key] = (
                MARGIN_Y + self._quote_lines * fonts.base_height + SPACING + chip_height
                + SPACING + self._memo_lines * fonts.italic_height + MARGIN_Y)
        return height

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        """The card's body, the same whether it is selected or not (so a kept card
        serves both), then the selection over it."""
        body = option
        if option.state & OVERLAID_STATES:
            body = QStyleOptionViewItem(option)
            body.state &= ~OVERLAID_STATES
        if self._pixmaps is not None:
            card = self._key(body, index, body.rect.width())
            drawn = card is not None and self._pixmaps.draw(
                painter, body, card, lambda to, at: self._paint_card(to, at, index))
        else:
            drawn = False
        if not drawn:
            self._paint_card(painter, body, index)
        if option.state & QStyle.StateFlag.State_Selected:
            paint_selection(painter, option)

    def _paint_card(self, painter: QPainter, option: QStyleOptionViewItem,
                    index: QModelIndex | QPersistentModelIndex) -> None:
        """Draw a card; its pieces are placed relative to the card, so the painter
        moves to the card's corner once (whole pixels: the same pixels as moving each
        piece), and each text colour is asked of the palette once."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        rect = opt.rect
        palette = opt.palette
        painter.save()
        if widget is not None:
            widget.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt,
                                         painter, widget)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Midlight), 1))
        left, top, bottom = rect.left(), rect.top(), rect.bottom()
        painter.drawLine(left + MARGIN_X, bottom, rect.right() - MARGIN_X, bottom)
        painter.translate(left, top)
        colors: dict[QPalette.ColorRole, QColor] = {}
        for piece in self._layout(option, index, rect.width()):
            if piece.kind == "text":
                color = colors.get(piece.role)
                if color is None:
                    color = colors[piece.role] = palette.color(piece.role)
                painter.setFont(piece.font or opt.font)
                painter.setPen(color)
                painter.drawText(piece.rect, TEXT_ALIGNMENT, piece.text)
            elif piece.kind == "chip":
                painter.setFont(piece.font or opt.font)
                paint_chip(painter, piece.rect, piece.chip, piece.text, palette)
            else:
                painter.fillRect(piece.rect, piece.color or QColor(NO_CONCEPT_COLOR))
        painter.restore()

    def _fonts(self, base: QFont) -> CardFonts:
        """The card's fonts and their metrics in `base`, made once per font."""
        key = self._font_key(base)
        fonts = self._card_fonts.get(key)
        if fonts is None:
            fonts = self._card_fonts[key] = CardFonts(base)
        return fonts

    def _card_width(self, option: QStyleOptionViewItem) -> int:
        view = option.widget
        viewport = getattr(view, "viewport", None)
        if viewport is not None:
            return max(viewport().width(), 120)
        return max(option.rect.width(), 240)

    def _key(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex,
             width: int) -> tuple | None:
        """Everything a card's layout depends on; None for a row without an annotation."""
        annotation: Annotation | None = index.data(ANNOTATION_ROLE)
        if annotation is None:
            return None
        return (annotation, index.data(CHIPS_ROLE), index.data(TITLE_ROLE),
                index.data(ACCENT_ROLE), width, self._font_key(option.font))

    def _layout(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex,
                width: int) -> list[_Piece]:
        key = self._key(option, index, width)
        if key is None:
            return []
        pieces = self._layouts.recall(key)
        if pieces is None:
            pieces = self._compute_layout(option, index, key[0], width)
            self._layouts.keep(key, pieces)
        return pieces

    def _compute_layout(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex,
                        annotation: Annotation, width: int) -> list[_Piece]:
        chips: tuple[Chip, ...] = index.data(CHIPS_ROLE) or ()
        fonts = self._fonts(option.font)
        base = fonts.base
        inner = width - 2 * MARGIN_X
        pieces: list[_Piece] = []
        y = MARGIN_Y

        def add_lines(lines: list[str], font: QFont, height: int, x: int,
                      role: QPalette.ColorRole, reserve: int = 0) -> None:
            """Lines from `y` on; with `reserve`, the room of that many lines whatever."""
            nonlocal y
            for number, line in enumerate(lines):
                pieces.append(_Piece("text", QRect(x, y + number * height, width - x - MARGIN_X,
                                                   height), line, font, role))
            y += height * max(len(lines), reserve) + SPACING

        title = index.data(TITLE_ROLE) if self._show_title else None
        if title:
            add_lines([fonts.bold_metrics.elidedText(title, Qt.TextElideMode.ElideRight, inner)],
                      fonts.bold, fonts.bold_height, MARGIN_X, QPalette.ColorRole.Text)

        quote_x = MARGIN_X + BAR_WIDTH + BAR_GAP
        quote_top = y
        quote = wrapped_lines(annotation.quote, fonts.metrics, width - quote_x - MARGIN_X,
                              self._quote_lines, fonts.advance)
        add_lines(quote, base, fonts.base_height, quote_x, QPalette.ColorRole.Text)
        accent = index.data(ACCENT_ROLE) or (chips[0].color if chips else NO_CONCEPT_COLOR)
        pieces.append(_Piece("bar", QRect(MARGIN_X, quote_top, BAR_WIDTH,
                                          y - SPACING - quote_top), color=QColor(accent)))
        if self._uniform and self._quote_lines:
            y += fonts.base_height * max(self._quote_lines - len(quote), 0)

        small, small_metrics = fonts.small, fonts.small_metrics
        meta = " · ".join(p for p in (annotation.author, short_date(annotation.created)) if p)
        meta_width = small_metrics.horizontalAdvance(meta) + 2 if meta else 0
        empty = QCoreApplication.translate("AnnotationDelegate", "no concept")
        placed = chip_layout(chips, small_metrics, inner, empty, one_row=self._uniform)
        one_row = all(rect.top() == 0 for rect, _, _ in placed)
        room = inner - placed[-1][0].right() - 12
        if self._uniform and meta and meta_width > room >= 48:  # no line of its own here
            meta = small_metrics.elidedText(meta, Qt.TextElideMode.ElideRight, room - 2)
            meta_width = small_metrics.horizontalAdvance(meta) + 2
        fits_beside = one_row and meta_width <= room
        chip_bottom = 0
        for rect, chip, text in placed:
            pieces.append(_Piece("chip", rect.translated(MARGIN_X, y), text, small, chip=chip))
            chip_bottom = max(chip_bottom, rect.bottom())
        if meta and fits_beside:
            pieces.append(_Piece("text", QRect(width - MARGIN_X - meta_width, y, meta_width,
                                               placed[0][0].height()),
                                 meta, small, QPalette.ColorRole.PlaceholderText))
        y += chip_bottom + 1 + SPACING

        if annotation.memo.strip() or self._uniform:
            italic = fonts.italic
            memo = (wrapped_lines(annotation.memo, fonts.italic_metrics, inner, self._memo_lines,
                                  fonts.italic_advance)
                    if annotation.memo.strip() else [])
            add_lines(memo, italic, fonts.italic_height, MARGIN_X, QPalette.ColorRole.Text,
                      self._memo_lines if self._uniform else 0)
        if meta and not fits_beside and not self._uniform:
            add_lines([small_metrics.elidedText(meta, Qt.TextElideMode.ElideRight, inner)],
                      small, fonts.small_height, MARGIN_X, QPalette.ColorRole.PlaceholderText)
        return pieces
