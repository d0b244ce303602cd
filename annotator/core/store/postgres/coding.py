"""The codebook and the passages on the server: concepts, annotations and their links.

A coder may change or delete only their own passages: row-level security makes
the server skip the others' rows, which a plain UPDATE or DELETE would not
notice. Each such edit therefore checks that it changed its row, and says who
owns the passage when it did not.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC
from typing import Any

from annotator.core.errors import ServerCause
from annotator.core.store.postgres.connection import ServerBase
from annotator.core.store.postgres.errors import ServerNotAllowed
from annotator.core.store.postgres.schema import OWNER_ROLE
from annotator.core.store.schema import _CONCEPT_COLUMNS

_ANNOTATION_FIELDS = {"memo", "start", "end", "quote", "prefix", "suffix", "updated", "author"}
_CONCEPT_FIELDS = {"name", "color", "description", "shortcut", "parent_id", "position"}
# an annotation row's values, in the order of the INSERT statements' columns
_INSERTED_FIELDS = (
    "document_id",
    "start",
    "end",
    "quote",
    "prefix",
    "suffix",
    "memo",
    "author",
    "created",
    "updated",
)

_WITH_CONCEPTS = (
    'SELECT a.id, a.document_id, a.start, a."end", a.quote, a.prefix, a.suffix, a.memo, '
    "a.author, a.created, a.updated, ARRAY(SELECT ac.concept_id FROM annotation_concepts ac "
    "WHERE ac.annotation_id = a.id ORDER BY ac.concept_id) AS concept_ids"
)


class ServerConceptQueries(ServerBase):
    """The concept queries of Store, in PostgreSQL."""

    def concept_rows(self) -> list[dict[str, Any]]:
        return self._all(
            "SELECT c.*, (SELECT count(*) FROM annotation_concepts ac "
            "WHERE ac.concept_id = c.id) AS usage FROM concepts c "
            "ORDER BY coalesce(c.parent_id, 0), c.position, c.id"
        )

    def concept_usage_of(self, concept_ids: Sequence[int]) -> dict[int, int]:
        rows = self._all(
            "SELECT concept_id, count(*) AS n FROM annotation_concepts "
            "WHERE concept_id = ANY(%s) GROUP BY concept_id",
            (list(concept_ids),),
        )
        usage = dict.fromkeys(concept_ids, 0)
        usage.update({int(r["concept_id"]): int(r["n"]) for r in rows})
        return usage

    def concept_with_shortcut(self, key: str) -> dict[str, Any] | None:
        return self._one("SELECT * FROM concepts WHERE shortcut = %s ORDER BY id LIMIT 1", (key,))

    def concept_row(self, concept_id: int) -> dict[str, Any] | None:
        return self._one("SELECT * FROM concepts WHERE id = %s", (concept_id,))

    def next_concept_position(self, parent_id: int | None) -> int:
        row = self._one(
            "SELECT coalesce(max(position), -1) + 1 AS next FROM concepts "
            "WHERE coalesce(parent_id, 0) = coalesce(%s::bigint, 0)",
            (parent_id,),
        )
        return int(row["next"]) if row else 0

    def insert_concept(self, row: dict[str, Any]) -> int:
        """Insert a concept row (its id given, or None for a new one); returns its id."""
        unknown = set(row) - _CONCEPT_COLUMNS
        if unknown:
            raise ValueError(f"unknown concept fields: {sorted(unknown)}")
        values = {k: v for k, v in row.items() if not (k == "id" and v is None)}
        with self.transaction():
            found = self._one(
                f"INSERT INTO concepts ({', '.join(values)}) "
                f"VALUES ({', '.join('%s' for _ in values)}) RETURNING id",
                tuple(values.values()),
            )
        return int(found["id"]) if found else 0

    def update_concept(
        self, concept_id: int, changes: dict[str, Any], expected: dict[str, Any] | None = None
    ) -> bool:
        unknown = (set(changes) | set(expected or {})) - _CONCEPT_FIELDS
        if unknown:
            raise ValueError(f"unknown concept fields: {sorted(unknown)}")
        assignments = ", ".join(f"{column} = %s" for column in changes)
        conditions = "".join(f" AND {column} IS NOT DISTINCT FROM %s" for column in expected or {})
        with self.transaction():
            cursor = self._run(
                f"UPDATE concepts SET {assignments} WHERE id = %s{conditions}",
                (*changes.values(), concept_id, *(expected or {}).values()),
            )
        return cursor.rowcount > 0

    def concept_edited(self, concept_id: int) -> tuple[str, str]:
        """Who last changed the concept's name, colour, description or key, and when, as
        the server recorded them (login, ISO time in UTC; "" for what it does not know)."""
        row = self._one("SELECT edited_by, edited_at FROM concepts WHERE id = %s", (concept_id,))
        return _stamp(row, "edited_by", "edited_at")

    def delete_concept(self, concept_id: int) -> None:
        with self.transaction():
            self._run("DELETE FROM concepts WHERE id = %s", (concept_id,))

    def concept_links(self, concept_ids: Sequence[int]) -> list[tuple[int, int]]:
        if not concept_ids:
            return []
        rows = self._all(
            "SELECT annotation_id, concept_id FROM annotation_concepts WHERE concept_id = ANY(%s)",
            (list(concept_ids),),
        )
        return [(int(r["annotation_id"]), int(r["concept_id"])) for r in rows]

    def add_links(self, links: Iterable[tuple[int, int]]) -> None:
        with self.transaction():
            self._run_many(
                "INSERT INTO annotation_concepts (annotation_id, concept_id) VALUES (%s, %s) "
                "ON CONFLICT DO NOTHING",
                links,
            )

    def remove_links(self, links: Iterable[tuple[int, int]]) -> None:
        with self.transaction():
            self._run_many(
                "DELETE FROM annotation_concepts WHERE annotation_id = %s AND concept_id = %s",
                links,
            )


class ServerAnnotationQueries(ServerBase):
    """The annotation queries of Store, in PostgreSQL."""

    def insert_annotation(self, row: dict[str, Any], concept_ids: Sequence[int]) -> dict[str, Any]:
        """A new passage, its row as stored (annotation_rows). Its coder is the server
        login, whatever the row says, except for an owner, who may sign it with another
        coder's name (a merged coder's copy keeps its coders; the owner's own passages
        carry the login Project was given)."""
        with self.transaction():
            found = self._one(
                'INSERT INTO annotations (document_id, start, "end", quote, prefix, suffix, '
                "memo, author, created, updated) "
                "VALUES (%s, %s, %s, %s, %s, %s, %s, "
                f"CASE WHEN pg_has_role('{OWNER_ROLE}', 'MEMBER') "
                "THEN %s ELSE current_user END, %s, %s) RETURNING id",
                tuple(row[field] for field in _INSERTED_FIELDS),
            )
            annotation_id = int(found["id"]) if found else 0
            self.add_links((annotation_id, c) for c in concept_ids)
        [stored] = self.annotation_rows(annotation_ids=[annotation_id])
        return stored

    def restore_annotation(self, row: dict[str, Any]) -> None:
        """Insert an annotation with its original id and concept links."""
        with self.transaction():
            self._run(
                'INSERT INTO annotations (id, document_id, start, "end", quote, prefix, suffix, '
                "memo, author, created, updated) "
                "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                (row["id"], *(row[field] for field in _INSERTED_FIELDS)),
            )
            self.add_links((row["id"], c) for c in row["concept_ids"])

    def annotation_rows(
        self,
        *,
        document_id: int | None = None,
        concept_id: int | None = None,
        annotation_ids: Sequence[int] | None = None,
    ) -> list[dict[str, Any]]:
        where: list[str] = []
        params: list[Any] = []
        if document_id is not None:
            where.append("a.document_id = %s")
            params.append(document_id)
        if concept_id is not None:
            where.append(
                "a.id IN (SELECT annotation_id FROM annotation_concepts WHERE concept_id = %s)"
            )
            params.append(concept_id)
        if annotation_ids is not None:
            where.append("a.id = ANY(%s)")
            params.append(list(annotation_ids))
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        return _with_tuples(
            self._all(
                f"{_WITH_CONCEPTS} FROM annotations a {clause} "
                'ORDER BY a.document_id, a.start, a."end", a.id',
                params,
            )
        )

    def passage_index(self, concept_ids: Sequence[int]) -> list[tuple[int, int, str]]:
        rows = self._all(
            "SELECT a.id, a.document_id, d.title FROM annotations a "
            "JOIN documents d ON d.id = a.document_id "
            "WHERE a.id IN (SELECT annotation_id FROM annotation_concepts "
            "WHERE concept_id = ANY(%s)) "
            'ORDER BY lower(d.title), d.id, a.start, a."end", a.id',
            (list(concept_ids),),
        )
        return [(int(r["id"]), int(r["document_id"]), str(r["title"])) for r in rows]

    def passage_rows(self, concept_ids: Sequence[int]) -> list[dict[str, Any]]:
        return _with_tuples(
            self._all(
                f"{_WITH_CONCEPTS}, d.title AS document_title "
                "FROM annotations a JOIN documents d ON d.id = a.document_id "
                "WHERE a.id IN (SELECT annotation_id FROM annotation_concepts "
                "WHERE concept_id = ANY(%s)) "
                'ORDER BY lower(d.title), d.id, a.start, a."end", a.id',
                (list(concept_ids),),
            )
        )

    def annotation_id_at(self, document_id: int, start: int, end: int) -> int | None:
        row = self._one(
            'SELECT id FROM annotations WHERE document_id = %s AND start = %s AND "end" = %s '
            "ORDER BY id LIMIT 1",
            (document_id, start, end),
        )
        return None if row is None else int(row["id"])

    def annotation_counts(self, document_ids: Sequence[int]) -> dict[int, int]:
        rows = self._all(
            "SELECT document_id, count(*) AS n FROM annotations "
            "WHERE document_id = ANY(%s) GROUP BY document_id",
            (list(document_ids),),
        )
        counts = dict.fromkeys(document_ids, 0)
        counts.update({int(r["document_id"]): int(r["n"]) for r in rows})
        return counts

    def update_annotation(
        self, annotation_id: int, changes: dict[str, Any], expected: dict[str, Any] | None = None
    ) -> bool:
        """Change a passage's fields; with `expected` ({column: value}) only while it
        still holds those values, compared and changed in one statement: False when
        another coder changed them first (a passage the coder may not change is refused)."""
        unknown = (set(changes) | set(expected or {})) - _ANNOTATION_FIELDS
        if unknown:
            raise ValueError(f"unknown annotation fields: {sorted(unknown)}")
        assignments = ", ".join(f'"{column}" = %s' for column in changes)
        conditions = "".join(
            f' AND "{column}" IS NOT DISTINCT FROM %s' for column in expected or {}
        )
        with self.transaction():
            cursor = self._run(
                f"UPDATE annotations SET {assignments} WHERE id = %s{conditions}",
                (*changes.values(), annotation_id, *(expected or {}).values()),
            )
            if cursor.rowcount or (expected and self._differs(annotation_id, expected)):
                return cursor.rowcount > 0
            self._check_changed(annotation_id, cursor.rowcount)
        return False

    def _differs(self, annotation_id: int, expected: dict[str, Any]) -> bool:
        """True when the passage exists and no longer holds the `expected` values."""
        columns = ", ".join(f'"{column}"' for column in expected)
        row = self._one(f"SELECT {columns} FROM annotations WHERE id = %s", (annotation_id,))
        return row is not None and any(row[c] != value for c, value in expected.items())

    def memo_edited(self, annotation_id: int) -> tuple[str, str]:
        """Who last changed the passage's memo, and when, as the server recorded them
        (login, ISO time in UTC; "" for what it does not know)."""
        row = self._one("SELECT memo_by, memo_at FROM annotations WHERE id = %s", (annotation_id,))
        return _stamp(row, "memo_by", "memo_at")

    def set_annotation_concepts(self, annotation_id: int, concept_ids: Sequence[int]) -> None:
        with self.transaction():
            self._check_changed(
                annotation_id,
                self._run(
                    "UPDATE annotations SET id = id WHERE id = %s", (annotation_id,)
                ).rowcount,
            )
            self._run("DELETE FROM annotation_concepts WHERE annotation_id = %s", (annotation_id,))
            self.add_links((annotation_id, c) for c in concept_ids)

    def delete_annotation(self, annotation_id: int) -> None:
        with self.transaction():
            cursor = self._run("DELETE FROM annotations WHERE id = %s", (annotation_id,))
            self._check_changed(annotation_id, cursor.rowcount)

    def _check_changed(self, annotation_id: int, changed: int) -> None:
        """Refuse, naming its coder, an edit the server skipped for another coder's passage."""
        if changed:
            return
        row = self._one("SELECT author FROM annotations WHERE id = %s", (annotation_id,))
        if row is not None:
            raise ServerNotAllowed.coded(
                self.location,
                ServerCause.NOT_THEIR_PASSAGE,
                passage=annotation_id,
                coder=row["author"],
            )

    def counts(self) -> dict[str, int]:
        row = self._one(
            "SELECT (SELECT count(*) FROM documents) AS documents, "
            "(SELECT count(*) FROM concepts) AS concepts, "
            "(SELECT count(*) FROM annotations) AS annotations"
        )
        return {k: int(v) for k, v in (row or {}).items()}


def _with_tuples(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for row in rows:
        row["concept_ids"] = tuple(int(c) for c in row["concept_ids"])
    return rows


def _stamp(row: dict[str, Any] | None, by: str, at: str) -> tuple[str, str]:
    """(login, ISO time in UTC to the second) of a row's server-set edit columns."""
    if row is None or row[at] is None:
        return "", ""
    return str(row[by] or ""), row[at].astimezone(UTC).isoformat(timespec="seconds")
