"""Reading-order text of one PDF page, with exactly one box per output character.

The input is the page's glyphs (PdfChar) in drawing order; the output is the
page's canonical text and a parallel list of boxes (x0, top, x1, bottom) in
points, origin at the top-left of the page as displayed (after /Rotate, inside
the CropBox). Characters this module inserts (spaces between words, line
breaks) get `geometry.EMPTY_BOX`.

How the text is laid out:

1. Glyphs: see `pdf_glyphs` (duplicates, ligatures, accents, undecodable
   glyphs; each output character keeps exactly one box).
2. Glyphs are grouped by orientation (from the text matrix: left to right,
   top to bottom, bottom to top, upside down; each also mirrored). Each group
   is laid out in a frame where its text runs left to right and its lines
   downwards, so rotated, upside-down and mirrored pages and sideways tables
   read like upright ones. Upright text comes first; text at a slant (a
   diagonal watermark) comes last, read apart (see `pdf_slanted`).
3. Lines: glyphs whose vertical extents overlap by half the smaller height
   (a glyph lying more within the next line than its own moves there).
   Words and segments: see `pdf_words` (gaps read against the line's own
   spacing and space glyphs; a line is cut into segments at wide gaps).
4. Blocks: a segment continues the block just above it when it is close
   below, overlaps it horizontally and is the only segment claiming it.
5. Columns: a cut between two segments of a line is kept only if one side
   belongs to a column of prose (a block at least COLUMN_MIN_WIDTH of the
   page width whose lines run on, PROSE_RUN_ON of them starting with a small
   letter), or both sides to justified columns (long lines reaching the
   block's right edge, as in a list of references), and neither side is a
   short label (a bullet, a line number) outside a column.
   So real text columns are read one after the other, while tables (even
   with wide columns of names or dates), forms, bulleted lists and numbered
   transcript lines are read row by row.
6. Reading order of blocks: see `pdf_order` (T. Breuel's rules, with the
   rules of a table as separators).
7. Ruled tables (see `pdf_rules`): a block ends at a rule across it, and
   cells a rule parts stay apart when they wrap over several lines, so each
   row is read cell by cell, its cells in turn, before the next row.

Words are joined by " ", lines and blocks by "\n", except after a hyphen
that ends a line (see `pdf_hyphens`: "défi-" + "nir" gives "définir"); the
text has no leading or trailing line break.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from operator import attrgetter

from annotator.core.geometry import EMPTY_BOX, Box
from annotator.core.importing.pdf_glyphs import (
    DIRECTIONS,
    Glyph,
    PdfChar,
    frame,
    page_glyphs,
    plain_letters,
    word_characters,
)
from annotator.core.importing.pdf_hyphens import JOIN, NEWLINE, line_joins
from annotator.core.importing.pdf_order import reading_order
from annotator.core.importing.pdf_rules import Rules
from annotator.core.importing.pdf_slanted import layout_slanted
from annotator.core.importing.pdf_words import SEGMENT, WORD, line_breaks

__all__ = ["PdfChar", "layout_page"]

COLUMN_MIN_WIDTH = 0.2  # fraction of the page width a block needs to count as a column
PROSE_MIN_LINES = 3  # a shorter block counts as a column by its width alone
PROSE_RUN_ON = 0.25  # share of a column's lines that continue a sentence
JUSTIFIED_SHARE = 0.6  # share of a justified column's lines that reach its right edge
JUSTIFIED_MIN_GLYPHS = 20  # median glyphs per line of a justified column
LABEL_MAX_GLYPHS = 3  # "•", "12", "iv." next to a text column stay on its line
BLOCK_MAX_GAP = 1.0  # font sizes between a block's last line and the next
SMALL_TEXT = 0.6  # of the line's height: below it, text is a figure label or a mark
NOT_COLUMN, JUSTIFIED, PROSE = 0, 1, 2  # how surely a block is a column of text


class _Segment:
    """A run of words on one line, not crossing a column gap."""

    __slots__ = ("words", "line", "x0", "top", "x1", "bottom", "size", "block")

    def __init__(self, words: list[list[Glyph]], line: int, size: float) -> None:
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

    __slots__ = ("segments", "x0", "top", "x1", "bottom", "size", "kind")

    def __init__(self, segment: _Segment) -> None:
        self.segments = [segment]
        self.kind: int | None = None  # column_kind, once asked (the block is complete)
        self.x0, self.top, self.x1, self.bottom = (
            segment.x0,
            segment.top,
            segment.x1,
            segment.bottom,
        )
        self.size = segment.size
        segment.block = self

    def add(self, segment: _Segment) -> None:
        self.segments.append(segment)
        self.x0 = min(self.x0, segment.x0)
        self.x1 = max(self.x1, segment.x1)
        self.top = min(self.top, segment.top)
        self.bottom = max(self.bottom, segment.bottom)
        self.size = max(self.size, segment.size)
        segment.block = self

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    def column_kind(self, min_width: float) -> int:
        """PROSE, JUSTIFIED or NOT_COLUMN: how surely the block is a column of text.

        A wide block is PROSE when (from its third line on) many lines run on
        from a sentence, starting with a small letter; else JUSTIFIED when
        its long lines reach its right edge (a list of references), which a
        table column of long names can also do. Cells of names, dates or
        figures are NOT_COLUMN.
        """
        if self.kind is None:
            self.kind = self._kind(min_width)
        return self.kind

    def _kind(self, min_width: float) -> int:
        if self.width < min_width:
            return NOT_COLUMN
        lines = self.segments
        if len(lines) < PROSE_MIN_LINES:
            return PROSE
        if sum(_runs_on(s) for s in lines[1:]) >= PROSE_RUN_ON * (len(lines) - 1):
            return PROSE
        full = sum(self.x1 - s.x1 <= s.size for s in lines[:-1])
        long = _median([s.glyph_count for s in lines]) >= JUSTIFIED_MIN_GLYPHS
        return JUSTIFIED if long and full >= JUSTIFIED_SHARE * (len(lines) - 1) else NOT_COLUMN


def layout_page(
    chars: Iterable[PdfChar],
    width: float,
    height: float,
    offset: tuple[float, float] = (0, 0),
    rules: Sequence[Box] = (),
) -> tuple[str, list[Box], int]:
    """Text, one box per character of it, and the count of undecodable glyphs.

    `offset` is the visible page's top-left corner in the chars' coordinates;
    `width` and `height` are the visible page's size. Boxes are made relative
    to that corner and clamped to the visible page. `rules` are the page's
    ruled lines (see `pdf_rules`), in the chars' coordinates.
    """
    groups: dict[tuple[int, bool], list[Glyph]] = {}
    upright: list[Glyph] = []
    slanted: list[Glyph] = []
    glyphs, undecodable = page_glyphs(chars, width, height, offset)
    for glyph in glyphs:
        if glyph.slant is not None:
            slanted.append(glyph)
        elif glyph.direction or glyph.flipped:
            groups.setdefault((glyph.direction, glyph.flipped), []).append(glyph)
        else:
            upright.append(glyph)  # most glyphs
    if upright:
        groups[0, False] = upright
    texts: list[str] = []
    boxes: list[Box] = []
    frame_widths = {0: width, 180: width, 90: height, 270: height}
    orientations = [(d, flipped) for d in DIRECTIONS for flipped in (False, True)]
    dx, dy = offset
    page_rules = [(x0 - dx, top - dy, x1 - dx, bottom - dy) for x0, top, x1, bottom in rules]
    parts = [
        _layout_group(groups[o], frame_widths[o[0]], _frame_rules(page_rules, *o))
        for o in orientations
        if o in groups
    ]
    parts.append(layout_slanted(slanted))
    for group_text, group_boxes in parts:
        if not group_text:
            continue
        if texts:
            texts.append("\n")
            boxes.append(EMPTY_BOX)
        texts.append(group_text)
        boxes.extend(group_boxes)
    return "".join(texts), boxes, undecodable


# -- lines, words, segments -------------------------------------------------------------


def _lines(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Group glyphs into lines, top to bottom, each sorted left to right."""
    glyphs = sorted(glyphs, key=lambda g: g.top + g.bottom)
    lines: list[list[Glyph]] = []
    refs: list[Glyph] = []  # each line's first glyph, which the others are measured against
    ref_top = ref_bottom = 0.0
    current: list[Glyph] = []
    for glyph in glyphs:
        if current:
            # min() and max() written out (they choose alike): this runs for every glyph
            height, ref_height = glyph.height, ref_bottom - ref_top
            smaller = ref_height if ref_height < height else height
            larger = ref_height if ref_height > height else height
            # much smaller text (a figure's labels) joins a line only if it lies within it
            share = 0.5 if smaller >= SMALL_TEXT * larger else 0.8
            bottom, top = glyph.bottom, glyph.top
            overlap = (ref_bottom if ref_bottom < bottom else bottom) - (
                ref_top if ref_top > top else top
            )
            if overlap >= share * smaller if smaller > 0 else overlap >= 0:
                current.append(glyph)
                continue
            lines.append(current)
        current = [glyph]
        refs.append(glyph)
        ref_top, ref_bottom = glyph.top, glyph.bottom
    if current:
        lines.append(current)
    _move_to_better_lines(lines, refs)
    by_left = attrgetter("x0")
    for line in lines:
        line.sort(key=by_left)
    return lines


