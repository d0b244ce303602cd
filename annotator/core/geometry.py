"""Compact per-character boxes of a PDF page, and lookups over them.

A page's boxes are stored as one BLOB of little-endian float32 quadruples
(x0, top, x1, bottom) in PDF points with the origin at the page's top-left,
one quadruple per character of the page's slice of canonical text. A
character with no glyph (an inserted line break or space) has all zeros.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Iterable, Sequence

Box = tuple[float, float, float, float]
EMPTY_BOX: Box = (0.0, 0.0, 0.0, 0.0)


def encode_boxes(boxes: Iterable[Box]) -> bytes:
    flat = array("f")
    for box in boxes:
        flat.extend(box)
    if sys.byteorder != "little":
        flat.byteswap()
    return flat.tobytes()


def decode_boxes(blob: bytes) -> list[Box]:
    flat = array("f")
    flat.frombytes(blob)
    if sys.byteorder != "little":
        flat.byteswap()
    values = iter(flat)
    return list(zip(values, values, values, values, strict=False))  # four at a time


def is_empty(box: Box) -> bool:
    return box[2] <= box[0] or box[3] <= box[1]


def char_at(boxes: Sequence[Box], x: float, y: float) -> int | None:
    """Index of the character whose box contains (x, y), else the nearest on that line."""
    best: int | None = None
    best_distance = float("inf")
    for index, box in enumerate(boxes):
        if is_empty(box):
            continue
        x0, top, x1, bottom = box
        if x0 <= x <= x1 and top <= y <= bottom:
            return index
        dy = 0.0 if top <= y <= bottom else min(abs(y - top), abs(y - bottom))
        dx = 0.0 if x0 <= x <= x1 else min(abs(x - x0), abs(x - x1))
        distance = dy * 10 + dx  # stay on the pointer's line before moving across lines
        if distance < best_distance:
            best, best_distance = index, distance
    return best


def line_rects(boxes: Sequence[Box], start: int, end: int) -> list[Box]:
    """Merge the boxes of characters start..end (page-relative) into one rect per line."""
    rects: list[list[float]] = []
    for box in boxes[max(start, 0) : max(end, 0)]:
        if is_empty(box):
            continue
        x0, top, x1, bottom = box
        if rects:
            last = rects[-1]
            same_line = top < last[3] and bottom > last[1] and x0 >= last[0] - 1
            if same_line:
                last[0] = min(last[0], x0)
                last[1] = min(last[1], top)
                last[2] = max(last[2], x1)
                last[3] = max(last[3], bottom)
                continue
        rects.append([x0, top, x1, bottom])
    return [(x0, top, x1, bottom) for x0, top, x1, bottom in rects]
