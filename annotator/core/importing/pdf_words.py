"""Where a line of glyphs breaks into words, and where into segments (possible columns).

A PDF need not draw spaces: TeX positions each word, forms letter-space
their fields, some writers draw a space glyph at the wrong spot. So a gap
between two glyphs (the left edge of one minus the right edge of all before
it, in the line's frame) is read against the line itself:

- a space glyph counts when it sits in a gap that has room for it (its
  middle past the end of the glyph before it and not past the start of the
  glyph after it, the gap at least SPACE_ROOM of its width); one drawn over
  letters that touch (issue6127's "ASSUR E") marks nothing;
- on a line that draws valid spaces, the writer spaces its words: a gap
  without a space glyph breaks a word only beyond the line's letter spacing
  plus half a space (SPACED_GAP of the median width of its spaces), so
  figures drawn a digit at a time a little apart ("03/25/2016") stay whole;
- on a line without spaces, a gap wider than MIN_WORD_GAP font sizes breaks
  a word (the rule of poppler's pdftotext: TeX's narrowest inter-word spaces
  are about 0.17 em, its kerns within words a few hundredths), beyond the
  line's letter spacing when it is tracked;
- the letter spacing (tracking) is read per segment (a table row's cells
  may be set differently): its lower-quartile gap, when it has
  TRACKING_MIN_GAPS gaps or more and that gap is modest (a row of
  single-digit table cells is not letter-spaced text); or, when nearly all
  its gaps are wide and alike and none holds a space, that gap (a date set
  with character spacing, "0 3 / 2 5 / 2 0 16", is one word);
- a gap wider than GUTTER_GAP font sizes cuts the line into segments, which
  the layout may read as separate columns;
- an accent drawn as its own glyph over a letter never breaks it off;
- a footnote mark (a raised, smaller digit) is a word of its own.
"""

from __future__ import annotations

from annotator.core.importing.pdf_glyphs import Glyph, is_accent

MIN_WORD_GAP = 0.1  # font sizes
SPACED_GAP = 0.5  # of the median width of the line's space glyphs
SPACE_ROOM = 0.3  # of its width: the room a space glyph needs between two glyphs
MAX_TRACKING = 0.2  # font sizes; wider regular gaps are word spaces, not letter spacing
TRACKING_MIN_GAPS = 6  # gaps a segment needs before its letter spacing is estimated
EVEN_MIN_GAPS = 4  # gaps, all alike, that make a segment one letter-spaced word
EVEN_SHARE = 0.75  # of a segment's gaps: how many must be wide and alike
EVEN_SPREAD = 0.05  # font sizes: how much those gaps may differ
EVEN_MAX = 0.5  # font sizes: the widest letter spacing
GUTTER_GAP = 1.0  # font sizes
RAISED_SIZE = 0.85  # a footnote mark is smaller than the letters beside it...
RAISED_BY = 0.15  # ...and its foot higher by this many font sizes

JOINED, WORD, SEGMENT = 0, 1, 2


def line_breaks(line: list[Glyph], size: float) -> tuple[list[Glyph], list[int]]:
    """The line's visible glyphs in reading order, and for each the break before it.

    `line` is sorted by x0 in the line's frame; `size` is its font size. The
    break before the first glyph is JOINED; the others are JOINED (same
    word), WORD or SEGMENT.
    """
    solid: list[Glyph] = []
    gaps: list[float] = []
    spaced: list[bool] = []
    attached: list[bool] = []
    space_widths: list[float] = []
    pending: list[Glyph] = []
    last_x1 = 0.0
    slack = MIN_WORD_GAP * size
    for glyph in _accents_after_letters(line):
        if glyph.space:
            if solid:
                pending.append(glyph)
            continue
        if solid:
            gap = glyph.x0 - last_x1
            before = solid[-1]
            space = False
            if pending:
                valid = [
                    s.x1 - s.x0
                    for s in pending
                    if last_x1 - slack <= (s.x0 + s.x1) / 2 <= glyph.x0 + slack
                    and gap >= SPACE_ROOM * (s.x1 - s.x0)
                ]
                space_widths.extend(valid)
                space = bool(valid)
            gaps.append(gap)
            if not space:
                # a footnote mark is smaller than its neighbour: most glyphs need no more
                height, height_before = glyph.height, before.height
                if height < RAISED_SIZE * height_before or height_before < RAISED_SIZE * height:
                    space = _footnote_mark(before, glyph, size)
            spaced.append(space)
            attached.append(  # the (cheaper) position first: rarely over the glyph before
                before.x0 <= (glyph.x0 + glyph.x1) / 2 <= before.x1 and is_accent(glyph.text)
            )
            if glyph.x1 > last_x1:
                last_x1 = glyph.x1
        else:
            last_x1 = glyph.x1
        solid.append(glyph)
        if pending:
            pending = []
    breaks = [JOINED] if solid else []
    gutter = GUTTER_GAP * size
    start = 0
    while start < len(gaps):  # each segment (the gaps up to the next gutter) on its own
        end = next((k for k in range(start, len(gaps)) if gaps[k] > gutter), len(gaps))
        threshold = _word_gap(gaps[start:end], spaced[start:end], space_widths, size)
        for gap, space, accent in zip(
            gaps[start:end], spaced[start:end], attached[start:end], strict=True
        ):
            if accent:
                breaks.append(JOINED)
            elif space or gap > threshold:
                breaks.append(WORD)
            else:
                breaks.append(JOINED)
        if end < len(gaps):
            breaks.append(JOINED if attached[end] else SEGMENT)
        start = end + 1
    return solid, breaks


