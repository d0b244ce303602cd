"""What to export: a selection of documents and concepts, and the annotations and rows it yields."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from annotator.core.errors import EditCause, ProjectError
from annotator.core.exporting.codebook import Codebook
from annotator.core.exporting.origin import source_label, web_address
from annotator.core.model import Annotation, Concept, Page

if TYPE_CHECKING:
    from annotator.core.project import DocumentSummary, Project

# progress(done, total) in annotations; it may raise Cancelled to stop an export.
Progress = Callable[[int, int], None]
PROGRESS_EVERY = 1000


@dataclass(frozen=True)
class ExportSelection:
    """Which documents and concepts to export; None means all of them.

    A concept brings its sub-concepts along. When concepts are chosen, only
    annotations carrying one of them are exported, and only those concepts
    are listed on each; untagged annotations are exported only when no
    concepts are chosen.
    """

    document_ids: Collection[int] | None = None
    concept_ids: Collection[int] | None = None


@dataclass(frozen=True)
class SelectedAnnotation:
    """One annotation to export, with its document and its selected concepts."""

    document: DocumentSummary
    annotation: Annotation
    concepts: tuple[Concept, ...]  # in the annotation's order, only the selected ones
    page: int | None  # the PDF page where the passage starts; None for other kinds


class ExportRow(NamedTuple):
    """One annotation–concept pair (or an annotation without concepts), flat."""

    annotation_id: int
    document_title: str
    source: str  # the file's name or the web address: never a local path
    url: str  # the document's web address, if known
    kind: str
    page: int | None
    start: int
    end: int
    quote: str
    concept: str
    concept_path: str
    memo: str
    author: str
    created: str
    updated: str
    concept_id: int | None
    document_id: int


def selected_documents(
    project: Project, selection: ExportSelection | None = None
) -> list[DocumentSummary]:
    """The selected documents, in the project's order (by title)."""
    documents = project.documents()
    if selection is None or selection.document_ids is None:
        return documents
    wanted = set(selection.document_ids)
    missing = wanted - {document.id for document in documents}
    if missing:
        raise ProjectError.coded("", EditCause.NO_DOCUMENT, id=min(missing))
    return [document for document in documents if document.id in wanted]


def selected_concept_ids(codebook: Codebook, selection: ExportSelection | None) -> frozenset[int]:
    """The chosen concepts with their sub-concepts; every concept when none are chosen."""
    if selection is None or selection.concept_ids is None:
        return frozenset(concept.id for concept in codebook.concepts)
    return codebook.subtree_ids(selection.concept_ids)


def selected_annotations(
    project: Project,
    selection: ExportSelection | None = None,
    progress: Progress | None = None,
    codebook: Codebook | None = None,
) -> Iterator[SelectedAnnotation]:
    """The annotations to export, document by document, each in reading order."""
    codebook = codebook or Codebook(project.concepts())
    concept_ids = selected_concept_ids(codebook, selection)
    every_concept = selection is None or selection.concept_ids is None
    documents = selected_documents(project, selection)
    total = sum(document.annotation_count for document in documents)
    done = 0
    if progress is not None:
        progress(0, total)
    for document in documents:
        page_of = _page_finder(project.pages(document.id)) if document.kind == "pdf" else None
        for annotation in project.annotations(document_id=document.id):
            done += 1
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(done, total)
            concepts = tuple(codebook[c] for c in annotation.concept_ids if c in concept_ids)
            if not concepts and not (every_concept and not annotation.concept_ids):
                continue
            page = page_of(annotation.start) if page_of is not None else None
            yield SelectedAnnotation(document, annotation, concepts, page)
    if progress is not None:
        progress(total, total)


def export_rows(
    project: Project,
    selection: ExportSelection | None = None,
    progress: Progress | None = None,
) -> Iterator[ExportRow]:
    """One row per annotation–concept pair; an annotation without concepts gives one row."""
    codebook = Codebook(project.concepts())
    for item in selected_annotations(project, selection, progress, codebook):
        document, annotation = item.document, item.annotation
        for concept in item.concepts or (None,):
            yield ExportRow(
                annotation_id=annotation.id,
                document_title=document.title,
                source=source_label(document.source),
                url=web_address(document.source, document.metadata),
                kind=document.kind,
                page=item.page,
                start=annotation.start,
                end=annotation.end,
                quote=annotation.quote,
                concept=concept.name if concept else "",
                concept_path=codebook.path(concept.id) if concept else "",
                memo=annotation.memo,
                author=annotation.author,
                created=annotation.created,
                updated=annotation.updated,
                concept_id=concept.id if concept else None,
                document_id=document.id,
            )


def _page_finder(pages: Sequence[Page]) -> Callable[[int], int | None]:
    ordered = sorted(pages, key=lambda page: (page.start, page.number))
    starts = [page.start for page in ordered]

    def page_of(offset: int) -> int | None:
        if not ordered:
            return None
        index = max(bisect_right(starts, offset) - 1, 0)
        # an offset in the separator between two pages belongs to the next one
        while index + 1 < len(ordered) and offset >= ordered[index].end:
            index += 1
        return ordered[index].number

    return page_of
