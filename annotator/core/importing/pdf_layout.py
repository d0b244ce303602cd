"""Reading-order text of one PDF page, with exactly one box per output character.

The input is the page's glyphs (PdfChar) in drawing order; the output is the
page's canonical text and a parallel list of boxes (x0, top, x1, bottom) in
points, origin at the top-left of the page as displayed (after /Rotate, inside
the CropBox). Characters this module inserts (spaces between words, line
breaks) get `geometry.EMPTY_BOX`.

How the text is laid out:

1. Glyphs: whitespace glyphs only mark word breaks; control characters are
   dropped; glyphs entirely outside the page are dropped; duplicated glyphs
   drawn twice at the same spot (fake bold) are dropped; ligatures (U+FB00..
   U+FB06) and multi-character glyphs are expanded, their box split evenly; a
   glyph of zero width gets a narrow box, so that it can still be selected;
   "(cid:N)" (a glyph without Unicode mapping) becomes U+FFFD; a combining mark,
   or a spacing accent drawn over a letter (old TeX fonts: "e" + "´"), is
   composed (NFC) with its letter and their boxes merged.
2. Glyphs are grouped by writing direction (from the text matrix: left to
   right, top to bottom, bottom to top, upside down). Each group is laid out in
   a frame where its text runs left to right, so rotated pages and sideways
   tables read like upright ones. Upright text comes first.
3. Lines: glyphs whose vertical extents overlap by half the smaller height.
   Words: split at explicit spaces or at gaps wider than WORD_GAP font sizes.
   Segments: a line is cut at gaps wider than GUTTER_GAP font sizes.
4. Blocks: a segment continues the block just above it when it is close
   below, overlaps it horizontally and is the only segment claiming it.
5. Columns: a cut between two segments of a line is kept only if one side
   belongs to a wide block (at least COLUMN_MIN_WIDTH of the page width) and
   neither side is a short label (a bullet, a line number) in a narrow block.
   So real text columns are read one after the other, while tables, forms,
   bulleted lists and numbered transcript lines are read row by row.
6. Reading order of blocks (T. Breuel's rules): of two blocks that overlap
   horizontally, the upper comes first; of two that do not, the left comes
   first unless a block between them vertically overlaps both (a full-width
   heading or figure caption separating two rows of columns).

Words are joined by " ", lines and blocks by "\n"; the text has no leading or
trailing line break.
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from annotator.core.geometry import EMPTY_BOX, Box

WORD_GAP = 0.2  # font sizes; a wider gap between glyphs separates words
GUTTER_GAP = 1.0  # font sizes; a wider gap may separate columns
COLUMN_MIN_WIDTH = 0.2  # fraction of the page width a block needs to count as a column
LABEL_MAX_GLYPHS = 3  # "•", "12", "iv." next to a text column stay on its line
BLOCK_MAX_GAP = 1.0  # font sizes between a block's last line and the next
MAX_ORDERED_BLOCKS = 400  # beyond this, blocks are read top to bottom, left to right
DEDUPE_TOLERANCE = 1.0  # points; same glyph this close to another is a duplicate

_CID = re.compile(r"\(cid:\d+\)")
_LIGATURES = {chr(c): unicodedata.normalize("NFKC", chr(c)) for c in range(0xFB00, 0xFB07)}

# Accents drawn as separate glyphs, and the combining marks they stand for.
_SPACING_ACCENTS = {
    "´": "\u0301",
    "`": "\u0300",
    "^": "\u0302",
    "ˆ": "\u0302",
    "¨": "\u0308",
    "˜": "\u0303",
    "¸": "\u0327",
    "ˇ": "\u030c",
    "˚": "\u030a",
    "¯": "\u0304",
    "˘": "\u0306",
    "˙": "\u0307",
    "˝": "\u030b",
    "˛": "\u0328",
}

# Writing directions, in degrees counter-clockwise from "left to right".
_DIRECTIONS = (0, 270, 90, 180)


class _Glyph:
    """One drawn character: its text, its box on the page, its box in the layout frame."""

    __slots__ = ("text", "box", "direction", "x0", "top", "x1", "bottom", "space")

    def __init__(self, text: str, box: Box, direction: int, space: bool) -> None:
        self.text = text
        self.box = box
        self.direction = direction
        self.x0, self.top, self.x1, self.bottom = _frame(box, direction)
        self.space = space

    @property
    def height(self) -> float:
        return self.bottom - self.top


class _Segment:
    """A run of words on one line, not crossing a column gap."""

    __slots__ = ("words", "line", "x0", "top", "x1", "bottom", "size", "block")

    def __init__(self, words: list[list[_Glyph]], line: int, size: float) -> None:
        self.words = words
        self.line = line
        self.size = size
        self.block: _Block | None = None
        glyphs = [g for word in words for g in word]
        self.x0 = min(g.x0 for g in glyphs)
        self.x1 = max(g.x1 for g in glyphs)
        self.top = min(g.top for g in glyphs)
        self.bottom = max(g.bottom for g in glyphs)

    @property
    def glyph_count(self) -> int:
        return sum(len(word) for word in self.words)


class _Block:
    """Segments on consecutive lines that read as one unit (a paragraph, a column run)."""

    __slots__ = ("segments", "x0", "top", "x1", "bottom")

    def __init__(self, segment: _Segment) -> None:
        self.segments = [segment]
        self.x0, self.top, self.x1, self.bottom = (
            segment.x0,
            segment.top,
            segment.x1,
            segment.bottom,
        )
        segment.block = self

    def add(self, segment: _Segment) -> None:
        self.segments.append(segment)
        self.x0 = min(self.x0, segment.x0)
        self.x1 = max(self.x1, segment.x1)
        self.top = min(self.top, segment.top)
        self.bottom = max(self.bottom, segment.bottom)
        segment.block = self

    @property
    def width(self) -> float:
        return self.x1 - self.x0


class PdfChar(NamedTuple):
    """A glyph as drawn: its text and box (top-left origin, points) and text matrix."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    matrix: tuple[float, ...] | None = None
    fontname: str = ""
    size: float = 0.0


