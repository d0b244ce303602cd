"""The only module that speaks SQL: schema, migrations and queries of a project file.

One project is one SQLite file in WAL mode with foreign keys on. The schema
version lives in `PRAGMA user_version`; `PRAGMA application_id` marks the
file as ours. Every public write runs in one IMMEDIATE transaction, so a
crash leaves either the whole edit or none of it. SQLite's failures of the
file itself (full disk, read-only file or folder, damage, a writer that holds
the file too long) become ProjectError subclasses with a message for the user.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator.core.errors import (
    ProjectDamaged,
    ProjectError,
    ProjectNotSaved,
    ProjectReadOnly,
    SearchQueryError,
)

if TYPE_CHECKING:
    import sqlite_utils

APPLICATION_ID = 0x414E4E54  # "ANNT"
SCHEMA_VERSION = 2
# A read-only connection may read files this old without migrating them: the
# versions since then only added tables, which read as empty when absent.
READ_ONLY_FROM_VERSION = 1
BUSY_TIMEOUT_MS = 5000

_SCHEMA_V1 = """
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('pdf', 'web', 'text')),
    source TEXT NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    media_type TEXT NOT NULL DEFAULT '',
    metadata TEXT NOT NULL DEFAULT '{}',
    text TEXT NOT NULL,
    spans TEXT NOT NULL DEFAULT '[]',
    imported_at TEXT NOT NULL
);
CREATE TABLE originals (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    data BLOB NOT NULL
);
CREATE TABLE pages (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    width REAL NOT NULL,
    height REAL NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    boxes BLOB NOT NULL,
    PRIMARY KEY (document_id, number)
);
CREATE TABLE concepts (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES concepts(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    color TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    shortcut TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX concepts_unique_name ON concepts (ifnull(parent_id, 0), name COLLATE NOCASE);
CREATE TABLE annotations (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    quote TEXT NOT NULL,
    prefix TEXT NOT NULL DEFAULT '',
    suffix TEXT NOT NULL DEFAULT '',
    memo TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    CHECK (start <= "end")
);
CREATE INDEX annotations_by_document ON annotations (document_id, start);
CREATE TABLE annotation_concepts (
    annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
    concept_id INTEGER NOT NULL REFERENCES concepts(id) ON DELETE CASCADE,
    PRIMARY KEY (annotation_id, concept_id)
) WITHOUT ROWID;
CREATE INDEX annotation_concepts_by_concept ON annotation_concepts (concept_id, annotation_id);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text, content='documents', content_rowid='id',
    tokenize="unicode61 remove_diacritics 2"
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE VIRTUAL TABLE memos_fts USING fts5(
    memo, content='annotations', content_rowid='id',
    tokenize="unicode61 remove_diacritics 2"
);
CREATE TRIGGER memos_fts_insert AFTER INSERT ON annotations BEGIN
    INSERT INTO memos_fts (rowid, memo) VALUES (new.id, new.memo);
END;
CREATE TRIGGER memos_fts_delete AFTER DELETE ON annotations BEGIN
    INSERT INTO memos_fts (memos_fts, rowid, memo) VALUES ('delete', old.id, old.memo);
END;
CREATE TRIGGER memos_fts_update AFTER UPDATE OF memo ON annotations BEGIN
    INSERT INTO memos_fts (memos_fts, rowid, memo) VALUES ('delete', old.id, old.memo);
    INSERT INTO memos_fts (rowid, memo) VALUES (new.id, new.memo);
END;
"""

# Links of a collection that could not be downloaded, kept until a saved copy is attached.
_SCHEMA_V2 = """
CREATE TABLE missing_sources (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL DEFAULT '',
    collection TEXT NOT NULL DEFAULT '',
    error TEXT NOT NULL DEFAULT '',
    attempts INTEGER NOT NULL DEFAULT 1,
    added_at TEXT NOT NULL,
    tried_at TEXT NOT NULL
);
"""

# version reached -> script that brings the previous version there
_MIGRATIONS: dict[int, str] = {1: _SCHEMA_V1, 2: _SCHEMA_V2}

_CONCEPT_COLUMNS = frozenset(
    {"id", "parent_id", "name", "color", "description", "shortcut", "position"})
_DOCUMENT_LIGHT_COLUMNS = "id, title, kind, source, sha256, media_type, metadata, imported_at"


class Store:
    """A connection to one project file; rows in, rows out (plain dicts)."""

    def __init__(self, path: Path, *, create: bool = False, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.version = SCHEMA_VERSION  # the file's own, lower when read-only and not migrated
        if not self.path.exists() and not create:
            raise ProjectError(f"{self.path}: no such project file")
        if self.path.is_dir():
            raise ProjectError(f"{self.path}: is a folder, not a project file")
        try:
            self._conn = self._connect()
        except sqlite3.Error as exc:
            raise _open_error(self.path, exc) from exc
        try:
            self._prepare(create)
        except sqlite3.Error as exc:
            self._conn.close()
            raise _open_error(self.path, exc) from exc
        except BaseException:
            self._conn.close()
            raise
        self._db: sqlite_utils.Database | None = None

    @property
    def db(self) -> sqlite_utils.Database:
        """The connection as a sqlite-utils Database, for scripts and tests.

        sqlite-utils is imported on first use: it takes about 90 ms, a tenth of
        the window's start, for what a plain INSERT does.
        """
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self._conn)
        return self._db

    # -- connection and schema -------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        if self.read_only:
            conn = _connect_read_only(self.path)
        else:
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        return conn

    def _prepare(self, create: bool) -> None:
        try:
            version = self._conn.execute("PRAGMA user_version").fetchone()[0]
            app_id = self._conn.execute("PRAGMA application_id").fetchone()[0]
            has_tables = self._conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
            ).fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise _open_error(self.path, exc) from exc
        if version > SCHEMA_VERSION:
            raise ProjectError(
                f"{self.path}: made by a newer version of Annotator (project format "
                f"{version}, this version knows up to {SCHEMA_VERSION}); please update Annotator"
            )
        if has_tables and app_id != APPLICATION_ID:
            raise ProjectError(f"{self.path}: not an Annotator project")
        if not has_tables and not create:
            raise ProjectDamaged(f"{self.path}: not an Annotator project (the file is empty)")
        if not self.read_only:
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = NORMAL")
            self._probe_writable(version)
        self._conn.execute("PRAGMA foreign_keys = ON")
        if version < SCHEMA_VERSION:
            if self.read_only and version >= READ_ONLY_FROM_VERSION:
                self.version = version
            elif self.read_only:
                raise ProjectError(f"{self.path}: needs an upgrade but is read-only")
            else:
                self._migrate(version)

    def _probe_writable(self, version: int) -> None:
        """Fail now, with ProjectReadOnly, if the file or its folder cannot be written.

        SQLite silently opens a read-only file for reading only; a write that is
        rolled back at once tells the truth (file permissions alone do not: an
        administrator, a read-only mount or a locked file all differ).
        """
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if _error_name(exc).startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
                return  # another program is writing: the file is writable
            raise
        try:
            self._conn.execute(f"PRAGMA user_version = {version}")
        finally:
            self._conn.execute("ROLLBACK")

    def _migrate(self, version: int) -> None:
        with self.transaction():
            for target in range(version + 1, SCHEMA_VERSION + 1):
                for statement in _split_script(_MIGRATIONS[target]):
                    self._conn.execute(statement)
            self._conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            self._conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic write; nested uses join the outer transaction."""
        if self._conn.in_transaction:
            yield
            return
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield
                self._conn.execute("COMMIT")
            except BaseException:
                self._rollback()
                raise
        except sqlite3.Error as exc:
            error = _write_error(self.path, exc)
            if error is None:
                raise
            raise error from exc

    def _rollback(self) -> None:
        """Undo the open transaction; SQLite may already have (full disk, I/O error)."""
        if not self._conn.in_transaction:
            return
        with suppress(sqlite3.Error):  # then SQLite undoes it at the next open
            self._conn.execute("ROLLBACK")

    def close(self) -> None:
        self._conn.close()

    def limit_size(self, max_pages: int) -> int:
        """Let the file grow to at most `max_pages` pages, as if the disk were full there.

        PRAGMA max_page_count on this connection only; it cannot go below the
        current size. Returns the limit in force. Tests use it to check that a
        full disk loses nothing; a caller could use it to cap a project's size.
        """
        return int(self._conn.execute(f"PRAGMA max_page_count = {int(max_pages)}").fetchone()[0])

    def page_count(self) -> int:
        return int(self._conn.execute("PRAGMA page_count").fetchone()[0])

    def _one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        row = self._conn.execute(sql, params).fetchone()
        return dict(row) if row is not None else None

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return [dict(row) for row in self._conn.execute(sql, params)]

    def integrity_problems(self, *, quick: bool = False) -> list[str]:
        """What is wrong with the file; empty when all is well.

        `quick` checks the pages only (fast, run at each opening in the window);
        otherwise also indexes, references and, when the file is writable, the
        full-text indexes (their check is a write statement that writes nothing).
        """
        try:
            rows = self._conn.execute(
                "PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchall()
            problems = [row[0] for row in rows if row[0] != "ok"]
            if quick or problems:
                return problems
            problems += [
                f"broken reference in {row[0]} row {row[1]}"
                for row in self._conn.execute("PRAGMA foreign_key_check").fetchall()
            ]
            if not self.read_only:
                for table in ("documents_fts", "memos_fts"):
                    try:
                        self._conn.execute(
                            f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")
                    except sqlite3.DatabaseError as exc:
                        problems.append(f"search index {table}: {exc}")
        except sqlite3.DatabaseError as exc:
            return [f"the project file is damaged: {exc}"]
        return problems

    def data_version(self) -> int:
        """Changes when another connection commits; cheap to poll."""
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

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
                     p["boxes"])
                    for p in pages
                ),
            )
        return document_id

    def document_id_by_sha256(self, sha256: str) -> int | None:
        row = self._one("SELECT id FROM documents WHERE sha256 = ?", (sha256,))
        return int(row["id"]) if row else None

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

    def page_rows(self, document_id: int) -> list[dict[str, Any]]:
        return self._all(
            'SELECT number, width, height, start, "end", boxes FROM pages '
            "WHERE document_id = ? ORDER BY number",
            (document_id,),
        )

    def update_document_title(self, document_id: int, title: str) -> None:
        with self.transaction():
            self._conn.execute("UPDATE documents SET title = ? WHERE id = ?", (title, document_id))

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
                     p["boxes"])
                    for p in pages
                ),
            )
            for annotation in annotations:
                self.restore_annotation(annotation)

    # -- concepts ----------------------------------------------------------------
    def concept_rows(self) -> list[dict[str, Any]]:
        return self._all(
            "SELECT c.*, (SELECT count(*) FROM annotation_concepts ac "
            "WHERE ac.concept_id = c.id) AS usage FROM concepts c "
            "ORDER BY ifnull(c.parent_id, 0), c.position, c.id"
        )

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
        return int(row["id"] if row.get("id") is not None else cursor.lastrowid)

    def update_concept(self, concept_id: int, changes: dict[str, Any]) -> None:
        allowed = {"name", "color", "description", "shortcut", "parent_id", "position"}
        unknown = set(changes) - allowed
        if unknown:
            raise ValueError(f"unknown concept fields: {sorted(unknown)}")
        assignments = ", ".join(f"{column} = ?" for column in changes)
        with self.transaction():
            self._conn.execute(
                f"UPDATE concepts SET {assignments} WHERE id = ?",
                (*changes.values(), concept_id),
            )

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

    # -- annotations -------------------------------------------------------------
    def insert_annotation(self, row: dict[str, Any], concept_ids: Sequence[int]) -> int:
        with self.transaction():
            cursor = self._conn.execute(
                'INSERT INTO annotations (document_id, start, "end", quote, prefix, suffix, '
                "memo, author, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    row["document_id"], row["start"], row["end"], row["quote"], row["prefix"],
                    row["suffix"], row["memo"], row["author"], row["created"], row["updated"],
                ),
            )
            annotation_id = int(cursor.lastrowid or 0)
            self.add_links((annotation_id, c) for c in concept_ids)
        return annotation_id

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

    def update_annotation(self, annotation_id: int, changes: dict[str, Any]) -> None:
        allowed = {"memo", "start", "end", "quote", "prefix", "suffix", "updated", "author"}
        unknown = set(changes) - allowed
        if unknown:
            raise ValueError(f"unknown annotation fields: {sorted(unknown)}")
        assignments = ", ".join(f'"{column}" = ?' for column in changes)
        with self.transaction():
            self._conn.execute(
                f"UPDATE annotations SET {assignments} WHERE id = ?",
                (*changes.values(), annotation_id),
            )

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
            raise SearchQueryError(f"cannot understand this search: {exc}") from exc

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


