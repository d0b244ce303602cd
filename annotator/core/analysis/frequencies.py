"""How often each concept was used: passages, documents, share of the text covered.

Coverage counts characters, not passages: overlapping passages of one concept
are counted once (the union of their ranges), so a concept never covers more
than 100% of a text.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from annotator.core.analysis import intervals
from annotator.core.analysis.data import CodingData


@dataclass(frozen=True)
class ConceptFrequency:
    concept_id: int
    path: str
    passages: int  # annotations counting for the concept
    documents: int  # documents holding at least one of them
    covered: int  # characters covered (union of the passages' ranges)
    coverage: float  # covered / characters of all the filtered documents


@dataclass(frozen=True)
class DocumentMatrix:
    """Concepts (rows) by documents (columns): passages and characters covered."""

    concept_ids: tuple[int, ...]
    document_ids: tuple[int, ...]
    counts: dict[tuple[int, int], int]  # (concept, document) -> passages
    covered: dict[tuple[int, int], int]  # (concept, document) -> characters
    lengths: dict[int, int]  # document -> characters

    def count(self, concept_id: int, document_id: int) -> int:
        return self.counts.get((concept_id, document_id), 0)

    def coverage(self, concept_id: int, document_id: int) -> float:
        length = self.lengths.get(document_id, 0)
        return self.covered.get((concept_id, document_id), 0) / length if length else 0.0


def concept_document_matrix(data: CodingData, *, include_children: bool = False) -> DocumentMatrix:
    ranges: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    counts: dict[tuple[int, int], int] = defaultdict(int)
    for annotation in data.annotations:
        for concept_id in data.counted_concepts(annotation, include_children):
            key = (concept_id, annotation.document_id)
            counts[key] += 1
            ranges[key].append((annotation.start, annotation.end))
    covered = {key: intervals.length(intervals.union(spans)) for key, spans in ranges.items()}
    return DocumentMatrix(
        concept_ids=data.concept_ids,
        document_ids=tuple(data.documents),
        counts=dict(counts),
        covered=covered,
        lengths={i: d.length for i, d in data.documents.items()},
    )


def concept_frequencies(
    data: CodingData, *, include_children: bool = False
) -> list[ConceptFrequency]:
    """One row per shown concept, in codebook order."""
    matrix = concept_document_matrix(data, include_children=include_children)
    total = data.total_length
    passages: dict[int, int] = defaultdict(int)
    documents: dict[int, int] = defaultdict(int)
    covered: dict[int, int] = defaultdict(int)
    for key, count in matrix.counts.items():
        concept_id = key[0]
        passages[concept_id] += count
        documents[concept_id] += 1
        covered[concept_id] += matrix.covered[key]
    return [
        ConceptFrequency(
            concept_id=c, path=data.paths[c], passages=passages[c], documents=documents[c],
            covered=covered[c], coverage=covered[c] / total if total else 0.0,
        )
        for c in data.concept_ids
    ]
