"""The project file alone holds the work: mid-session, after closing, beside readers."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from annotator.core.errors import AnnotatorError
from annotator.core.project import Project
from annotator.gui.main_window import MainWindow


def side_files(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(f"{path.name}-"))


def memos_in_a_copy_of_the_file_alone(path: Path, folder: Path) -> list[str]:
    """Copy only the .annot (as a mail attachment or a sync would) and read the copy."""
    folder.mkdir(exist_ok=True)
    copy = folder / path.name
    for stale in folder.iterdir():
        stale.unlink()
    shutil.copyfile(path, copy)
    try:
        with Project.open(copy, read_only=True) as opened:
            return [a.memo for a in opened.annotations()]
    except (AnnotatorError, sqlite3.Error):  # the file caught mid-checkpoint
        return []


def test_a_checkpoint_puts_the_writers_edits_in_the_file_itself(
    worked_project: Path, tmp_path: Path
) -> None:
    with Project.open(worked_project) as writer:
        document = writer.documents()[0]
        writer.annotate(document.id, 200, 230, memo="écrit en cours de séance")
        assert Path(f"{worked_project}-wal").stat().st_size > 0
        before = memos_in_a_copy_of_the_file_alone(worked_project, tmp_path / "before")
        assert "écrit en cours de séance" not in before  # only in the -wal so far
        assert writer.checkpoint()
        after = memos_in_a_copy_of_the_file_alone(worked_project, tmp_path / "after")
        assert "écrit en cours de séance" in after
        assert writer.checkpoint()  # nothing new: nothing to do, still whole


def test_a_closed_project_is_one_file_and_readers_add_none(worked_project: Path) -> None:
    assert side_files(worked_project) == []
    with Project.open(worked_project, read_only=True) as reader:
        assert reader.info().annotations == 3
    assert side_files(worked_project) == []


def test_a_reader_sees_an_open_writers_latest_commit(worked_project: Path) -> None:
    with Project.open(worked_project) as writer:
        writer.add_concept("Tout juste ajouté")
        with Project.open(worked_project, read_only=True) as reader:
            assert reader.concept_by_path("Tout juste ajouté") is not None
    assert side_files(worked_project) == []


def test_a_checkpoint_never_waits_for_a_reader(worked_project: Path, tmp_path: Path) -> None:
    with Project.open(worked_project) as writer:
        reader = sqlite3.connect(worked_project, isolation_level=None)
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM annotations").fetchone()  # holds its snapshot
        document = writer.documents()[0]
        writer.annotate(document.id, 300, 320, memo="après le lecteur")
        assert not writer.checkpoint()  # the reader still needs the old pages: not now
        reader.execute("COMMIT")
        reader.close()
        assert writer.checkpoint()
        assert "après le lecteur" in memos_in_a_copy_of_the_file_alone(
            worked_project, tmp_path / "copy"
        )


def test_closing_beside_another_connection_keeps_the_file_whole(
    worked_project: Path, tmp_path: Path
) -> None:
    writer = Project.open(worked_project)
    other = Project.open(worked_project, read_only=True)
    assert other.info().concepts == 2  # reading: it now shares the write-ahead log
    writer.add_concept("Ajouté pendant une lecture")
    writer.close()
    assert Path(f"{worked_project}-wal").exists()  # still in use: WAL mode stays
    copy = tmp_path / "copy" / worked_project.name
    copy.parent.mkdir()
    shutil.copyfile(worked_project, copy)
    with Project.open(copy, read_only=True) as opened:
        assert opened.concept_by_path("Ajouté pendant une lecture") is not None
    other.close()
    with Project.open(worked_project):
        pass  # the next writer to close alone tidies up
    assert side_files(worked_project) == []


def test_the_window_writes_a_tagged_passage_into_the_file_within_seconds(
    qtbot, window: MainWindow, worked_project: Path, tmp_path: Path
) -> None:
    assert window.open_project(worked_project)
    document = window.project.documents()[0]
    window.open_document(document.id)
    qtbot.waitUntil(lambda: window.current_document_id == document.id)
    document = window.project.document(document.id)
    start = document.text.index("rappellent les règles")
    view = window.reader.text_view
    window.activateWindow()
    view.setFocus()
    view.select_range(start, start + len("rappellent les règles"))
    qtbot.keyClick(view, Qt.Key.Key_1)  # the first concept
    tagged = [a for a in window.project.annotations() if a.start == start]
    assert len(tagged) == 1
    window.editor.set_memo(tagged[0].id, "noté dans la fenêtre")
    assert Path(f"{worked_project}-wal").exists()  # the window holds the file open

    qtbot.waitUntil(
        lambda: (
            "noté dans la fenêtre"
            in memos_in_a_copy_of_the_file_alone(worked_project, tmp_path / "mailed")
        ),
        timeout=8000,
    )


def test_the_window_writes_the_file_when_the_application_loses_the_focus(
    qtbot, window: MainWindow, worked_project: Path, tmp_path: Path
) -> None:
    assert window.open_project(worked_project)
    # the opening backup reads the file, and a reader holds a checkpoint back
    # (test_a_checkpoint_never_waits_for_a_reader): let it finish first
    window.backups.wait(10000)
    annotation = window.project.annotations()[0]
    assert window.editor.set_memo(annotation.id, "avant de changer de fenêtre")
    QGuiApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    # at once, without waiting for the pause after the edit
    assert "avant de changer de fenêtre" in memos_in_a_copy_of_the_file_alone(
        worked_project, tmp_path / "synced"
    )


def test_closing_twice_is_harmless(worked_project: Path) -> None:
    project = Project.open(worked_project)
    project.close()
    project.close()
    assert side_files(worked_project) == []
