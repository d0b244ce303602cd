"""Glyphs drawn twice at nearly the same spot (fake bold), found run by run.

A glyph is a copy when the same glyph (text, font, size, orientation) was
drawn earlier, and kept, within `tolerance(size)` of it in both directions.
Checking every glyph against its neighbours costs a hash lookup or four per
glyph; instead `page_glyphs` gathers runs: glyphs drawn one after the other
with the same font, size, orientation and top, each further right than the
tolerance and less than RUN_STEP tolerances (about three em) from the one
before. No glyph of a run can be a copy of another of the same run, so
only a run that comes near an earlier one (its row within the tolerance, its
span within the tolerance of the other's) has its glyphs checked one by one,
against the glyphs of those runs. A page of ordinary text has almost none.

Runs are filed by row (cells twice the tolerance high) and by stretches of
the row (COLUMN_TOLERANCES tolerances wide), a run under every stretch it
spans: a row drawn glyph by glyph from right to left, or in no order, makes a
run of each glyph, and finding a run's neighbours still takes a few lookups,
not a walk along everything drawn on its row.
"""

from __future__ import annotations

import sys
from bisect import bisect_left, bisect_right
from typing import Any

DEDUPE_TOLERANCE = 1.0  # points, at least; the same glyph this close to another is a duplicate
DEDUPE_SHARE = 0.12  # of the font size: fake bold offsets its copy by up to about this
COLUMN_TOLERANCES = 16  # width of a stretch of a row where runs are filed, in tolerances
RUN_STEP = 25  # tolerances: a glyph further right than this from the one before starts a run
_FLOAT_MAX = sys.float_info.max


def tolerance(size: float) -> float:
    """How near the same glyph of this font size must be drawn to count as a copy.

    The narrowest letters ("il") are about 0.22 em apart: the tolerance stays below.
    """
    tol = DEDUPE_SHARE * size
    return tol if tol > DEDUPE_TOLERANCE else DEDUPE_TOLERANCE  # NaN size: the minimum


def _floor(value: float) -> int:
    """The floor of a finite number (int() truncates: the floor of one >= 0, cheaper)."""
    return int(value) if 0.0 <= value <= _FLOAT_MAX else int(value // 1)


class _Run:
    __slots__ = ("start", "end", "top", "left", "right")

    def __init__(self, start: int, end: int, top: float, left: float, right: float) -> None:
        self.start, self.end = start, end  # the run's glyphs in Copies' lists
        self.top, self.left, self.right = top, left, right  # right: the last glyph's x0


class Copies:
    """The runs of a page's glyphs so far, and which glyphs are copies.

    The caller adds each glyph's text, left edge and place in its output to
    `texts`, `lefts` and `places`, and ends each run with `end_run`;
    `copies` holds the places of the glyphs found to be copies.
    """

    def __init__(self, width: float) -> None:
        """`width`: the visible page's, where runs are filed (see `_stretches`)."""
        self.texts: list[str] = []
        self.lefts: list[float] = []
        self.places: list[int] = []
        self.copies: set[int] = set()
        self._width = width
        self._filed: dict[tuple[Any, ...], list[_Run]] = {}  # by key, row and stretch
        self._copied: set[int] = set()  # indices (in the lists) of copies: never matched

    def end_run(self, start: int, top: float, tol: float, key: tuple[Any, ...]) -> None:
        """End the run of the glyphs from `start` to the lists' end.

        `key` is what its glyphs share besides their text: font, size and
        orientation; `tol` is the tolerance of that size.
        """
        end = len(self.lefts)
        if end == start:
            return
        lefts = self.lefts
        run = _Run(start, end, top, lefts[start], lefts[end - 1])
        row = _floor(top / (2 * tol))
        filed = self._filed
        # a glyph's copy lies within `tol` of it, so a run within 2 * tol is near enough
        # to be checked (with room for rounding); the glyphs are then compared exactly
        reach = 2 * tol
        near: list[_Run] = []
        for stretch in self._stretches(run.left - reach, run.right + reach, tol):
            for step in (-1, 0, 1):
                for other in filed.get((key, row + step, stretch), ()):
                    if (
                        abs(other.top - top) <= tol
                        and other.left - reach <= run.right
                        and run.left <= other.right + reach
                        and other not in near
                    ):
                        near.append(other)
        if near:
            self._find_copies(run, near, tol)
        for stretch in self._stretches(run.left, run.right, tol):
            filed.setdefault((key, row, stretch), []).append(run)

    def _stretches(self, left: float, right: float, tol: float) -> range:
        """The stretches of a row that `left`..`right` lies over.

        Edges are first brought within the visible page (give or take a
        stretch): a glyph far off it, whose box still reaches onto the page,
        would otherwise span countless stretches. Bringing values closer never
        parts two that were within the tolerance, so no copy is missed.
        """
        stretch = COLUMN_TOLERANCES * tol
        low, high = -stretch, self._width + stretch
        left = low if not left > low else high if left > high else left
        right = low if not right > low else high if right > high else right
        return range(_floor(left / stretch), _floor(right / stretch) + 1)

    def _find_copies(self, run: _Run, near: list[_Run], tol: float) -> None:
        texts, lefts, copied = self.texts, self.lefts, self._copied
        for index in range(run.start, run.end):
            text, left = texts[index], lefts[index]
            for earlier in near:
                first = bisect_left(lefts, left - 2 * tol, earlier.start, earlier.end)
                last = bisect_right(lefts, left + 2 * tol, first, earlier.end)
                if any(
                    abs(lefts[other] - left) <= tol
                    and texts[other] == text
                    and other not in copied
                    for other in range(first, last)
                ):
                    copied.add(index)
                    if self.places[index] >= 0:
                        self.copies.add(self.places[index])
                    break
