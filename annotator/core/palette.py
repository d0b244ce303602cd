"""Distinct, readable highlight colours for new concepts."""

from __future__ import annotations

from collections.abc import Iterable

# Light enough to read dark text through as a translucent highlight,
# distinct enough to tell apart side by side.
PALETTE = (
    "#f4d03f", "#5dade2", "#58d68d", "#f1948a", "#bb8fce", "#f5b041",
    "#48c9b0", "#ec7063", "#85c1e9", "#a9cce3", "#d7bde2", "#abebc6",
)


def next_color(used: Iterable[str]) -> str:
    """The first palette colour not in use, else the least used one."""
    counts = {color: 0 for color in PALETTE}
    for color in used:
        if color.lower() in counts:
            counts[color.lower()] += 1
    return min(PALETTE, key=lambda color: (counts[color], PALETTE.index(color)))
