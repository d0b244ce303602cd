"""Reading order of a page's blocks (T. Breuel's rules).

Of two blocks that overlap horizontally (or nearly: closer than half a font
size), the upper comes first; of two that do not, the left comes first
unless a block between them vertically overlaps both (a full-width heading
or figure caption separating two bands of columns) or a table's rule runs
between them, spanning both (the cells of a row before those of the next).
"""

from __future__ import annotations

import heapq
from typing import Protocol, TypeVar

from annotator.core.geometry import Box
from annotator.core.importing.pdf_rules import Rules

MAX_ORDERED_BLOCKS = 400  # beyond this, blocks are read top to bottom, left to right


class Placed(Protocol):
    """A block of text: its box in the layout frame and its font size."""

    x0: float
    top: float
    x1: float
    bottom: float
    size: float


B = TypeVar("B", bound=Placed)


def _box(block: Placed) -> Box:
    return block.x0, block.top, block.x1, block.bottom


def reading_order(blocks: list[B], rules: Rules | None) -> list[B]:
    """Breuel's reading order: topological sort of "above" and "left of" relations.

    A rule spanning two blocks side by side puts the one above it first.
    """
    n = len(blocks)
    blocks = sorted(blocks, key=lambda b: (b.top + b.bottom, b.x0))
    if n <= 1 or n > MAX_ORDERED_BLOCKS:
        return blocks
    overlaps = [0] * n
    for i in range(n):
        bi = blocks[i]
        for j in range(i + 1, n):
            bj = blocks[j]
            # nearer than half a font size counts as overlapping: columns are further apart
            if min(bi.x1, bj.x1) - max(bi.x0, bj.x0) > -0.5 * min(bi.size, bj.size):
                overlaps[i] |= 1 << j
                overlaps[j] |= 1 << i
    successors: list[list[int]] = [[] for _ in range(n)]
    indegree = [0] * n
    for i in range(n):
        for j in range(i + 1, n):
            if overlaps[i] >> j & 1:
                first, second = i, j  # i is higher on the page
            else:
                between = ((1 << j) - 1) ^ ((1 << (i + 1)) - 1)
                if overlaps[i] & overlaps[j] & between:
                    continue  # separated by something spanning both: order via it
                if rules is not None and rules.separates(_box(blocks[i]), _box(blocks[j])):
                    first, second = i, j  # cells of a row before those of the next
                else:
                    left_first = blocks[i].x0 + blocks[i].x1 <= blocks[j].x0 + blocks[j].x1
                    first, second = (i, j) if left_first else (j, i)
            successors[first].append(second)
            indegree[second] += 1
    ready = [i for i in range(n) if indegree[i] == 0]
    heapq.heapify(ready)
    done = [False] * n
    result: list[B] = []
    while len(result) < n:
        if not ready:  # a cycle (odd overlaps): take the highest remaining block
            ready.append(next(i for i in range(n) if not done[i]))
        i = heapq.heappop(ready)
        if done[i]:
            continue
        done[i] = True
        result.append(blocks[i])
        for k in successors[i]:
            indegree[k] -= 1
            if indegree[k] == 0 and not done[k]:
                heapq.heappush(ready, k)
    return result