def copy_database(source: Path, destination: Path) -> None:
    """Copy a project file with SQLite's backup API: a consistent snapshot, even while
    another connection writes, including what is still in the write-ahead log.

    The copy is one self-contained file (rollback journal, no -wal beside it).
    `destination` must not exist yet.
    """
    try:
        src = _connect_read_only(Path(source))
    except sqlite3.Error as exc:
        raise _open_error(Path(source), exc) from exc
    try:
        dst = sqlite3.connect(destination, isolation_level=None)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    except sqlite3.Error as exc:
        name = _error_name(exc)
        if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
            raise ProjectDamaged(f"{source}: the project file is damaged ({exc})") from exc
        raise ProjectError(f"{destination}: the copy could not be written ({exc})") from exc
    finally:
        src.close()


def check_file(path: Path, *, quick: bool = True) -> list[str]:
    """Integrity problems of a file that is not open (a backup, a copy); empty if sound."""
    try:
        conn = _connect_read_only(Path(path))
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        rows = conn.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check")
        problems = [row[0] for row in rows.fetchall() if row[0] != "ok"]
        if not problems and conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            problems.append("not an Annotator project")
        return problems
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """Open for reading only. A file in WAL mode inside a folder nobody may write to
    cannot get its shared-memory file: then read it as immutable (as a CD-ROM)."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as exc:
        if _error_name(exc) != "SQLITE_CANTOPEN":
            conn.close()
            raise
        conn.close()
        conn = sqlite3.connect(f"{uri}&immutable=1", uri=True, isolation_level=None,
                               check_same_thread=False)
    except BaseException:
        conn.close()
        raise
    return conn


def _error_name(exc: sqlite3.Error) -> str:
    return str(getattr(exc, "sqlite_errorname", ""))


def _open_error(path: Path, exc: sqlite3.Error) -> ProjectError:
    """Why a project file could not be opened, in words for its user."""
    name = _error_name(exc)
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return ProjectDamaged(f"{path}: not an Annotator project, or a damaged one ({exc})")
    if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH")):
        if path.exists():
            return ProjectReadOnly(
                f"{path}: the file or its folder is read-only, so changes cannot be saved")
        return ProjectError(f"{path}: cannot create the file here ({exc})")
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return ProjectError(f"{path}: another program keeps the file busy; try again ({exc})")
    return ProjectError(f"{path}: cannot be opened ({exc})")


def _write_error(path: Path, exc: sqlite3.Error) -> ProjectError | None:
    """A failed write in words for its user; None for errors that are bugs, not the file's."""
    name = _error_name(exc)
    lost = "this change was not saved; your earlier work is safe"
    if name.startswith("SQLITE_FULL"):
        return ProjectNotSaved(f"{path}: the disk is full: {lost}. Free some space and try again")
    if name.startswith(("SQLITE_READONLY", "SQLITE_PERM", "SQLITE_CANTOPEN")):
        return ProjectNotSaved(
            f"{path}: the project is read-only: {lost}. Save a copy elsewhere to keep working")
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return ProjectNotSaved(
            f"{path}: another program kept the file busy for {BUSY_TIMEOUT_MS // 1000} s: "
            f"{lost}. Try again")
    if name.startswith("SQLITE_IOERR"):
        return ProjectNotSaved(f"{path}: the file could not be written ({exc}): {lost}")
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return ProjectDamaged(
            f"{path}: the project file is damaged ({exc}): this change was not saved. "
            "Run 'annotator check' on it or restore a backup")
    return None


def _decode_document(row: dict[str, Any]) -> dict[str, Any]:
    row["metadata"] = json.loads(row.get("metadata") or "{}")
    if "spans" in row:
        row["spans"] = json.loads(row.get("spans") or "[]")
    return row


def _split_script(script: str) -> list[str]:
    """Split a schema script into statements, keeping trigger bodies whole."""
    statements, current = [], []
    for line in script.strip().splitlines():
        current.append(line)
        joined = "\n".join(current).strip()
        if joined.endswith(";") and sqlite3.complete_statement(joined):
            statements.append(joined)
            current = []
    return statements
