"""A server project's tables as rows, read and written whole (annotator.core.copying).

Rows go in with COPY, keeping their ids, coders, dates and bytes; the identity
sequences then move past the copied ids, so new rows never collide with them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg import sql

from annotator.core.store.postgres.schema import (
    CHANGES_CHANNEL,
    IDENTITY_TABLES,
    SERVER_SET_COLUMNS,
    TABLES,
)
from annotator.core.store.postgres.store import ServerStore

# stored search vectors and text lengths: the server computes them; and who last edited
# a memo or concept, which the server sets for each edit made on it
_GENERATED = frozenset({"search", "text_length"}) | SERVER_SET_COLUMNS


def table_names(store: ServerStore) -> list[str]:
    rows = store._all(
        "SELECT table_name FROM information_schema.tables "
        "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
    )
    return [row["table_name"] for row in rows if row["table_name"] != "schema_version"]


def table_columns(store: ServerStore, table: str) -> list[str]:
    rows = store._all(
        "SELECT column_name FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND table_name = %s "
        "ORDER BY ordinal_position",
        (table,),
    )
    return [row["column_name"] for row in rows if row["column_name"] not in _GENERATED]


def row_count(store: ServerStore, table: str) -> int:
    row = store._one(
        sql.SQL("SELECT count(*) AS n FROM {}").format(sql.Identifier(table)).as_string(store._conn)
    )
    return int(row["n"]) if row else 0


def read_rows(store: ServerStore, table: str, columns: Sequence[str]) -> Iterator[tuple[Any, ...]]:
    """Every row of `table`, by key, streamed (originals can be large)."""
    keys = _key_columns(store, table)
    query = sql.SQL("SELECT {} FROM {} ORDER BY {}").format(
        sql.SQL(", ").join(map(sql.Identifier, columns)),
        sql.Identifier(table),
        sql.SQL(", ").join(map(sql.Identifier, keys)),
    )
    try:
        with store._conn.cursor() as cursor:
            for row in cursor.stream(query):
                yield tuple(bytes(v) if isinstance(v, memoryview) else v for v in row.values())
    except psycopg.Error as exc:
        raise store._error(exc) from exc


def _key_columns(store: ServerStore, table: str) -> list[str]:
    rows = store._all(
        "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
        "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = %s::regclass AND i.indisprimary "
        "ORDER BY array_position(i.indkey, a.attnum)",
        (table,),
    )
    return [row["attname"] for row in rows] or ["guid"]


@contextmanager
def snapshot(store: ServerStore) -> Iterator[None]:
    """Reads that all see the same moment, while coders keep committing."""
    with store.transaction():
        store._run("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        yield


@contextmanager
def filling(store: ServerStore, *, replace: bool) -> Iterator[None]:
    """One transaction for a whole copy; `replace` empties the project first."""
    with store.transaction():
        store._run("SET CONSTRAINTS ALL DEFERRED")
        # one announcement for the whole copy rather than one per statement
        store._run("SELECT set_config('annotator.quiet', 'on', true)")
        if replace:
            store._run(
                sql.SQL("TRUNCATE {}")
                .format(sql.SQL(", ").join(map(sql.Identifier, TABLES)))
                .as_string(store._conn)
            )
        yield
        for table in IDENTITY_TABLES:
            store._run(
                sql.SQL(
                    "SELECT setval(pg_get_serial_sequence({name}, 'id'), "
                    "coalesce(max(id), 0) + 1, false) FROM {table}"
                )
                .format(name=sql.Literal(table), table=sql.Identifier(table))
                .as_string(store._conn)
            )
        store._run(
            "SELECT pg_notify(%s, json_build_object('k', 'all', 'p', pg_backend_pid())::text)",
            (CHANGES_CHANNEL,),
        )


def settle(store: ServerStore) -> None:
    """After a whole copy: fresh planner statistics and visibility maps, so that the
    first openings count passages from the indexes alone (autovacuum would get there
    later). Only the tables' owner may; for another login PostgreSQL skips it."""
    store._run(
        sql.SQL("VACUUM (ANALYZE) {}")
        .format(sql.SQL(", ").join(map(sql.Identifier, TABLES)))
        .as_string(store._conn)
    )


def write_rows(
    store: ServerStore, table: str, columns: Sequence[str], rows: Iterable[tuple[Any, ...]]
) -> None:
    """COPY the rows in; a table under row-level security (which COPY refuses for a
    login that does not own it, such as an owner's) takes INSERTs, sent in a pipeline."""
    names = sql.SQL(", ").join(map(sql.Identifier, columns))
    try:
        with store._conn.cursor() as cursor:
            if _row_security(store, table):
                insert = sql.SQL("INSERT INTO {} ({}) VALUES ({})").format(
                    sql.Identifier(table),
                    names,
                    sql.SQL(", ").join(sql.Placeholder() * len(columns)),
                )
                cursor.executemany(insert, rows)
                return
            with cursor.copy(
                sql.SQL("COPY {} ({}) FROM STDIN").format(sql.Identifier(table), names)
            ) as copy:
                for row in rows:
                    copy.write_row(row)
    except psycopg.Error as exc:
        raise store._error(exc, "COPY") from exc


def _row_security(store: ServerStore, table: str) -> bool:
    row = store._one("SELECT relrowsecurity FROM pg_class WHERE oid = %s::regclass", (table,))
    return bool(row and row["relrowsecurity"])
