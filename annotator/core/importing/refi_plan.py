"""What a REFI-QDA import plans to add, and the report of what it did and left out."""

from __future__ import annotations

from dataclasses import dataclass, field

from annotator.core.importing.base import ImportedDocument
from annotator.core.model import Document


@dataclass
class RefiImportReport:
    """What an import added or found already there, and what it had to leave out."""

    documents_added: int = 0
    documents_reused: int = 0
    concepts_added: int = 0
    concepts_reused: int = 0
    annotations_added: int = 0
    annotations_present: int = 0  # already in the project, not added twice
    skipped: list[str] = field(default_factory=list)  # "skipped: ..." lines
    notes: list[str] = field(default_factory=list)  # renamed codes, re-anchored passages

    def skip(self, what: str) -> None:
        self.skipped.append(f"skipped: {what}")

    def summary(self) -> str:
        return (
            f"{self.documents_added} documents, {self.concepts_added} concepts and "
            f"{self.annotations_added} annotations added; {len(self.skipped)} items skipped"
        )


@dataclass(frozen=True)
class PlannedCode:
    guid: str  # as codings refer to it (see refi_archive.guid_key)
    path: tuple[str, ...]
    color: str | None
    description: str
    written: str = ""  # as the file spells it, to write back


@dataclass(frozen=True)
class PlannedPassage:
    """One coder's coding of a selection, in code points of the document's canonical text."""

    start: int
    end: int
    codes: tuple[str, ...]  # code GUIDs
    memo: str
    author: str
    created: str | None  # ISO timestamps in UTC, None when the file gives none
    updated: str | None
    guid: str  # the selection's, "" when another passage of the selection carries it


@dataclass
class PlannedSource:
    name: str
    guid: str
    existing: Document | None  # the same bytes already in the project
    imported: ImportedDocument | None  # else the document to add
    passages: list[PlannedPassage] = field(default_factory=list)

    @property
    def text(self) -> str:
        document = self.existing or self.imported
        assert document is not None  # a source is planned with one or the other
        return document.text
