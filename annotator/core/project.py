"""Project: everything a user can do to a project file, as one Python API.

The window and the command line are two faces of this class. Each edit is
committed at once and returns what is needed to undo it; the matching
`restore_*` method puts the old state back with the same ids.
"""

from __future__ import annotations

import getpass
import hashlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from annotator.core import search as search_syntax
from annotator.core.anchoring import make_anchor
from annotator.core.collections.missing import MissingSource, linked_to
from annotator.core.errors import ProjectError
from annotator.core.importing.base import ImportedDocument
from annotator.core.model import (
    Anchor,
    Annotation,
    Concept,
    Document,
    Page,
    ProjectInfo,
    SearchHit,
    StyleSpan,
)
from annotator.core.palette import next_color
from annotator.core.store import Store


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
class ConceptDeletion:
    """A deleted concept subtree and the annotation links it carried."""

    concepts: tuple[Concept, ...]  # parents before children
    links: tuple[tuple[int, int], ...]  # (annotation_id, concept_id)


@dataclass(frozen=True)
class ConceptMerge:
    source: ConceptDeletion
    target_id: int
    moved_children: tuple[Concept, ...]
    added_links: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class DocumentDeletion:
    row: dict[str, Any]
    original: bytes
    pages: tuple[dict[str, Any], ...]
    annotations: tuple[dict[str, Any], ...]


SHORTCUT_KEYS = tuple("123456789")


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def default_author() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "me"


