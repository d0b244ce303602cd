"""What the PDF view draws over one page: highlight tints, margin bars, hit tests.

Everything here works in PDF points (top-left origin) on one page, and in
code-point offsets into the document's canonical text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtGui import QColor

from annotator.core.geometry import Box, char_at, decode_boxes, is_empty, line_rects
from annotator.core.model import Page
from annotator.gui.viewers.base import Highlight, blended


class PageText:
    """One page's character boxes, decoded once, looked up by point or offset."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.boxes: list[Box] = decode_boxes(page.boxes)[: max(page.end - page.start, 0)]
        # where the text column starts (points from the page's left edge)
        self.left = min((box[0] for box in self.boxes if not is_empty(box)), default=0.0)

    def offset_at(self, x: float, y: float) -> int | None:
        """The offset of the character under (or nearest to) a point, if the page has text."""
        index = char_at(self.boxes, x, y)
        return None if index is None else self.page.start + index

    def rects(self, start: int, end: int) -> list[Box]:
        """One rect per line for the part of start..end on this page."""
        return line_rects(self.boxes, start - self.page.start, end - self.page.start)

    def box(self, offset: int) -> Box | None:
        """The box of the character at offset, or of the next one that has a box."""
        for box in self.boxes[max(offset - self.page.start, 0):]:
            if not is_empty(box):
                return box
        return None

    def on_first_line(self, box: Box) -> bool:
        """Whether a box sits beside the page's first character (nothing above it)."""
        first = self.box(self.page.start)
        return first is None or (box[1] < first[3] and box[3] > first[1])

    def first_below(self, y: float) -> int:
        """Offset of the first character (text order) whose middle is below height y."""
        for index, box in enumerate(self.boxes):
            if not is_empty(box) and (box[1] + box[3]) / 2 >= y:
                return self.page.start + index
        return self.page.start


@dataclass(frozen=True)
class Tint:
    """Rects of one stretch of text covered by the same highlights, in their blended colour."""

    color: QColor
    rects: tuple[Box, ...]


@dataclass(frozen=True)
class MarginBar:
    """A thin bar beside the page spanning an annotation's lines; lanes avoid overlaps."""

    annotation_id: int
    top: float
    bottom: float
    lane: int
    colors: tuple[QColor, ...]


class PageOverlay:
    """The highlights touching one page, turned into tints, bars and hit tests."""

    def __init__(self, text: PageText, highlights: Sequence[Highlight]) -> None:
        page = text.page
        self.text = text
        self.highlights = [h for h in highlights if h.start < page.end and h.end > page.start]
        self._rects = {h.annotation_id: text.rects(h.start, h.end) for h in self.highlights}
        self.tints = self._tints()
        self.bars = self._bars()

    def _tints(self) -> list[Tint]:
        page = self.text.page
        cuts = sorted({page.start, page.end}
                      | {min(max(h.start, page.start), page.end) for h in self.highlights}
                      | {min(max(h.end, page.start), page.end) for h in self.highlights})
        tints = []
        for start, end in zip(cuts, cuts[1:], strict=False):
            covering = [h for h in self.highlights if h.start <= start and h.end >= end]
            rects = self.text.rects(start, end)
            if covering and rects:
                colors = tuple(c for h in covering for c in h.colors)
                tints.append(Tint(blended(colors), tuple(rects)))
        return tints

    def _bars(self) -> list[MarginBar]:
        spans = sorted(
            ((min(r[1] for r in rects), max(r[3] for r in rects), h)
             for h in self.highlights if (rects := self._rects[h.annotation_id])),
            key=lambda span: (span[0], -span[1]),
        )
        lane_bottoms: list[float] = []
        bars = []
        for top, bottom, highlight in spans:
            lane = next((i for i, b in enumerate(lane_bottoms) if b < top), len(lane_bottoms))
            if lane == len(lane_bottoms):
                lane_bottoms.append(bottom)
            else:
                lane_bottoms[lane] = bottom
            bars.append(MarginBar(highlight.annotation_id, top, bottom, lane, highlight.colors))
        return bars

    def highlight_at(self, x: float, y: float) -> Highlight | None:
        """The shortest highlight whose rects contain the point (the innermost of nested ones)."""
        hits = [h for h in self.highlights
                if any(r[0] <= x <= r[2] and r[1] <= y <= r[3]
                       for r in self._rects[h.annotation_id])]
        return min(hits, key=lambda h: h.end - h.start, default=None)


def page_index(starts: Sequence[int], offset: int) -> int:
    """The index of the page holding offset, given the pages' (sorted) start offsets."""
    return max(bisect_right(starts, offset) - 1, 0)
