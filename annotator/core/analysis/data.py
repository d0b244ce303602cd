"""A read-only snapshot of a project's coding: what every analysis computes from.

Loading reads the project once; filtering and every figure then work on plain
Python objects, so the window can recompute off the GUI thread without
touching the project file.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from annotator.core.model import Annotation, Concept
from annotator.core.paragraphs import paragraph_starts
from annotator.core.project import Project


@dataclass(frozen=True)
class DocumentInfo:
    """What the analysis needs of a document: its size and what filters look at."""

    id: int
    title: str
    kind: str
    site: str
    date: str  # as the source gave it, ISO-like ("2025-05-20", "2026-10-01T09:00:00+00:00")
    length: int  # characters of canonical text


@dataclass(frozen=True)
class CodingData:
    """Documents, codebook and annotations; `concept_ids` are the concepts shown."""

    documents: dict[int, DocumentInfo]  # in the project's order (by title)
    concepts: dict[int, Concept]  # parents before children
    paths: dict[int, str]  # "Parent/Child"
    annotations: tuple[Annotation, ...]  # by document, then start
    concept_ids: tuple[int, ...]  # the concepts to report on, in codebook order
    paragraphs: dict[int, list[int]] = field(default_factory=dict)  # document -> starts

    def with_changes(self, **changes: Any) -> CodingData:
        return replace(self, **changes)

    @property
    def total_length(self) -> int:
        return sum(document.length for document in self.documents.values())

    @property
    def authors(self) -> list[str]:
        return sorted({a.author for a in self.annotations}, key=str.casefold)

    def ancestors(self, concept_id: int) -> list[int]:
        """The concept's parent, grandparent...; empty for a top-level concept."""
        found = []
        parent = self.concepts[concept_id].parent_id if concept_id in self.concepts else None
        while parent is not None and parent in self.concepts:
            found.append(parent)
            parent = self.concepts[parent].parent_id
        return found

    def related(self, first: int, second: int) -> bool:
        """True when one concept is the other's ancestor."""
        return first in self.ancestors(second) or second in self.ancestors(first)

    def counted_concepts(
        self, annotation: Annotation, include_children: bool
    ) -> frozenset[int]:
        """The shown concepts this passage counts for.

        With `include_children`, a passage tagged with a sub-concept also
        counts for its parent (once, however many sub-concepts it carries).
        """
        ids = set(annotation.concept_ids)
        if include_children:
            for concept_id in annotation.concept_ids:
                ids.update(self.ancestors(concept_id))
        return frozenset(ids.intersection(self.concept_ids))


def load(project: Project, *, paragraphs: bool = False) -> CodingData:
    """Read the project's documents, codebook and annotations once."""
    documents = {
        d.id: DocumentInfo(
            id=d.id, title=d.title, kind=d.kind,
            site=str(d.metadata.get("site") or ""), date=str(d.metadata.get("date") or ""),
            length=d.length,
        )
        for d in project.documents()
    }
    concepts = {c.id: c for c in project.concepts()}
    data = CodingData(
        documents=documents,
        concepts=concepts,
        paths=_paths(concepts.values()),
        annotations=tuple(project.annotations()),
        concept_ids=tuple(concepts),
    )
    if paragraphs:
        coded = {a.document_id for a in data.annotations}
        data = data.with_changes(paragraphs={
            document_id: paragraph_starts(project.document(document_id))
            for document_id in documents if document_id in coded
        })
    return data


def _paths(concepts: Iterable[Concept]) -> dict[int, str]:
    paths: dict[int, str] = {}
    for concept in concepts:  # parents come first
        parent = paths.get(concept.parent_id) if concept.parent_id is not None else None
        paths[concept.id] = f"{parent}/{concept.name}" if parent else concept.name
    return paths