def layout_page(
    chars: Iterable[PdfChar], width: float, height: float, offset: tuple[float, float] = (0, 0)
) -> tuple[str, list[Box], int]:
    """Text, one box per character of it, and the count of undecodable glyphs.

    `offset` is the visible page's top-left corner in the chars' coordinates;
    `width` and `height` are the visible page's size. Boxes are made relative
    to that corner and clamped to the visible page.
    """
    groups: dict[int, list[_Glyph]] = {}
    undecodable = 0
    for glyph, direction, missing in _glyphs(chars, width, height, offset):
        groups.setdefault(direction, []).append(glyph)
        undecodable += missing
    texts: list[str] = []
    boxes: list[Box] = []
    frame_widths = {0: width, 180: width, 90: height, 270: height}
    for direction in _DIRECTIONS:
        glyphs = groups.get(direction)
        if not glyphs:
            continue
        group_text, group_boxes = _layout_group(glyphs, frame_widths[direction])
        if not group_text:
            continue
        if texts:
            texts.append("\n")
            boxes.append(EMPTY_BOX)
        texts.append(group_text)
        boxes.extend(group_boxes)
    return "".join(texts), boxes, undecodable


# -- glyphs -----------------------------------------------------------------------------


def _direction(matrix: Sequence[float] | None) -> int:
    if not matrix:
        return 0
    a, b = matrix[0], matrix[1]
    if abs(a) >= abs(b):
        return 0 if a >= 0 else 180
    return 90 if b > 0 else 270


def _frame(box: Box, direction: int) -> Box:
    """The box in a frame where text of `direction` runs left to right, lines downwards."""
    x0, top, x1, bottom = box
    if direction == 0:
        return box
    if direction == 270:  # runs down the page; the next line is to its left
        return (top, -x1, bottom, -x0)
    if direction == 90:  # runs up the page; the next line is to its right
        return (-bottom, x0, -top, x1)
    return (-x1, -bottom, -x0, -top)


