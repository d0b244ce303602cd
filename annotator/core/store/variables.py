"""Document variables: their definitions and each document's values."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from annotator.core.store.base import StoreBase

VARIABLES_FROM_VERSION = 4  # an older file opened read-only has no variables yet


class VariableQueries(StoreBase):
    """Queries mixed into Store; they use its connection, `_one`, `_all` and `transaction`."""

    def _has_variables(self) -> bool:
        return self.version >= VARIABLES_FROM_VERSION

    def variable_rows(self) -> list[dict[str, Any]]:
        if not self._has_variables():
            return []
        rows = self._all("SELECT * FROM variables ORDER BY position, id")
        for row in rows:
            row["choices"] = tuple(json.loads(row["choices"]))
        return rows

    def insert_variable(self, row: dict[str, Any]) -> int:
        """A new variable, placed last unless the row gives its id and position (undo)."""
        with self.transaction():
            position = row.get("position")
            if position is None:
                found = self._one("SELECT ifnull(max(position), -1) + 1 AS p FROM variables")
                position = found["p"] if found else 0
            cursor = self._conn.execute(
                "INSERT INTO variables (id, name, type, choices, position) VALUES (?, ?, ?, ?, ?)",
                (
                    row.get("id"),
                    row["name"],
                    row["type"],
                    json.dumps(list(row["choices"]), ensure_ascii=False),
                    position,
                ),
            )
        return int(cursor.lastrowid or 0)

    def delete_variable(self, variable_id: int) -> None:
        with self.transaction():
            self._conn.execute("DELETE FROM variables WHERE id = ?", (variable_id,))

    def variable_value_rows(
        self, *, document_ids: Sequence[int] | None = None, variable_id: int | None = None
    ) -> list[dict[str, Any]]:
        """(document_id, variable_id, value) rows, of these documents or this variable."""
        if not self._has_variables():
            return []
        where: list[str] = []
        params: list[Any] = []
        if document_ids is not None:
            where.append(f"document_id IN ({', '.join('?' for _ in document_ids) or 'NULL'})")
            params.extend(document_ids)
        if variable_id is not None:
            where.append("variable_id = ?")
            params.append(variable_id)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        return self._all(
            f"SELECT document_id, variable_id, value FROM document_variables {clause} "
            "ORDER BY document_id, variable_id",
            params,
        )

    def set_variable_values(self, rows: Iterable[tuple[int, int, str | None]]) -> None:
        """Set (document_id, variable_id, value) values; None clears one."""
        with self.transaction():
            for document_id, variable_id, value in rows:
                if value is None:
                    self._conn.execute(
                        "DELETE FROM document_variables WHERE document_id = ? AND variable_id = ?",
                        (document_id, variable_id),
                    )
                else:
                    self._conn.execute(
                        "INSERT INTO document_variables (document_id, variable_id, value) "
                        "VALUES (?, ?, ?) ON CONFLICT (document_id, variable_id) "
                        "DO UPDATE SET value = excluded.value",
                        (document_id, variable_id, value),
                    )
