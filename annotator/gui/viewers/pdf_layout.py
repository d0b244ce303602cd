"""Where each PDF page sits in the scrolled canvas at a zoom: pages stacked, centred."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

PAGE_GAP = 12.0  # logical pixels between pages
MARGIN = 24.0  # around the column of pages; margin bars for annotations live here

Rect = tuple[float, float, float, float]  # x, y, width, height in canvas pixels


class PageLayout:
    """Pages (sizes in points) laid out top to bottom at `zoom` logical pixels per point."""

    def __init__(self, sizes: Sequence[tuple[float, float]], zoom: float,
                 viewport_width: float) -> None:
        self.zoom = zoom
        self._viewport_width = viewport_width
        self._sizes = [(w * zoom, h * zoom) for w, h in sizes]
        widest = max((w for w, _ in self._sizes), default=0.0)
        self.width = max(viewport_width, widest + 2 * MARGIN)
        self._tops: list[float] = []
        y = MARGIN
        for _, height in self._sizes:
            self._tops.append(y)
            y += height + PAGE_GAP
        self.height = y - PAGE_GAP + MARGIN if self._sizes else 0.0

    def __len__(self) -> int:
        return len(self._sizes)

    def page_rect(self, index: int) -> Rect:
        width, height = self._sizes[index]
        # centred in the view; a page wider than the view starts at the margin, so one
        # wide page (a landscape map) does not push every other page off to the right
        return ((max(self._viewport_width, width + 2 * MARGIN) - width) / 2,
                self._tops[index], width, height)

    def page_at(self, y: float) -> int:
        """The page at canvas height y; in a gap, the page above; above all, the first."""
        return max(bisect_right(self._tops, y) - 1, 0)

    def page_below(self, y: float) -> int:
        """The page at y, or in a gap the page below it (what shows at a view's top edge)."""
        index = self.page_at(y)
        _, top, _, height = self.page_rect(index)
        return index + 1 if y > top + height and index + 1 < len(self) else index

    def nearest_page(self, y: float) -> int:
        """The page at y, or in a gap the closer of the two pages around it."""
        index = self.page_at(y)
        _, top, _, height = self.page_rect(index)
        if y > top + height and index + 1 < len(self):
            next_top = self._tops[index + 1]
            if next_top - y < y - (top + height):
                return index + 1
        return index

    def visible(self, top: float, bottom: float) -> range:
        """Indices of the pages overlapping canvas heights top..bottom."""
        if not self._sizes:
            return range(0)
        first = self.page_at(top)
        if top > self._tops[first] + self._sizes[first][1]:
            first += 1  # top falls in the gap below page `first`
        last = self.page_at(bottom)
        return range(first, max(first, last + 1)) if first < len(self) else range(0)

    def to_points(self, index: int, x: float, y: float) -> tuple[float, float]:
        """Canvas pixels to PDF points on page `index` (top-left origin)."""
        left, top, _, _ = self.page_rect(index)
        return (x - left) / self.zoom, (y - top) / self.zoom

    def from_points(self, index: int, x: float, y: float) -> tuple[float, float]:
        left, top, _, _ = self.page_rect(index)
        return left + x * self.zoom, top + y * self.zoom
