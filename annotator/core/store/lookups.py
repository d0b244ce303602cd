"""Missing sources, full-text search, project settings and other tools' GUIDs."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from annotator.core.errors import (
    SearchCause,
    SearchQueryError,
)
from annotator.core.store.base import StoreBase


class LookupQueries(StoreBase):
    """Queries mixed into Store; they use its connection, `_one`, `_all` and `transaction`."""

    # -- missing sources ---------------------------------------------------------
    def upsert_missing_source(self, row: dict[str, Any]) -> int:
        """Insert a missing source, or update the one with the same URL; returns its id."""
        with self.transaction():
            self._conn.execute(
                "INSERT INTO missing_sources (url, title, collection, error, added_at, tried_at) "
                "VALUES (:url, :title, :collection, :error, :tried_at, :tried_at) "
                "ON CONFLICT (url) DO UPDATE SET error = excluded.error, "
                "tried_at = excluded.tried_at, attempts = attempts + 1, "
                "title = CASE WHEN excluded.title = '' THEN title ELSE excluded.title END, "
                "collection = CASE WHEN excluded.collection = '' THEN collection "
                "ELSE excluded.collection END",
                row,
            )
            found = self._one("SELECT id FROM missing_sources WHERE url = ?", (row["url"],))
        return int(found["id"]) if found else 0

    def missing_source_rows(self) -> list[dict[str, Any]]:
        if self.version < 2:
            return []
        return self._all("SELECT * FROM missing_sources ORDER BY collection, added_at, id")

    def missing_source_row(self, missing_id: int) -> dict[str, Any] | None:
        if self.version < 2:
            return None
        return self._one("SELECT * FROM missing_sources WHERE id = ?", (missing_id,))

    def delete_missing_source(self, missing_id: int) -> None:
        with self.transaction():
            self._conn.execute("DELETE FROM missing_sources WHERE id = ?", (missing_id,))

    # -- search ------------------------------------------------------------------
    def search_documents(self, fts_query: str, limit: int) -> list[int]:
        """Ids of documents whose title or text match, best first."""
        return self._fts_ids(
            "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?",
            (fts_query, limit),
        )

    def search_memos(self, fts_query: str, limit: int) -> list[int]:
        return self._fts_ids(
            "SELECT rowid FROM memos_fts WHERE memos_fts MATCH ? ORDER BY rank LIMIT ?",
            (fts_query, limit),
        )

    def _fts_ids(self, sql: str, params: Sequence[Any]) -> list[int]:
        try:
            return [int(row[0]) for row in self._conn.execute(sql, params)]
        except sqlite3.OperationalError as exc:
            raise SearchQueryError.coded("", SearchCause.NOT_UNDERSTOOD, detail=exc) from exc

    def document_texts(self, document_ids: Sequence[int]) -> dict[int, tuple[str, str]]:
        """{id: (title, text)} for these documents."""
        if not document_ids:
            return {}
        marks = ", ".join("?" for _ in document_ids)
        rows = self._conn.execute(
            f"SELECT id, title, text FROM documents WHERE id IN ({marks})", tuple(document_ids)
        )
        return {int(r["id"]): (r["title"], r["text"]) for r in rows}

    def document_titles(self, document_ids: Iterable[int]) -> dict[int, str]:
        """{id: title} for these documents (their texts are not read)."""
        ids = tuple(document_ids)
        if not ids:
            return {}
        marks = ", ".join("?" for _ in ids)
        rows = self._conn.execute(f"SELECT id, title FROM documents WHERE id IN ({marks})", ids)
        return {int(r["id"]): r["title"] for r in rows}

    # -- settings ----------------------------------------------------------------
    def get_setting(self, key: str) -> str | None:
        row = self._one("SELECT value FROM settings WHERE key = ?", (key,))
        return str(row["value"]) if row else None

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction():
            self._conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    # -- GUIDs kept from REFI-QDA imports ------------------------------------------
    def refi_guid_rows(self) -> list[dict[str, Any]]:
        """Every kept GUID with the key of its item (one of concept_id, document_id,
        annotation_id, user_name set)."""
        if self.version < 3:
            return []
        return self._all("SELECT guid, concept_id, document_id, annotation_id, user_name "
                         "FROM refi_guids")

    def keep_refi_guids(self, rows: Iterable[tuple[str, object, str]]) -> None:
        """Store (key column, key, guid) rows; a GUID or item that has one already is skipped."""
        with self.transaction():
            for column, key, guid in rows:
                if column not in _REFI_KEYS:
                    raise ValueError(f"unknown REFI GUID key {column!r}")
                self._conn.execute(
                    f"INSERT OR IGNORE INTO refi_guids (guid, {column}) VALUES (?, ?)",
                    (guid, key))


_REFI_KEYS = frozenset({"concept_id", "document_id", "annotation_id", "user_name"})
