"""Krippendorff's unitized alpha (αu): do coders agree on where passages begin and end?

Krippendorff, "On the reliability of unitizing continuous data" (Sociological
Methodology 25, 1995) and Content Analysis, 2nd ed. (2004), section 12.4. For
one concept, each coder cuts the text into sections: the stretches coded with
the concept ("units") and the gaps between them. For two sections of two
coders that overlap, the squared distance δ² is

    two units:                     (start₁ − start₂)² + (end₁ − end₂)²
    a unit lying within a gap:     (length of the unit)²
    otherwise:                     0

    observed  uDo = 2 · Σ δ² over pairs of coders / (m (m − 1) L²)
    expected  uDe = (2 / L) · Σ_units [(N − 1)(2l³ − 3l² + l) / 3
                                       + l² · Σ_gaps of length ≥ l (g − l + 1)]
                    / (m L (m L − 1) − Σ_units l (l − 1))
    αu = 1 − uDo / uDe

with m coders, L characters, N units of the concept (all coders together), l a
unit's length, g a gap's length. uDe is the disagreement expected if each
coder's units were placed anywhere their gaps allow. Unlike kappa on
characters, αu weighs a passage that is missed entirely by its squared length
and one that is only cut a little differently by the squared shift of its ends.

Several documents form one continuum of their summed lengths, whose gaps stop
at each document's end (a passage cannot run from one document into the
next). Over several concepts, αu = 1 − Σ uDo / Σ uDe, as Krippendorff pools them.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from itertools import accumulate, combinations

from annotator.core.analysis.intervals import Ranges


@dataclass(frozen=True)
class UnitizedAlpha:
    """Observed and expected disagreement of one concept (or pooled) and their αu."""

    observed: float = 0.0
    expected: float = 0.0

    @property
    def alpha(self) -> float | None:
        """αu, or None when nobody coded anything (no disagreement could be expected)."""
        if self.expected <= 0.0:
            return None
        return 1.0 - self.observed / self.expected

    def __add__(self, other: UnitizedAlpha) -> UnitizedAlpha:
        return UnitizedAlpha(self.observed + other.observed, self.expected + other.expected)


@dataclass(frozen=True)
class Section:
    """One document as the coders cut it for one concept."""

    length: int
    coded: tuple[Ranges, ...]  # per coder: sorted, disjoint [start, end) ranges


def section(length: int, coded: Sequence[Sequence[tuple[int, int]]]) -> Section:
    """A document of `length` characters with each coder's ranges.

    A coder's overlapping passages become one unit (the measure needs each
    coder's units apart); passages that merely touch stay separate units.
    """
    return Section(length, tuple(_units(ranges, length) for ranges in coded))


def _units(ranges: Sequence[tuple[int, int]], length: int) -> Ranges:
    merged: Ranges = []
    for start, end in sorted((max(0, s), min(length, e)) for s, e in ranges):
        if end <= start:
            continue
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def unitized_alpha(sections: Sequence[Section]) -> UnitizedAlpha:
    """uDo and uDe of one concept over documents all coded by the same m ≥ 2 coders."""
    total = sum(s.length for s in sections)
    coders = len(sections[0].coded) if sections else 0
    if total == 0 or coders < 2:
        return UnitizedAlpha()
    squared = sum(
        _pair_distance(s.length, s.coded[i], s.coded[j])
        for s in sections
        for i, j in combinations(range(coders), 2)
    )
    observed = Fraction(2 * squared, coders * (coders - 1) * total * total)
    return UnitizedAlpha(float(observed), float(_expected(sections, coders, total)))


def _segments(length: int, units: Ranges) -> list[tuple[int, int, bool]]:
    """The whole document as (start, end, is_unit) sections, gaps included."""
    out: list[tuple[int, int, bool]] = []
    position = 0
    for start, end in units:
        if start > position:
            out.append((position, start, False))
        out.append((start, end, True))
        position = end
    if position < length:
        out.append((position, length, False))
    return out


def _pair_distance(length: int, first: Ranges, second: Ranges) -> int:
    """Σ δ² over every pair of overlapping sections of two coders in one document."""
    a, b = _segments(length, first), _segments(length, second)
    total = i = j = 0
    while i < len(a) and j < len(b):
        total += _distance(a[i], b[j])
        end_a, end_b = a[i][1], b[j][1]
        i += end_a <= end_b
        j += end_b <= end_a
    return total


def _distance(one: tuple[int, int, bool], other: tuple[int, int, bool]) -> int:
    """δ² of two overlapping sections (Krippendorff 2004, p. 253)."""
    start1, end1, unit1 = one
    start2, end2, unit2 = other
    if unit1 and unit2:
        return (start1 - start2) ** 2 + (end1 - end2) ** 2
    if unit1 and start2 <= start1 and end1 <= end2:
        return (end1 - start1) ** 2
    if unit2 and start1 <= start2 and end2 <= end1:
        return (end2 - start2) ** 2
    return 0


def _expected(sections: Sequence[Section], coders: int, total: int) -> Fraction:
    units: list[int] = []
    gaps: list[int] = []
    for found in sections:
        for ranges in found.coded:
            for start, end, is_unit in _segments(found.length, ranges):
                (units if is_unit else gaps).append(end - start)
    if not units:
        return Fraction(0)
    gaps.sort()
    # Σ over gaps g ≥ l of (g − l + 1) = (Σ g) − (count)(l − 1), from suffix sums
    suffix = list(accumulate(reversed(gaps)))[::-1] + [0]
    count = len(units)
    thrice = 0  # three times the sum in the numerator, kept in integers
    for length in units:
        first = bisect_left(gaps, length)
        fitting = suffix[first] - (len(gaps) - first) * (length - 1)
        thrice += (count - 1) * (2 * length**3 - 3 * length**2 + length)
        thrice += 3 * length * length * fitting
    denominator = coders * total * (coders * total - 1) - sum(u * (u - 1) for u in units)
    return Fraction(2 * thrice, 3 * total * denominator)
