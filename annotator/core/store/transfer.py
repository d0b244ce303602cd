"""A project file's tables as rows, read and written whole: what a copy to or from
a server project moves (annotator.core.copying).

Rows keep their ids, texts and bytes exactly; the search indexes fill themselves
(triggers) as the rows arrive.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from annotator.core.store import Store
from annotator.core.store.files import _write_error

# Tables the rows rebuild through triggers (search indexes, concept usage): not copied.
_DERIVED_PREFIXES = ("sqlite_", "documents_fts", "memos_fts", "concept_usage")


def table_names(store: Store) -> list[str]:
    rows = store._conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return [row[0] for row in rows if not row[0].startswith(_DERIVED_PREFIXES)]


def table_columns(store: Store, table: str) -> list[str]:
    return [row[1] for row in store._conn.execute(f'PRAGMA table_info("{table}")')]


def row_count(store: Store, table: str) -> int:
    return int(store._conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])


def read_rows(store: Store, table: str, columns: Sequence[str]) -> Iterator[tuple[Any, ...]]:
    """Every row of `table`, in the order of its key (rowid: the insertion order)."""
    names = ", ".join(f'"{c}"' for c in columns)
    cursor = store._conn.execute(f'SELECT {names} FROM "{table}" ORDER BY {_order(store, table)}')
    for row in cursor:
        yield tuple(row)


def _order(store: Store, table: str) -> str:
    keys = [
        row[1]
        for row in sorted(
            (r for r in store._conn.execute(f'PRAGMA table_info("{table}")') if r[5]),
            key=lambda r: r[5],
        )
    ]
    return ", ".join(f'"{k}"' for k in keys) if keys else "rowid"


@contextmanager
def snapshot(store: Store) -> Iterator[None]:
    """Reads that all see the same moment of the file, even while a writer commits."""
    store._conn.execute("BEGIN")
    try:
        yield
    finally:
        store._conn.execute("COMMIT")


@contextmanager
def filling(store: Store) -> Iterator[None]:
    """One transaction for a whole copy into a new file; references checked at its end
    (a concept may come before its parent)."""
    with store.transaction():
        store._conn.execute("PRAGMA defer_foreign_keys = ON")
        yield


def write_rows(
    store: Store, table: str, columns: Sequence[str], rows: Iterable[tuple[Any, ...]]
) -> None:
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    try:
        store._conn.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)
    except sqlite3.Error as exc:
        error = _write_error(store.path, exc)
        if error is None:
            raise
        raise error from exc
