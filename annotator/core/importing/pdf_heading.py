"""The heading of a PDF's first page, when its glyph sizes single one out.

A page's boxes (one per character, see annotator.core.geometry) give each
line's glyph height, which follows the font size. The heading is the text set
clearly larger than anything else on the page, starting in its upper part, on
at most a few lines that follow one another. Anything less clear-cut (two
places in the largest size, a largest text low on the page, one word only, a
size barely above the rest) gives no heading: the caller then falls back to
the file name rather than guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from annotator.core.geometry import decode_boxes, is_empty

NEAR_TOP = 0.55  # the heading starts in this upper fraction of the page
STANDS_OUT = 1.2  # its glyphs are at least this much taller than any other line's
SAME_SIZE = 0.95  # a line at least this fraction of the largest size belongs to it
MAX_LINES = 4
MAX_CHARACTERS = 200
LINE_SPACING = 2.0  # at most this many glyph heights from one heading line's top to the next
_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True)
class _Line:
    text: str
    size: float  # median glyph height of its letters and digits
    top: float


def page_heading(text: str, boxes: bytes, page_height: float) -> str | None:
    """The heading of a page of `text` with these encoded `boxes`, or None if unclear."""
    lines = _lines(text, boxes)
    if not lines:
        return None
    size = max(line.size for line in lines)
    chosen = [i for i, line in enumerate(lines) if line.size >= SAME_SIZE * size]
    heading = lines[chosen[0] : chosen[-1] + 1]
    if len(heading) != len(chosen) or len(heading) > MAX_LINES:
        return None  # the largest size in more than one place, or a whole paragraph
    if heading[0].top > NEAR_TOP * page_height:
        return None
    rest = [line.size for i, line in enumerate(lines) if i not in chosen]
    if rest and size < STANDS_OUT * max(rest):
        return None
    for above, below in zip(heading, heading[1:], strict=False):
        if not 0 < below.top - above.top <= LINE_SPACING * size:
            return None
    words = " ".join(line.text for line in heading).split()
    title = " ".join(words)
    if len(_WORD.findall(title)) < 2 or len(title) > MAX_CHARACTERS or "\ufffd" in title:
        return None
    return title


def _lines(text: str, blob: bytes) -> list[_Line]:
    """The page's lines that have letters or digits drawn in a row, with their size."""
    boxes = decode_boxes(blob) if blob else []
    if len(boxes) != len(text):
        return []
    lines: list[_Line] = []
    start = 0
    for part in text.split("\n"):
        drawn = [
            box
            for char, box in zip(part, boxes[start : start + len(part)], strict=True)
            if char.isalnum() and not is_empty(box)
        ]
        start += len(part) + 1
        if not drawn:
            continue
        heights = sorted(box[3] - box[1] for box in drawn)
        size = heights[len(heights) // 2]  # the median, or the upper one of an even count
        tops = [box[1] for box in drawn]
        if size <= 0 or max(tops) - min(tops) > size / 2:
            continue  # sideways or scattered: not a line of text set in a row
        lines.append(_Line(part.strip(), size, min(tops)))
    return lines
