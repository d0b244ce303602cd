"""The automatic concept colours: far apart from each other and from a text selection."""

from __future__ import annotations

from itertools import combinations

import pytest

from annotator.core.palette import (
    MIN_DELTA_E,
    MIN_SELECTION_DELTA_E,
    PALETTE,
    SELECTION_COLORS,
    contrast_ratio,
    delta_e,
    next_color,
    oklab,
    rgb,
)


def test_no_two_of_the_first_twelve_colours_look_alike() -> None:
    colours = [rgb(c) for c in PALETTE[:12]]
    assert len(set(PALETTE)) == len(PALETTE) == 12
    closest = min(delta_e(a, b) for a, b in combinations(colours, 2))
    assert closest >= MIN_DELTA_E, closest


@pytest.mark.parametrize("selection", SELECTION_COLORS)
def test_no_colour_is_close_to_a_selection_colour(selection: str) -> None:
    for colour in PALETTE:
        assert delta_e(rgb(colour), rgb(selection)) >= MIN_SELECTION_DELTA_E, colour


def test_the_colour_arithmetic_matches_known_values() -> None:
    assert oklab((255, 255, 255)) == pytest.approx((1.0, 0.0, 0.0), abs=1e-4)
    assert contrast_ratio((0, 0, 0), (255, 255, 255)) == pytest.approx(21.0)
    assert contrast_ratio((118, 118, 118), (255, 255, 255)) == pytest.approx(4.54, abs=0.01)
    # a just-noticeable step versus two hues a user would never confuse
    assert delta_e((200, 200, 200), (202, 202, 202)) < 0.01
    assert delta_e(rgb("#ff0000"), rgb("#00ff00")) > 0.5


def test_new_concepts_take_unused_colours_first_then_the_least_used() -> None:
    assert next_color([]) == PALETTE[0]
    assert next_color([PALETTE[0].upper(), PALETTE[1]]) == PALETTE[2]
    assert next_color([*PALETTE, PALETTE[0], PALETTE[1]]) == PALETTE[2]
