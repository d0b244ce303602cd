"""The store: schema versioning, refusal of foreign or newer files, integrity."""

from __future__ import annotations

import sqlite3

import pytest

from annotator.core.errors import ProjectError, ProjectNotSaved
from annotator.core.project import Project
from annotator.core.store import SCHEMA_VERSION, Store


def test_new_project_uses_wal_and_foreign_keys(tmp_path) -> None:
    store = Store(tmp_path / "p.annot", create=True)
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert store.integrity_problems() == []
    store.close()


def test_project_from_a_newer_version_is_refused_and_untouched(tmp_path) -> None:
    path = tmp_path / "future.annot"
    Project.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(ProjectError, match="newer version"):
        Project.open(path)
    assert path.read_bytes() == before


def test_foreign_sqlite_file_is_not_taken_for_a_project(tmp_path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE x (y)")
    conn.close()
    with pytest.raises(ProjectError, match="not an Annotator project"):
        Project.open(path)


def test_garbage_file_is_refused_clearly(tmp_path) -> None:
    path = tmp_path / "junk.annot"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(ProjectError, match="not an Annotator project"):
        Project.open(path)


def test_missing_file_is_not_created_unless_asked(tmp_path) -> None:
    with pytest.raises(ProjectError, match="no such project"):
        Project.open(tmp_path / "missing.annot")
    assert not (tmp_path / "missing.annot").exists()


def test_read_only_open_refuses_writes(tmp_path) -> None:
    path = tmp_path / "p.annot"
    Project.create(path).close()
    with Project.open(path, read_only=True) as project:
        assert project.read_only
        with pytest.raises(ProjectNotSaved, match="read-only"):
            project.add_concept("X")


def test_failed_write_leaves_nothing_behind(tmp_path) -> None:
    with Project.create(tmp_path / "p.annot") as project:
        with pytest.raises(ProjectError):
            project.annotate(999, 0, 1)
        assert project.info().annotations == 0