class Project:
    """An open project file."""

    def __init__(self, store: Store, author: str | None = None) -> None:
        self._store = store
        self.author = author or default_author()

    # -- opening -----------------------------------------------------------------
    @classmethod
    def open(
        cls, path: str | Path, *, create: bool = False, read_only: bool = False,
        author: str | None = None,
    ) -> Project:
        return cls(Store(Path(path), create=create, read_only=read_only), author)

    @classmethod
    def create(cls, path: str | Path, *, author: str | None = None) -> Project:
        path = Path(path)
        if path.exists() and path.stat().st_size > 0:
            raise ProjectError(f"{path}: already exists")
        return cls.open(path, create=True, author=author)

    @property
    def path(self) -> Path:
        return self._store.path

    @property
    def read_only(self) -> bool:
        return self._store.read_only

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group many edits into one transaction: all of them are saved, or none."""
        with self._store.transaction():
            yield

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
        existing = self._store.document_id_by_sha256(_sha256(imported.original))
        return None if existing is None else self.document(existing)

    def add_document(self, imported: ImportedDocument) -> AddResult:
        """Store an imported source, unless the same bytes are already here."""
        duplicate = self.find_duplicate(imported)
        if duplicate is not None:
            return AddResult(duplicate, created=False)
        digest = _sha256(imported.original)
        row = {
            "title": imported.title.strip() or Path(imported.source).stem or "Untitled",
            "kind": imported.kind,
            "source": imported.source,
            "sha256": digest,
            "media_type": imported.media_type,
            "metadata": imported.metadata,
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
            raise ProjectError(f"no document with id {document_id}")
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

    def pages(self, document_id: int) -> list[Page]:
        return [
            Page(number=r["number"], width=r["width"], height=r["height"], start=r["start"],
                 end=r["end"], boxes=bytes(r["boxes"]))
            for r in self._store.page_rows(document_id)
        ]

    def original_bytes(self, document_id: int) -> bytes:
        data = self._store.original(document_id)
        if data is None:
            raise ProjectError(f"no document with id {document_id}")
        return data

    def rename_document(self, document_id: int, title: str) -> str:
        old = self.document(document_id).title
        self._store.update_document_title(document_id, title.strip() or old)
        return old

    def remove_document(self, document_id: int) -> DocumentDeletion:
        row = self._store.document_row(document_id)
        if row is None:
            raise ProjectError(f"no document with id {document_id}")
        row.pop("page_count", None)
        deletion = DocumentDeletion(
            row=row,
            original=self.original_bytes(document_id),
            pages=tuple(self._store.page_rows(document_id)),
            annotations=tuple(self._store.annotation_rows(document_id=document_id)),
        )
        self._store.delete_document(document_id)
        return deletion

    def restore_document(self, deletion: DocumentDeletion) -> None:
        self._store.restore_document(
            deletion.row, deletion.original, deletion.pages, deletion.annotations
        )

    # -- concepts ----------------------------------------------------------------
    def concepts(self) -> list[Concept]:
        """All concepts, parents before children, siblings in their order."""
        rows = self._store.concept_rows()
        by_parent: dict[int | None, list[dict[str, Any]]] = {}
        for row in rows:
            by_parent.setdefault(row["parent_id"], []).append(row)
        ordered: list[Concept] = []

        def walk(parent: int | None) -> None:
            for row in by_parent.get(parent, []):
                ordered.append(_concept(row))
                walk(row["id"])

        walk(None)
        return ordered

    def concept_usage(self) -> dict[int, int]:
        """{concept id: number of annotations carrying it}."""
        return {row["id"]: row["usage"] for row in self._store.concept_rows()}

    def concept(self, concept_id: int) -> Concept:
        row = self._store.concept_row(concept_id)
        if row is None:
            raise ProjectError(f"no concept with id {concept_id}")
        return _concept(row)

    def concept_path(self, concept_id: int) -> str:
        names = []
        current: int | None = concept_id
        while current is not None:
            concept = self.concept(current)
            names.append(concept.name)
            current = concept.parent_id
        return "/".join(reversed(names))

    def concept_by_path(self, path: str) -> Concept | None:
        parent: int | None = None
        found: Concept | None = None
        for name in (part.strip() for part in path.split("/")):
            found = next(
                (c for c in self.concepts()
                 if c.parent_id == parent and c.name.casefold() == name.casefold()),
                None,
            )
            if found is None:
                return None
            parent = found.id
        return found

    def add_concept(
        self, name: str, *, parent_id: int | None = None, color: str | None = None,
        description: str = "", shortcut: str | None = None,
    ) -> Concept:
        """Add a concept; unless `shortcut` is given, it takes the lowest free key 1–9.

        Keys stay with their concept when the tree is reordered, so a coder's
        learnt keys never silently change meaning.
        """
        name = self._valid_name(name, parent_id)
        if shortcut is None:
            shortcut = self._free_shortcut()
        if parent_id is not None:
            self.concept(parent_id)
        used = [c.color for c in self.concepts()]
        concept_id = self._store.insert_concept({
            "parent_id": parent_id,
            "name": name,
            "color": color or next_color(used),
            "description": description,
            "shortcut": shortcut,
            "position": self._store.next_concept_position(parent_id),
        })
        return self.concept(concept_id)

    def concept_for_key(self, key: str) -> Concept | None:
        """The concept a digit key applies, if any."""
        return next((c for c in self.concepts() if c.shortcut == key), None)

    def _free_shortcut(self) -> str:
        used = {c.shortcut for c in self.concepts()}
        return next((key for key in SHORTCUT_KEYS if key not in used), "")

    def update_concept(self, concept_id: int, **changes: Any) -> Concept:
        """Change name, color, description or shortcut; returns the concept as it was."""
        old = self.concept(concept_id)
        key = changes.get("shortcut")
        if key:
            if key not in SHORTCUT_KEYS:
                raise ProjectError(f"a concept's key must be one of {', '.join(SHORTCUT_KEYS)}")
            holder = self.concept_for_key(key)
            if holder is not None and holder.id != concept_id:
                raise ProjectError(f"key {key} already applies the concept {holder.name!r}")
        if "name" in changes:
            changes["name"] = self._valid_name(changes["name"], old.parent_id, concept_id)
        self._store.update_concept(concept_id, changes)
        return old

    def move_concept(
        self, concept_id: int, parent_id: int | None, position: int | None = None
    ) -> Concept:
        """Re-parent and/or reorder a concept; returns it as it was."""
        old = self.concept(concept_id)
        ancestor = parent_id
        while ancestor is not None:
            if ancestor == concept_id:
                raise ProjectError("a concept cannot be moved under itself")
            ancestor = self.concept(ancestor).parent_id
        self._valid_name(old.name, parent_id, concept_id)
        siblings = [c for c in self.concepts() if c.parent_id == parent_id and c.id != concept_id]
        position = len(siblings) if position is None else max(0, min(position, len(siblings)))
        siblings.insert(position, old)
        with self._store.transaction():
            for index, sibling in enumerate(siblings):
                changes: dict[str, Any] = {"position": index}
                if sibling.id == concept_id:
                    changes["parent_id"] = parent_id
                self._store.update_concept(sibling.id, changes)
        return old

    def restore_concept_placement(self, old: Concept) -> None:
        """Undo move_concept: put the concept back where `old` says."""
        self.move_concept(old.id, old.parent_id, old.position)

    def delete_concept(self, concept_id: int) -> ConceptDeletion:
        """Delete a concept, its sub-concepts and their tags on annotations."""
        subtree = self._subtree(concept_id)
        links = self._store.concept_links([c.id for c in subtree])
        self._store.delete_concept(concept_id)
        return ConceptDeletion(tuple(subtree), tuple(links))

    def restore_concepts(self, deletion: ConceptDeletion) -> None:
        with self._store.transaction():
            for concept in deletion.concepts:
                self._store.insert_concept(_concept_row(concept))
            self._store.add_links(deletion.links)

    def merge_concepts(self, source_id: int, target_id: int) -> ConceptMerge:
        """Move source's tags and sub-concepts onto target, then delete source."""
        if source_id == target_id:
            raise ProjectError("cannot merge a concept into itself")
        if any(c.id == target_id for c in self._subtree(source_id)):
            raise ProjectError("cannot merge a concept into one of its own sub-concepts")
        target = self.concept(target_id)
        children = tuple(c for c in self.concepts() if c.parent_id == source_id)
        target_names = {c.name.casefold() for c in self.concepts() if c.parent_id == target_id}
        clash = [c.name for c in children if c.name.casefold() in target_names]
        if clash:
            raise ProjectError(f"{target.name} already has sub-concepts named {', '.join(clash)}")
        source_links = self._store.concept_links([source_id])
        have = set(self._store.concept_links([target_id]))
        added = tuple((a, target_id) for a, _ in source_links if (a, target_id) not in have)
        with self._store.transaction():
            self._store.add_links(added)
            for child in children:
                self.move_concept(child.id, target_id)
            deletion = ConceptDeletion((self.concept(source_id),), tuple(source_links))
            self._store.delete_concept(source_id)
        return ConceptMerge(deletion, target_id, children, added)

    def unmerge_concepts(self, merge: ConceptMerge) -> None:
        with self._store.transaction():
            self.restore_concepts(merge.source)
            for child in merge.moved_children:
                self.restore_concept_placement(child)
            self._store.remove_links(merge.added_links)

    def _subtree(self, concept_id: int) -> list[Concept]:
        everything = self.concepts()
        wanted = {concept_id}
        subtree = []
        for concept in everything:  # parents come before children
            if concept.id in wanted or concept.parent_id in wanted:
                wanted.add(concept.id)
                subtree.append(concept)
        if not subtree:
            raise ProjectError(f"no concept with id {concept_id}")
        return subtree

    def _valid_name(self, name: str, parent_id: int | None, self_id: int | None = None) -> str:
        name = " ".join(str(name).split())
        if not name:
            raise ProjectError("a concept needs a name")
        if "/" in name:
            raise ProjectError("a concept name cannot contain '/'")
        for sibling in self.concepts():
            same = sibling.name.casefold() == name.casefold()
            if sibling.parent_id == parent_id and same and sibling.id != self_id:
                raise ProjectError(f"there is already a concept named {name!r} here")
        return name

    # -- annotations -------------------------------------------------------------
    def annotate(
        self, document_id: int, start: int, end: int, concept_ids: Sequence[int] = (),
        memo: str = "", author: str | None = None,
    ) -> Annotation:
        """Highlight text[start:end] (code-point offsets) with concepts and a memo."""
        text = self.document(document_id).text
        if not 0 <= start < end <= len(text):
            raise ProjectError(f"passage {start}-{end} is outside the document (0-{len(text)})")
        anchor = make_anchor(text, start, end)
        stamp = now()
        annotation_id = self._store.insert_annotation(
            {
                "document_id": document_id, "start": anchor.start, "end": anchor.end,
                "quote": anchor.quote, "prefix": anchor.prefix, "suffix": anchor.suffix,
                "memo": memo, "author": author or self.author, "created": stamp,
                "updated": stamp,
            },
            list(dict.fromkeys(concept_ids)),
        )
        return self.annotation(annotation_id)

    def annotation(self, annotation_id: int) -> Annotation:
        rows = self._store.annotation_rows(annotation_ids=[annotation_id])
        if not rows:
            raise ProjectError(f"no annotation with id {annotation_id}")
        return _annotation(rows[0])

    def annotations(
        self, document_id: int | None = None, concept_id: int | None = None
    ) -> list[Annotation]:
        """Annotations in reading order, optionally of one document and/or concept."""
        rows = self._store.annotation_rows(document_id=document_id, concept_id=concept_id)
        return [_annotation(row) for row in rows]

    def set_memo(self, annotation_id: int, memo: str) -> str:
        old = self.annotation(annotation_id).memo
        self._store.update_annotation(annotation_id, {"memo": memo, "updated": now()})
        return old

    def set_annotation_concepts(
        self, annotation_id: int, concept_ids: Iterable[int]
    ) -> tuple[int, ...]:
        """Replace an annotation's concepts; returns the old ones."""
        old = self.annotation(annotation_id).concept_ids
        with self._store.transaction():
            self._store.set_annotation_concepts(annotation_id, list(dict.fromkeys(concept_ids)))
            self._store.update_annotation(annotation_id, {"updated": now()})
        return old

    def delete_annotation(self, annotation_id: int) -> Annotation:
        old = self.annotation(annotation_id)
        self._store.delete_annotation(annotation_id)
        return old

    def restore_annotation(self, annotation: Annotation) -> None:
        """Put back a deleted annotation with its id, concepts and dates."""
        self._store.restore_annotation(_annotation_row(annotation))

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
            raise ProjectError(f"no missing source with id {missing_id}")
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

    def info(self) -> ProjectInfo:
        counts = self._store.counts()
        return ProjectInfo(counts["documents"], counts["concepts"], counts["annotations"])


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


