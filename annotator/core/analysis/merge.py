"""Merge another coder's copy of a project into this one.

- Documents are matched by their bytes (sha256); one missing here is copied
  with its original, text, pages and blocks.
- Concepts are matched by path ("Parent/Child", ignoring case); a missing one
  is created with the other copy's colour and description.
- Passages are added with their own author and memo, unless the same passage
  is already here: same document, start, end, author and set of concepts.
  Merging the same copy twice therefore adds nothing the second time.
- Document variables and sets come across by name (see merge_groups).

When a matched document's text differs (the copy was imported by another
version), each passage is found again by its quote and context; passages
that cannot be found are counted, not guessed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from annotator.core.analysis.merge_groups import GroupsReport, merge_groups
from annotator.core.anchoring import find_anchor
from annotator.core.errors import Cancelled, ProjectCause, ProjectError
from annotator.core.importing.base import CancelToken, ImportedDocument
from annotator.core.model import Annotation, Document
from annotator.core.project import Project

MEDIA_TYPES = {"pdf": "application/pdf", "web": "text/html", "text": "text/plain"}

Progress = Callable[[int, int], None]
Key = tuple[int, int, int, str, frozenset[int]]


@dataclass
class MergeReport:
    documents_added: int = 0
    documents_matched: int = 0
    concepts_added: int = 0
    annotations_added: int = 0
    annotations_already_here: int = 0
    unplaced: list[str] = field(default_factory=list)  # "document: quote…" not found again
    groups: GroupsReport = field(default_factory=GroupsReport)  # variables and sets

    def summary(self) -> str:
        text = (f"{self.documents_added} documents added, {self.documents_matched} already "
                f"here; {self.concepts_added} concepts added; {self.annotations_added} "
                f"passages added, {self.annotations_already_here} already here")
        if self.unplaced:
            text += f"; {len(self.unplaced)} passages could not be placed"
        return text


def merge_project(
    target: Project, other: Project, *, progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> MergeReport:
    """Add `other`'s documents, concepts, passages, variables and sets to `target`,
    in one transaction."""
    if target.path.resolve() == other.path.resolve():
        raise ProjectError.coded(str(other.path), ProjectCause.MERGE_INTO_ITSELF)
    report = MergeReport()
    documents = other.documents()
    with target.batch():
        concepts = _merge_concepts(target, other, report)
        existing = {_key(a) for a in target.annotations()}
        placed: dict[int, int] = {}  # the copy's document id -> this project's
        for done, summary in enumerate(documents):
            if cancel is not None and cancel.is_set():
                raise Cancelled("merge")
            source = other.document(summary.id)
            here = _document_here(target, other, source, report)
            placed[source.id] = here.id
            for annotation in other.annotations(document_id=source.id):
                _merge_annotation(target, here, source, annotation, concepts, existing, report)
            if progress:
                progress(done + 1, len(documents))
        titles = {summary.id: summary.title for summary in documents}
        report.groups = merge_groups(target, other, placed, titles)
    return report


def _merge_concepts(target: Project, other: Project, report: MergeReport) -> dict[int, int]:
    """{other's concept id: target's concept id}, creating what is missing."""
    mapping: dict[int, int] = {}
    for concept in other.concepts():  # parents come before children
        path = other.concept_path(concept.id)
        found = target.concept_by_path(path)
        if found is None:
            parent = mapping[concept.parent_id] if concept.parent_id is not None else None
            found = target.add_concept(concept.name, parent_id=parent, color=concept.color,
                                       description=concept.description)
            report.concepts_added += 1
        mapping[concept.id] = found.id
    return mapping


def _document_here(
    target: Project, other: Project, source: Document, report: MergeReport
) -> Document:
    imported = ImportedDocument(
        title=source.title, kind=source.kind, source=source.source, text=source.text,
        original=other.original_bytes(source.id), media_type=MEDIA_TYPES[source.kind],
        metadata=source.metadata, spans=source.spans,
    )
    existing = target.find_duplicate(imported)
    if existing is not None:
        report.documents_matched += 1
        return existing
    report.documents_added += 1
    imported = replace(imported, pages=tuple(other.pages(source.id)))
    return target.add_document(imported).document


def _merge_annotation(
    target: Project, here: Document, source: Document, annotation: Annotation,
    concepts: dict[int, int], existing: set[Key], report: MergeReport,
) -> None:
    if here.text == source.text:
        place: tuple[int, int] | None = (annotation.start, annotation.end)
    else:
        place = find_anchor(here.text, annotation.anchor)
    if place is None or place[0] >= place[1]:
        report.unplaced.append(f"{source.title}: {annotation.quote[:40]}…")
        return
    concept_ids = frozenset(concepts[c] for c in annotation.concept_ids)
    author = annotation.author or target.author
    key = (here.id, place[0], place[1], author, concept_ids)
    if key in existing:
        report.annotations_already_here += 1
        return
    target.annotate(here.id, place[0], place[1], sorted(concept_ids), memo=annotation.memo,
                    author=author)
    existing.add(key)
    report.annotations_added += 1


def _key(annotation: Annotation) -> Key:
    return (annotation.document_id, annotation.start, annotation.end, annotation.author,
            frozenset(annotation.concept_ids))
