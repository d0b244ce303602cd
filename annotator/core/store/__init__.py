"""The only package that speaks SQL: schema, migrations and queries of a project file.

One project is one SQLite file in WAL mode with foreign keys on. The schema
version lives in `PRAGMA user_version`; `PRAGMA application_id` marks the
file as ours. Every public write runs in one IMMEDIATE transaction, so a
crash leaves either the whole edit or none of it.

A project at rest is one whole file (rollback-journal mode, nothing beside
it), so readers such as `annotator info` leave no side files. A writer
switches it to WAL while open, copies the log into the file at each
checkpoint (the window asks for one after each pause in the editing), and
switches it back when it closes last. SQLite's failures of the
file itself (full disk, read-only file or folder, damage, a writer that holds
the file too long) become ProjectError subclasses with a message for the user.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.core.errors import ProjectCause, ProjectDamaged, ProjectError
from annotator.core.store.annotations import AnnotationQueries
from annotator.core.store.concepts import ConceptQueries
from annotator.core.store.documents import DocumentQueries
from annotator.core.store.files import (
    _connect_read_only,
    _error_name,
    _open_error,
    _write_error,
    check_file,
    copy_database,
    needs_upgrade,
)
from annotator.core.store.lookups import LookupQueries
from annotator.core.store.schema import (
    _CONVERSIONS,
    _MIGRATIONS,
    _SCHEMA_V1,
    APPLICATION_ID,
    BUSY_TIMEOUT_MS,
    READ_ONLY_FROM_VERSION,
    SCHEMA_VERSION,
    _split_script,
)
from annotator.core.store.sets import SetQueries
from annotator.core.store.variables import VariableQueries

if TYPE_CHECKING:
    import sqlite_utils

__all__ = [
    "APPLICATION_ID", "BUSY_TIMEOUT_MS", "SCHEMA_VERSION", "Store", "_SCHEMA_V1",
    "_split_script", "check_file", "copy_database", "needs_upgrade",
]


class Store(DocumentQueries, ConceptQueries, AnnotationQueries, LookupQueries,
            VariableQueries, SetQueries):
    """A connection to one project file; rows in, rows out (plain dicts)."""

    def __init__(
        self, path: Path, *, create: bool = False, read_only: bool = False,
        before_migration: Callable[[Path, int], None] | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        """`before_migration(path, version)` runs before a file of an older schema
        version is migrated (a backup of it as it was, say); not for a new file.
        `progress(done, total)` follows a migration that rewrites data (seconds for
        thousands of PDF pages)."""
        self.path = Path(path)
        self.read_only = read_only
        self._before_migration = before_migration
        self._progress = progress
        self.version = SCHEMA_VERSION  # the file's own, lower when read-only and not migrated
        if not self.path.exists() and not create:
            raise ProjectError.coded(str(self.path), ProjectCause.NOT_FOUND)
        if self.path.is_dir():
            raise ProjectError.coded(str(self.path), ProjectCause.FOLDER)
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
        self._checkpointed_changes = -1  # total_changes at the last full checkpoint

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
            raise ProjectError.coded(
                str(self.path), ProjectCause.TOO_NEW, version=version, known=SCHEMA_VERSION
            )
        if has_tables and app_id != APPLICATION_ID:
            raise ProjectError.coded(str(self.path), ProjectCause.NOT_A_PROJECT)
        if not has_tables and not create:
            raise ProjectDamaged.coded(str(self.path), ProjectCause.EMPTY_FILE)
        if not self.read_only:
            self._use_wal()
            self._conn.execute("PRAGMA synchronous = NORMAL")
            self._probe_writable(version)
        self._conn.execute("PRAGMA foreign_keys = ON")
        if version < SCHEMA_VERSION:
            if self.read_only and version >= READ_ONLY_FROM_VERSION:
                self.version = version
            elif self.read_only:
                raise ProjectError.coded(str(self.path), ProjectCause.NEEDS_UPGRADE)
            else:
                if version and self._before_migration is not None:
                    self._before_migration(self.path, version)
                self._migrate(version)

    def _use_wal(self) -> None:
        """Put the file in WAL mode, waiting while another program holds it.

        A closed project is left in rollback-journal mode (so that copying the file alone
        copies everything); the switch back needs the file to itself, and SQLite answers
        "database is locked" at once, without its busy wait, when another process opens
        or writes the file at that moment: retry for as long as a write would wait.
        """
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        while True:
            try:
                self._conn.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                busy = _error_name(exc).startswith(("SQLITE_BUSY", "SQLITE_LOCKED"))
                if not busy or time.monotonic() > deadline:
                    raise
                time.sleep(0.01)

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
        rewritten = 0
        with self.transaction():
            for target in range(version + 1, SCHEMA_VERSION + 1):
                for statement in _split_script(_MIGRATIONS[target]):
                    self._conn.execute(statement)
                if target in _CONVERSIONS:
                    rewritten += _CONVERSIONS[target](self._conn, self._progress)
            self._conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            self._conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        if rewritten:
            # give the disk back the space the rewritten data left free in the file;
            # the file is whole and migrated either way (busy, full disk: no shrinking)
            with suppress(sqlite3.Error):
                self._conn.execute("VACUUM")

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
        """Close (again: nothing); a writer leaves the project one whole file, no -wal beside."""
        with suppress(sqlite3.ProgrammingError):  # already closed
            if not self.read_only and not self._conn.in_transaction:
                self.checkpoint()
                self._leave_wal()
        self._conn.close()

    def checkpoint(self) -> bool:
        """Copy the edits committed in the write-ahead log into the project file itself.

        WAL keeps each commit crash-safe in <project>-wal, but until a checkpoint
        the project file alone lacks them: a copy of it made mid-session would
        look empty. PASSIVE never waits for readers nor blocks them; what a reader
        still needs is copied at the next call. Nothing is done when this
        connection wrote nothing since the last full checkpoint. True when the
        project file alone now holds every commit of this connection.
        """
        if self.read_only:
            return True
        changes = self._conn.total_changes
        if changes == self._checkpointed_changes:
            return True
        if self._conn.in_transaction:
            return False  # an edit is under way: the next call takes it too
        try:
            busy, logged, copied = self._conn.execute(
                "PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except sqlite3.Error:
            return False  # the log still holds the edits safely; the next call retries
        done = busy == 0 and logged == copied
        if done:
            self._checkpointed_changes = changes
        return done

    def _leave_wal(self) -> None:
        """Back to a rollback journal, which needs no side files for readers.

        Possible only for the last connection: while another one has the file
        open (a second window, a command, an export), it stays in WAL mode, whole
        after the checkpoint, until a writer closes it alone.
        """
        with suppress(sqlite3.Error):
            self._conn.execute("PRAGMA busy_timeout = 0")
            self._conn.execute("PRAGMA journal_mode = DELETE")

    def limit_size(self, max_pages: int) -> int:
        """Let the file grow to at most `max_pages` pages, as if the disk were full there.

        PRAGMA max_page_count on this connection only; it cannot go below the
        current size. Returns the limit in force. Tests use it to check that a
        full disk loses nothing; a caller could use it to cap a project's size.
        """
        return int(self._conn.execute(f"PRAGMA max_page_count = {int(max_pages)}").fetchone()[0])

    def page_count(self) -> int:
        return int(self._conn.execute("PRAGMA page_count").fetchone()[0])

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
