"""Project files that are not open: snapshot copies, checks, and what SQLite's errors mean."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from annotator.core.errors import (
    BackupCause,
    ProjectCause,
    ProjectDamaged,
    ProjectError,
    ProjectNotSaved,
    ProjectReadOnly,
)
from annotator.core.store.schema import APPLICATION_ID, BUSY_TIMEOUT_MS, SCHEMA_VERSION


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
            raise ProjectDamaged.coded(str(source), ProjectCause.DAMAGED, detail=exc) from exc
        raise ProjectError.coded(str(destination), BackupCause.COPY_FAILED, detail=exc) from exc
    finally:
        src.close()


def needs_upgrade(path: Path) -> bool:
    """Whether opening this project file for writing migrates it to this version's schema
    first (a file of an older version; False for a missing, new or unreadable one, whose
    opening says why)."""
    try:
        conn = _connect_read_only(Path(path))
    except sqlite3.Error:
        return False
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.Error:
        return False
    finally:
        conn.close()
    return 0 < version < SCHEMA_VERSION


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
        return ProjectDamaged.coded(str(path), ProjectCause.NOT_A_PROJECT_OR_DAMAGED, detail=exc)
    if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH")):
        if path.exists():
            return ProjectReadOnly.coded(str(path), ProjectCause.READ_ONLY)
        return ProjectError.coded(str(path), ProjectCause.CANNOT_CREATE, detail=exc)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return ProjectError.coded(str(path), ProjectCause.BUSY, detail=exc)
    return ProjectError.coded(str(path), ProjectCause.CANNOT_OPEN, detail=exc)


def _write_error(path: Path, exc: sqlite3.Error) -> ProjectError | None:
    """A failed write in words for its user; None for errors that are bugs, not the file's."""
    name = _error_name(exc)
    if name.startswith("SQLITE_FULL"):
        return ProjectNotSaved.coded(str(path), ProjectCause.DISK_FULL)
    if name.startswith(("SQLITE_READONLY", "SQLITE_PERM", "SQLITE_CANTOPEN")):
        return ProjectNotSaved.coded(str(path), ProjectCause.SAVE_READ_ONLY)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return ProjectNotSaved.coded(
            str(path), ProjectCause.SAVE_BUSY, seconds=BUSY_TIMEOUT_MS // 1000
        )
    if name.startswith("SQLITE_IOERR"):
        return ProjectNotSaved.coded(str(path), ProjectCause.SAVE_FAILED, detail=exc)
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return ProjectDamaged.coded(str(path), ProjectCause.SAVE_DAMAGED, detail=exc)
    return None
