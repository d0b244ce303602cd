"""Copies of glyphs (fake bold) found run by run drop exactly the glyphs a glyph-by-glyph
comparison with every earlier glyph drops."""

from __future__ import annotations

import random

import pytest

from annotator.core.importing.pdf_copies import tolerance
from annotator.core.importing.pdf_glyphs import PdfChar, page_glyphs

WIDTH, HEIGHT = 2000.0, 800.0  # every glyph below is on the page
UPRIGHT = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
TURNED = (0.0, 1.0, -1.0, 0.0, 0.0, 0.0)  # text running up the page


def _kept_by_brute_force(chars: list[PdfChar]) -> list[tuple[str, float, float]]:
    """Each glyph against every earlier kept glyph: the rule, written plainly."""
    kept: list[PdfChar] = []
    result = []
    for char in chars:
        if not char.text.isspace():
            tol = tolerance(char.size)
            if any(
                other.text == char.text
                and other.fontname == char.fontname
                and other.size == char.size
                and other.axes == char.axes
                and abs(other.top - char.top) <= tol
                and abs(other.x0 - char.x0) <= tol
                for other in kept
            ):
                continue
            kept.append(char)
        result.append((char.text, char.x0, char.top))
    return result


def _line(rng: random.Random, x: float, top: float, size: float, font: str,
          matrix: tuple[float, ...]) -> list[PdfChar]:
    chars = []
    for _ in range(rng.randint(1, 30)):
        text = rng.choice("aeilmnst il ")
        advance = size * rng.choice((0.22, 0.3, 0.5, 0.6))
        chars.append(PdfChar(text, x, top, x + advance, top + size, matrix, font, size))
        x += advance
    return chars


def _page(seed: int) -> list[PdfChar]:
    """Lines of a few fonts and sizes, some drawn again a little off (within or just
    beyond the tolerance), some glyph by glyph twice, in a shuffled order of lines, a
    few of them drawn from right to left or in no order."""
    rng = random.Random(seed)
    lines: list[list[PdfChar]] = []
    for _ in range(rng.randint(3, 25)):
        size = rng.choice((6.0, 10.0, 12.0, 24.0))
        font = rng.choice(("Regular", "Bold"))
        matrix = UPRIGHT if rng.random() < 0.8 else TURNED
        top = rng.choice((100.0, 100.5, 101.0, 300.0, rng.uniform(0, 700)))
        line = _line(rng, rng.uniform(0, 300), top, size, font, matrix)
        lines.append(line)
        tol = tolerance(size)
        if rng.random() < 0.5:  # fake bold: the whole line again, a little off
            dx = rng.choice((0.0, 0.3 * tol, tol, 1.01 * tol, -0.5 * tol))
            dy = rng.choice((0.0, tol, -0.99 * tol, 1.5 * tol))
            lines.append([c._replace(x0=c.x0 + dx, x1=c.x1 + dx, top=c.top + dy,
                                     bottom=c.bottom + dy) for c in line])
        if rng.random() < 0.2:  # each glyph drawn twice, one after the other
            lines.append([twin for c in line for twin in (c, c._replace(x0=c.x0 + 0.1))])
    rng.shuffle(lines)
    for line in lines:  # some drawn right to left, some in no order at all
        order = rng.random()
        if order < 0.1:
            line.reverse()
        elif order < 0.2:
            rng.shuffle(line)
    return [char for line in lines for char in line]


@pytest.mark.parametrize("seed", range(300))
def test_runs_drop_the_copies_a_glyph_by_glyph_check_drops(seed: int) -> None:
    chars = _page(seed)
    glyphs, _ = page_glyphs(chars, WIDTH, HEIGHT, (0.0, 0.0))
    assert [(g.text, g.box[0], g.box[1]) for g in glyphs] == _kept_by_brute_force(chars)


def test_the_pages_above_do_hold_copies() -> None:
    dropped = sum(
        len(chars) - len(_kept_by_brute_force(chars))
        for chars in map(_page, range(300))
    )
    assert dropped > 1000


def test_a_copy_of_an_undecodable_glyph_counts_once() -> None:
    first = PdfChar("(cid:7)", 100.0, 100.0, 106.0, 112.0, UPRIGHT, "F", 12.0)
    copy = first._replace(x0=100.5, x1=106.5)
    other = first._replace(text="x", x0=110.0, x1=116.0)
    glyphs, undecodable = page_glyphs([first, other, copy], WIDTH, HEIGHT, (0.0, 0.0))
    assert [g.text for g in glyphs] == ["\ufffd", "x"]
    assert undecodable == 1


def test_a_glyph_reaching_far_off_the_page_is_filed_within_it() -> None:
    """Its run would otherwise span a billion stretches of its row."""
    huge = PdfChar("W", -1e9, 100.0, 50.0, 112.0, UPRIGHT, "F", 12.0)
    chars = [huge, huge._replace(x0=-1e9 + 0.5), huge._replace(text="V")]
    glyphs, _ = page_glyphs(chars, WIDTH, HEIGHT, (0.0, 0.0))
    assert [g.text for g in glyphs] == ["W", "V"]
