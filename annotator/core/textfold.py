"""Case- and accent-folding that keeps string length, so offsets survive folding.

`fold("Communauté")` is `"communaute"`: each character maps to exactly one
character, so an index into the folded text is an index into the original.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from itertools import chain


def _fold_one(char: str) -> str:
    base = unicodedata.normalize("NFD", char)[0]
    lowered = base.lower()
    if len(lowered) != 1:
        lowered = base
    if unicodedata.combining(lowered) and lowered != char:
        return char
    return lowered


_fold_char = lru_cache(maxsize=8192)(_fold_one)


_ASCII_TABLE = {ord(c): c.lower() for c in map(chr, range(65, 91))}


def fold(text: str) -> str:
    """Lower-case and strip accents, one output character per input character."""
    if text.isascii():
        return text.lower()
    table = dict(_ASCII_TABLE)
    for char in set(text):
        if not char.isascii():
            table[ord(char)] = _fold_char(char)
    return text.translate(table)


# No character here has a canonical decomposition or a case (CJK ideographs, Yi):
# each folds to itself, so looking for variants can skip them.
_SELF_FOLDING = range(0x3400, 0xA4D0)


@lru_cache(maxsize=1)
def _folding_to() -> dict[str, str]:
    """{folded: the other characters of the Basic Multilingual Plane that fold to it}."""
    table: dict[str, list[str]] = {}
    codes = chain(range(0x80, _SELF_FOLDING.start), range(_SELF_FOLDING.stop, 0xD800),
                  range(0xE000, 0x10000))
    for char in map(chr, codes):
        if char.lower() == char and unicodedata.is_normalized("NFD", char):
            continue  # no case, nothing to strip: folds to itself
        folded = _fold_one(char)
        if folded != char:
            table.setdefault(folded, []).append(char)
    return {folded: "".join(chars) for folded, chars in table.items()}


@lru_cache(maxsize=1024)
def variants(folded: str) -> str:
    """Every character `fold` turns into the character `folded` ("e": "eEÈÉÊË…").

    Searching the original text for these finds what searching the folded text
    for `folded` would, without folding the whole text first. Complete for the
    characters of the Basic Multilingual Plane; of those beyond it (historic
    scripts, symbols), only `folded` and its capital are listed.
    """
    found = [c for c in (folded, folded.upper()) if len(c) == 1 and fold(c) == folded]
    found += _folding_to().get(folded, "")
    return "".join(dict.fromkeys(found))