def _glyphs(
    chars: Iterable[PdfChar], width: float, height: float, offset: tuple[float, float]
) -> Iterable[tuple[_Glyph, int, int]]:
    """Visible, de-duplicated glyphs with their direction and undecodable count."""
    dx, dy = offset
    seen: dict[tuple[Any, ...], list[tuple[float, float]]] = {}
    tol = DEDUPE_TOLERANCE
    for text, x0, top, x1, bottom, matrix, fontname, size in chars:
        if not text:
            continue
        x0, x1, top, bottom = x0 - dx, x1 - dx, top - dy, bottom - dy
        if x1 - x0 < 0.01 or bottom - top < 0.01:  # a glyph without width: make it seen
            extent = max(x1 - x0, bottom - top, 2.0)
            x1 = max(x1, x0 + 0.5 * extent)
            bottom = max(bottom, top + extent)
        if x1 <= 0 or top >= height or x0 >= width or bottom <= 0:
            continue  # drawn outside the visible page
        box = (max(x0, 0.0), max(top, 0.0), min(x1, width), min(bottom, height))
        direction = _direction(matrix)
        space = text.isspace()
        missing = 0
        if not space:
            key = (text, fontname, size, direction)
            cell_top, cell_x = int(top // tol), int(x0 // tol)
            if _is_duplicate(seen, key, cell_top, cell_x, top, x0):
                continue
            seen.setdefault((key, cell_top, cell_x), []).append((top, x0))
            if len(text) == 1:
                if text in _LIGATURES:
                    text = _LIGATURES[text]
                elif text <= "\x1f" or "\x7f" <= text <= "\x9f":
                    continue  # a control character
            else:
                text, missing = _CID.subn("\ufffd", text)
                text = "".join(_LIGATURES.get(ch, ch) for ch in text)
                text = "".join(ch for ch in text if unicodedata.category(ch) != "Cc")
                if not text:
                    continue
        yield _Glyph(text, box, direction, space), direction, missing


def _is_duplicate(
    seen: dict[tuple[Any, ...], list[tuple[float, float]]],
    key: tuple[Any, ...],
    cell_top: int,
    cell_x: int,
    top: float,
    x0: float,
) -> bool:
    tol = DEDUPE_TOLERANCE
    for ct in (cell_top - 1, cell_top, cell_top + 1):
        for cx in (cell_x - 1, cell_x, cell_x + 1):
            for other_top, other_x0 in seen.get((key, ct, cx), ()):
                if abs(other_top - top) <= tol and abs(other_x0 - x0) <= tol:
                    return True
    return False


# -- lines, words, segments -------------------------------------------------------------


def _lines(glyphs: list[_Glyph]) -> list[list[_Glyph]]:
    """Group glyphs into lines, top to bottom, each sorted left to right."""
    glyphs = sorted(glyphs, key=lambda g: g.top + g.bottom)
    lines: list[list[_Glyph]] = []
    ref_top = ref_bottom = 0.0
    current: list[_Glyph] = []
    for glyph in glyphs:
        if current:
            smaller = min(glyph.height, ref_bottom - ref_top)
            overlap = min(glyph.bottom, ref_bottom) - max(glyph.top, ref_top)
            if overlap >= 0.5 * smaller if smaller > 0 else overlap >= 0:
                current.append(glyph)
                continue
            lines.append(current)
        current = [glyph]
        ref_top, ref_bottom = glyph.top, glyph.bottom
    if current:
        lines.append(current)
    for line in lines:
        line.sort(key=lambda g: g.x0)
    return lines


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2] if ordered else 0.0