def _concept(row: dict[str, Any]) -> Concept:
    return Concept(
        id=row["id"], name=row["name"], parent_id=row["parent_id"], color=row["color"],
        description=row["description"], shortcut=row["shortcut"], position=row["position"],
    )


def _concept_row(concept: Concept) -> dict[str, Any]:
    return {
        "id": concept.id, "parent_id": concept.parent_id, "name": concept.name,
        "color": concept.color, "description": concept.description,
        "shortcut": concept.shortcut, "position": concept.position,
    }


def _annotation(row: dict[str, Any]) -> Annotation:
    return Annotation(
        id=row["id"], document_id=row["document_id"],
        anchor=Anchor(row["start"], row["end"], row["quote"], row["prefix"], row["suffix"]),
        concept_ids=tuple(row["concept_ids"]), memo=row["memo"], author=row["author"],
        created=row["created"], updated=row["updated"],
    )


def _annotation_row(annotation: Annotation) -> dict[str, Any]:
    anchor = annotation.anchor
    return {
        "id": annotation.id, "document_id": annotation.document_id, "start": anchor.start,
        "end": anchor.end, "quote": anchor.quote, "prefix": anchor.prefix,
        "suffix": anchor.suffix, "memo": annotation.memo, "author": annotation.author,
        "created": annotation.created, "updated": annotation.updated,
        "concept_ids": annotation.concept_ids,
    }

