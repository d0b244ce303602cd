"""Distinct, readable highlight colours for new concepts, and the colour arithmetic
that checks them (OKLab distances, WCAG contrast).

The palette was laid out in OKLab, a space where equal distances look equally
different: every colour is light enough to read dark text through as a
translucent highlight (alone or overlapping others), no two of them are closer
than MIN_DELTA_E, and none is near the blues desktops use for a text selection
(a blue highlight looked like a selection).

The first twelve are the farthest apart; the next eight were added one at a time, each
the colour farthest from all those before it that keeps these rules, so that a codebook
of up to twenty concepts needs no colour twice (twelve were too few for the demo's
thirteen concepts, and a thirteenth concept took the colour of another).
"""

from __future__ import annotations

import math
from collections.abc import Iterable

PALETTE = (
    "#efd956",
    "#6cc581",
    "#f7857d",
    "#bb99e3",
    "#fab36d",
    "#67e2da",
    "#f89dc9",
    "#cff58a",
    "#8c89cd",
    "#eec7b6",
    "#c49f4d",
    "#bdf7dc",
    "#69a5a3",
    "#d96fab",
    "#ffc7ff",
    "#b5d399",
    "#bb8b83",
    "#8ba729",
    "#03c7c3",
    "#b7bf3d",
)

# OKLab distance (a just-noticeable difference is about 0.02).
MIN_DELTA_E = 0.07
MIN_SELECTION_DELTA_E = 0.09

# Selection colours of the common platforms and themes: Qt's Fusion, Windows,
# macOS (the light selection behind text), GNOME, KDE Breeze.
SELECTION_COLORS = ("#308cc6", "#0078d7", "#b3d7ff", "#3584e4", "#3daee9")

RGB = tuple[int, int, int]


def next_color(used: Iterable[str]) -> str:
    """The least used palette colour (an unused one first), the earlier one on a tie."""
    counts = {color: 0 for color in PALETTE}
    for color in used:
        if color.lower() in counts:
            counts[color.lower()] += 1
    return min(PALETTE, key=lambda color: (counts[color], PALETTE.index(color)))


def rgb(color: str) -> RGB:
    """'#rrggbb' as three 0-255 channels."""
    value = color.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _linear(channel: float) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def oklab(color: RGB) -> tuple[float, float, float]:
    """OKLab coordinates (Björn Ottosson, 2020) of an sRGB colour."""
    r, g, b = (_linear(c) for c in color)
    lms = (
        0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b,
        0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b,
        0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b,
    )
    l_, m_, s_ = (math.copysign(abs(x) ** (1 / 3), x) for x in lms)
    return (
        0.2104542553 * l_ + 0.7936285386 * m_ - 0.0040720468 * s_,
        1.9779984951 * l_ - 2.4285922050 * m_ + 0.4505937099 * s_,
        0.0259040371 * l_ + 0.7827717662 * m_ - 0.8086757660 * s_,
    )


def delta_e(first: RGB, second: RGB) -> float:
    """Perceived difference of two colours: their distance in OKLab."""
    return math.dist(oklab(first), oklab(second))


def relative_luminance(color: RGB) -> float:
    """WCAG 2 relative luminance."""
    r, g, b = (_linear(c) for c in color)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: RGB, second: RGB) -> float:
    """WCAG 2 contrast ratio, from 1 to 21 (4.5 is the minimum for body text)."""
    high, low = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def over(color: RGB, alpha: int, background: RGB) -> RGB:
    """`color` drawn with `alpha` (0-255) over an opaque `background`, as a painter does."""
    red, green, blue = (
        round((c * alpha + b * (255 - alpha)) / 255) for c, b in zip(color, background, strict=True)
    )
    return red, green, blue
