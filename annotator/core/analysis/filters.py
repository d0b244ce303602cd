"""Which documents, concepts and coders an analysis looks at."""

from __future__ import annotations

from dataclasses import dataclass

from annotator.core.analysis.data import CodingData, DocumentInfo

NO_SITE = ""  # the "site" of documents without one (PDFs, text files)


@dataclass(frozen=True)
class AnalysisFilter:
    """None means "no restriction"; an empty set keeps nothing.

    Dates compare as ISO dates (the first ten characters of the document's
    date); when a date range is set, undated documents are left out.
    `document_ids` keeps only these documents: the project works out which
    (Project.documents_in_sets, or the documents with some values of a variable).
    """

    kinds: frozenset[str] | None = None
    sites: frozenset[str] | None = None
    date_from: str | None = None  # "YYYY-MM-DD", inclusive
    date_to: str | None = None  # "YYYY-MM-DD", inclusive
    concept_ids: frozenset[int] | None = None
    authors: frozenset[str] | None = None
    document_ids: frozenset[int] | None = None  # those of some sets, or of a variable's values

    def accepts_document(self, document: DocumentInfo) -> bool:
        if self.document_ids is not None and document.id not in self.document_ids:
            return False
        if self.kinds is not None and document.kind not in self.kinds:
            return False
        if self.sites is not None and document.site not in self.sites:
            return False
        if self.date_from is None and self.date_to is None:
            return True
        day = document.date[:10]
        if len(day) < 10:
            return False
        if self.date_from is not None and day < self.date_from:
            return False
        return self.date_to is None or day <= self.date_to

    def apply(self, data: CodingData) -> CodingData:
        """The same snapshot restricted to what this filter keeps."""
        documents = {i: d for i, d in data.documents.items() if self.accepts_document(d)}
        annotations = tuple(
            a for a in data.annotations
            if a.document_id in documents and (self.authors is None or a.author in self.authors)
        )
        shown = tuple(c for c in data.concept_ids
                      if self.concept_ids is None or c in self.concept_ids)
        paragraphs = {i: p for i, p in data.paragraphs.items() if i in documents}
        return data.with_changes(documents=documents, annotations=annotations,
                                 concept_ids=shown, paragraphs=paragraphs)


def sites(data: CodingData) -> list[str]:
    """The distinct sites of the documents, NO_SITE included when some have none."""
    return sorted({d.site for d in data.documents.values()}, key=str.casefold)


def kinds(data: CodingData) -> list[str]:
    return sorted({d.kind for d in data.documents.values()})


def date_range(data: CodingData) -> tuple[str, str] | None:
    """The first and last day ("YYYY-MM-DD") documents are dated, if any are."""
    days = sorted(d.date[:10] for d in data.documents.values() if len(d.date) >= 10)
    return (days[0], days[-1]) if days else None
