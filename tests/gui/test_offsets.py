"""OffsetMap: code points <-> UTF-16 positions, checked against Qt's own count."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument

from annotator.gui.offsets import OffsetMap

TEXTS = {
    "ascii": "Plain text, nothing special.",
    "emoji": "I 😀 this, and 😀😀 that.",
    "family": "Family: 👩‍👩‍👧 at home.",  # a ZWJ sequence of three astral characters
    "flags": "Flags 🇫🇷🇯🇵 side by side.",  # regional indicators, two each
    "combining": "Cafe\u0301 and re\u0301sume\u0301.",  # e + U+0301, all in the BMP
    "cjk": "漢字かな交じり文 and 𠮷野家 (U+20BB7 is astral).",
    "edges": "😀start and end😀",
}


def utf16_position(text: str, offset: int) -> int:
    return len(text[:offset].encode("utf-16-le")) // 2


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_round_trip_agrees_with_utf16(name: str) -> None:
    text = TEXTS[name]
    offsets = OffsetMap(text)
    assert offsets.qt_length == utf16_position(text, len(text))
    for offset in range(len(text) + 1):
        position = offsets.to_qt(offset)
        assert position == utf16_position(text, offset)
        assert offsets.from_qt(position) == offset


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_agrees_with_qt_document(name: str) -> None:
    """The quote Qt shows between two converted positions is the Python slice."""
    text = TEXTS[name]
    offsets = OffsetMap(text)
    document = QTextDocument()
    document.setPlainText(text)
    plain = document.toPlainText()
    assert len(plain) == len(text)  # PySide hands QString back as str
    assert document.characterCount() - 1 == offsets.qt_length
    for start in range(len(text)):
        end = min(len(text), start + 4)
        a, b = offsets.to_qt(start), offsets.to_qt(end)
        # characterAt counts in UTF-16; rebuild the slice from Qt's units
        units = "".join(document.characterAt(i) for i in range(a, b))
        assert units.encode("utf-16-le", "surrogatepass").decode("utf-16-le") == text[start:end]


def test_identity_without_astral_characters() -> None:
    offsets = OffsetMap(TEXTS["combining"] + TEXTS["cjk"].split("𠮷")[0])
    assert offsets.identity
    assert offsets.to_qt(7) == 7 and offsets.from_qt(7) == 7


def test_middle_of_surrogate_pair_maps_to_the_character() -> None:
    offsets = OffsetMap("a😀b")
    assert offsets.to_qt(1) == 1 and offsets.to_qt(2) == 3
    assert offsets.from_qt(2) == 1  # between the two halves of 😀


def test_large_text_is_fast_enough() -> None:
    text = ("Lorem ipsum dolor sit amet 😀 consectetur. " * 12_000)[:500_000]
    offsets = OffsetMap(text)
    last = len(text)
    assert offsets.from_qt(offsets.to_qt(last)) == last
    assert offsets.to_qt(last) == utf16_position(text, last)
