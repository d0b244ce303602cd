"""Annotations: insert, restore, read in reading order, edit, delete."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from annotator.core.store.base import StoreBase


class AnnotationQueries(StoreBase):
    """Queries mixed into Store; they use its connection, `_one`, `_all` and `transaction`."""

    # -- annotations -------------------------------------------------------------
    def insert_annotation(self, row: dict[str, Any], concept_ids: Sequence[int]) -> dict[str, Any]:
        """Insert a passage with its concepts; its row as stored, as annotation_rows gives
        it (returned by the insert itself: nothing is read back)."""
        with self.transaction():
            [stored] = self._all(
                'INSERT INTO annotations (document_id, start, "end", quote, prefix, suffix, '
                "memo, author, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "RETURNING *",
                (
                    row["document_id"], row["start"], row["end"], row["quote"], row["prefix"],
                    row["suffix"], row["memo"], row["author"], row["created"], row["updated"],
                ),
            )
            self.add_links((stored["id"], c) for c in concept_ids)
        stored["concept_ids"] = tuple(sorted(set(concept_ids)))
        return stored

    def restore_annotation(self, row: dict[str, Any]) -> None:
        """Insert an annotation with its original id and concept links."""
        with self.transaction():
            self._conn.execute(
                'INSERT INTO annotations (id, document_id, start, "end", quote, prefix, suffix, '
                "memo, author, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    row["id"], row["document_id"], row["start"], row["end"], row["quote"],
                    row["prefix"], row["suffix"], row["memo"], row["author"], row["created"],
                    row["updated"],
                ),
            )
            self.add_links((row["id"], c) for c in row["concept_ids"])

    def annotation_rows(
        self, *, document_id: int | None = None, concept_id: int | None = None,
        annotation_ids: Sequence[int] | None = None,
    ) -> list[dict[str, Any]]:
        where, params = [], []
        if document_id is not None:
            where.append("a.document_id = ?")
            params.append(document_id)
        if concept_id is not None:
            where.append(
                "a.id IN (SELECT annotation_id FROM annotation_concepts WHERE concept_id = ?)"
            )
            params.append(concept_id)
        if annotation_ids is not None:
            where.append(f"a.id IN ({', '.join('?' for _ in annotation_ids) or 'NULL'})")
            params.extend(annotation_ids)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        rows = self._all(
            "SELECT a.*, (SELECT group_concat(concept_id) FROM annotation_concepts ac "
            "WHERE ac.annotation_id = a.id) AS concept_list "
            f"FROM annotations a {clause} ORDER BY a.document_id, a.start, a.\"end\", a.id",
            params,
        )
        for row in rows:
            listed = row.pop("concept_list")
            row["concept_ids"] = tuple(sorted(int(c) for c in listed.split(","))) if listed else ()
        return rows

    def passage_index(self, concept_ids: Sequence[int]) -> list[tuple[int, int, str]]:
        """(annotation id, document id, document title) of the annotations carrying any of
        these concepts, in the order passage_rows gives: ids only, for a list that reads
        each passage when it is shown."""
        marks = ", ".join("?" for _ in concept_ids) or "NULL"
        rows = self._conn.execute(
            "SELECT a.id, a.document_id, d.title FROM annotations a "
            "JOIN documents d ON d.id = a.document_id "
            f"WHERE a.id IN (SELECT annotation_id FROM annotation_concepts WHERE concept_id IN "
            f"({marks})) "
            'ORDER BY d.title COLLATE NOCASE, d.id, a.start, a."end", a.id',
            list(concept_ids),
        ).fetchall()
        return [(int(r[0]), int(r[1]), str(r[2])) for r in rows]

    def passage_rows(self, concept_ids: Sequence[int]) -> list[dict[str, Any]]:
        """Annotations carrying any of these concepts, with their document's title, in
        the library's order (title, then reading order): one query."""
        marks = ", ".join("?" for _ in concept_ids) or "NULL"
        rows = self._all(
            "SELECT a.*, d.title AS document_title, (SELECT group_concat(concept_id) "
            "FROM annotation_concepts ac WHERE ac.annotation_id = a.id) AS concept_list "
            "FROM annotations a JOIN documents d ON d.id = a.document_id "
            f"WHERE a.id IN (SELECT annotation_id FROM annotation_concepts WHERE concept_id IN "
            f"({marks})) "
            'ORDER BY d.title COLLATE NOCASE, d.id, a.start, a."end", a.id',
            list(concept_ids),
        )
        for row in rows:
            listed = row.pop("concept_list")
            row["concept_ids"] = tuple(sorted(int(c) for c in listed.split(","))) if listed else ()
        return rows

    def annotation_id_at(self, document_id: int, start: int, end: int) -> int | None:
        """The oldest annotation covering exactly text[start:end] (an indexed lookup)."""
        row = self._one(
            'SELECT id FROM annotations WHERE document_id = ? AND start = ? AND "end" = ? '
            "ORDER BY id LIMIT 1",
            (document_id, start, end),
        )
        return None if row is None else int(row["id"])

    def annotation_counts(self, document_ids: Sequence[int]) -> dict[int, int]:
        """{document id: number of annotations} for these documents (0 included)."""
        marks = ", ".join("?" for _ in document_ids) or "NULL"
        rows = self._all(
            f"SELECT document_id, count(*) AS n FROM annotations WHERE document_id IN ({marks}) "
            "GROUP BY document_id",
            list(document_ids),
        )
        counts = dict.fromkeys(document_ids, 0)
        counts.update({int(r["document_id"]): int(r["n"]) for r in rows})
        return counts

    def update_annotation(
        self, annotation_id: int, changes: dict[str, Any], expected: dict[str, Any] | None = None
    ) -> bool:
        """Change an annotation's fields; with `expected` ({column: value}) only while
        it still holds those values, in the same statement. False when nothing changed."""
        allowed = {"memo", "start", "end", "quote", "prefix", "suffix", "updated", "author"}
        unknown = (set(changes) | set(expected or {})) - allowed
        if unknown:
            raise ValueError(f"unknown annotation fields: {sorted(unknown)}")
        assignments = ", ".join(f'"{column}" = ?' for column in changes)
        conditions = "".join(f' AND "{column}" IS ?' for column in expected or {})
        with self.transaction():
            cursor = self._conn.execute(
                f"UPDATE annotations SET {assignments} WHERE id = ?{conditions}",
                (*changes.values(), annotation_id, *(expected or {}).values()),
            )
        return cursor.rowcount > 0

    def memo_edited(self, annotation_id: int) -> tuple[str, str]:
        """("", when the passage last changed): a file does not record who changed a
        memo (its `author` is the passage's coder), only the passage's `updated` time."""
        row = self._one("SELECT updated FROM annotations WHERE id = ?", (annotation_id,))
        return "", str(row["updated"]) if row else ""

    def set_annotation_concepts(self, annotation_id: int, concept_ids: Sequence[int]) -> None:
        with self.transaction():
            self._conn.execute(
                "DELETE FROM annotation_concepts WHERE annotation_id = ?", (annotation_id,)
            )
            self.add_links((annotation_id, c) for c in concept_ids)

    def delete_annotation(self, annotation_id: int) -> None:
        with self.transaction():
            self._conn.execute("DELETE FROM annotations WHERE id = ?", (annotation_id,))

    def counts(self) -> dict[str, int]:
        row = self._one(
            "SELECT (SELECT count(*) FROM documents) AS documents, "
            "(SELECT count(*) FROM concepts) AS concepts, "
            "(SELECT count(*) FROM annotations) AS annotations"
        )
        return {k: int(v) for k, v in (row or {}).items()}
