"""Documents, their original bytes and their pages, on the server.

Page boxes are written compact (core.geometry), as in a project file; those a
server project got before (16 bytes per character) stay readable as they are.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from annotator.core.geometry import compact_boxes
from annotator.core.store.postgres.connection import ServerBase

_LIGHT_COLUMNS = "id, title, kind, source, sha256, media_type, metadata, imported_at"
_INSERT_PAGE = (
    'INSERT INTO pages (document_id, number, width, height, start, "end", boxes) '
    "VALUES (%s, %s, %s, %s, %s, %s, %s)"
)


class ServerDocumentQueries(ServerBase):
    """The document queries of Store, in PostgreSQL."""

    def insert_document(
        self, row: dict[str, Any], original: bytes, pages: Iterable[dict[str, Any]]
    ) -> int:
        with self.transaction():
            found = self._one(
                "INSERT INTO documents (title, kind, source, sha256, media_type, metadata, "
                "text, spans, imported_at) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s) "
                "RETURNING id",
                _document_values(row),
            )
            document_id = int(found["id"]) if found else 0
            self._insert_contents(document_id, original, pages)
        return document_id

    def _insert_contents(
        self, document_id: int, original: bytes, pages: Iterable[dict[str, Any]]
    ) -> None:
        self._run(
            "INSERT INTO originals (document_id, data) VALUES (%s, %s)", (document_id, original)
        )
        self._run_many(
            _INSERT_PAGE,
            (
                (
                    document_id,
                    p["number"],
                    p["width"],
                    p["height"],
                    p["start"],
                    p["end"],
                    compact_boxes(bytes(p["boxes"])),
                )
                for p in pages
            ),
        )

    def document_id_by_sha256(self, sha256: str) -> int | None:
        row = self._one("SELECT id FROM documents WHERE sha256 = %s", (sha256,))
        return int(row["id"]) if row else None

    def document_ids_with_same_text(self, document_id: int) -> list[int]:
        rows = self._all(
            "SELECT o.id FROM documents d JOIN documents o "
            "ON o.id != d.id AND o.text_length = d.text_length AND o.text = d.text "
            "WHERE d.id = %s ORDER BY o.id",
            (document_id,),
        )
        return [int(row["id"]) for row in rows]

    def document_row(self, document_id: int) -> dict[str, Any] | None:
        row = self._one(
            "SELECT d.id, d.title, d.kind, d.source, d.sha256, d.media_type, d.metadata, "
            "d.text, d.spans, d.imported_at, "
            "(SELECT count(*) FROM pages p WHERE p.document_id = d.id) AS page_count "
            "FROM documents d WHERE d.id = %s",
            (document_id,),
        )
        return _decode_document(row) if row else None

    def document_summaries(self) -> list[dict[str, Any]]:
        rows = self._all(
            f"SELECT {_LIGHT_COLUMNS}, "
            "(SELECT count(*) FROM annotations a WHERE a.document_id = d.id) AS annotation_count, "
            "(SELECT count(*) FROM pages p WHERE p.document_id = d.id) AS page_count, "
            "d.text_length AS length "
            "FROM documents d ORDER BY lower(d.title), d.id"
        )
        return [_decode_document(row) for row in rows]

    def original(self, document_id: int) -> bytes | None:
        row = self._one("SELECT data FROM originals WHERE document_id = %s", (document_id,))
        return bytes(row["data"]) if row else None

    def page_rows(self, document_id: int, *, boxes: bool = True) -> list[dict[str, Any]]:
        column = "boxes" if boxes else "''::bytea AS boxes"
        return self._all(
            f'SELECT number, width, height, start, "end", {column} FROM pages '
            "WHERE document_id = %s ORDER BY number",
            (document_id,),
        )

    def page_boxes(self, document_id: int, number: int) -> bytes:
        row = self._one(
            "SELECT boxes FROM pages WHERE document_id = %s AND number = %s",
            (document_id, number),
        )
        return b"" if row is None else bytes(row["boxes"])

    def update_document_title(self, document_id: int, title: str) -> None:
        with self.transaction():
            self._run("UPDATE documents SET title = %s WHERE id = %s", (title, document_id))

    def text_window(self, document_id: int, start: int, length: int) -> str | None:
        row = self._one(
            "SELECT substr(text, %s, %s) AS part FROM documents WHERE id = %s",
            (start + 1, length, document_id),
        )
        return None if row is None else str(row["part"])

    def update_document_properties(
        self, document_id: int, title: str, metadata: dict[str, Any]
    ) -> None:
        with self.transaction():
            self._run(
                "UPDATE documents SET title = %s, metadata = %s WHERE id = %s",
                (title, json.dumps(metadata, ensure_ascii=False), document_id),
            )

    def delete_document(self, document_id: int) -> None:
        with self.transaction():
            self._run("DELETE FROM documents WHERE id = %s", (document_id,))

    def restore_document(
        self,
        row: dict[str, Any],
        original: bytes,
        pages: Iterable[dict[str, Any]],
        annotations: Iterable[dict[str, Any]],
    ) -> None:
        """Put back a deleted document with its own id, pages and annotations."""
        with self.transaction():
            self._run(
                "INSERT INTO documents (id, title, kind, source, sha256, media_type, metadata, "
                "text, spans, imported_at) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                (row["id"], *_document_values(row)),
            )
            self._insert_contents(row["id"], original, pages)
            for annotation in annotations:
                self.restore_annotation(annotation)


def _decode_document(row: dict[str, Any]) -> dict[str, Any]:
    row["metadata"] = json.loads(row.get("metadata") or "{}")
    if "spans" in row:
        row["spans"] = json.loads(row.get("spans") or "[]")
    return row


def _document_values(row: dict[str, Any]) -> tuple[Any, ...]:
    """A document row's values in the order of the INSERTs' columns after `id`."""
    return (
        row["title"],
        row["kind"],
        row["source"],
        row["sha256"],
        row["media_type"],
        json.dumps(row["metadata"], ensure_ascii=False),
        row["text"],
        json.dumps(row["spans"]),
        row["imported_at"],
    )
