"""The unit another tool counted selection positions in: code points or UTF-16 code units.

The standard counts characters (code points), as QualCoder, ATLAS.ti and MAXQDA
do; NVivo counts UTF-16 code units, so each emoji or other character beyond the
Basic Multilingual Plane shifts every later position by one. The exporting tool
gives the expected unit, and the text decides: the unit under which more
selections start and end on word boundaries (and match their names, when a tool
writes the quote there) is the one used.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from annotator.core.exporting.refi_common import UNITS, Units, Utf16Positions

UNIT_NAMES: dict[Units, str] = {
    "codepoints": "characters (code points)",
    "utf16": "UTF-16 code units",
}
_NAMED = 4  # a selection whose name is its quote: no doubt left
_INVALID = -4  # outside the text, empty, or inside a character's two units


def origin_units(origin: str) -> Units:
    """The unit a tool is known to count in, from a project's origin attribute."""
    return "utf16" if "nvivo" in origin.casefold() else "codepoints"


def converter(positions: Utf16Positions, units: Units) -> Callable[[int], int | None]:
    """Turns a position counted in `units` into a code-point position (None if impossible)."""
    return positions.from_utf16 if units == "utf16" else _same


def choose_units(
    text: str,
    positions: Utf16Positions,
    spans: Sequence[tuple[int, int, str]],
    expected: Units,
) -> tuple[Units, dict[Units, int]]:
    """The unit under which the (start, end, name) spans fit `text` best, and each one's score.

    A tie (no selections, or none telling the units apart) keeps `expected`.
    """
    scores = {
        units: sum(_fit(text, converter(positions, units), span) for span in spans)
        for units in UNITS
    }
    best = max(UNITS, key=lambda units: (scores[units], units == expected))
    return best, scores


def _fit(text: str, convert: Callable[[int], int | None], span: tuple[int, int, str]) -> int:
    start, end = convert(span[0]), convert(span[1])
    if start is None or end is None or not 0 <= start < end <= len(text):
        return _INVALID
    name = " ".join(span[2].split()).rstrip("…").rstrip()  # tools shorten long quotes
    score = _NAMED if name and " ".join(text[start:end].split()).startswith(name) else 0
    score += start == 0 or not (text[start - 1].isalnum() and text[start].isalnum())
    score += end == len(text) or not (text[end - 1].isalnum() and text[end].isalnum())
    return score


def _same(position: int) -> int:
    return position
