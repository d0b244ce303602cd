"""Document sets: named groups of documents and their members."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from annotator.core.store.base import StoreBase

SETS_FROM_VERSION = 5  # an older file opened read-only has no sets yet


class SetQueries(StoreBase):
    """Queries mixed into Store; they use its connection, `_one`, `_all` and `transaction`."""

    def _has_sets(self) -> bool:
        return self.version >= SETS_FROM_VERSION

    def set_rows(self) -> list[dict[str, Any]]:
        if not self._has_sets():
            return []
        return self._all("SELECT * FROM document_sets ORDER BY position, id")

    def insert_set(self, row: dict[str, Any]) -> int:
        """A new set, placed last unless the row gives its id and position (undo)."""
        with self.transaction():
            position = row.get("position")
            if position is None:
                found = self._one("SELECT ifnull(max(position), -1) + 1 AS p FROM document_sets")
                position = found["p"] if found else 0
            cursor = self._conn.execute(
                "INSERT INTO document_sets (id, name, description, position) VALUES (?, ?, ?, ?)",
                (row.get("id"), row["name"], row.get("description", ""), position),
            )
        return int(cursor.lastrowid or 0)

    def update_set_name(self, set_id: int, name: str) -> None:
        with self.transaction():
            self._conn.execute("UPDATE document_sets SET name = ? WHERE id = ?", (name, set_id))

    def delete_set(self, set_id: int) -> None:
        with self.transaction():
            self._conn.execute("DELETE FROM document_sets WHERE id = ?", (set_id,))

    def set_member_rows(self) -> list[dict[str, Any]]:
        """(set_id, document_id) rows of every set."""
        if not self._has_sets():
            return []
        return self._all("SELECT set_id, document_id FROM set_members ORDER BY set_id, document_id")

    def add_set_members(self, pairs: Iterable[tuple[int, int]]) -> None:
        """Add (set id, document id) pairs; a pair already there is left as is."""
        with self.transaction():
            self._conn.executemany(
                "INSERT OR IGNORE INTO set_members (set_id, document_id) VALUES (?, ?)", pairs
            )

    def remove_set_members(self, pairs: Iterable[tuple[int, int]]) -> None:
        with self.transaction():
            self._conn.executemany(
                "DELETE FROM set_members WHERE set_id = ? AND document_id = ?", pairs
            )