def _word_gap(
    gaps: list[float], spaced: list[bool], space_widths: list[float], size: float
) -> float:
    """The widest gap, in points, that still joins two glyphs of one word in this segment."""
    threshold = MIN_WORD_GAP * size
    tracking = 0.0
    even = _evenly_spaced(gaps, spaced, size)
    if even is not None:
        tracking = even  # a letter-spaced figure or word
    elif len(gaps) >= TRACKING_MIN_GAPS:
        tracking = sorted(gaps)[len(gaps) // 4]
        if not -MIN_WORD_GAP * size <= tracking <= MAX_TRACKING * size:
            tracking = 0.0  # overlapping glyphs or a row of cells: not letter spacing
    if space_widths:
        space = sorted(space_widths)[len(space_widths) // 2]
        return max(threshold, tracking + SPACED_GAP * space)
    return threshold + max(tracking, 0.0)


def _evenly_spaced(gaps: list[float], spaced: list[bool], size: float) -> float | None:
    """The letter spacing of a segment whose glyphs are set the same width apart, else None.

    Character spacing (Tc) sets each glyph of a field the same distance from
    the next ("0 3 / 2 5 / 2 0 16": a kerned pair may sit closer); the letters
    of a word touch, and spaces part words, so few of a line's gaps are alike
    and wide. Wider than EVEN_MAX font sizes, alike gaps part cells of a row.
    """
    if len(gaps) < EVEN_MIN_GAPS or any(spaced):
        return None
    wide = [gap for gap in gaps if gap > MIN_WORD_GAP * size]
    if len(wide) < max(EVEN_MIN_GAPS, EVEN_SHARE * len(gaps)):
        return None
    low, high = min(wide), max(wide)
    return low if high - low <= EVEN_SPREAD * size and high <= EVEN_MAX * size else None


def _footnote_mark(before: Glyph, glyph: Glyph, size: float) -> bool:
    """Whether a raised, smaller digit starts or ends here ("AFM14", "14The").

    Raised letters ("1er", "2nd") and lowered digits ("CO2") stay in their word.
    """

    if glyph.height < RAISED_SIZE * before.height:
        mark, letter = glyph, before
    elif before.height < RAISED_SIZE * glyph.height:
        mark, letter = before, glyph
    else:
        return False
    return (
        mark.bottom < letter.bottom - RAISED_BY * size
        and mark.text.isdigit()
        and letter.text.isalpha()
    )


def _accents_after_letters(line: list[Glyph]) -> list[Glyph]:
    """The line with each accent glyph drawn before the letter it sits on moved after it.

    Sorted by left edge, a wide accent ("¨" over "ı") comes before its letter;
    after it, it composes with the letter and no gap separates them.
    """
    glyphs = list(line)
    for i in range(len(glyphs) - 1):
        accent, letter = glyphs[i], glyphs[i + 1]
        if (
            letter.x0 <= (accent.x0 + accent.x1) / 2 <= letter.x1
            and is_accent(accent.text)
            and not letter.space
            and not is_accent(letter.text)
        ):
            glyphs[i], glyphs[i + 1] = letter, accent
    return glyphs
