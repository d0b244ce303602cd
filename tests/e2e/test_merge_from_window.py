"""Merging another coder's copy from the window: added once, reported, visible."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from annotator.core.importing.base import ImportedDocument
from annotator.core.project import Project
from annotator.gui.main_window import MainWindow
from annotator.gui.merge_copy import merge_coder_copy

TEXT = "Une communauté se cultive, jour après jour, avec patience."


def test_a_coders_copy_is_merged_once(qtbot, window: MainWindow, tmp_path: Path) -> None:
    mine = tmp_path / "mine.annot"
    with Project.create(mine, author="A") as project:
        document = project.add_document(ImportedDocument(
            title="Essai", kind="text", source="e.txt", text=TEXT, original=TEXT.encode(),
            media_type="text/plain")).document
        concept = project.add_concept("Patience")
        project.annotate(document.id, 0, 14, [concept.id])
    theirs = tmp_path / "theirs.annot"
    shutil.copy(mine, theirs)
    with Project.open(theirs, author="B") as project:
        start = TEXT.index("avec patience")
        project.annotate(1, start, start + len("avec patience"),
                         [project.concept_by_path("Patience").id], memo="B's view")

    assert window.open_project(mine)
    assert merge_coder_copy(window, str(theirs))
    box = window.findChild(QMessageBox, "mergeReportBox")
    assert box is not None and "1 passages added" in box.text()
    assert "0 variables added, 0 values set; 0 sets added" in box.text()
    assert {(a.author, a.quote) for a in window.project.annotations()} == {
        ("A", "Une communauté"), ("B", "avec patience")}
    assert merge_coder_copy(window, str(theirs))  # a second merge adds nothing
    assert len(window.project.annotations()) == 2
