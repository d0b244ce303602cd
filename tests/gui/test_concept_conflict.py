"""Two coders (or two windows) editing one concept: the window's rename, recolour,
description or key made on the old value is refused, the other's value is shown, and the
user chooses."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QColorDialog,
    QInputDialog,
    QLineEdit,
    QTreeView,
)

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
    asked: list[tuple[EditConflict, str, str]] = []
    monkeypatch.setattr(
        conflict_question,
        "keep_mine",
        lambda _p, c, mine, theirs: asked.append((c, mine, theirs)) or False,
    )
    _finish_rename(qtbot, "Public")
    qtbot.waitUntil(lambda: len(asked) == 1)
    conflict, mine, theirs = asked[0]
    assert conflict.code is EditCause.CONCEPT_CONFLICT and theirs == "Communauté"
    assert mine == "Public"
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


@pytest.fixture
def selected(window: MainWindow, tmp_path: Path) -> tuple[MainWindow, Path, int]:
    """The window on a file project, its concept "Thème" selected in the concepts panel."""
    path = tmp_path / "team.annot"
    with Project.create(path, author="Bruno") as project:
        theme = project.add_concept("Thème", color="#112233", description="le sujet", shortcut="1")
    assert window.open_project(path)
    window.concepts_panel.select_concept(theme.id)
    return window, path, theme.id


# (the panel's action, the dialog it opens, the other window's value, the user's answer
# to the dialog, the user's value)
DIALOGS = {
    "color": ("recolor_current", QColorDialog, "getColor", "#445566", QColor("#778899"), "#778899"),
    "description": (
        "describe_current",
        QInputDialog,
        "getMultiLineText",
        "ce dont on parle",
        ("la question", True),
        "la question",
    ),
    "shortcut": ("choose_key_current", QInputDialog, "getItem", "2", ("3", True), "3"),
}


def _edit_while_another_window_edits(
    window: MainWindow, path: Path, concept_id: int, field: str, monkeypatch
) -> str:
    """Open the field's dialog; while it is open another window changes the same field;
    the user then answers the dialog. Returns the user's value."""
    action, dialog, method, theirs, answer, mine = DIALOGS[field]

    def meanwhile(*_args, **_kwargs):
        with Project.open(path, author="Alice") as alice:
            alice.update_concept(concept_id, **{field: theirs})
        return answer

    monkeypatch.setattr(dialog, method, meanwhile)
    getattr(window.concepts_panel, action)()
    return mine


@pytest.mark.parametrize("field", DIALOGS)
def test_a_concept_edit_over_another_windows_asks_and_takes_theirs(
    selected, monkeypatch, field: str
) -> None:
    window, path, theme_id = selected
    asked: list[tuple[EditConflict, str, str]] = []
    monkeypatch.setattr(
        conflict_question,
        "keep_mine",
        lambda _p, c, mine, theirs: asked.append((c, mine, theirs)) or False,
    )
    mine = _edit_while_another_window_edits(window, path, theme_id, field, monkeypatch)
    theirs = DIALOGS[field][3]
    [(conflict, asked_mine, asked_theirs)] = asked
    assert conflict.code is EditCause.CONCEPT_CONFLICT and conflict.params["name"] == "Thème"
    assert (asked_mine, asked_theirs) == (mine, theirs)
    assert getattr(window.project.concept(theme_id), field) == theirs
    shown = window.concepts_panel.findChild(QTreeView).model().concept(theme_id)
    assert getattr(shown, field) == theirs  # the panel shows the other window's value


@pytest.mark.parametrize("field", DIALOGS)
def test_keeping_ones_own_concept_edit_saves_it_and_undo_gives_theirs_back(
    selected, monkeypatch, field: str
) -> None:
    window, path, theme_id = selected
    monkeypatch.setattr(conflict_question, "keep_mine", lambda *_args: True)
    mine = _edit_while_another_window_edits(window, path, theme_id, field, monkeypatch)
    assert getattr(window.project.concept(theme_id), field) == mine
    window.editor.undo_stack.undo()
    assert getattr(window.project.concept(theme_id), field) == DIALOGS[field][3]
