"""Folding, and its inverse: the characters that fold to a given one."""

from __future__ import annotations

from annotator.core.textfold import _SELF_FOLDING, fold, variants


def bmp() -> str:
    return "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000)


def test_variants_list_every_character_of_the_bmp_that_folds_to_one() -> None:
    text = bmp()
    folded = fold(text)
    for char, into in zip(text, folded, strict=True):
        assert char in variants(into), (hex(ord(char)), into)


def test_variants_fold_to_their_character() -> None:
    for char in "eaicoœß1_-\u0301":
        assert {fold(v) for v in variants(char)} == {char}
    assert set("eEéÉèÈêÊëË") <= set(variants("e"))
    assert "K" in variants("k")  # the Kelvin sign


def test_the_range_skipped_when_listing_variants_folds_to_itself() -> None:
    skipped = "".join(map(chr, _SELF_FOLDING))
    assert fold(skipped) == skipped
