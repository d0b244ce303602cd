"""Case- and accent-folding that keeps string length, so offsets survive folding.

`fold("Communauté")` is `"communaute"`: each character maps to exactly one
character, so an index into the folded text is an index into the original.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    base = unicodedata.normalize("NFD", char)[0]
    lowered = base.lower()
    if len(lowered) != 1:
        lowered = base
    if unicodedata.combining(lowered) and lowered != char:
        return char
    return lowered


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