def _move_to_better_lines(lines: list[list[Glyph]], refs: list[Glyph]) -> None:
    """Move a glyph that lies more within the next line than its own into the next line.

    A large initial ("A" of "ACTIONS" in small capitals) may reach up into a
    line just above (a table header's first line) and be taken into it.
    """
    for k in range(len(lines) - 1):
        ref, following = refs[k], refs[k + 1]
        line = lines[k]
        moved = [
            g
            for g in line
            if (g.top < ref.top or g.bottom > ref.bottom)
            and _overlap(g, following) > _overlap(g, ref)
        ]
        if moved:
            lines[k] = [g for g in line if g not in moved]
            lines[k + 1].extend(moved)


def _overlap(a: Glyph, b: Glyph) -> float:
    return min(a.bottom, b.bottom) - max(a.top, b.top)


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2] if ordered else 0.0


def _split_line(line: list[Glyph], index: int) -> list[_Segment]:
    """The line's words, cut into segments at wide gaps."""
    heights = [g.height for g in line if not g.space]
    size = max(_median(heights), 1.0)
    segments: list[_Segment] = []
    words: list[list[Glyph]] = []
    word: list[Glyph] = []
    glyphs, breaks = line_breaks(line, size)
    for glyph, cut in zip(glyphs, breaks, strict=True):
        if cut == SEGMENT:
            words.append(word)
            segments.append(_Segment(words, index, _size(words)))
            words, word = [], []
        elif cut == WORD:
            words.append(word)
            word = []
        word.append(glyph)
    if word:
        words.append(word)
        segments.append(_Segment(words, index, _size(words)))
    return segments


