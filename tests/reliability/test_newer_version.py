"""A project written by a newer Annotator is refused clearly and left exactly as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from annotator.cli import main
from annotator.core import backup
from annotator.core.store import SCHEMA_VERSION


@pytest.fixture
def future_project(worked_project: Path) -> Path:
    conn = sqlite3.connect(worked_project)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    return worked_project


def test_the_command_line_refuses_it_and_says_to_update(future_project: Path, capsys) -> None:
    before = future_project.read_bytes()
    assert main(["info", str(future_project)]) == 2
    error = capsys.readouterr().err
    assert str(future_project) in error and "newer version" in error and "update" in error
    assert main(["import", str(future_project), str(future_project)]) == 2
    assert main(["check", str(future_project)]) == 1
    assert "please update Annotator" in capsys.readouterr().out
    assert future_project.read_bytes() == before


def test_the_window_refuses_it_names_the_file_and_keeps_the_open_project(
        window, worked_project: Path, tmp_path: Path, data_dir: Path) -> None:
    current = tmp_path / "current.annot"
    current.write_bytes(worked_project.read_bytes())
    assert window.open_project(current)
    conn = sqlite3.connect(worked_project)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = worked_project.read_bytes()

    assert not window.open_project(worked_project)
    box = window.findChild(QMessageBox, "openErrorBox")
    assert box is not None and box.isVisible()
    assert str(worked_project) in box.text()
    assert "newer version" in box.text() and "update" in box.text()
    assert window.project is not None and window.project.path == current
    assert worked_project.read_bytes() == before
    assert backup.list_backups(worked_project) == []  # it was not even copied