def _split_line(line: list[_Glyph], index: int) -> list[_Segment]:
    """The line's words, cut into segments at wide gaps."""
    heights = [g.height for g in line if not g.space]
    size = max(_median(heights), 1.0)
    segments: list[_Segment] = []
    words: list[list[_Glyph]] = []
    word: list[_Glyph] = []
    last_x1: float | None = None
    pending_space = False
    for glyph in line:
        if glyph.space:
            pending_space = True
            continue
        if last_x1 is not None:
            gap = glyph.x0 - last_x1
            if gap > GUTTER_GAP * size:
                words.append(word)
                segments.append(_Segment(words, index, size))
                words, word = [], []
            elif pending_space or gap > WORD_GAP * size:
                words.append(word)
                word = []
        word.append(glyph)
        last_x1 = glyph.x1 if last_x1 is None else max(last_x1, glyph.x1)
        pending_space = False
    if word:
        words.append(word)
        segments.append(_Segment(words, index, size))
    return segments


def _merge(left: _Segment, right: _Segment) -> _Segment:
    return _Segment(left.words + right.words, left.line, max(left.size, right.size))


# -- blocks and their order -------------------------------------------------------------


def _continues(block: _Block, segment: _Segment) -> bool:
    last = block.segments[-1]
    if last.line >= segment.line:
        return False
    size = max(last.size, segment.size)
    gap = segment.top - last.bottom
    if gap > BLOCK_MAX_GAP * size or gap < -0.5 * size:
        return False
    if not 0.7 <= segment.size / last.size <= 1.4:
        return False
    if min(last.x1, segment.x1) - max(last.x0, segment.x0) <= 0:
        return False
    if len(block.segments) == 1:
        return True  # a block's first line may be a short tail of a paragraph
    slack = max(2 * size, 0.1 * block.width)
    return segment.x0 >= block.x0 - slack and segment.x1 <= block.x1 + slack


def _blocks(lines: list[list[_Segment]]) -> list[_Block]:
    blocks: list[_Block] = []
    open_blocks: list[_Block] = []
    for segments in lines:
        if not segments:
            continue
        top = min(s.top for s in segments)
        reach = 2 * max(s.size for s in segments)
        open_blocks = [b for b in open_blocks if top - b.segments[-1].bottom <= reach]
        claims: dict[int, list[_Segment]] = {}
        targets: dict[int, _Block] = {}
        for segment in segments:
            candidates = [b for b in open_blocks if _continues(b, segment)]
            if len(candidates) == 1:
                claims.setdefault(id(candidates[0]), []).append(segment)
                targets[id(candidates[0])] = candidates[0]
            else:
                block = _Block(segment)
                blocks.append(block)
                open_blocks.append(block)
        for key, claimants in claims.items():
            if len(claimants) == 1:
                targets[key].add(claimants[0])
            else:  # two segments continue the same block: a heading over columns
                for segment in claimants:
                    block = _Block(segment)
                    blocks.append(block)
                    open_blocks.append(block)
    return blocks


def _order(blocks: list[_Block]) -> list[_Block]:
    """Breuel's reading order: topological sort of "above" and "left of" relations."""
    n = len(blocks)
    blocks = sorted(blocks, key=lambda b: (b.top + b.bottom, b.x0))
    if n <= 1 or n > MAX_ORDERED_BLOCKS:
        return blocks
    overlaps = [0] * n
    for i in range(n):
        bi = blocks[i]
        for j in range(i + 1, n):
            bj = blocks[j]
            if min(bi.x1, bj.x1) - max(bi.x0, bj.x0) > 0:
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
                left_first = blocks[i].x0 + blocks[i].x1 <= blocks[j].x0 + blocks[j].x1
                first, second = (i, j) if left_first else (j, i)
            successors[first].append(second)
            indegree[second] += 1
    ready = [i for i in range(n) if indegree[i] == 0]
    heapq.heapify(ready)
    done = [False] * n
    result: list[_Block] = []
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


# -- one direction group ----------------------------------------------------------------


def _layout_group(glyphs: list[_Glyph], page_width: float) -> tuple[str, list[Box]]:
    lines = [_split_line(line, index) for index, line in enumerate(_lines(glyphs))]
    if any(len(segments) > 1 for segments in lines):
        _blocks(lines)  # first pass: which cuts separate real columns?
        min_width = COLUMN_MIN_WIDTH * page_width
        lines = [_join_cuts(segments, min_width) for segments in lines]
    blocks = _order(_blocks(lines))
    text: list[str] = []
    boxes: list[Box] = []
    for block in blocks:
        for segment in block.segments:
            if text:
                text.append("\n")
                boxes.append(EMPTY_BOX)
            _emit(segment, text, boxes)
    return "".join(text), boxes


