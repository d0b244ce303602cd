"""Anchors: built from offsets, found again after the text changed."""

from __future__ import annotations

from annotator.core.anchoring import find_anchor, find_quote, make_anchor, trim_whitespace

TEXT = "Animer une communauté demande du temps. Une communauté se cultive, jour après jour."


def test_anchor_has_quote_and_context() -> None:
    start = TEXT.index("se cultive")
    anchor = make_anchor(TEXT, start, start + len("se cultive"), context=10)
    assert anchor.quote == "se cultive"
    assert anchor.prefix == "ommunauté "
    assert anchor.suffix == ", jour apr"


def test_unchanged_text_keeps_offsets() -> None:
    anchor = make_anchor(TEXT, 11, 21)
    assert find_anchor(TEXT, anchor) == (11, 21)


def test_inserted_text_shifts_the_passage() -> None:
    start = TEXT.index("se cultive")
    anchor = make_anchor(TEXT, start, start + 10)
    changed = "Avant-propos ajouté. " + TEXT
    found = find_anchor(changed, anchor)
    assert found is not None and changed[found[0] : found[1]] == "se cultive"


def test_repeated_quote_is_disambiguated_by_context() -> None:
    second = TEXT.index("communauté", 20)
    anchor = make_anchor(TEXT, second, second + len("communauté"))
    changed = "Intro. " + TEXT
    assert find_anchor(changed, anchor) == (second + 7, second + 7 + len("communauté"))


def test_whitespace_and_hyphenation_differences_are_tolerated() -> None:
    pdf_like = "Une commu-\nnauté   se\ncultive jour après jour."
    found = find_quote(pdf_like, "Une communauté se cultive")
    assert found is not None and found[0] == 0 and pdf_like[found[1] - 7 : found[1]] == "cultive"


def test_edited_quote_is_found_approximately() -> None:
    anchor = make_anchor(TEXT, 0, TEXT.index("."))
    changed = TEXT.replace("demande du temps", "demande beaucoup de temps")
    found = find_anchor(changed, anchor)
    assert found is not None and changed[found[0] : found[1]].startswith("Animer une")


def test_vanished_passage_is_reported_missing() -> None:
    anchor = make_anchor(TEXT, 0, 21)
    assert find_anchor("Rien à voir avec le texte d'origine, vraiment.", anchor) is None


def test_trim_whitespace() -> None:
    assert trim_whitespace("  abc  ", 0, 7) == (2, 5)
    assert trim_whitespace("   ", 0, 3)[0] == trim_whitespace("   ", 0, 3)[1]
