"""Do two coders agree? Krippendorff's unitized alpha, percentage agreement, Cohen's kappa.

The chance-corrected figure researchers report first is Krippendorff's αu
(see unitized_alpha): it compares where each coder's passages of a concept
begin and end, over the documents both coders worked on.

Percentage agreement and kappa are computed at character level, as MAXQDA
and QualCoder do for text: the units are the characters of the documents both
coders worked on (each has at least one passage there). For each concept,
every such character is coded or not coded by coder A, and by coder B:

    agreement  po = (both + neither) / total
    chance     pe = pA·pB + (1 − pA)·(1 − pB), pA = (both + only A) / total
    kappa      κ  = (po − pe) / (1 − pe)

κ is undefined (None) when pe = 1, i.e. both coders left the concept out
entirely (or both coded every character). The overall figures pool the four
counts of every concept into one table before computing po, pe and κ.

Because most characters of a text are coded by nobody, po is close to 100%
even for coders who never agree; `overlap` (both / coded by either) says how
much of the coded text they share.

Where the coders differ, the overlapping passages of each are gathered into
one disagreement, to be read side by side, with the concepts each coder gave
that stretch instead.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from annotator.core.analysis import intervals
from annotator.core.analysis.data import CodingData
from annotator.core.analysis.unitized_alpha import UnitizedAlpha, section, unitized_alpha
from annotator.core.model import Annotation


@dataclass(frozen=True)
class Agreement:
    """The 2×2 table of characters for one concept (or pooled) and its figures."""

    both: int
    only_a: int
    only_b: int
    neither: int

    @property
    def total(self) -> int:
        return self.both + self.only_a + self.only_b + self.neither

    @property
    def observed(self) -> float:
        """po: share of characters on which the coders agree."""
        return (self.both + self.neither) / self.total if self.total else 1.0

    @property
    def expected(self) -> float:
        """pe: agreement expected by chance from each coder's own rate."""
        if not self.total:
            return 1.0
        rate_a = (self.both + self.only_a) / self.total
        rate_b = (self.both + self.only_b) / self.total
        return rate_a * rate_b + (1 - rate_a) * (1 - rate_b)

    @property
    def overlap(self) -> float | None:
        """Share of the text coded by either coder that both coded; None if none was."""
        coded = self.both + self.only_a + self.only_b
        return self.both / coded if coded else None

    @property
    def kappa(self) -> float | None:
        expected = self.expected
        if expected >= 1.0:
            return None
        return (self.observed - expected) / (1 - expected)

    def __add__(self, other: Agreement) -> Agreement:
        return Agreement(self.both + other.both, self.only_a + other.only_a,
                         self.only_b + other.only_b, self.neither + other.neither)


@dataclass(frozen=True)
class Disagreement:
    """A stretch of one document where the coders used a concept differently."""

    document_id: int
    concept_id: int
    start: int
    end: int
    passages_a: tuple[Annotation, ...]  # coder A's passages with the concept here
    passages_b: tuple[Annotation, ...]
    only_a: int  # characters coded by A alone
    only_b: int
    instead_a: tuple[int, ...] = ()  # other concepts A gave to this stretch
    instead_b: tuple[int, ...] = ()


@dataclass(frozen=True)
class AgreementReport:
    coder_a: str
    coder_b: str
    document_ids: tuple[int, ...]  # documents both coded: the units' universe
    concepts: dict[int, Agreement]  # shown concept -> its table
    disagreements: tuple[Disagreement, ...]
    alphas: dict[int, UnitizedAlpha]  # shown concept -> its unitized alpha

    @property
    def overall_alpha(self) -> UnitizedAlpha:
        """Every concept's disagreements pooled (Krippendorff's αu over all concepts)."""
        total = UnitizedAlpha()
        for alpha in self.alphas.values():
            total = total + alpha
        return total

    @property
    def overall(self) -> Agreement:
        total = Agreement(0, 0, 0, 0)
        for agreement in self.concepts.values():
            total = total + agreement
        return total


