"""Missing sources, search, settings, other tools' GUIDs, variables and sets, on the server."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from annotator.core.store.postgres.connection import ServerBase
from annotator.core.store.postgres.search import to_tsquery_text

_REFI_KEYS = frozenset({"concept_id", "document_id", "annotation_id", "user_name"})


class ServerLookupQueries(ServerBase):
    """The lookup queries of Store, in PostgreSQL."""

    # -- missing sources ---------------------------------------------------------
    def upsert_missing_source(self, row: dict[str, Any]) -> int:
        with self.transaction():
            found = self._one(
                "INSERT INTO missing_sources AS m (url, title, collection, error, added_at, "
                "tried_at) VALUES (%(url)s, %(title)s, %(collection)s, %(error)s, %(tried_at)s, "
                "%(tried_at)s) ON CONFLICT (url) DO UPDATE SET error = excluded.error, "
                "tried_at = excluded.tried_at, attempts = m.attempts + 1, "
                "title = CASE WHEN excluded.title = '' THEN m.title ELSE excluded.title END, "
                "collection = CASE WHEN excluded.collection = '' THEN m.collection "
                "ELSE excluded.collection END RETURNING id",
                row,
            )
        return int(found["id"]) if found else 0

    def missing_source_rows(self) -> list[dict[str, Any]]:
        return self._all("SELECT * FROM missing_sources ORDER BY collection, added_at, id")

    def missing_source_row(self, missing_id: int) -> dict[str, Any] | None:
        return self._one("SELECT * FROM missing_sources WHERE id = %s", (missing_id,))

    def delete_missing_source(self, missing_id: int) -> None:
        with self.transaction():
            self._run("DELETE FROM missing_sources WHERE id = %s", (missing_id,))

    # -- search ------------------------------------------------------------------
    def search_documents(self, fts_query: str, limit: int) -> list[int]:
        """Ids of documents whose title or text match, best first."""
        return self._ranked("documents", fts_query, limit)

    def search_memos(self, fts_query: str, limit: int) -> list[int]:
        return self._ranked("annotations", fts_query, limit)

    def _ranked(self, table: str, fts_query: str, limit: int) -> list[int]:
        rows = self._all(
            f"SELECT id FROM {table}, to_tsquery('annotator_search', %s) AS q "
            "WHERE search @@ q ORDER BY ts_rank(search, q) DESC, id LIMIT %s",
            (to_tsquery_text(fts_query), limit),
        )
        return [int(row["id"]) for row in rows]

    def document_texts(self, document_ids: Sequence[int]) -> dict[int, tuple[str, str]]:
        rows = self._all(
            "SELECT id, title, text FROM documents WHERE id = ANY(%s)", (list(document_ids),)
        )
        return {int(r["id"]): (r["title"], r["text"]) for r in rows}

    def document_titles(self, document_ids: Iterable[int]) -> dict[int, str]:
        rows = self._all(
            "SELECT id, title FROM documents WHERE id = ANY(%s)", (list(document_ids),)
        )
        return {int(r["id"]): r["title"] for r in rows}

    # -- settings ----------------------------------------------------------------
    def get_setting(self, key: str) -> str | None:
        row = self._one("SELECT value FROM settings WHERE key = %s", (key,))
        return str(row["value"]) if row else None

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction():
            self._run(
                "INSERT INTO settings (key, value) VALUES (%s, %s) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    # -- GUIDs kept from REFI-QDA imports ------------------------------------------
    def refi_guid_rows(self) -> list[dict[str, Any]]:
        return self._all(
            "SELECT guid, concept_id, document_id, annotation_id, user_name FROM refi_guids"
        )

    def keep_refi_guids(self, rows: Iterable[tuple[str, object, str]]) -> None:
        with self.transaction():
            for column, key, guid in rows:
                if column not in _REFI_KEYS:
                    raise ValueError(f"unknown REFI GUID key {column!r}")
                self._run(
                    f"INSERT INTO refi_guids (guid, {column}) VALUES (%s, %s) "
                    "ON CONFLICT DO NOTHING",
                    (guid, key),
                )

    # -- document variables --------------------------------------------------------
    def variable_rows(self) -> list[dict[str, Any]]:
        rows = self._all("SELECT * FROM variables ORDER BY position, id")
        for row in rows:
            row["choices"] = tuple(json.loads(row["choices"]))
        return rows

    def insert_variable(self, row: dict[str, Any]) -> int:
        with self.transaction():
            position = row.get("position")
            if position is None:
                found = self._one("SELECT coalesce(max(position), -1) + 1 AS p FROM variables")
                position = found["p"] if found else 0
            values = {
                "name": row["name"],
                "type": row["type"],
                "position": position,
                "choices": json.dumps(list(row["choices"]), ensure_ascii=False),
            }
            if row.get("id") is not None:
                values["id"] = row["id"]
            inserted = self._one(
                f"INSERT INTO variables ({', '.join(values)}) "
                f"VALUES ({', '.join('%s' for _ in values)}) RETURNING id",
                tuple(values.values()),
            )
        return int(inserted["id"]) if inserted else 0

    def delete_variable(self, variable_id: int) -> None:
        with self.transaction():
            self._run("DELETE FROM variables WHERE id = %s", (variable_id,))

    def variable_value_rows(
        self, *, document_ids: Sequence[int] | None = None, variable_id: int | None = None
    ) -> list[dict[str, Any]]:
        where: list[str] = []
        params: list[Any] = []
        if document_ids is not None:
            where.append("document_id = ANY(%s)")
            params.append(list(document_ids))
        if variable_id is not None:
            where.append("variable_id = %s")
            params.append(variable_id)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        return self._all(
            f"SELECT document_id, variable_id, value FROM document_variables "
            f"{clause} ORDER BY document_id, variable_id",
            params,
        )

    def set_variable_values(self, rows: Iterable[tuple[int, int, str | None]]) -> None:
        with self.transaction():
            for document_id, variable_id, value in rows:
                if value is None:
                    self._run(
                        "DELETE FROM document_variables "
                        "WHERE document_id = %s AND variable_id = %s",
                        (document_id, variable_id),
                    )
                else:
                    self._run(
                        "INSERT INTO document_variables (document_id, variable_id, value) "
                        "VALUES (%s, %s, %s) ON CONFLICT (document_id, variable_id) "
                        "DO UPDATE SET value = excluded.value",
                        (document_id, variable_id, value),
                    )

    # -- document sets -----------------------------------------------------------
    def set_rows(self) -> list[dict[str, Any]]:
        return self._all("SELECT * FROM document_sets ORDER BY position, id")

    def insert_set(self, row: dict[str, Any]) -> int:
        with self.transaction():
            position = row.get("position")
            if position is None:
                found = self._one("SELECT coalesce(max(position), -1) + 1 AS p FROM document_sets")
                position = found["p"] if found else 0
            values = {
                "name": row["name"],
                "description": row.get("description", ""),
                "position": position,
            }
            if row.get("id") is not None:
                values["id"] = row["id"]
            inserted = self._one(
                f"INSERT INTO document_sets ({', '.join(values)}) "
                f"VALUES ({', '.join('%s' for _ in values)}) RETURNING id",
                tuple(values.values()),
            )
        return int(inserted["id"]) if inserted else 0

    def update_set_name(self, set_id: int, name: str) -> None:
        with self.transaction():
            self._run("UPDATE document_sets SET name = %s WHERE id = %s", (name, set_id))

    def delete_set(self, set_id: int) -> None:
        with self.transaction():
            self._run("DELETE FROM document_sets WHERE id = %s", (set_id,))

    def set_member_rows(self) -> list[dict[str, Any]]:
        return self._all("SELECT set_id, document_id FROM set_members ORDER BY set_id, document_id")

    def add_set_members(self, pairs: Iterable[tuple[int, int]]) -> None:
        with self.transaction():
            self._run_many(
                "INSERT INTO set_members (set_id, document_id) VALUES (%s, %s) "
                "ON CONFLICT DO NOTHING",
                pairs,
            )

    def remove_set_members(self, pairs: Iterable[tuple[int, int]]) -> None:
        with self.transaction():
            self._run_many("DELETE FROM set_members WHERE set_id = %s AND document_id = %s", pairs)
