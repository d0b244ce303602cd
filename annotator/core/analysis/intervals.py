"""Character ranges as sorted, disjoint [start, end) lists: union, length, overlap."""

from __future__ import annotations

from collections.abc import Iterable

Ranges = list[tuple[int, int]]


def union(ranges: Iterable[tuple[int, int]]) -> Ranges:
    """Sorted, disjoint ranges covering the same characters; touching ranges are joined."""
    merged: Ranges = []
    for start, end in sorted(r for r in ranges if r[1] > r[0]):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def length(ranges: Ranges) -> int:
    """Characters covered by disjoint ranges."""
    return sum(end - start for start, end in ranges)


def intersection(a: Ranges, b: Ranges) -> Ranges:
    """Characters in both of two sorted, disjoint range lists."""
    out: Ranges = []
    i = j = 0
    while i < len(a) and j < len(b):
        start = max(a[i][0], b[j][0])
        end = min(a[i][1], b[j][1])
        if start < end:
            out.append((start, end))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out