def _runs_on(segment: _Segment) -> bool:
    """Whether the line starts with a small letter (or a letter of a script without case)."""
    first = segment.words[0][0].text[:1]
    return first.islower() or (first.isalpha() and not first.isupper())


def _size(words: list[list[Glyph]]) -> float:
    """A segment's font size: the median height of its glyphs (a line may mix sizes)."""
    return max(_median([g.height for word in words for g in word]), 1.0)


def _merge(left: _Segment, right: _Segment) -> _Segment:
    return _Segment(left.words + right.words, left.line, max(left.size, right.size))


# -- blocks and their order -------------------------------------------------------------


def _frame_rules(boxes: list[Box], direction: int, flipped: bool) -> Rules | None:
    rules = Rules(boxes, lambda box: frame(box, direction, flipped)) if boxes else None
    return rules or None


def _box(item: _Segment) -> Box:
    return item.x0, item.top, item.x1, item.bottom


def _continues(block: _Block, segment: _Segment, rules: Rules | None) -> bool:
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
    if rules is not None and rules.parts(_box(last), _box(segment)):
        return False  # a table's rule ends the cell
    if len(block.segments) == 1:
        return True  # a block's first line may be a short tail of a paragraph
    if rules is not None and rules.same_cell(_box(last), _box(segment)):
        return True
    slack = max(2 * size, 0.1 * block.width)
    return segment.x0 >= block.x0 - slack and segment.x1 <= block.x1 + slack


