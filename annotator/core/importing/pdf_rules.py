"""Ruled lines of a PDF page (table borders), as the layout uses them.

A table whose cells wrap over several lines reads row by row only if the
layout knows where one row ends: there the writer draws a rule. The worker
sends the page's thin rectangles and straight lines, and the edges of
stroked rectangles (cell borders), as boxes; here they are turned into the
frame of one writing direction and kept when they run along its lines.

Four uses (see `pdf_layout`): a block does not continue across a rule that
spans most of the narrower of its last line and the next one (an underlined
word spans little of its line), but does continue within a cell's borders
however its lines' widths differ; of two blocks side by side, the one above a
rule that spans most of both comes first (the cells of a row before those of
the next, as Breuel's reading order does with separators); and a line's
pieces parted by a rule across it stay apart (cells, not one table row).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable

from annotator.core.geometry import Box

RULE_MAX_THICKNESS = 2.0  # points: a thicker rectangle is a shape, not a rule
RULE_MIN_LENGTH = 6.0  # points: a shorter one is a dot or a tick
MERGE_GAP = 1.0  # points: rules this close along one line are one rule
SPAN_SHARE = 0.5  # of a line's or block's width a rule must cover to part it
TOLERANCE = 1.0  # points: a rule may touch the glyph boxes it lies between
CELL_REACH = 30.0  # points: the widest padding between a cell's border and its text


def rule_boxes(x0: float, top: float, x1: float, bottom: float, stroked: bool) -> list[Box]:
    """The rules a rectangle or line draws: itself when thin, else its edges if stroked."""
    if min(x1 - x0, bottom - top) <= RULE_MAX_THICKNESS:
        if max(x1 - x0, bottom - top) >= RULE_MIN_LENGTH:
            return [(x0, top, x1, bottom)]
        return []
    if not stroked:
        return []  # a filled shape (a background) draws no rule
    return [
        (x0, top, x1, top),
        (x0, bottom, x1, bottom),
        (x0, top, x0, bottom),
        (x1, top, x1, bottom),
    ]


class Rules:
    """A frame's rules: those along its lines (y, x0, x1) and across them (x, top, bottom).

    Each list is merged (a rule drawn as one piece per cell, or twice as a
    double line, is one rule) and sorted by position.
    """

    __slots__ = ("along", "across", "ys", "xs")

    def __init__(self, boxes: Iterable[Box], to_frame: Callable[[Box], Box]) -> None:
        along: list[tuple[float, float, float]] = []
        across: list[tuple[float, float, float]] = []
        for box in boxes:
            x0, top, x1, bottom = to_frame(box)
            if bottom - top <= RULE_MAX_THICKNESS and x1 - x0 >= RULE_MIN_LENGTH:
                along.append(((top + bottom) / 2, x0, x1))
            elif x1 - x0 <= RULE_MAX_THICKNESS and bottom - top >= RULE_MIN_LENGTH:
                across.append(((x0 + x1) / 2, top, bottom))
        self.along = _merged(along)
        self.across = _merged(across)
        self.ys = [rule[0] for rule in self.along]
        self.xs = [rule[0] for rule in self.across]

    def __bool__(self) -> bool:
        return bool(self.along or self.across)

    def parts(self, upper: Box, lower: Box) -> bool:
        """Whether a rule between the two lines spans most of the narrower of them."""
        width = min(upper[2] - upper[0], lower[2] - lower[0])
        x0, x1 = max(upper[0], lower[0]), min(upper[2], lower[2])
        return any(
            min(x1, r1) - max(x0, r0) >= SPAN_SHARE * width
            for r0, r1 in self._between(upper[3], lower[1])
        )

    def separates(self, upper: Box, lower: Box) -> bool:
        """Whether a rule below `upper` and above `lower` spans most of each of them."""
        return any(
            min(upper[2], r1) - max(upper[0], r0) >= SPAN_SHARE * (upper[2] - upper[0])
            and min(lower[2], r1) - max(lower[0], r0) >= SPAN_SHARE * (lower[2] - lower[0])
            for r0, r1 in self._between(upper[3], lower[1])
        )

    def divides(self, left: Box, right: Box) -> bool:
        """Whether a rule across the line runs between two pieces of it (cells of a row)."""
        top, bottom = min(left[1], right[1]), max(left[3], right[3])
        start = bisect.bisect_left(self.xs, left[2] - TOLERANCE)
        end = bisect.bisect_right(self.xs, right[0] + TOLERANCE)
        return any(
            min(bottom, r1) - max(top, r0) >= SPAN_SHARE * (bottom - top)
            for _, r0, r1 in self.across[start:end]
        )

    def same_cell(self, upper: Box, lower: Box) -> bool:
        """Whether rules across the lines enclose both boxes, and none runs between them.

        A cell's lines may be of any width within its borders (a short title,
        then a description); elsewhere a wider line may belong to another column.
        """
        x0, x1 = min(upper[0], lower[0]), max(upper[2], lower[2])
        top, bottom = upper[1], lower[3]
        start = bisect.bisect_left(self.xs, x0 - CELL_REACH)
        end = bisect.bisect_right(self.xs, x1 + CELL_REACH)
        left = right = False
        for x, r0, r1 in self.across[start:end]:
            if r0 > top + TOLERANCE or r1 < bottom - TOLERANCE:
                continue  # does not run along both lines
            if x0 + TOLERANCE < x < x1 - TOLERANCE:
                return False  # a border between them
            left = left or x <= x0 + TOLERANCE
            right = right or x >= x1 - TOLERANCE
        return left and right

    def _between(self, bottom: float, top: float) -> list[tuple[float, float]]:
        """The (x0, x1) of the rules lying between `bottom` and `top` (give or take TOLERANCE)."""
        if top + TOLERANCE < bottom - TOLERANCE:
            return []
        start = bisect.bisect_left(self.ys, bottom - TOLERANCE)
        end = bisect.bisect_right(self.ys, top + TOLERANCE)
        return [(x0, x1) for _, x0, x1 in self.along[start:end]]


def _merged(rules: list[tuple[float, float, float]]) -> list[tuple[float, float, float]]:
    """(position, start, end) rules, those on one line that touch or overlap made one."""
    rules.sort()
    merged: list[tuple[float, float, float]] = []
    for at, start, end in rules:
        k = len(merged) - 1
        while k >= 0 and at - merged[k][0] <= MERGE_GAP:
            other_at, other_start, other_end = merged[k]
            if start <= other_end + MERGE_GAP and end >= other_start - MERGE_GAP:
                merged[k] = (other_at, min(other_start, start), max(other_end, end))
                break
            k -= 1
        else:
            merged.append((at, start, end))
    merged.sort()
    return merged
