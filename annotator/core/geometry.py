"""Compact per-character boxes of a PDF page, and lookups over them.

A page's boxes are one BLOB holding one box (x0, top, x1, bottom) per character
of the page's slice of canonical text, in PDF points with the origin at the
page's top-left. A character with no glyph (an inserted line break or space)
has an empty box, all zeros.

The BLOB is written compact (schema 6): each coordinate becomes a 16-bit
fixed-point number over the span [min(0, smallest), largest] of its axis, so
the worst error is 1/131070 of that span (0.0064 pt on an A4 page, 0.11 pt on
the largest page PDF allows, 200 inches), and a box that was not empty stays
so (one narrower than a step, 1/65535 of the span, has its edges within a
step). Little-endian layout:

    uint8   form: 1 = the columns as they are, 2 = the columns deflated (zlib)
    uint32  n, the number of boxes
    float64 x step, y step, x origin, y origin (coordinate = origin + step * q)
    then four columns of n uint16, modulo 65536, in this order:
        x0[i] - x1[i-1], x1[i] - x0[i], top[i] - top[i-1], bottom[i] - top[i]
        (x1[-1] = top[-1] = 0), deflated when that is shorter
    then one zero byte if needed to make the BLOB's length odd

so at most 37 + 8 n bytes (about 2 per character of running text once
deflated). Files before schema 6 hold 16 bytes per box, four float32: such a
BLOB's length is a multiple of 16, hence even, while a compact one's is odd,
so `decode_boxes` reads both and never confuses them.
"""

from __future__ import annotations

import math
import struct
import sys
import zlib
from array import array
from collections.abc import Iterable, Iterator, Sequence
from itertools import accumulate, chain, compress, repeat
from operator import add, and_, eq, mul, sub, truediv

Box = tuple[float, float, float, float]
EMPTY_BOX: Box = (0.0, 0.0, 0.0, 0.0)

PLAIN, DEFLATED = 1, 2
# zlib's level 4 deflates page boxes to within 4% of level 6 in a fifth of the time
DEFLATE_LEVEL = 4
HEADER = struct.Struct("<BIdddd")
LEGACY_BOX_BYTES = 16  # four float32, the form of project files before schema 6
_TOP = 0xFFFF  # the largest 16-bit step count, and the modulus mask
_BIG_ENDIAN = sys.byteorder == "big"


def encode_boxes(boxes: Iterable[Box]) -> bytes:
    """The compact BLOB of these boxes (b"" for none); ValueError if a coordinate is
    not a finite number."""
    edges = list(zip(*boxes, strict=True))  # x0s, tops, x1s, bottoms
    return _encode(*edges) if edges else b""


def _encode(
    x0s: Sequence[float], tops: Sequence[float], x1s: Sequence[float], bottoms: Sequence[float]
) -> bytes:
    """encode_boxes of the boxes' edges, given edge by edge."""
    count = len(x0s)
    if not math.isfinite(sum(x0s) + sum(tops) + sum(x1s) + sum(bottoms)):  # NaN, infinity
        raise ValueError("a character box has a coordinate that is not a finite number")
    x_origin, x_step, left, right = _quantize(x0s, x1s)
    y_origin, y_step, top, bottom = _quantize(tops, bottoms)
    differences = array("q", map(sub, left, chain((0,), right)))
    differences.extend(map(sub, right, left))
    differences.extend(map(sub, top, chain((0,), top)))
    differences.extend(map(sub, bottom, top))
    payload = _low_words(differences)
    form = PLAIN
    deflated = zlib.compress(payload, DEFLATE_LEVEL)
    if len(deflated) < len(payload):
        payload, form = deflated, DEFLATED
    blob = HEADER.pack(form, count, x_step, y_step, x_origin, y_origin) + payload
    return blob if len(blob) % 2 else blob + b"\0"


# The per-coordinate work below is chained map() calls over C functions: no bytecode
# runs per value, which makes encoding and decoding several times faster than loops.


