"""The highlights a text view draws: diffed on update, queried per visible range.

Nothing here touches the QTextDocument: the view paints highlights itself for
the visible lines only, so updating 5,000 highlights after one edit costs a
dictionary diff, not a reformat of the text.
"""

from __future__ import annotations

import heapq
from bisect import insort
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtGui import QColor

from annotator.gui.viewers.base import HIGHLIGHT_ALPHA, Highlight, blended

# Above this many changes the margin columns are reassigned from scratch.
_INCREMENTAL_LIMIT = 32
_MAX_ALPHA = 160  # overlaps darken up to this: dark text keeps a 4.5:1 contrast


@dataclass(frozen=True, slots=True)
class Mark:
    """A highlight in Qt positions, with its place in the left margin."""

    annotation_id: int
    start: int
    end: int
    colors: tuple[QColor, ...]  # opaque, one per concept
    tooltip: str
    first_block: int  # block numbers the highlight spans (bars must not share them)
    last_block: int
    columns: tuple[int, ...] = ()  # one margin column per colour


Blocks = Callable[[int, int], tuple[int, int]]  # Qt range -> (first, last) block number
ToQt = Callable[[int], int]


def overlap_alpha(count: int) -> int:
    """Alpha of a range covered by `count` colours: overlaps show a little deeper."""
    return min(_MAX_ALPHA, HIGHLIGHT_ALPHA + 30 * (count - 1))


class HighlightLayer:
    """The current highlights of one document, by annotation id."""

    def __init__(self) -> None:
        self._marks: dict[int, Mark] = {}
        self._keys: dict[int, tuple] = {}
        self._sorted: list[Mark] | None = None
        self._blend_cache: dict[tuple[int, ...], QColor] = {}

    def clear(self) -> None:
        self._marks.clear()
        self._keys.clear()
        self._sorted = None

    def __len__(self) -> int:
        return len(self._marks)

    def update(self, highlights: Iterable[Highlight], to_qt: ToQt,
               blocks: Blocks) -> tuple[int, int] | None:
        """Take the new list; return the Qt range whose look changed, or None."""
        by_id = {h.annotation_id: h for h in highlights}
        removed = [i for i in self._keys if i not in by_id]
        return self.patch(by_id.values(), removed, to_qt, blocks)

    def patch(self, changed: Iterable[Highlight], removed: Iterable[int], to_qt: ToQt,
              blocks: Blocks) -> tuple[int, int] | None:
        """Take some new or changed highlights and drop others, leaving the rest as they
        are (an edit touches one highlight among thousands); return the Qt range whose
        look changed, or None."""
        rgb = QColor.rgb
        old_keys = self._keys
        fresh_keys = {h.annotation_id: (h.start, h.end, h.tooltip, tuple(map(rgb, h.colors)))
                      for h in changed}
        changed_ids = [i for i, key in fresh_keys.items() if old_keys.get(i) != key]
        gone = [i for i in removed if i in old_keys and i not in fresh_keys]
        if not changed_ids and not gone:
            return None
        by_id = {h.annotation_id: h for h in changed}
        dirty: list[int] = []
        for annotation_id in gone + changed_ids:
            mark = self._marks.pop(annotation_id, None)
            if mark is not None:
                dirty += (mark.start, mark.end)
                if self._sorted is not None:
                    self._sorted.remove(mark)
        for annotation_id in gone:
            del old_keys[annotation_id]
        fresh = []
        for annotation_id in changed_ids:
            h = by_id[annotation_id]
            old_keys[annotation_id] = fresh_keys[annotation_id]
            start, end = to_qt(h.start), to_qt(h.end)
            first, last = blocks(start, end)
            fresh.append(Mark(annotation_id, start, end, h.colors, h.tooltip, first, last))
            dirty += (start, end)
        if len(fresh) > _INCREMENTAL_LIMIT or not self._marks:
            self._assign_all(fresh)
            self._sorted = None
        else:
            for mark in fresh:
                placed = self._with_free_columns(mark)
                self._marks[mark.annotation_id] = placed
                if self._sorted is not None:
                    insort(self._sorted, placed, key=_order)
        return min(dirty), max(dirty)

    def _with_free_columns(self, mark: Mark) -> Mark:
        used = {column for other in self._marks.values()
                if other.first_block <= mark.last_block and mark.first_block <= other.last_block
                for column in other.columns}
        columns: list[int] = []
        column = 0
        while len(columns) < len(mark.colors):
            if column not in used:
                columns.append(column)
            column += 1
        return _replace_columns(mark, tuple(columns))

    def _assign_all(self, fresh: list[Mark]) -> None:
        """Greedy interval colouring: each bar takes the lowest column free on its blocks."""
        marks = sorted([*self._marks.values(), *fresh],
                       key=lambda m: (m.first_block, -m.last_block, m.start, m.annotation_id))
        active: list[tuple[int, int]] = []  # (last_block, column)
        free: list[int] = []
        next_column = 0
        self._marks = {}
        for mark in marks:
            while active and active[0][0] < mark.first_block:
                heapq.heappush(free, heapq.heappop(active)[1])
            columns = []
            for _color in mark.colors:
                if free:
                    column = heapq.heappop(free)
                else:
                    column, next_column = next_column, next_column + 1
                heapq.heappush(active, (mark.last_block, column))
                columns.append(column)
            self._marks[mark.annotation_id] = _replace_columns(mark, tuple(sorted(columns)))

    # -- queries ------------------------------------------------------------------
    def marks(self) -> list[Mark]:
        """All marks, by start position."""
        if self._sorted is None:
            self._sorted = sorted(self._marks.values(), key=_order)
        return self._sorted

    def mark(self, annotation_id: int) -> Mark | None:
        return self._marks.get(annotation_id)

    def overlapping(self, start: int, end: int) -> list[Mark]:
        """Marks with at least one character in [start, end)."""
        return [m for m in self.marks() if m.start < end and m.end > start]

    def at(self, position: int) -> list[Mark]:
        """Marks covering the character at `position`, innermost (shortest) first."""
        hits = [m for m in self.marks() if m.start <= position < m.end]
        return sorted(hits, key=lambda m: (m.end - m.start, m.start))

    def segments(self, start: int, end: int) -> list[tuple[int, int, QColor]]:
        """Split [start, end) where the set of covering highlights changes; colour each piece."""
        marks = self.overlapping(start, end)
        if not marks:
            return []
        events = sorted({start, end, *(max(start, m.start) for m in marks),
                         *(min(end, m.end) for m in marks)})
        result = []
        for left, right in zip(events, events[1:], strict=False):
            colors = [c for m in marks if m.start <= left and m.end >= right for c in m.colors]
            if colors:
                result.append((left, right, self._blend(colors)))
        return result

    def _blend(self, colors: list[QColor]) -> QColor:
        key = tuple(color.rgb() for color in colors)
        color = self._blend_cache.get(key)
        if color is None:
            color = blended(tuple(colors), overlap_alpha(len(colors)))
            self._blend_cache[key] = color
        return color


def _order(mark: Mark) -> tuple[int, int, int]:
    return mark.start, -mark.end, mark.annotation_id


def _replace_columns(mark: Mark, columns: tuple[int, ...]) -> Mark:
    return Mark(mark.annotation_id, mark.start, mark.end, mark.colors, mark.tooltip,
                mark.first_block, mark.last_block, columns)
