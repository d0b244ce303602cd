"""Project: everything a user can do to a project file, as one Python API.

The window and the command line are two faces of this class. Each edit is
committed at once and returns what is needed to undo it; the matching
`restore_*` method puts the old state back with the same ids.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from annotator.core import search as search_syntax
from annotator.core.annotation_edits import AnnotationEdits, _annotation, now
from annotator.core.autocode import Autocoding
from annotator.core.collections.missing import MissingSource, linked_to
from annotator.core.concept_tree import ConceptDeletion, ConceptMerge, ConceptTree
from annotator.core.document_properties import (
    WARNINGS_KEY,
    DocumentProperties,
    ImportDetails,
    apply_properties,
    import_details,
    properties_of,
)
from annotator.core.errors import EditCause, ProjectCause, ProjectError
from annotator.core.exporting.refi_common import ensure_identity
from annotator.core.importing.base import ImportedDocument, ProgressCallback
from annotator.core.model import (
    Document,
    Page,
    ProjectInfo,
    SearchHit,
    StyleSpan,
)
from annotator.core.passages import PassageCoding, Tagging
from annotator.core.sets import DocumentSets
from annotator.core.store import Store, needs_upgrade
from annotator.core.store.postgres import (
    is_flattened_url,
    is_server_location,
    require_server_client,
)
from annotator.core.variables import DocumentVariables

if TYPE_CHECKING:
    from annotator.core.changes import Change
    from annotator.core.store.postgres.live import ChangeListener


@dataclass(frozen=True)
class DocumentSummary:
    """A document without its text: enough for lists and tables."""

    id: int
    title: str
    kind: str
    source: str
    metadata: dict[str, Any]
    imported_at: str
    annotation_count: int
    page_count: int
    length: int


@dataclass(frozen=True)
class AddResult:
    document: Document
    created: bool  # False when the same bytes were already in the project


@dataclass(frozen=True)
class DocumentDeletion:
    row: dict[str, Any]
    original: bytes
    pages: tuple[dict[str, Any], ...]
    annotations: tuple[dict[str, Any], ...]
    variables: tuple[tuple[int, str], ...] = ()  # (variable id, value)
    sets: tuple[int, ...] = ()  # ids of the sets it was in


log = logging.getLogger(__name__)


def default_author() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "me"


def _back_up_before_migrating(path: Path, version: int) -> None:
    """Back the file up as it is before a newer schema rewrites it (version 6 rewrites
    every page's boxes, and older Annotators cannot open the result). Without a backup
    (no room, no folder) the migration still goes on, one transaction: it is logged."""
    from annotator.core import backup

    try:
        outcome = backup.back_up(path, min_interval=timedelta(0))
    except ProjectError as exc:
        log.warning("no backup of %s (schema %d) before migrating it: %s", path, version, exc)
        return
    log.info("before migrating %s from schema %d: %s", path, version,
             outcome.made.path if outcome.made else outcome.skipped)


__all__ = [
    "AddResult", "ConceptDeletion", "ConceptMerge", "DocumentDeletion", "DocumentSummary",
    "Project", "Tagging",
]


class Project(AnnotationEdits, ConceptTree, PassageCoding, Autocoding, DocumentVariables,
              DocumentSets):
    """An open project file."""

    def __init__(self, store: Store, author: str | None = None) -> None:
        self._store = store
        self.author = author or default_author()
        if not store.read_only:
            ensure_identity(self)  # before any export, so copies of the file share it

    # -- opening -----------------------------------------------------------------
    @classmethod
    def open(
        cls, path: str | Path, *, create: bool = False, read_only: bool = False,
        author: str | None = None, progress: ProgressCallback | None = None,
    ) -> Project:
        """Open a project file, or a server project given as a postgresql:// URL (text),
        whose passages are signed with the server login. A file of an older version is
        backed up, then migrated (`needs_upgrade`), `progress(done, total)` following
        the migration."""
        if is_server_location(path) or is_flattened_url(path):
            require_server_client(str(path))
            from annotator.core.store.postgres.store import open_server_store

            server = open_server_store(path, read_only=read_only)
            # ServerStore answers every method of Store that Project calls.
            return cls(cast(Store, server), author or server.login)
        store = Store(Path(path), create=create, read_only=read_only,
                      before_migration=_back_up_before_migrating, progress=progress)
        return cls(store, author)

    @staticmethod
    def needs_upgrade(path: str | Path) -> bool:
        """Whether opening this project for writing migrates it first (a file of an
        older version: seconds for thousands of PDF pages)."""
        if is_server_location(path) or is_flattened_url(path):
            return False  # a server project is upgraded by its owner ('annotator server')
        return needs_upgrade(Path(path))

    @classmethod
    def create(cls, path: str | Path, *, author: str | None = None) -> Project:
        path = Path(path)
        if path.exists() and path.stat().st_size > 0:
            raise ProjectError.coded(str(path), ProjectCause.EXISTS)
        return cls.open(path, create=True, author=author)

    @property
    def path(self) -> Path:
        return self._store.path

    @property
    def location(self) -> str | Path:
        """Where a job opens this project again on a connection of its own: the file's
        path, or the server's address as it was given (with any password it holds, so
        it is never shown; `path` names a server project for titles)."""
        return cast("str | None", getattr(self._store, "url", None)) or self._store.path

    @property
    def read_only(self) -> bool:
        return self._store.read_only

    def close(self) -> None:
        self._store.close()

    def checkpoint(self) -> bool:
        """Make the project file alone hold every committed edit (see Store.checkpoint)."""
        return self._store.checkpoint()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group many edits into one transaction: all of them are saved, or none."""
        with self._store.transaction():
            yield

    def listener(
        self, on_change: Callable[[Change], None],
        on_connected: Callable[[bool], None] = lambda connected: None,
    ) -> ChangeListener | None:
        """For a server project, a listener (to start) that reports the other coders'
        commits as Changes; None for a file, which changed_elsewhere_token watches."""
        make = getattr(self._store, "listener", None)
        return cast("ChangeListener", make(on_change, on_connected)) if make else None

    def changed_elsewhere_token(self) -> int:
        """A number that changes when another process commits to this file."""
        return self._store.data_version()

    def check(self, *, quick: bool = False) -> list[str]:
        """Integrity problems of the file; empty when all is well.

        `quick` looks at the pages only: fast enough to run at every opening.
        """
        return self._store.integrity_problems(quick=quick)

    # -- documents ---------------------------------------------------------------
    def find_duplicate(self, imported: ImportedDocument) -> Document | None:
        """The document already holding these exact bytes, if any."""
        return self.document_with_sha256(_sha256(imported.original))

    def document_with_sha256(self, digest: str) -> Document | None:
        """The document whose original bytes have this SHA-256 (hex), if any."""
        existing = self._store.document_id_by_sha256(digest)
        return None if existing is None else self.document(existing)

    def documents_with_same_text(self, document_id: int) -> list[DocumentSummary]:
        """Other documents with exactly this document's text: a copy of the same source
        saved again (different bytes, so the SHA-256 check let it in)."""
        same = set(self._store.document_ids_with_same_text(document_id))
        return [d for d in self.documents() if d.id in same] if same else []

    def add_document(self, imported: ImportedDocument, *, sha256: str | None = None) -> AddResult:
        """Store an imported source, unless the same bytes are already here.

        `sha256` is the original's digest when the caller has it already (a large
        PDF is then not hashed again).
        """
        digest = sha256 or _sha256(imported.original)
        duplicate = self.document_with_sha256(digest)
        if duplicate is not None:
            return AddResult(duplicate, created=False)
        row = {
            "title": imported.title.strip() or Path(imported.source).stem or "Untitled",
            "kind": imported.kind,
            "source": imported.source,
            "sha256": digest,
            "media_type": imported.media_type,
            "metadata": _with_warnings(imported.metadata, imported.warnings),
            "text": imported.text,
            "spans": [[s.start, s.end, s.kind] for s in imported.spans],
            "imported_at": now(),
        }
        pages = [
            {"number": p.number, "width": p.width, "height": p.height, "start": p.start,
             "end": p.end, "boxes": p.boxes}
            for p in imported.pages
        ]
        document_id = self._store.insert_document(row, imported.original, pages)
        return AddResult(self.document(document_id), created=True)

    def document(self, document_id: int) -> Document:
        row = self._store.document_row(document_id)
        if row is None:
            raise ProjectError.coded("", EditCause.NO_DOCUMENT, id=document_id)
        return _document(row)

    def documents(self) -> list[DocumentSummary]:
        return [
            DocumentSummary(
                id=r["id"], title=r["title"], kind=r["kind"], source=r["source"],
                metadata=r["metadata"], imported_at=r["imported_at"],
                annotation_count=r["annotation_count"], page_count=r["page_count"],
                length=r["length"],
            )
            for r in self._store.document_summaries()
        ]

    def pages(self, document_id: int, *, boxes: bool = True) -> list[Page]:
        """A PDF's pages; with `boxes=False` their character boxes are left unread (b""),
        to be read a page at a time with page_boxes (3.6 MB for a 500-page report)."""
        return [
            Page(number=r["number"], width=r["width"], height=r["height"], start=r["start"],
                 end=r["end"], boxes=bytes(r["boxes"]))
            for r in self._store.page_rows(document_id, boxes=boxes)
        ]

    def page_boxes(self, document_id: int, number: int) -> bytes:
        """The character boxes of one page (see geometry.encode_boxes)."""
        return self._store.page_boxes(document_id, number)

    def original_bytes(self, document_id: int) -> bytes:
        data = self._store.original(document_id)
        if data is None:
            raise ProjectError.coded("", EditCause.NO_DOCUMENT, id=document_id)
        return data

    def rename_document(self, document_id: int, title: str) -> str:
        old = self.document(document_id).title
        self._store.update_document_title(document_id, title.strip() or old)
        return old

    def document_properties(self, document_id: int) -> DocumentProperties:
        """The document's editable description (title, author, date, address, memo)."""
        row = self._document_row(document_id)
        return properties_of(row["title"], row["metadata"])

    def set_document_properties(
        self, document_id: int, properties: DocumentProperties
    ) -> DocumentProperties:
        """Correct a document's description; returns the previous one (to undo).

        An empty title keeps the old one: every document has a name.
        """
        row = self._document_row(document_id)
        old = properties_of(row["title"], row["metadata"])
        title = properties.title.strip() or old.title
        self._store.update_document_properties(
            document_id, title, apply_properties(row["metadata"], properties))
        return old

    def import_details(self, document_id: int) -> ImportDetails:
        """How the document came in: file, pages, OCR, the importer's warnings."""
        row = self._document_row(document_id)
        pages = int(row["metadata"].get("page_count") or 0)
        return import_details(row["kind"], row["source"], row["imported_at"], pages,
                              len(row["text"]), row["metadata"])

    def _document_row(self, document_id: int) -> dict[str, Any]:
        row = self._store.document_row(document_id)
        if row is None:
            raise ProjectError.coded("", EditCause.NO_DOCUMENT, id=document_id)
        return row

    def remove_document(self, document_id: int) -> DocumentDeletion:
        row = self._store.document_row(document_id)
        if row is None:
            raise ProjectError.coded("", EditCause.NO_DOCUMENT, id=document_id)
        row.pop("page_count", None)
        deletion = DocumentDeletion(
            row=row,
            original=self.original_bytes(document_id),
            pages=tuple(self._store.page_rows(document_id)),
            annotations=tuple(self._store.annotation_rows(document_id=document_id)),
            variables=tuple(self.variable_values([document_id]).get(document_id, {}).items()),
            sets=tuple(sorted(self.sets_by_document().get(document_id, ()))),
        )
        self._store.delete_document(document_id)
        return deletion

    def restore_document(self, deletion: DocumentDeletion) -> None:
        document_id = deletion.row["id"]
        with self._store.transaction():
            self._store.restore_document(
                deletion.row, deletion.original, deletion.pages, deletion.annotations
            )
            self._store.set_variable_values(
                (document_id, variable_id, value) for variable_id, value in deletion.variables)
            self._store.add_set_members((set_id, document_id) for set_id in deletion.sets)

    # -- search ------------------------------------------------------------------
    def search(
        self, query: str, *, limit: int = 200, per_document: int = 20, memos: bool = True
    ) -> list[SearchHit]:
        """Accent- and case-insensitive full-text search over texts and memos.

        Documents come best first: all their hits (up to `per_document`) for the
        first few, then the first hit of each; memo hits follow; `limit` in all.
        """
        parsed = search_syntax.parse_query(query)
        if not parsed.fts:
            return []
        hits = search_syntax.document_hits(self._store.search_documents(parsed.fts, limit),
                                           self._store.document_texts, parsed, limit,
                                           per_document)
        if memos and len(hits) < limit:  # memo hits come after the documents' hits
            ids = self._store.search_memos(parsed.fts, limit - len(hits))
            found = {a.id: a for a in map(_annotation, self._store.annotation_rows(
                annotation_ids=ids))}
            ranked = [found[i] for i in ids if i in found]
            titles = self._store.document_titles({a.document_id for a in ranked})
            hits += search_syntax.memo_hits(ranked, titles, parsed)
        return hits

    # -- missing sources (links that could not be downloaded) ---------------------
    def add_missing_source(
        self, url: str, *, title: str = "", collection: str = "", error: str = ""
    ) -> MissingSource:
        """Remember a link whose page could not be had; a known URL gets the new error."""
        missing_id = self._store.upsert_missing_source({
            "url": url, "title": title, "collection": collection, "error": error,
            "tried_at": now(),
        })
        return self.missing_source(missing_id)

    def missing_sources(self) -> list[MissingSource]:
        return [MissingSource.from_row(row) for row in self._store.missing_source_rows()]

    def missing_source(self, missing_id: int) -> MissingSource:
        row = self._store.missing_source_row(missing_id)
        if row is None:
            raise ProjectError.coded("", EditCause.NO_MISSING_SOURCE, id=missing_id)
        return MissingSource.from_row(row)

    def resolve_missing_source(self, missing_id: int, imported: ImportedDocument) -> AddResult:
        """Add a saved copy of a missing source's page, linked to its URL; it is missing no more."""
        missing = self.missing_source(missing_id)
        with self._store.transaction():
            result = self.add_document(linked_to(imported, missing.url, missing.collection))
            self._store.delete_missing_source(missing_id)
        return result

    def remove_missing_source(self, missing_id: int) -> MissingSource:
        """Forget a missing source (e.g. a link that is gone for good); returns it."""
        missing = self.missing_source(missing_id)
        self._store.delete_missing_source(missing_id)
        return missing

    # -- settings and summary ----------------------------------------------------
    def setting(self, key: str, default: str | None = None) -> str | None:
        value = self._store.get_setting(key)
        return default if value is None else value

    def set_setting(self, key: str, value: str) -> None:
        if not self.read_only:
            self._store.set_setting(key, value)

    # -- GUIDs of other QDA tools (REFI-QDA) ------------------------------------------
    def refi_guids(self) -> dict[str, dict[Any, str]]:
        """GUIDs kept from REFI-QDA imports: {kind: {item key: guid}} for the kinds
        "concept", "document", "annotation" (keyed by id) and "user" (by name)."""
        found: dict[str, dict[Any, str]] = {kind: {} for kind in _REFI_KEYS}
        for row in self._store.refi_guid_rows():
            for kind, column in _REFI_KEYS.items():
                if row[column] is not None:
                    found[kind][row[column]] = row["guid"]
        return found

    def keep_refi_guids(self, kind: str, guids: Mapping[Any, str]) -> None:
        """Remember the GUIDs items came with; an item or GUID already kept is left as is."""
        self._store.keep_refi_guids(
            (_REFI_KEYS[kind], key, guid) for key, guid in guids.items() if guid)

    def info(self) -> ProjectInfo:
        counts = self._store.counts()
        return ProjectInfo(counts["documents"], counts["concepts"], counts["annotations"])


_REFI_KEYS = {"concept": "concept_id", "document": "document_id",
              "annotation": "annotation_id", "user": "user_name"}


def _with_warnings(metadata: dict[str, Any], warnings: Sequence[str]) -> dict[str, Any]:
    """The metadata to store: the importer's warnings stay with the document."""
    return {**metadata, WARNINGS_KEY: list(warnings)} if warnings else metadata


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _document(row: dict[str, Any]) -> Document:
    return Document(
        id=row["id"], title=row["title"], kind=row["kind"], source=row["source"],
        sha256=row["sha256"], metadata=row["metadata"], text=row["text"],
        imported_at=row["imported_at"],
        spans=tuple(StyleSpan(s, e, k) for s, e, k in row.get("spans", [])),
        page_count=row.get("page_count", 0),
    )


