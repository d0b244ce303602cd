"""Two coders renaming one concept: the window's rename made on the old name is
refused, the other coder's name is shown, and the user chooses."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QTreeView

from annotator.core.errors import EditCause, EditConflict
from annotator.core.project import Project
from annotator.gui import conflict_question
from annotator.gui.main_window import MainWindow


@pytest.fixture
def renaming(qtbot, window: MainWindow, tmp_path: Path) -> tuple[MainWindow, Path, int]:
    """The window on a file project, renaming its concept "Thème" (the editor open)."""
    path = tmp_path / "team.annot"
    with Project.create(path, author="Bruno") as project:
        theme = project.add_concept("Thème")
    assert window.open_project(path)
    panel = window.concepts_panel
    panel.select_concept(theme.id)
    panel.rename_current()
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    with Project.open(path, author="Alice") as alice:
        alice.update_concept(theme.id, name="Communauté")
    return window, path, theme.id


def _finish_rename(qtbot, name: str) -> None:
    line = QApplication.focusWidget()
    assert isinstance(line, QLineEdit) and line.text() == "Thème"
    line.selectAll()
    qtbot.keyClicks(line, name)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def test_a_rename_over_another_coders_rename_asks_and_takes_theirs(
    qtbot, renaming, monkeypatch
) -> None:
    window, _path, theme_id = renaming
    asked: list[tuple[EditConflict, str]] = []
    monkeypatch.setattr(
        conflict_question, "keep_mine", lambda _p, c, theirs: asked.append((c, theirs)) or False
    )
    _finish_rename(qtbot, "Public")
    qtbot.waitUntil(lambda: len(asked) == 1)
    conflict, theirs = asked[0]
    assert conflict.code is EditCause.CONCEPT_CONFLICT and theirs == "Communauté"
    assert conflict.params["name"] == "Thème"
    assert window.project.concept(theme_id).name == "Communauté"
    model = window.concepts_panel.findChild(QTreeView).model()
    assert model.data(model.index_of(theme_id)) == "Communauté"  # shown, not the old name


def test_keeping_ones_own_name_renames_over_theirs(qtbot, renaming, monkeypatch) -> None:
    window, _path, theme_id = renaming
    monkeypatch.setattr(conflict_question, "keep_mine", lambda *_args: True)
    _finish_rename(qtbot, "Public")
    qtbot.waitUntil(lambda: window.project.concept(theme_id).name == "Public")
    window.editor.undo_stack.undo()
    assert window.project.concept(theme_id).name == "Communauté"