def _is_label(segment: _Segment, narrow: bool) -> bool:
    return narrow and segment.glyph_count <= LABEL_MAX_GLYPHS


def _join_cuts(segments: list[_Segment], min_width: float) -> list[_Segment]:
    """Undo the cuts of a line that do not separate text columns."""
    if len(segments) < 2:
        return segments
    result = [segments[0]]
    for right in segments[1:]:
        left = result[-1]
        left_narrow = left.block is None or left.block.width < min_width
        right_narrow = right.block is None or right.block.width < min_width
        keep = (not left_narrow or not right_narrow) and not (
            _is_label(left, left_narrow) or _is_label(right, right_narrow)
        )
        if keep:
            result.append(right)
        else:
            merged = _merge(left, right)
            merged.block = left.block if not left_narrow else right.block
            result[-1] = merged
    for segment in result:
        segment.block = None
    return result


def _emit(segment: _Segment, text: list[str], boxes: list[Box]) -> None:
    for w, word in enumerate(segment.words):
        if w:
            text.append(" ")
            boxes.append(EMPTY_BOX)
        first = len(text)
        for chars, box, direction in _with_accents(word):
            if len(chars) == 1 and unicodedata.combining(chars) and len(text) > first:
                composed = unicodedata.normalize("NFC", text[-1] + chars)
                if len(composed) == 1:
                    text[-1] = composed
                    boxes[-1] = _union(boxes[-1], box)
                    continue
            if len(chars) == 1:
                text.append(chars)
                boxes.append(box)
            else:
                text.extend(chars)
                boxes.extend(_split_box(box, len(chars), direction))


def _with_accents(word: list[_Glyph]) -> list[tuple[str, Box, int]]:
    """The word's glyphs, with spacing accents drawn over a letter composed into it.

    Old TeX fonts draw "é" as "e" plus a separate "´" placed over it.
    """
    items = [(g.text, g.box, g.direction) for g in word]
    if not any(g.text in _SPACING_ACCENTS for g in word):
        return items
    consumed = [False] * len(word)
    for i, glyph in enumerate(word):
        mark = _SPACING_ACCENTS.get(glyph.text)
        if mark is None:
            continue
        centre = (glyph.x0 + glyph.x1) / 2
        for j in (i - 1, i + 1):
            if not 0 <= j < len(word) or consumed[j] or word[j].text in _SPACING_ACCENTS:
                continue
            base = word[j]
            if len(items[j][0]) != 1 or not base.x0 <= centre <= base.x1:
                continue
            composed = unicodedata.normalize("NFC", items[j][0] + mark)
            if len(composed) == 1:
                items[j] = (composed, _union(items[j][1], glyph.box), base.direction)
                consumed[i] = True
                break
    return [item for item, gone in zip(items, consumed, strict=True) if not gone]


def _union(a: Box, b: Box) -> Box:
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def _split_box(box: Box, parts: int, direction: int) -> list[Box]:
    """Cut a glyph's box into `parts` equal slices along its writing direction."""
    x0, top, x1, bottom = box
    slices: list[Box] = []
    for k in range(parts):
        if direction in (0, 180):
            step = (x1 - x0) / parts
            a, b = x0 + k * step, x0 + (k + 1) * step
            if direction == 180:  # upside down: runs right to left
                a, b = x1 - (k + 1) * step, x1 - k * step
            slices.append((a, top, b, bottom))
        else:
            step = (bottom - top) / parts
            a, b = top + k * step, top + (k + 1) * step
            if direction == 90:  # runs up the page
                a, b = bottom - (k + 1) * step, bottom - k * step
            slices.append((x0, a, x1, b))
    return slices
