"""The automatic concept colours: far apart from each other and from a text selection."""

from __future__ import annotations

import json
from collections import Counter
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
from annotator.core.paths import resources_dir
from annotator.core.project import Project


def test_no_two_of_the_twenty_colours_look_alike() -> None:
    colours = [rgb(c) for c in PALETTE]
    assert len(set(PALETTE)) == len(PALETTE) == 20
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


def test_a_new_concept_of_a_full_codebook_takes_a_colour_nobody_has(project: Project) -> None:
    # the demo's case: thirteen concepts, two of them sharing a colour
    for number, colour in enumerate([*PALETTE[:12], PALETTE[4]]):
        project.add_concept(f"Concept {number}", color=colour)
    confiance = project.add_concept("Confiance")
    assert confiance.color == PALETTE[12]
    assert Counter(c.color for c in project.concepts())[confiance.color] == 1


def test_a_new_concept_takes_the_least_used_colour_the_earliest_on_a_tie(
    project: Project,
) -> None:
    for number, colour in enumerate([*PALETTE, PALETTE[0], PALETTE[3], PALETTE[3]]):
        project.add_concept(f"Concept {number}", color=colour.upper())
    assert project.add_concept("Once more").color == PALETTE[1]
    assert project.add_concept("And again").color == PALETTE[2]
    taken = next(c for c in project.concepts() if c.color.lower() == PALETTE[5])
    project.delete_concept(taken.id)
    assert project.add_concept("Freed").color == PALETTE[5]


def test_the_demo_codebook_gives_every_concept_a_colour_of_its_own() -> None:
    colours: list[str] = []

    def walk(nodes: list[dict]) -> None:
        for node in nodes:
            colours.append(node["color"])
            walk(node.get("children", []))

    walk(json.loads((resources_dir() / "demo" / "codebook.json").read_text(encoding="utf-8")))
    assert len(colours) == len(set(colours)) and set(colours) <= set(PALETTE)