def agreement(
    data: CodingData, coder_a: str, coder_b: str, *, include_children: bool = False
) -> AgreementReport:
    """Agreement of two coders on every shown concept."""
    coded: dict[str, set[int]] = {coder_a: set(), coder_b: set()}
    passages: dict[tuple[str, int, int], list[Annotation]] = defaultdict(list)
    everything: dict[tuple[str, int], list[Annotation]] = defaultdict(list)
    for annotation in data.annotations:
        if annotation.author not in coded:
            continue
        coded[annotation.author].add(annotation.document_id)
        everything[(annotation.author, annotation.document_id)].append(annotation)
        for concept_id in data.counted_concepts(annotation, include_children):
            passages[(annotation.author, annotation.document_id, concept_id)].append(annotation)
    documents = tuple(d for d in data.documents if d in coded[coder_a] and d in coded[coder_b])
    lookups = {key: _Overlapping(found) for key, found in everything.items()}
    tables: dict[int, Agreement] = {}
    alphas: dict[int, UnitizedAlpha] = {}
    disagreements: list[Disagreement] = []
    for concept_id in data.concept_ids:
        table = Agreement(0, 0, 0, 0)
        sections = []
        for document_id in documents:
            mine = passages.get((coder_a, document_id, concept_id), [])
            theirs = passages.get((coder_b, document_id, concept_id), [])
            length = data.documents[document_id].length
            table = table + _table(mine, theirs, length)
            sections.append(section(length, [[(a.start, a.end) for a in side]
                                             for side in (mine, theirs)]))
            disagreements += [
                replace(found,
                        instead_a=_instead(data, lookups[(coder_a, document_id)], found),
                        instead_b=_instead(data, lookups[(coder_b, document_id)], found))
                for found in _disagreements(document_id, concept_id, mine, theirs)]
        tables[concept_id] = table
        alphas[concept_id] = unitized_alpha(sections)
    disagreements.sort(key=lambda d: (d.document_id, d.start, d.concept_id))
    return AgreementReport(coder_a, coder_b, documents, tables, tuple(disagreements), alphas)


class _Overlapping:
    """One coder's passages in one document, found by the range they overlap."""

    def __init__(self, passages: list[Annotation]) -> None:
        self.passages = sorted(passages, key=lambda a: a.start)
        self.starts = [a.start for a in self.passages]
        self.longest = max((a.end - a.start for a in passages), default=0)

    def overlapping(self, start: int, end: int) -> Iterator[Annotation]:
        first = bisect_left(self.starts, start - self.longest)
        for passage in self.passages[first:bisect_left(self.starts, end)]:
            if passage.end > start:
                yield passage


def _instead(data: CodingData, lookup: _Overlapping, found: Disagreement) -> tuple[int, ...]:
    """Shown concepts other than the disputed one on passages overlapping the stretch."""
    concepts: set[int] = set()
    for passage in lookup.overlapping(found.start, found.end):
        concepts.update(passage.concept_ids)
    concepts.discard(found.concept_id)
    return tuple(c for c in data.concept_ids if c in concepts)


def _table(mine: Sequence[Annotation], theirs: Sequence[Annotation], length: int) -> Agreement:
    both, only_a, only_b = _overlap(mine, theirs)
    return Agreement(both, only_a, only_b, length - both - only_a - only_b)


def _overlap(mine: Sequence[Annotation], theirs: Sequence[Annotation]) -> tuple[int, int, int]:
    """Characters coded by both, by A only, by B only."""
    coded_a = intervals.union((a.start, a.end) for a in mine)
    coded_b = intervals.union((a.start, a.end) for a in theirs)
    both = intervals.length(intervals.intersection(coded_a, coded_b))
    return both, intervals.length(coded_a) - both, intervals.length(coded_b) - both


def _disagreements(
    document_id: int, concept_id: int, mine: list[Annotation], theirs: list[Annotation]
) -> list[Disagreement]:
    """Stretches of overlapping passages (of either coder) where coverage differs."""
    tagged = sorted([(a, True) for a in mine] + [(a, False) for a in theirs],
                    key=lambda item: (item[0].start, item[0].end))
    groups: list[list[tuple[Annotation, bool]]] = []
    end = -1
    for item in tagged:
        if groups and item[0].start < end:
            groups[-1].append(item)
            end = max(end, item[0].end)
        else:
            groups.append([item])
            end = item[0].end
    found = []
    for group in groups:
        side_a = tuple(a for a, is_a in group if is_a)
        side_b = tuple(a for a, is_a in group if not is_a)
        _, only_a, only_b = _overlap(side_a, side_b)
        if only_a or only_b:
            found.append(Disagreement(
                document_id, concept_id, min(a.start for a, _ in group),
                max(a.end for a, _ in group), side_a, side_b, only_a, only_b))
    return found
