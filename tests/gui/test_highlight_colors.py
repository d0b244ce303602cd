"""Highlights stay readable and never look like a selection: contrast measured on the
palette and on its overlaps, blended exactly as the viewers blend them."""

from __future__ import annotations

from itertools import combinations

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from annotator.core.palette import PALETTE, contrast_ratio, over
from annotator.gui.viewers.base import HIGHLIGHT_ALPHA, blended
from annotator.gui.viewers.pdf_paint import PAPER
from annotator.gui.viewers.text_highlighter import overlap_alpha

MIN_CONTRAST = 4.5


def channels(color: QColor) -> tuple[int, int, int]:
    return color.red(), color.green(), color.blue()


def backgrounds(qapp) -> list[tuple[tuple[int, int, int], tuple[int, int, int]]]:
    """(text, page) pairs: the text view's colours and PDF's black print on paper."""
    palette = QGuiApplication.palette()
    return [
        (
            channels(palette.color(QPalette.ColorRole.Text)),
            channels(palette.color(QPalette.ColorRole.Base)),
        ),
        ((0, 0, 0), channels(PAPER)),
    ]


def looks(colors: tuple[str, ...]) -> list[QColor]:
    """The tint of a stretch covered by `colors`: in the text view, then in the page view."""
    qcolors = tuple(QColor(c) for c in colors)
    return [blended(qcolors, overlap_alpha(len(colors))), blended(qcolors)]


@pytest.mark.parametrize("count", [1, 2, 3])
def test_text_keeps_a_4_5_contrast_on_every_colour_and_overlap(qapp, count: int) -> None:
    worst = (99.0, ())
    for colors in combinations(PALETTE, count):
        for tint in looks(colors):
            for text, page in backgrounds(qapp):
                shown = over(channels(tint), tint.alpha(), page)
                worst = min(worst, (contrast_ratio(text, shown), colors))
    assert worst[0] >= MIN_CONTRAST, worst


def test_a_single_highlight_is_lighter_than_an_overlap(qapp) -> None:
    assert overlap_alpha(1) == HIGHLIGHT_ALPHA < overlap_alpha(2) <= overlap_alpha(3)


def column_colors(image, x: int, top: int, bottom: int) -> set[str]:
    return {QColor(image.pixel(x, y)).name() for y in range(max(top, 0), bottom)}


def test_a_highlight_is_underlined_and_a_selection_is_not(qtbot) -> None:
    from annotator.gui.viewers.base import highlights_for, underline_color
    from annotator.gui.viewers.text_view import TextView
    from tests.gui.test_text_view import (
        CONCEPTS,
        YELLOW,
        annotation,
        passage_rect,
        structured,
        viewport_image,
    )

    view = TextView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    document = structured()
    view.show_document(document)
    text = document.text
    start = text.index("trust grows slowly")
    end = start + len("trust grows slowly")
    view.set_highlights(highlights_for([annotation(1, document, start, end, YELLOW)], CONCEPTS))
    chosen = text.index("Platforms rarely")
    view.select_range(chosen, chosen + len("Platforms rarely"))
    line = underline_color(blended((QColor(YELLOW.color),), overlap_alpha(1))).name()

    def under(first: int, last: int) -> set[str]:
        rect = passage_rect(view, text, first, last)
        return column_colors(
            viewport_image(view), rect.center().x(), rect.top(), rect.bottom() + rect.height() // 2
        )

    qtbot.waitUntil(lambda: line in under(start, end))
    assert line not in under(chosen, chosen + len("Platforms rarely"))
