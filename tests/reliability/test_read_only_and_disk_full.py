"""A read-only file or folder opens read-only and is never written; a full disk refuses
the edit with a clear message and keeps everything saved before."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QListWidget, QMessageBox

from annotator.core.errors import ProjectNotSaved, ProjectReadOnly
from annotator.core.project import Project
from annotator.core.store import Store
from tests.reliability.conftest import (
    is_writable,
    made_read_only,
    project_state,
    text_document,
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_opens_read_only_only(path: Path) -> None:
    before, state = digest(path), project_state(path)
    with pytest.raises(ProjectReadOnly, match="read-only"):
        Project.open(path)
    with Project.open(path, read_only=True) as project:
        assert project.read_only
        assert project.check() == []
        with pytest.raises(ProjectNotSaved, match="read-only: this change was not saved"):
            project.add_concept("Impossible")
        document_id = project.documents()[0].id
        with pytest.raises(ProjectNotSaved):
            project.annotate(document_id, 0, 5)
        project.set_setting("last_document", "1")  # remembered places are skipped silently
    assert project_state(path) == state
    assert digest(path) == before


def test_a_read_only_file_opens_read_only_and_is_never_written(worked_project: Path) -> None:
    with made_read_only(worked_project):
        assert not is_writable(worked_project)
        assert_opens_read_only_only(worked_project)


def test_a_project_in_a_read_only_folder_opens_read_only(worked_project: Path) -> None:
    """WAL needs its -shm and -wal files beside the project: here they cannot be created."""
    folder = worked_project.parent
    assert sorted(p.name for p in folder.iterdir()) == [worked_project.name]
    with made_read_only(folder):
        assert not is_writable(folder)
        assert_opens_read_only_only(worked_project)
        assert sorted(p.name for p in folder.iterdir()) == [worked_project.name]


def test_read_only_on_request_refuses_writes(worked_project: Path) -> None:
    before = digest(worked_project)
    with Project.open(worked_project, read_only=True) as project:
        with pytest.raises(ProjectNotSaved, match="read-only"):
            project.rename_document(project.documents()[0].id, "Autre titre")
        assert project.documents()[0].title == "Essai"
    assert digest(worked_project) == before


def test_a_full_disk_refuses_the_edit_and_loses_nothing(worked_project: Path) -> None:
    state = project_state(worked_project)
    store = Store(worked_project)
    project = Project(store)
    store.limit_size(store.page_count())
    big = text_document("Un très long entretien. " * 20_000, title="Entretien")
    with pytest.raises(ProjectNotSaved, match="the disk is full: this change was not saved"):
        project.add_document(big)
    with pytest.raises(ProjectNotSaved, match="disk is full"):
        project.annotate(project.documents()[0].id, 0, 10, memo="m" * 100_000)
    assert project.check() == []
    # the connection is left clean: once there is room again, the same edit goes through
    store.limit_size(1_000_000)
    assert project.add_document(big).created
    project.close()
    after = project_state(worked_project)
    assert after[0].documents == state[0].documents + 1
    assert after[3] == state[3]  # every annotation as it was


def test_the_window_opens_a_read_only_project_with_a_banner_and_saves_a_copy(
        window, qtbot, worked_project: Path, tmp_path: Path, monkeypatch) -> None:
    with made_read_only(worked_project):
        assert window.open_project(worked_project)
        assert window.project.read_only
        banner = window.read_only_banner
        assert banner.isVisible()
        assert "This project is read-only" in banner.message.text()
        assert "cannot be saved" in banner.message.text()
        assert banner.geometry().bottom() <= window.reader.geometry().top()

        document_id = window.project.documents()[0].id
        assert window.editor.annotate(document_id, 0, 5) is None
        box = window.findChild(QMessageBox, "errorBox")
        assert box is not None and box.isVisible()
        assert "read-only" in box.text().lower() and "cannot be saved" in box.text()
        box.close()
        assert window.editor.undo_stack.count() == 0

        copy = tmp_path / "copies" / "ma copie.annot"
        copy.parent.mkdir()
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda *args, **kwargs: (str(copy.with_suffix("")), ""))
        qtbot.mouseClick(banner.save_copy_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.project is not None and window.project.path == copy)
        assert not window.project.read_only
        assert not banner.isVisible()
        assert window.editor.annotate(document_id, 0, 5) is not None
    assert set(project_state(worked_project)[3]) < set(project_state(copy)[3])


def test_the_window_says_a_full_disk_did_not_save_the_edit(window, worked_project: Path) -> None:
    assert window.open_project(worked_project)
    highlights = window.annotations_panel.findChild(QListWidget)
    before = project_state(worked_project)
    store = window.project._store  # no public way to fill a disk: cap this connection's file
    store.limit_size(store.page_count())
    document_id = window.project.documents()[0].id
    assert window.editor.annotate(document_id, 0, 12, memo="m" * 100_000) is None
    box = window.findChild(QMessageBox, "errorBox")
    assert box is not None and box.isVisible()
    assert "the disk is full" in box.text().lower() and "not saved" in box.text()
    assert window.editor.undo_stack.count() == 0
    assert highlights.count() == 3
    assert project_state(worked_project) == before
