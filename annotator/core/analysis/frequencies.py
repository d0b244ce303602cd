"""How often each concept was used: passages, documents, share of the text covered.

Coverage counts characters, not passages: overlapping passages of one concept
are counted once (the union of their ranges), so a concept never covers more
than 100% of a text.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Literal

from annotator.core.analysis import intervals
from annotator.core.analysis.data import CodingData, DocumentInfo

GroupBy = Literal["document", "kind", "site"]
GROUPINGS: tuple[GroupBy, ...] = ("document", "kind", "site")
KIND_LABELS = {"pdf": "PDF", "web": "Web", "text": "Text"}
NO_SITE_LABEL = "(no site)"


@dataclass(frozen=True)
class ConceptFrequency:
    concept_id: int
    path: str
    passages: int  # annotations counting for the concept
    documents: int  # documents holding at least one of them
    covered: int  # characters covered (union of the passages' ranges)
    coverage: float  # covered / characters of all the filtered documents


@dataclass(frozen=True)
class ConceptMatrix:
    """Concepts (rows) by columns of documents: passages and characters covered.

    A column is one document ("document:12"), one kind ("kind:pdf") or one
    site ("site:Le Carnet du CM"; "site:" for documents without a site).
    """

    concept_ids: tuple[int, ...]
    columns: tuple[str, ...]
    labels: dict[str, str]  # column -> title, kind or site
    counts: dict[tuple[int, str], int]  # (concept, column) -> passages
    covered: dict[tuple[int, str], int]  # (concept, column) -> characters
    lengths: dict[str, int]  # column -> characters of its documents

    def count(self, concept_id: int, column: str) -> int:
        return self.counts.get((concept_id, column), 0)

    def coverage(self, concept_id: int, column: str) -> float:
        """Share of the column's characters covered by the concept's passages."""
        length = self.lengths.get(column, 0)
        return self.covered.get((concept_id, column), 0) / length if length else 0.0


def column_of(document: DocumentInfo, by: GroupBy) -> str:
    return {"document": f"document:{document.id}", "kind": f"kind:{document.kind}",
            "site": f"site:{document.site}"}[by]


def concept_matrix(
    data: CodingData, *, by: GroupBy = "document", include_children: bool = False
) -> ConceptMatrix:
    """Concepts by documents, by kinds of document or by sites."""
    if by not in GROUPINGS:
        raise ValueError(f"unknown grouping {by!r}")
    column = {d.id: column_of(d, by) for d in data.documents.values()}
    labels: dict[str, str] = {}
    lengths: dict[str, int] = defaultdict(int)
    for document in data.documents.values():
        key = column[document.id]
        labels.setdefault(key, _label(document, by))
        lengths[key] += document.length
    ranges: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    counts: dict[tuple[int, str], int] = defaultdict(int)
    for annotation in data.annotations:
        for concept_id in data.counted_concepts(annotation, include_children):
            counts[(concept_id, column[annotation.document_id])] += 1
            ranges[(concept_id, annotation.document_id)].append((annotation.start, annotation.end))
    covered: dict[tuple[int, str], int] = defaultdict(int)
    for (concept_id, document_id), spans in ranges.items():
        covered[(concept_id, column[document_id])] += intervals.length(intervals.union(spans))
    columns = list(labels)
    if by != "document":
        columns.sort(key=lambda key: labels[key].casefold())
    return ConceptMatrix(
        concept_ids=data.concept_ids, columns=tuple(columns), labels=labels,
        counts=dict(counts), covered=dict(covered), lengths=dict(lengths),
    )


def _label(document: DocumentInfo, by: GroupBy) -> str:
    if by == "document":
        return document.title
    if by == "kind":
        return KIND_LABELS.get(document.kind, document.kind)
    return document.site or NO_SITE_LABEL


def concept_frequencies(
    data: CodingData, *, include_children: bool = False
) -> list[ConceptFrequency]:
    """One row per shown concept, in codebook order."""
    matrix = concept_matrix(data, include_children=include_children)
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
