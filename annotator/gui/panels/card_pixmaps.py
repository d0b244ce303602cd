"""Cards already drawn, kept as pixmaps: a list that repaints draws them again by copy.

A list view repaints all its visible rows whenever one row is inserted (it lays
itself out again). A highlight made adds one card, and the three or four cards
around it are drawn again although nothing in them changed: quote lines, chips,
author and date, each text laid out anew. Kept as pixmaps, keyed by everything
their pixels depend on, those cards are copied instead; only a new or changed card
is drawn; a card selected or deselected is the same kept card, its selection drawn
over it (see AnnotationDelegate.paint).

A card is drawn into its pixmap over the view's own background, opaque, so text is
antialiased exactly as when drawn straight onto the view, and copied at whole
device pixels: a screen scaled by a fraction (150 %) or a view without a plain
background gets its cards drawn directly, as before.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QAbstractScrollArea, QStyleOptionViewItem

# The cards kept fill about three views' worth of pixels (the rows on screen and those
# just scrolled past), at least 4 MB, at most 6 MB: a small store is soon reused, where a
# large one would take fresh memory for every card it keeps. 4 MB holds about 40 cards of
# a narrow panel: coding back and forth within a page's highlights scrolls the list among
# fewer than that (1 MB, a dozen cards, drew two or three cards afresh per key press).
SCREENS = 3
FLOOR_BYTES = 4 * 1024 * 1024
BUDGET_BYTES = 6 * 1024 * 1024

Paint = Callable[[QPainter, QStyleOptionViewItem], None]


class CardPixmaps:
    """A least-recently-used store of drawn cards, bounded in bytes."""

    def __init__(self, budget_bytes: int = BUDGET_BYTES) -> None:
        """`budget_bytes`: the most the kept cards may take, whatever the view's size."""
        self._budget = budget_bytes
        self._pixmaps: OrderedDict[Hashable, QPixmap] = OrderedDict()
        self._bytes = 0
        self.drawn = 0  # cards drawn into a pixmap (the others were copies)

    def __len__(self) -> int:
        return len(self._pixmaps)

    def draw(
        self, painter: QPainter, option: QStyleOptionViewItem, card: Hashable, paint: Paint
    ) -> bool:
        """Copy the card `card` (a key of everything its content depends on) into
        `option.rect`, drawing it with `paint` first if it is not kept; False (nothing
        done) when it cannot be copied exactly: the caller then paints it directly."""
        ratio = painter.device().devicePixelRatio()
        view = option.widget
        if ratio != int(ratio) or not isinstance(view, QAbstractScrollArea):
            return False
        viewport = view.viewport()
        background = viewport.palette().brush(viewport.backgroundRole())
        if (
            not viewport.autoFillBackground()
            or background.style() != Qt.BrushStyle.SolidPattern
            or background.color().alpha() != 255
        ):
            return False
        style = view.style()
        size = option.rect.size()
        key = (
            card,
            option.state.value,
            size.width(),
            size.height(),
            ratio,
            option.palette.cacheKey(),
            background.color().rgba(),
            id(style),
            style.name(),
        )
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = self._drawn(option, ratio, background.color(), paint)
            screen = viewport.width() * viewport.height() * ratio * ratio * 4
            self._keep(key, pixmap, min(self._budget, max(FLOOR_BYTES, SCREENS * screen)))
        else:
            self._pixmaps.move_to_end(key)
        painter.drawPixmap(option.rect.topLeft(), pixmap)
        return True

    def _drawn(
        self, option: QStyleOptionViewItem, ratio: float, background, paint: Paint
    ) -> QPixmap:
        pixmap = QPixmap(option.rect.size() * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(background)
        local = QStyleOptionViewItem(option)
        local.rect = QRect(QPoint(0, 0), option.rect.size())
        painter = QPainter(pixmap)
        try:
            paint(painter, local)
        finally:
            painter.end()
        self.drawn += 1
        return pixmap

    def _keep(self, key: Hashable, pixmap: QPixmap, budget: float) -> None:
        self._pixmaps[key] = pixmap
        self._bytes += _bytes(pixmap)
        while self._bytes > budget and len(self._pixmaps) > 1:
            _, oldest = self._pixmaps.popitem(last=False)
            self._bytes -= _bytes(oldest)


def _bytes(pixmap: QPixmap) -> int:
    return pixmap.width() * pixmap.height() * max(pixmap.depth() // 8, 1)
