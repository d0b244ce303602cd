"""Autocoding from the window: a selected phrase, a preview to untick, one undo step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.core.importing import import_source
from annotator.core.project import Project
from annotator.gui.autocode_dialog import AutocodeDialog
from annotator.gui.main_window import MainWindow

TEXT = (
    "# Animer une communauté\n\n"
    "Le community manager écoute. Une Communauté se cultive.\n\n"
    "La communaute du forum vit de ses membres. Les règles comptent.\n"
)


@pytest.fixture
def window(window: MainWindow, tmp_path: Path) -> MainWindow:
    """A window showing one text, with two concepts and a highlight on "Une Communauté"."""
    note = tmp_path / "notes.md"
    note.write_text(TEXT, encoding="utf-8")
    path = tmp_path / "study.annot"
    with Project.create(path) as project:
        project.add_concept("Rituels")
        project.add_concept("Communauté")
        project.add_document(import_source(str(note)))
    window.resize(1200, 700)
    assert window.open_project(path)
    window.open_document(window.project.documents()[0].id)
    return window


def action(window: MainWindow, text: str):
    return next(a for a in window.window_actions.all if a.text().replace("&", "") == text)


def test_autocode_a_selected_phrase_with_a_preview_and_one_undo(qtbot, window, monkeypatch):
    project = window.project
    document = project.document(window.current_document_id)
    community = project.concept_by_path("Communauté")
    first = document.text.index("Communauté se")
    window.reader.viewer.select_range(first, first + len("Communauté"))
    shown: list[AutocodeDialog] = []

    def untick_the_heading_and_code(dialog: AutocodeDialog) -> int:
        shown.append(dialog)
        dialog.concept.setCurrentIndex(dialog.concept.findData(community.id))
        dialog.unit.setCurrentIndex(dialog.unit.findData("sentence"))
        heading = dialog.list.topLevelItem(0)
        assert "[communauté]" in heading.text(1)
        heading.setCheckState(0, Qt.CheckState.Unchecked)
        assert dialog.code_button.text() == "Code 2 passages"
        qtbot.mouseClick(dialog.code_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(AutocodeDialog, "exec", untick_the_heading_and_code)
    action(window, "Autocode…").trigger()
    [dialog] = shown
    assert dialog.query.text() == '"Communauté"'  # the selection, as a phrase
    assert dialog.summary.text() == (
        "3 passages found in 1 documents; 0 already carry the concept."
    )
    coded = [a.quote for a in project.annotations(concept_id=community.id)]
    assert coded == ["Une Communauté se cultive.", "La communaute du forum vit de ses membres."]
    shown_ids = {a.id for a in window.editor.shown.annotations()}  # the reader's highlights
    assert shown_ids == {a.id for a in project.annotations()}
    assert "2 passages coded with Communauté" in window.statusBar().currentMessage()

    window.window_actions.undo_action.trigger()  # one step takes the whole batch back
    assert project.annotations() == []
    assert window.editor.shown.annotations() == []
    window.window_actions.redo_action.trigger()
    assert [a.quote for a in project.annotations()] == coded


def test_passages_already_coded_are_listed_but_not_ticked(qtbot, window) -> None:
    project = window.project
    community = project.concept_by_path("Communauté")
    document = project.document(window.current_document_id)
    start = document.text.index("Une Communauté")
    project.annotate(document.id, start + 4, start + 14, [community.id])
    dialog = AutocodeDialog(
        window.editor,
        query="communaute",
        concept_id=community.id,
        document_id=document.id,
        parent=window,
    )
    qtbot.addWidget(dialog)
    assert dialog.list.topLevelItemCount() == 3
    done = dialog.list.topLevelItem(1)
    assert not done.flags() & Qt.ItemFlag.ItemIsEnabled
    assert dialog.code_button.text() == "Code 2 passages"
    dialog.query.setText('"unclosed')
    dialog.search()
    assert dialog.list.topLevelItemCount() == 0
    assert "quote" in dialog.summary.text()
    assert not dialog.code_button.isEnabled()
