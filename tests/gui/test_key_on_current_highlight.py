"""A concept key with nothing selected codes the current highlight, and shows it."""

from __future__ import annotations

from pathlib import Path

from annotator.gui.main_window import MainWindow
from tests.e2e.test_instant_loop import make_project


def test_a_key_without_a_selection_shows_the_highlight_it_changes(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    """With nothing selected, a concept key adds the concept to the current highlight:
    the reader brings that highlight into view (flashed), which may lie off screen."""
    from PySide6.QtCore import Qt

    path = tmp_path / "project.annot"
    make_project(path, documents=1, highlights=30)
    assert window.open_project(path)
    qtbot.waitUntil(lambda: window.current_document_id is not None)
    project = window.project
    last = project.annotations(document_id=window.current_document_id)[-1]
    window.annotations_panel.select_annotation(last.id)
    window.reader.clear_selection()
    revealed: list[tuple[int, int]] = []
    monkeypatch.setattr(window.reader, "reveal", lambda start, end: revealed.append((start, end)))
    key_concept = project.concept_for_key("2")
    assert key_concept is not None and key_concept.id not in last.concept_ids
    window.activateWindow()
    window.reader.text_view.setFocus()
    qtbot.keyClick(window.reader.text_view, Qt.Key.Key_2)
    assert key_concept.id in project.annotation(last.id).concept_ids
    assert revealed == [(last.start, last.end)]
    assert "current highlight" in window.statusBar().currentMessage()