def _blocks(lines: list[list[_Segment]], rules: Rules | None) -> list[_Block]:
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
            candidates = [b for b in open_blocks if _continues(b, segment, rules)]
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


# -- one direction group ----------------------------------------------------------------


def _layout_group(
    glyphs: list[Glyph], page_width: float, rules: Rules | None
) -> tuple[str, list[Box]]:
    lines = [_split_line(line, index) for index, line in enumerate(_lines(glyphs))]
    if any(len(segments) > 1 for segments in lines):
        _blocks(lines, rules)  # first pass: which cuts separate real columns?
        min_width = COLUMN_MIN_WIDTH * page_width
        lines = [_join_cuts(segments, min_width, rules) for segments in lines]
    blocks = reading_order(_blocks(lines, rules), rules)
    ordered = [(segment.words, b) for b, block in enumerate(blocks) for segment in block.segments]
    joins = line_joins(ordered)
    text: list[str] = []
    boxes: list[Box] = []
    for k, (words, _) in enumerate(ordered):
        if k + 1 < len(ordered) and joins[k + 1] == JOIN:  # the hyphen gives no character
            words = [*words[:-1], words[-1][:-1]]
        if text and joins[k] == NEWLINE:
            text.append("\n")
            boxes.append(EMPTY_BOX)
        _emit(words, text, boxes)
    return "".join(text), boxes


def _is_piece(segment: _Segment) -> bool:
    """Whether the segment is a block of its own, too short to be a column."""
    return segment.block is not None and len(segment.block.segments) == 1


def _is_label(segment: _Segment, narrow: bool) -> bool:
    return narrow and segment.glyph_count <= LABEL_MAX_GLYPHS


def _wrapped_cells(left: _Segment, right: _Segment) -> bool:
    """Whether the blocks on either side of a cut are cells wrapped over several lines.

    Cells of one table row wrap over different numbers of lines, so end on
    different lines (a column's heading may sit on top of either), or their
    lines run on (start with a small letter); rows of one-line cells read
    line by line as before.
    """
    if left.block is None or right.block is None:
        return False
    a, b = left.block.segments, right.block.segments
    if a[-1].line != b[-1].line:
        return True
    return any(_runs_on(s) for s in a[1:]) or any(_runs_on(s) for s in b[1:])


def _join_cuts(segments: list[_Segment], min_width: float, rules: Rules | None) -> list[_Segment]:
    """Undo the cuts of a line that do not separate text columns or ruled cells."""
    if len(segments) < 2:
        return segments
    result = [segments[0]]
    for right in segments[1:]:
        left = result[-1]
        if (
            rules is not None
            and _wrapped_cells(left, right)
            and rules.divides(_box(left), _box(right))
        ):
            result.append(right)  # ruled cells of one row, wrapped over different lines
            continue
        left_kind = NOT_COLUMN if left.block is None else left.block.column_kind(min_width)
        right_kind = NOT_COLUMN if right.block is None else right.block.column_kind(min_width)
        left_narrow, right_narrow = left_kind == NOT_COLUMN, right_kind == NOT_COLUMN
        # prose beside anything is a column; justified lines beside more of them or
        # beside pieces of a line (a justified line cut at its wide spaces), not
        # beside a column of table cells
        columns = (
            PROSE in (left_kind, right_kind)
            or not (left_narrow or right_narrow)
            or (JUSTIFIED in (left_kind, right_kind) and _is_piece(left if left_narrow else right))
        )
        keep = columns and not (_is_label(left, left_narrow) or _is_label(right, right_narrow))
        if keep:
            result.append(right)
        else:
            merged = _merge(left, right)
            merged.block = left.block if not left_narrow else right.block
            result[-1] = merged
    for segment in result:
        segment.block = None
    return result


def _emit(words: list[list[Glyph]], text: list[str], boxes: list[Box]) -> None:
    for w, word in enumerate(words):
        if w:
            text.append(" ")
            boxes.append(EMPTY_BOX)
        letters = plain_letters(word)
        if letters:  # most words: one character per glyph, in one piece
            text.append(letters)
            boxes.extend([glyph.box for glyph in word])
            continue
        for char, box in word_characters(word):
            text.append(char)
            boxes.append(box)
