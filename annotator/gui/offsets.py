"""Code-point offsets (core) <-> UTF-16 positions (Qt), converted in one place.

Python indexes a str by code points; Qt's QString by UTF-16 code units, where
every character outside the Basic Multilingual Plane (most emoji, some CJK
extensions, historic scripts) takes two units. Only those "astral" characters
shift the two counts apart, so a text without them maps by identity and a text
with them needs only the sorted positions of those characters.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class OffsetMap:
    """Converts offsets into one text between code points and UTF-16 units."""

    def __init__(self, text: str) -> None:
        self._length = len(text)
        # Code-point index of each astral character, and its UTF-16 position.
        self._astral = [match.start() for match in _ASTRAL.finditer(text)]
        self._astral_qt = [index + rank for rank, index in enumerate(self._astral)]

    @property
    def identity(self) -> bool:
        """True when both counts agree everywhere (no astral characters)."""
        return not self._astral

    @property
    def qt_length(self) -> int:
        return self._length + len(self._astral)

    def to_qt(self, offset: int) -> int:
        """The UTF-16 position of code-point offset `offset`."""
        if not self._astral:
            return offset
        return offset + bisect_left(self._astral, offset)

    def from_qt(self, position: int) -> int:
        """The code-point offset of UTF-16 position `position`.

        A position between the two halves of a surrogate pair (which Qt's own
        cursors never produce) maps to the start of that character.
        """
        if not self._astral:
            return position
        return position - bisect_left(self._astral_qt, position)
