"""Highlights of a project: make, read, edit, sign, delete and restore annotations.

Mixed into Project; every edit returns what undoes it. Offsets are code points into
the document's canonical text; an annotation reads only its passage and context.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from annotator.core.anchoring import CONTEXT_CHARS, make_anchor
from annotator.core.errors import EditCause, EditConflict, ProjectError
from annotator.core.model import Anchor, Annotation
from annotator.core.store import Store


def now() -> str:
    """The time of an edit, in UTC to the second (ISO 8601)."""
    return datetime.now(UTC).isoformat(timespec="seconds")


class AnnotationEdits:
    """Annotation edits of Project; it relies on Project's `_store` and `author`."""

    _store: Store
    author: str

    def annotate(
        self,
        document_id: int,
        start: int,
        end: int,
        concept_ids: Sequence[int] = (),
        memo: str = "",
        author: str | None = None,
        *,
        created: str | None = None,
        updated: str | None = None,
    ) -> Annotation:
        """Highlight text[start:end] (code-point offsets) with concepts and a memo.

        `created` and `updated` (ISO timestamps) default to now; an import passes
        the dates the passage had in the other tool.
        """
        anchor = self._anchor(document_id, start, end)
        stamp = now()
        stored = self._store.insert_annotation(
            {
                "document_id": document_id,
                "start": anchor.start,
                "end": anchor.end,
                "quote": anchor.quote,
                "prefix": anchor.prefix,
                "suffix": anchor.suffix,
                "memo": memo,
                "author": author or self.author,
                "created": created or stamp,
                "updated": updated or created or stamp,
            },
            list(dict.fromkeys(concept_ids)),
        )
        return _annotation(stored)

    def _anchor(self, document_id: int, start: int, end: int) -> Anchor:
        """The anchor of text[start:end], reading only that passage and its context."""
        if not 0 <= start < end:
            raise ProjectError.coded("", EditCause.NOT_A_RANGE, start=start, end=end)
        first = max(0, start - CONTEXT_CHARS)
        window = self._store.text_window(document_id, first, end + CONTEXT_CHARS - first)
        if window is None:
            raise ProjectError.coded("", EditCause.NO_DOCUMENT, id=document_id)
        if len(window) < end - first:
            length = first + len(window)
            raise ProjectError.coded(
                "", EditCause.OUTSIDE_DOCUMENT, start=start, end=end, length=length
            )
        local = make_anchor(window, start - first, end - first)
        return Anchor(start, end, local.quote, local.prefix, local.suffix)

    def annotation(self, annotation_id: int) -> Annotation:
        rows = self._store.annotation_rows(annotation_ids=[annotation_id])
        if not rows:
            raise ProjectError.coded("", EditCause.NO_ANNOTATION, id=annotation_id)
        return _annotation(rows[0])

    def annotations(
        self, document_id: int | None = None, concept_id: int | None = None
    ) -> list[Annotation]:
        """Annotations in reading order, optionally of one document and/or concept."""
        rows = self._store.annotation_rows(document_id=document_id, concept_id=concept_id)
        return [_annotation(row) for row in rows]

    def passages(self, concept_ids: Sequence[int]) -> tuple[list[Annotation], dict[int, str]]:
        """Every passage carrying any of these concepts, by document title then reading
        order, and {document id: title} of their documents."""
        rows = self._store.passage_rows(list(concept_ids))
        titles = {row["document_id"]: row.pop("document_title") for row in rows}
        return [_annotation(row) for row in rows], titles

    def passage_index(
        self, concept_ids: Sequence[int]
    ) -> tuple[list[tuple[int, int]], dict[int, str]]:
        """[(annotation id, document id)] of every passage carrying any of these concepts,
        in `passages`' order, and {document id: title}: one light query, for a list that
        reads each passage (annotations_by_id) only when it is shown."""
        rows = self._store.passage_index(list(concept_ids))
        return [(row[0], row[1]) for row in rows], {row[1]: row[2] for row in rows}

    def document_titles(self, document_ids: Iterable[int]) -> dict[int, str]:
        """{document id: title} of these documents, their texts unread."""
        return self._store.document_titles(document_ids)

    def annotations_by_id(self, annotation_ids: Sequence[int]) -> list[Annotation]:
        """These annotations (those that still exist), in reading order."""
        rows = self._store.annotation_rows(annotation_ids=list(annotation_ids))
        return [_annotation(row) for row in rows]

    def annotation_counts(self, document_ids: Sequence[int]) -> dict[int, int]:
        """{document id: its number of annotations}, for these documents only."""
        return self._store.annotation_counts(list(document_ids))

    def set_memo(self, annotation_id: int, memo: str, *, expected: str | None = None) -> str:
        """Write a memo; returns the one it replaces. With `expected` (the memo the user
        saw), only while the stored memo is still that one: compared and written at
        once, else an EditConflict naming the passage, whose `current` holds the memo
        now stored (the caller still has `memo`, to keep it or retry)."""
        old = self.annotation(annotation_id)
        changes = {"memo": memo, "updated": now()}
        if expected is None:
            self._store.update_annotation(annotation_id, changes)
            return old.memo
        if not self._store.update_annotation(annotation_id, changes, {"memo": expected}):
            raise self._memo_conflict(annotation_id)
        return expected

    def _memo_conflict(self, annotation_id: int) -> EditConflict:
        """The conflict of a memo edit made over a memo changed since: the memo now
        stored, and who changed it when (a server records it; a file knows only when)."""
        now_stored = self.annotation(annotation_id)
        by, at = self._store.memo_edited(annotation_id)
        current, passage = {"memo": now_stored.memo}, _shortened(now_stored.anchor.quote)
        if by:
            return EditConflict.of(
                EditCause.MEMO_CONFLICT_BY,
                current,
                edited_by=by,
                edited_at=at,
                by=by,
                passage=passage,
                updated=at,
            )
        at = at or now_stored.updated
        return EditConflict.of(
            EditCause.MEMO_CONFLICT, current, edited_at=at, passage=passage, updated=at
        )

    def set_annotation_concepts(
        self, annotation_id: int, concept_ids: Iterable[int]
    ) -> tuple[int, ...]:
        """Replace an annotation's concepts; returns the old ones."""
        old = self.annotation(annotation_id).concept_ids
        with self._store.transaction():
            self._store.set_annotation_concepts(annotation_id, list(dict.fromkeys(concept_ids)))
            self._store.update_annotation(annotation_id, {"updated": now()})
        return old

    def sign_annotations(self, annotation_ids: Sequence[int], author: str) -> None:
        """Record `author` as the coder of these annotations (a coder who named
        themselves just after their first highlight, signed with their login)."""
        with self._store.transaction():
            for annotation_id in annotation_ids:
                self._store.update_annotation(annotation_id, {"author": author})

    def delete_annotation(self, annotation_id: int) -> Annotation:
        old = self.annotation(annotation_id)
        self._store.delete_annotation(annotation_id)
        return old

    def restore_annotation(self, annotation: Annotation) -> None:
        """Put back a deleted annotation with its id, concepts and dates."""
        self._store.restore_annotation(_annotation_row(annotation))


def _annotation(row: dict[str, Any]) -> Annotation:
    return Annotation(
        id=row["id"],
        document_id=row["document_id"],
        anchor=Anchor(row["start"], row["end"], row["quote"], row["prefix"], row["suffix"]),
        concept_ids=tuple(row["concept_ids"]),
        memo=row["memo"],
        author=row["author"],
        created=row["created"],
        updated=row["updated"],
    )


def _shortened(quote: str, limit: int = 60) -> str:
    """A passage's quote on one line, cut to `limit` characters for a message."""
    line = " ".join(quote.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _annotation_row(annotation: Annotation) -> dict[str, Any]:
    anchor = annotation.anchor
    return {
        "id": annotation.id,
        "document_id": annotation.document_id,
        "start": anchor.start,
        "end": anchor.end,
        "quote": anchor.quote,
        "prefix": anchor.prefix,
        "suffix": anchor.suffix,
        "memo": annotation.memo,
        "author": annotation.author,
        "created": annotation.created,
        "updated": annotation.updated,
        "concept_ids": annotation.concept_ids,
    }
