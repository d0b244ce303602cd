"""Text drawn at a slant (a diagonal watermark, a turned chart label), read apart.

Laid out with the page's lines, the glyphs of a diagonal "CONFIDENTIEL" would
each fall on a different line of the body text, splicing letters into its
words. Slanted glyphs are therefore read after the page's text, in the order
they were drawn (a writer draws such a string in one go): a glyph continues
the line of the glyph before it when it follows it along the slant, close by
(within LINE_REACH of its extent ahead, half its extent aside); words part
at space glyphs and at wider steps (WORD_STEP of a glyph's extent).
"""

from __future__ import annotations

from annotator.core.geometry import EMPTY_BOX, Box
from annotator.core.importing.pdf_glyphs import Glyph, word_characters

LINE_REACH = 3.0  # glyph extents ahead along the slant
WORD_STEP = 1.5  # glyph extents between the middles of two glyphs of one word


def layout_slanted(glyphs: list[Glyph]) -> tuple[str, list[Box]]:
    """Text and boxes (one per character) of slanted glyphs given in drawing order."""
    text: list[str] = []
    boxes: list[Box] = []
    for k, line in enumerate(_lines(glyphs)):
        if k:
            text.append("\n")
            boxes.append(EMPTY_BOX)
        for w, word in enumerate(line):
            if w:
                text.append(" ")
                boxes.append(EMPTY_BOX)
            for char, box in word_characters(word):
                text.append(char)
                boxes.append(box)
    return "".join(text), boxes


def _centre(glyph: Glyph) -> tuple[float, float]:
    x0, top, x1, bottom = glyph.box
    return (x0 + x1) / 2, (top + bottom) / 2


def _lines(glyphs: list[Glyph]) -> list[list[list[Glyph]]]:
    lines: list[list[list[Glyph]]] = []
    last: Glyph | None = None
    space = False
    for glyph in glyphs:
        if glyph.space:
            space = True
            continue
        extent = max(glyph.box[2] - glyph.box[0], glyph.box[3] - glyph.box[1], 1.0)
        if last is None or last.slant is None:
            lines.append([[glyph]])
        else:
            (x, y), (px, py) = _centre(glyph), _centre(last)
            ux, uy = last.slant
            ahead = (x - px) * ux + (y - py) * uy
            aside = abs((x - px) * uy - (y - py) * ux)
            if aside > 0.5 * extent or not -0.5 * extent < ahead < LINE_REACH * extent:
                lines.append([[glyph]])
            elif space or ahead > WORD_STEP * extent:
                lines[-1].append([glyph])
            else:
                lines[-1][-1].append(glyph)
        last, space = glyph, False
    return lines
