"""Glyphs of a PDF page: which are kept, their writing direction, the characters they give.

Whitespace glyphs only mark word breaks; control characters are dropped;
glyphs entirely outside the visible page are dropped; a glyph drawn twice at
nearly the same spot (fake bold: see `pdf_copies`) is kept once, so its
copies neither double letters nor hide spaces; a glyph of zero width gets a
narrow box so that it can still be selected. Ligatures (U+FB00..U+FB06) and other
multi-character glyphs give one character per letter, their box cut evenly
along the writing direction; "(cid:N)" (a glyph without Unicode mapping)
becomes U+FFFD; a combining mark, or a spacing accent drawn over a letter
(old TeX fonts draw "é" as "e" plus "´", and "ï" as a dotless "ı" plus "¨"),
is composed (NFC) with its letter and their boxes merged; a soft hyphen
(U+00AD) only marks where a word may break and gives no character. So each
output character has exactly one box.

Orientation comes from the glyph's axes (its text rendering matrix, the CTM included):
the direction its text runs (`direction`) and whether it is mirrored
(`flipped`: its lines advance the other way, as on a page mirrored by its
CTM); see `pdf_layout` for how each orientation is read. Text turned more
than ten degrees from both axes (a diagonal watermark) is slanted: `slant`
gives the direction it runs, and `pdf_slanted` reads it apart.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

from annotator.core.geometry import Box
from annotator.core.importing.pdf_copies import DEDUPE_TOLERANCE, RUN_STEP, Copies, tolerance

SOFT_HYPHEN = "\u00ad"
SLANT_MIN = math.tan(math.radians(10))  # text turned further from the axes is slanted

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

# Characters below U+0300 that word_characters may change or drop.
_NOT_PLAIN = frozenset(_SPACING_ACCENTS) | {SOFT_HYPHEN}

# Letters drawn without their dot so that an accent can sit on them.
_DOTLESS = {"ı": "i", "ȷ": "j"}
_NO_AXES = object()  # stands for "no glyph yet" where axes (or None) are compared

# Writing directions, in degrees counter-clockwise from "left to right", upright first.
DIRECTIONS = (0, 270, 90, 180)


class PdfChar(NamedTuple):
    """A glyph as drawn: its text and box (top-left origin, points) and its own axes.

    The axes (a, b, c, d) are the text rendering matrix's (the CTM included)
    turned to where the glyph advances and stands: a negative font size or
    horizontal scaling, which the text rendering matrix leaves out, shows in
    them (see `pdf_device.glyph_axes`). Glyphs drawn alike may share one tuple.
    """

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    axes: tuple[float, ...] | None = None
    fontname: str = ""
    size: float = 0.0


class Glyph:
    """One drawn character: its text (never empty), its box on the page, its box in the
    layout frame."""

    __slots__ = (
        "text",
        "box",
        "direction",
        "flipped",
        "x0",
        "top",
        "x1",
        "bottom",
        "height",
        "space",
        "slant",
    )

    def __init__(
        self,
        text: str,
        box: Box,
        direction: int,
        space: bool,
        flipped: bool = False,
        slant: tuple[float, float] | None = None,
    ) -> None:
        self.text = text
        self.box = box
        self.direction = direction
        self.flipped = flipped
        self.slant = slant  # for text at a slant: the unit vector it runs along, on the page
        if direction or flipped:
            self.x0, self.top, self.x1, self.bottom = frame(box, direction, flipped)
        else:
            self.x0, self.top, self.x1, self.bottom = box
        self.height = self.bottom - self.top
        self.space = space


def _slant(axes: Sequence[float] | None) -> tuple[float, float] | None:
    """The direction (a unit vector, y downwards) of text that runs at a slant, else None."""
    if not axes or len(axes) < 2:
        return None
    a, b = axes[0], axes[1]
    if not a or not b:  # the common case: along an axis
        return None
    low, high = sorted((abs(a), abs(b)))
    if low <= SLANT_MIN * high:
        return None
    norm = math.hypot(a, b)
    return a / norm, -b / norm


def _orientation(axes: Sequence[float] | None) -> tuple[int, bool]:
    """The direction the text runs (see DIRECTIONS) and whether it is mirrored.

    The axes are the glyph's own (see PdfChar), in PDF space (y upwards): a
    mirror makes their determinant negative.
    """
    if not axes or len(axes) < 4:
        return 0, False
    a, b, c, d = axes[:4]
    flipped = a * d - b * c < 0
    if abs(a) >= abs(b):
        return (0 if a >= 0 else 180), flipped
    return (90 if b > 0 else 270), flipped


def frame(box: Box, direction: int, flipped: bool = False) -> Box:
    """The box in a frame where text of `direction` runs left to right, lines downwards.

    Mirrored text (`flipped`) runs the same way but its lines advance the other way.
    """
    x0, top, x1, bottom = box
    if direction == 0:  # flipped: upright letters upside down, lines going up the page
        return (x0, -bottom, x1, -top) if flipped else box
    if direction == 270:  # runs down the page; the next line is to its left (right)
        return (top, x0, bottom, x1) if flipped else (top, -x1, bottom, -x0)
    if direction == 90:  # runs up the page; the next line is to its right (left)
        return (-bottom, -x1, -top, -x0) if flipped else (-bottom, x0, -top, x1)
    # runs right to left: upside down, lines going up (flipped: mirrored, lines going down)
    return (-x1, top, -x0, bottom) if flipped else (-x1, -bottom, -x0, -top)


def is_accent(text: str) -> bool:
    """Whether the glyph is an accent drawn apart from its letter (spacing or combining)."""
    if text in _SPACING_ACCENTS:
        return True
    return len(text) == 1 and text >= "\u0300" and unicodedata.combining(text) > 0


def page_glyphs(
    chars: Iterable[PdfChar], width: float, height: float, offset: tuple[float, float]
) -> tuple[list[Glyph], int]:
    """Visible glyphs without their copies (see `pdf_copies`), and the count of
    undecodable characters among them.

    `offset` is the visible page's top-left corner in the chars' coordinates;
    boxes are made relative to it and clamped to `width` x `height`. This runs
    for every glyph of every page: the runs `pdf_copies` needs are gathered inline.
    """
    dx, dy = offset
    copies = Copies(width)
    texts, lefts, places = copies.texts, copies.lefts, copies.places
    tolerances: dict[float, float] = {}
    glyphs: list[Glyph] = []
    undecodable = 0
    missing_at: dict[int, int] = {}  # undecodable characters of a glyph, by its place
    # the run being gathered: where it starts in `lefts`, and what its glyphs share
    start, run_left, run_tol, run_step = 0, 0.0, DEDUPE_TOLERANCE, 0.0
    run_top: float | None = None
    run_font, run_size, run_direction, run_flipped = "", 0.0, 0, False
    last_axes: object = _NO_AXES  # the glyphs of a string of upright text share theirs
    direction, flipped, slant = 0, False, None
    for text, x0, top, x1, bottom, axes, fontname, size in chars:
        if not text:
            continue
        if axes is not last_axes:
            last_axes = axes
            if axes and len(axes) >= 4 and not axes[1] and not axes[2] and axes[0] > 0 < axes[3]:
                direction, flipped, slant = 0, False, None  # upright: most glyphs
            else:
                direction, flipped = _orientation(axes)
                slant = _slant(axes)
        x0, x1, top, bottom = x0 - dx, x1 - dx, top - dy, bottom - dy
        if x1 - x0 < 0.01 or bottom - top < 0.01:  # a glyph without width: make it seen
            extent = max(x1 - x0, bottom - top, 2.0)
            x1 = max(x1, x0 + 0.5 * extent)
            bottom = max(bottom, top + extent)
        if x1 <= 0 or top >= height or x0 >= width or bottom <= 0:
            continue  # drawn outside the visible page
        box = (
            x0 if x0 > 0.0 else max(x0, 0.0),
            top if top > 0.0 else max(top, 0.0),
            x1 if x1 < width else min(x1, width),
            bottom if bottom < height else min(bottom, height),
        )
        space = text.isspace()
        if not space:
            if (
                top != run_top
                or not run_tol < x0 - run_left < run_step
                or fontname != run_font
                or size != run_size
                or direction != run_direction
                or flipped != run_flipped
            ):
                if run_top is not None:
                    copies.end_run(
                        start, run_top, run_tol, (run_font, run_size, run_direction, run_flipped)
                    )
                start = len(lefts)
                run_top, run_font, run_size = top, fontname, size
                run_direction, run_flipped = direction, flipped
                run_tol = tolerances.get(size) or tolerances.setdefault(size, tolerance(size))
                run_step = RUN_STEP * run_tol
            run_left = x0
            texts.append(text)
            lefts.append(x0)
            if len(text) == 1:
                if text in _LIGATURES:
                    text = _LIGATURES[text]
                elif text <= "\x1f" or "\x7f" <= text <= "\x9f":
                    places.append(-1)
                    continue  # a control character
            else:
                text, missing = _CID.subn("\ufffd", text)
                text = "".join(_LIGATURES.get(ch, ch) for ch in text)
                text = "".join(
                    ch for ch in text if unicodedata.category(ch) != "Cc" and ch != SOFT_HYPHEN
                )
                if not text:
                    places.append(-1)
                    continue
                if missing:
                    missing_at[len(glyphs)] = missing
                    undecodable += missing
            places.append(len(glyphs))
        glyphs.append(Glyph(text, box, direction, space, flipped, slant))
    if run_top is not None:
        copies.end_run(start, run_top, run_tol, (run_font, run_size, run_direction, run_flipped))
    if copies.copies:
        gone = copies.copies
        undecodable -= sum(missing_at.get(place, 0) for place in gone)
        glyphs = [glyph for place, glyph in enumerate(glyphs) if place not in gone]
    return glyphs, undecodable


def plain_letters(word: list[Glyph]) -> str:
    """The word's text when each of its glyphs gives exactly its own character, else "".

    So it is when every glyph is one character below the combining marks
    (U+0300) and none is a spacing accent or a soft hyphen: then
    `word_characters` would give the glyphs' texts and boxes unchanged.
    """
    letters = "".join([glyph.text for glyph in word])
    if (
        letters
        and len(letters) == len(word)
        and max(letters) < "\u0300"
        and _NOT_PLAIN.isdisjoint(letters)
    ):
        return letters
    return ""


def word_characters(word: list[Glyph]) -> Iterator[tuple[str, Box]]:
    """The characters a word's glyphs (in reading order) give, each with its box.

    Soft hyphens give none (`pdf_hyphens` decides what a hyphen ending a line means).
    """
    last: tuple[str, Box] | None = None
    for text, box, direction in _with_accents(word):
        if text == SOFT_HYPHEN:
            continue
        if len(text) == 1 and last is not None and unicodedata.combining(text):
            composed = unicodedata.normalize("NFC", _DOTLESS.get(last[0], last[0]) + text)
            if len(composed) == 1:
                last = (composed, _union(last[1], box))
                continue
        if last is not None:
            yield last
        if len(text) == 1:
            last = (text, box)
        else:
            *pieces, last = zip(text, _split_box(box, len(text), direction), strict=True)
            yield from pieces
    if last is not None:
        yield last


def _with_accents(word: list[Glyph]) -> list[tuple[str, Box, int]]:
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
            letter = items[j][0]
            composed = unicodedata.normalize("NFC", _DOTLESS.get(letter, letter) + mark)
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
