"""Documents, their original bytes and their pages.

Pages are written with their boxes compact (core.geometry), whatever form they
come in: boxes read from an older file (a merge, an undone deletion) too.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from annotator.core.geometry import compact_boxes
from annotator.core.store.base import StoreBase
from annotator.core.store.schema import _DOCUMENT_LIGHT_COLUMNS


class DocumentQueries(StoreBase):
    """Queries mixed into Store; they use its connection, `_one`, `_all` and `transaction`."""

    # -- documents ---------------------------------------------------------------
    def insert_document(
        self, row: dict[str, Any], original: bytes, pages: Iterable[dict[str, Any]]
    ) -> int:
        with self.transaction():
            cursor = self._conn.execute(
                "INSERT INTO documents (title, kind, source, sha256, media_type, metadata, "
                "text, spans, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    row["title"], row["kind"], row["source"], row["sha256"],
                    row["media_type"], json.dumps(row["metadata"], ensure_ascii=False),
                    row["text"], json.dumps(row["spans"]), row["imported_at"],
                ),
            )
            document_id = int(cursor.lastrowid or 0)
            self._conn.execute(
                "INSERT INTO originals (document_id, data) VALUES (?, ?)",
                (document_id, original),
            )
            self._conn.executemany(
                'INSERT INTO pages (document_id, number, width, height, start, "end", boxes) '
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    (document_id, p["number"], p["width"], p["height"], p["start"], p["end"],
                     compact_boxes(p["boxes"]))
                    for p in pages
                ),
            )
        return document_id

    def document_id_by_sha256(self, sha256: str) -> int | None:
        row = self._one("SELECT id FROM documents WHERE sha256 = ?", (sha256,))
        return int(row["id"]) if row else None

    def document_ids_with_same_text(self, document_id: int) -> list[int]:
        """Other documents whose canonical text equals this one's (lengths first, so
        most texts are never compared)."""
        rows = self._conn.execute(
            "SELECT o.id FROM documents d JOIN documents o "
            "ON o.id != d.id AND length(o.text) = length(d.text) AND o.text = d.text "
            "WHERE d.id = ? ORDER BY o.id",
            (document_id,),
        ).fetchall()
        return [int(row["id"]) for row in rows]

    def document_row(self, document_id: int) -> dict[str, Any] | None:
        row = self._one(
            "SELECT d.*, (SELECT count(*) FROM pages p WHERE p.document_id = d.id) AS page_count "
            "FROM documents d WHERE d.id = ?",
            (document_id,),
        )
        return _decode_document(row) if row else None

    def document_summaries(self) -> list[dict[str, Any]]:
        rows = self._all(
            f"SELECT {_DOCUMENT_LIGHT_COLUMNS}, "
            "(SELECT count(*) FROM annotations a WHERE a.document_id = d.id) AS annotation_count, "
            "(SELECT count(*) FROM pages p WHERE p.document_id = d.id) AS page_count, "
            "length(d.text) AS length "
            "FROM documents d ORDER BY d.title COLLATE NOCASE"
        )
        return [_decode_document(row) for row in rows]

    def original(self, document_id: int) -> bytes | None:
        row = self._one("SELECT data FROM originals WHERE document_id = ?", (document_id,))
        return bytes(row["data"]) if row else None

    def page_rows(self, document_id: int, *, boxes: bool = True) -> list[dict[str, Any]]:
        """A document's pages; without `boxes`, their character boxes are left unread (b"")."""
        column = "boxes" if boxes else "x'' AS boxes"
        return self._all(
            f'SELECT number, width, height, start, "end", {column} FROM pages '
            "WHERE document_id = ? ORDER BY number",
            (document_id,),
        )

    def page_boxes(self, document_id: int, number: int) -> bytes:
        row = self._one(
            "SELECT boxes FROM pages WHERE document_id = ? AND number = ?", (document_id, number))
        return b"" if row is None else bytes(row["boxes"])

    def update_document_title(self, document_id: int, title: str) -> None:
        with self.transaction():
            self._conn.execute("UPDATE documents SET title = ? WHERE id = ?", (title, document_id))

    def text_window(self, document_id: int, start: int, length: int) -> str | None:
        """text[start:start + length] of a document (shorter at its end), read without
        loading the whole text; None when there is no such document."""
        row = self._one(
            "SELECT substr(text, ?, ?) AS part FROM documents WHERE id = ?",
            (start + 1, length, document_id),
        )
        return None if row is None else str(row["part"])

    def update_document_properties(
        self, document_id: int, title: str, metadata: dict[str, Any]
    ) -> None:
        with self.transaction():
            self._conn.execute(
                "UPDATE documents SET title = ?, metadata = ? WHERE id = ?",
                (title, json.dumps(metadata, ensure_ascii=False), document_id),
            )

    def delete_document(self, document_id: int) -> None:
        with self.transaction():
            self._conn.execute("DELETE FROM documents WHERE id = ?", (document_id,))

    def restore_document(
        self,
        row: dict[str, Any],
        original: bytes,
        pages: Iterable[dict[str, Any]],
        annotations: Iterable[dict[str, Any]],
    ) -> None:
        """Put back a deleted document with its own id, pages and annotations."""
        with self.transaction():
            self._conn.execute(
                "INSERT INTO documents (id, title, kind, source, sha256, media_type, metadata, "
                "text, spans, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    row["id"], row["title"], row["kind"], row["source"], row["sha256"],
                    row["media_type"], json.dumps(row["metadata"], ensure_ascii=False),
                    row["text"], json.dumps(row["spans"]), row["imported_at"],
                ),
            )
            self._conn.execute(
                "INSERT INTO originals (document_id, data) VALUES (?, ?)", (row["id"], original)
            )
            self._conn.executemany(
                'INSERT INTO pages (document_id, number, width, height, start, "end", boxes) '
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    (row["id"], p["number"], p["width"], p["height"], p["start"], p["end"],
                     compact_boxes(p["boxes"]))
                    for p in pages
                ),
            )
            for annotation in annotations:
                self.restore_annotation(annotation)


def _decode_document(row: dict[str, Any]) -> dict[str, Any]:
    row["metadata"] = json.loads(row.get("metadata") or "{}")
    if "spans" in row:
        row["spans"] = json.loads(row.get("spans") or "[]")
    return row