def _quantize(
    lows: Sequence[float], highs: Sequence[float]
) -> tuple[float, float, list[int], list[int]]:
    """Origin, step and the step counts (0..65535) of one axis's near and far edges.

    Rounding is monotonic, so an empty box (far edge <= near edge) stays empty;
    a box that was not empty but whose edges round together (it is narrower than
    a step) has them rounded outwards instead, each within one step.
    """
    origin = min(0.0, min(lows), min(highs))
    step = (max(max(lows), max(highs)) - origin) / _TOP or 1.0
    near, far = _steps(lows, origin, step), _steps(highs, origin, step)
    for i in compress(range(len(near)), map(eq, near, far)):
        if highs[i] > lows[i]:
            far[i] = min(math.ceil((highs[i] - origin) / step), _TOP)
            near[i] = min(math.floor((lows[i] - origin) / step), far[i] - 1)
    return origin, step, near, far


def _steps(values: Iterable[float], origin: float, step: float) -> list[int]:
    """round((value - origin) / step) of each value (all >= origin)."""
    moved = map(sub, values, repeat(origin)) if origin else values  # 0 for most pages
    return list(map(round, map(truediv, moved, repeat(step))))


def _low_words(values: array) -> bytes:
    """Each 64-bit value modulo 65536, as little-endian 16-bit words.

    Taken from the values' own bytes (their low word in two's complement),
    which copies them in C instead of reducing each value in Python.
    """
    words = memoryview(values).cast("B").cast("H")
    if not _BIG_ENDIAN:
        return words[::4].tobytes()
    low = array("H", words[3::4])
    low.byteswap()
    return low.tobytes()


def _coordinates(counts: Iterable[int], origin: float, step: float) -> Iterator[float]:
    """origin + step * (count modulo 65536), for each count."""
    scaled = map(mul, map(and_, counts, repeat(_TOP)), repeat(step))
    return map(add, scaled, repeat(origin)) if origin else scaled  # 0 for most pages


def decode_boxes(blob: bytes) -> list[Box]:
    """The boxes of a page's BLOB, compact or in the 16-byte form of older files."""
    if len(blob) % 2:
        return _decode_compact(blob)
    values = iter(_legacy_values(blob))
    return list(zip(values, values, values, values, strict=False))  # four at a time


def _legacy_values(blob: bytes) -> array:
    """The float32 coordinates of a BLOB in the form before schema 6."""
    if len(blob) % LEGACY_BOX_BYTES:
        raise ValueError(f"{len(blob)} bytes are not character boxes (neither form)")
    flat = array("f")
    flat.frombytes(blob)
    if _BIG_ENDIAN:
        flat.byteswap()
    return flat


def _decode_compact(blob: bytes) -> list[Box]:
    if len(blob) < HEADER.size:
        raise ValueError(f"{len(blob)} bytes are too short for compact character boxes")
    form, count, x_step, y_step, x_origin, y_origin = HEADER.unpack_from(blob)
    payload = memoryview(blob)[HEADER.size :]
    if form == DEFLATED:
        try:
            payload = memoryview(zlib.decompress(payload))
        except zlib.error as exc:
            raise ValueError(f"damaged compact character boxes: {exc}") from exc
    elif form != PLAIN:
        raise ValueError(f"unknown form {form} of compact character boxes")
    if len(payload) != 2 * 4 * count:  # a plain BLOB is odd without padding: 37 + 8 n
        raise ValueError(f"compact character boxes: {len(payload)} bytes for {count} boxes")
    columns = array("H")
    columns.frombytes(payload)
    if _BIG_ENDIAN:
        columns.byteswap()
    n = count
    widths, heights = columns[n : 2 * n], columns[3 * n :]
    # running sums, reduced modulo 65536 only where a coordinate is made
    rights = list(accumulate(map(add, columns[:n], widths)))
    tops = list(accumulate(columns[2 * n : 3 * n]))
    return list(
        zip(
            _coordinates(map(sub, rights, widths), x_origin, x_step),
            _coordinates(tops, y_origin, y_step),
            _coordinates(rights, x_origin, x_step),
            _coordinates(map(add, tops, heights), y_origin, y_step),
            strict=True,
        )
    )


def compact_boxes(blob: bytes) -> bytes:
    """The compact form of a page's BLOB: itself when already compact (or empty)."""
    if len(blob) % 2 or not blob:
        return blob
    flat = _legacy_values(blob)
    return _encode(flat[0::4], flat[1::4], flat[2::4], flat[3::4])


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
