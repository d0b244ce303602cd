"""Two programs on one project at once (the window and the command line, two windows):
no lost edit, no damaged file, and the window shows what the other one wrote."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtWidgets import QListWidget, QTreeView

from annotator.cli import main
from annotator.core.project import Project
from annotator.core.store import BUSY_TIMEOUT_MS
from annotator.gui.main_window import EXTERNAL_CHANGE_POLL_MS
from tests.reliability.conftest import Child

EACH = 200


def test_two_processes_writing_at_once_lose_nothing(worked_project: Path) -> None:
    with Project.open(worked_project) as project:
        document_id = project.documents()[0].id
        concept_id = project.concepts()[0].id
        before = project.info().annotations
    writers = [Child("annotate", worked_project, document_id, concept_id, tag, EACH)
               for tag in ("window", "cli")]
    for writer in writers:
        writer.expect("ready")
    for writer in writers:
        writer.go()
    printed = [writer.finish() for writer in writers]
    for writer in writers:
        assert writer.process.returncode == 0, writer.errors
    acknowledged = {int(line.split()[0]): line.split()[1] for lines in printed for line in lines}
    assert len(acknowledged) == 2 * EACH
    with Project.open(worked_project) as project:
        assert project.check() == []
        stored = {a.id: a.memo for a in project.annotations()}
        assert project.info().annotations == before + 2 * EACH
    assert {i: stored[i] for i in acknowledged} == acknowledged
    # SQLite lets one writer at a time in; the other waits (busy timeout) and none fails.
    assert {memo.split("-")[0] for memo in acknowledged.values()} == {"window", "cli"}


def test_the_window_shows_what_another_process_wrote(window, qtbot, worked_project: Path,
                                                     pdf_dir: Path) -> None:
    assert window.open_project(worked_project)
    highlights = window.annotations_panel.findChild(QListWidget)
    assert highlights.count() == 3
    with Project.open(worked_project) as project:
        document_id = project.documents()[0].id
        concept_id = project.concepts()[0].id
    writer = Child("annotate", worked_project, document_id, concept_id, "other", 1)
    writer.go()
    assert len(writer.finish()) == 1
    qtbot.waitUntil(lambda: highlights.count() == 4, timeout=3 * EXTERNAL_CHANGE_POLL_MS)

    # a document imported from the command line shows up in the library too
    library = window.library.findChild(QTreeView)
    assert library.model().rowCount() == 1
    assert main(["import", str(worked_project), str(pdf_dir / "2023-06-20-PV.pdf")]) == 0
    qtbot.waitUntil(lambda: library.model().rowCount() == 2,
                    timeout=3 * EXTERNAL_CHANGE_POLL_MS)

    # and the window's own edits reach the other process at once
    assert window.editor.annotate(document_id, 200, 220, (concept_id,)) is not None
    with Project.open(worked_project, read_only=True) as other:
        assert other.info().annotations == 5


def test_a_writer_waits_for_the_other_instead_of_failing(worked_project: Path) -> None:
    """While one program holds the file for a long edit, the other's edit waits, then lands."""
    with Project.open(worked_project) as project:
        document_id = project.documents()[0].id
        concept_id = project.concepts()[0].id
        writer = Child("annotate", worked_project, document_id, concept_id, "waiting", 1)
        with project.batch():
            project.add_concept("Tenu pendant une longue modification")
            writer.go()
            time.sleep(0.5)  # hold the write lock while the other process tries to write
            assert writer.process.poll() is None
    printed = writer.finish()
    assert writer.process.returncode == 0 and len(printed) == 1
    with Project.open(worked_project, read_only=True) as project:
        assert project.info().annotations == 4
        assert project.concept_by_path("Tenu pendant une longue modification") is not None
    assert BUSY_TIMEOUT_MS > 500
