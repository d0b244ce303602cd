"""Which concepts go together: pairs of passages that share, touch or neighbour text.

Two passages are near when they are the same highlight (one passage tagged
with both concepts), or, by mode:

- "overlap": they share at least one character;
- "within": at most N characters separate them (overlaps included);
- "paragraph": they lie, even partly, in the same paragraph (see paragraphs.py).

Concepts A and B co-occur once for every pair of near passages where one
carries A and the other B. A cell's figure is the number of such passage
pairs, and the pairs themselves are kept so they can be read. With sub-concepts
included, a concept and its own parent are not counted as co-occurring.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from annotator.core.analysis.data import CodingData
from annotator.core.model import Annotation
from annotator.core.paragraphs import paragraph_index

Mode = Literal["overlap", "within", "paragraph"]
MODES: tuple[Mode, ...] = ("overlap", "within", "paragraph")


@dataclass(frozen=True)
class PassagePair:
    """Two near passages; `first` carries the row concept, `second` the column one."""

    document_id: int
    first: Annotation
    second: Annotation

    @property
    def same_passage(self) -> bool:
        return self.first.id == self.second.id


@dataclass(frozen=True)
class CooccurrenceMatrix:
    """Counts, and the pairs behind them.

    A pair of passage ids is kept as one integer (`_pack`): a million pairs
    then cost the garbage collector nothing, which keeps the window smooth.
    """

    concept_ids: tuple[int, ...]
    # keyed (a, b) with a < b: {packed (lower id, higher id): packed (id with a, id with b)}
    _pairs: dict[tuple[int, int], dict[int, int]]
    _passages: dict[int, Annotation]
    _counts: dict[tuple[int, int], int] | None = None  # set when the pairs were left out

    def count(self, first: int, second: int) -> int:
        if self._counts is not None:
            return self._counts.get(_key(first, second), 0)
        return len(self._pairs.get(_key(first, second), ()))

    def counts_only(self) -> CooccurrenceMatrix:
        """The same counts without the pairs and passages (`pairs` then finds none).

        What a worker process sends back: a few kilobytes where the pairs and
        their passages would weigh as much as the whole snapshot.
        """
        counts = {key: len(pairs) for key, pairs in self._pairs.items()}
        return CooccurrenceMatrix(self.concept_ids, {}, {}, counts)

    def pairs(self, first: int, second: int) -> list[PassagePair]:
        """The passage pairs behind a cell, in reading order; `first` carries `first`."""
        found = []
        for packed in self._pairs.get(_key(first, second), {}).values():
            p, q = (self._passages[i] for i in _unpack(packed))
            if first > second:
                p, q = q, p
            found.append(PassagePair(p.document_id, p, q))
        return sorted(found, key=lambda pair: (pair.document_id,
                                               min(pair.first.start, pair.second.start)))


def cooccurrence(
    data: CodingData, *, mode: Mode = "overlap", within: int = 0,
    include_children: bool = False,
) -> CooccurrenceMatrix:
    """Co-occurrence of the shown concepts over the snapshot's passages."""
    if mode not in MODES:
        raise ValueError(f"unknown co-occurrence mode {mode!r}")
    if mode == "within" and within < 0:
        raise ValueError("the distance must be zero or more characters")
    by_document: dict[int, list[Annotation]] = defaultdict(list)
    concepts: dict[int, frozenset[int]] = {}
    for annotation in data.annotations:
        counted = data.counted_concepts(annotation, include_children)
        if counted:
            by_document[annotation.document_id].append(annotation)
            concepts[annotation.id] = counted
    cells: dict[tuple[int, int], dict[int, int]] = defaultdict(dict)
    related = {(a, b) for a in data.concept_ids for b in data.concept_ids
               if include_children and data.related(a, b)}
    for document_id, passages in by_document.items():
        if mode == "paragraph":
            near = _same_paragraph(passages, data.paragraphs.get(document_id, [0]))
        else:
            near = _close(passages, within if mode == "within" else -1)
        for p, q in _with_self_pairs(passages, near):
            forward, backward = _pack(p.id, q.id), _pack(q.id, p.id)
            canonical = min(forward, backward)
            for a in concepts[p.id]:
                for b in concepts[q.id]:
                    if a == b or (a, b) in related:
                        continue
                    if a < b:
                        cells[(a, b)].setdefault(canonical, forward)
                    else:
                        cells[(b, a)].setdefault(canonical, backward)
    passages_by_id = {a.id: a for found in by_document.values() for a in found}
    return CooccurrenceMatrix(data.concept_ids, dict(cells), passages_by_id)


def _key(first: int, second: int) -> tuple[int, int]:
    return (first, second) if first <= second else (second, first)


def _pack(first_id: int, second_id: int) -> int:
    return first_id << 32 | second_id


def _unpack(packed: int) -> tuple[int, int]:
    return packed >> 32, packed & 0xFFFFFFFF


def _with_self_pairs(
    passages: Sequence[Annotation], near: Iterator[tuple[Annotation, Annotation]]
) -> Iterator[tuple[Annotation, Annotation]]:
    for passage in passages:
        yield passage, passage
    yield from near


def _close(
    passages: Sequence[Annotation], gap: int
) -> Iterator[tuple[Annotation, Annotation]]:
    """Pairs whose gap is at most `gap` characters (-1: sharing a character)."""
    ordered = sorted(passages, key=lambda a: (a.start, a.end, a.id))
    for i, p in enumerate(ordered):
        for q in ordered[i + 1:]:
            if q.start - p.end > gap:
                break
            yield p, q


def _same_paragraph(
    passages: Sequence[Annotation], starts: Sequence[int]
) -> Iterator[tuple[Annotation, Annotation]]:
    members: dict[int, list[Annotation]] = defaultdict(list)
    for passage in passages:
        first = paragraph_index(starts, passage.start)
        last = paragraph_index(starts, max(passage.start, passage.end - 1))
        for index in range(first, last + 1):
            members[index].append(passage)
    seen: set[tuple[int, int]] = set()
    for group in members.values():
        for i, p in enumerate(group):
            for q in group[i + 1:]:
                pair = (min(p.id, q.id), max(p.id, q.id))
                if pair not in seen:
                    seen.add(pair)
                    yield p, q
