"""The concept tree and the links between concepts and annotations."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from annotator.core.store.base import StoreBase
from annotator.core.store.schema import _CONCEPT_COLUMNS

CONCEPT_USAGE_FROM_VERSION = 7  # an older file opened read-only counts the links


class ConceptQueries(StoreBase):
    """Queries mixed into Store; they use its connection, `_one`, `_all` and `transaction`."""

    # -- concepts ----------------------------------------------------------------
    def _has_usage_counts(self) -> bool:
        return self.version >= CONCEPT_USAGE_FROM_VERSION

    def concept_rows(self) -> list[dict[str, Any]]:
        if not self._has_usage_counts():
            return self._all(
                "SELECT c.*, (SELECT count(*) FROM annotation_concepts ac "
                "WHERE ac.concept_id = c.id) AS usage FROM concepts c "
                "ORDER BY ifnull(c.parent_id, 0), c.position, c.id"
            )
        return self._all(
            "SELECT c.*, ifnull(u.uses, 0) AS usage FROM concepts c "
            "LEFT JOIN concept_usage u ON u.concept_id = c.id "
            "ORDER BY ifnull(c.parent_id, 0), c.position, c.id"
        )

    def concept_usage_of(self, concept_ids: Sequence[int]) -> dict[int, int]:
        """{concept id: number of annotations carrying it} for these concepts only: one
        row each of the counts the triggers keep (a file too old to have them, open
        read-only, counts each concept's links)."""
        query = ("SELECT uses AS n FROM concept_usage WHERE concept_id = ?"
                 if self._has_usage_counts()
                 else "SELECT count(*) AS n FROM annotation_concepts WHERE concept_id = ?")
        usage = {}
        for concept_id in concept_ids:
            row = self._one(query, (concept_id,))
            usage[concept_id] = int(row["n"]) if row else 0
        return usage

    def concept_with_shortcut(self, key: str) -> dict[str, Any] | None:
        return self._one(
            "SELECT * FROM concepts WHERE shortcut = ? ORDER BY id LIMIT 1", (key,))

    def concept_row(self, concept_id: int) -> dict[str, Any] | None:
        return self._one("SELECT * FROM concepts WHERE id = ?", (concept_id,))

    def next_concept_position(self, parent_id: int | None) -> int:
        row = self._one(
            "SELECT ifnull(max(position), -1) + 1 AS next FROM concepts "
            "WHERE ifnull(parent_id, 0) = ifnull(?, 0)",
            (parent_id,),
        )
        return int(row["next"]) if row else 0

    def insert_concept(self, row: dict[str, Any]) -> int:
        """Insert a concept row (its id given, or None for a new one); returns its id."""
        unknown = set(row) - _CONCEPT_COLUMNS
        if unknown:
            raise ValueError(f"unknown concept fields: {sorted(unknown)}")
        with self.transaction():
            cursor = self._conn.execute(
                f"INSERT INTO concepts ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})",
                tuple(row.values()),
            )
        return int(row["id"]) if row.get("id") is not None else int(cursor.lastrowid or 0)

    def update_concept(
        self, concept_id: int, changes: dict[str, Any], expected: dict[str, Any] | None = None
    ) -> bool:
        """Change a concept's fields; with `expected` ({column: value}) only while it
        still holds those values, in the same statement. False when nothing changed."""
        allowed = {"name", "color", "description", "shortcut", "parent_id", "position"}
        unknown = (set(changes) | set(expected or {})) - allowed
        if unknown:
            raise ValueError(f"unknown concept fields: {sorted(unknown)}")
        assignments = ", ".join(f"{column} = ?" for column in changes)
        conditions = "".join(f" AND {column} IS ?" for column in expected or {})
        with self.transaction():
            cursor = self._conn.execute(
                f"UPDATE concepts SET {assignments} WHERE id = ?{conditions}",
                (*changes.values(), concept_id, *(expected or {}).values()),
            )
        return cursor.rowcount > 0

    def concept_edited(self, concept_id: int) -> tuple[str, str]:
        """("", ""): a file records neither who changed a concept nor when."""
        return "", ""

    def delete_concept(self, concept_id: int) -> None:
        with self.transaction():
            self._conn.execute("DELETE FROM concepts WHERE id = ?", (concept_id,))

    def concept_links(self, concept_ids: Sequence[int]) -> list[tuple[int, int]]:
        """(annotation_id, concept_id) pairs that involve any of these concepts."""
        if not concept_ids:
            return []
        marks = ", ".join("?" for _ in concept_ids)
        rows = self._conn.execute(
            "SELECT annotation_id, concept_id FROM annotation_concepts "
            f"WHERE concept_id IN ({marks})",
            tuple(concept_ids),
        ).fetchall()
        return [(int(a), int(c)) for a, c in rows]

    def add_links(self, links: Iterable[tuple[int, int]]) -> None:
        with self.transaction():
            self._conn.executemany(
                "INSERT OR IGNORE INTO annotation_concepts (annotation_id, concept_id) "
                "VALUES (?, ?)",
                links,
            )

    def remove_links(self, links: Iterable[tuple[int, int]]) -> None:
        with self.transaction():
            self._conn.executemany(
                "DELETE FROM annotation_concepts WHERE annotation_id = ? AND concept_id = ?",
                links,
            )
