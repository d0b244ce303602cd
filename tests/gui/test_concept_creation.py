"""Creating a concept in the window, as a new user expects: it is shown and selected, the
undo label names it once, Esc while naming it takes it away, Edit ▸ New concept makes one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QTreeView

from annotator.core.palette import PALETTE
from annotator.core.project import Project
from annotator.gui.main_window import MainWindow
from annotator.gui.panels.concept_picker import ConceptPicker

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def opened(window: MainWindow, tmp_path: Path) -> MainWindow:
    """The window on a project whose codebook is longer than the concepts panel."""
    path = tmp_path / "long.annot"
    with Project.create(path, author="Alice") as project:
        for number in range(40):
            project.add_concept(f"Concept {number:02d}")
    assert window.open_project(path)
    return window


def _tree(window: MainWindow) -> QTreeView:
    return window.concepts_panel.findChild(QTreeView)


def _names(window: MainWindow) -> list[str]:
    assert window.project is not None
    return [c.name for c in window.project.concepts()]


def _name_editor(qtbot) -> QLineEdit:
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    line = QApplication.focusWidget()
    assert isinstance(line, QLineEdit)
    return line


def _new_concept_key(qtbot, window: MainWindow) -> QLineEdit:
    tree = _tree(window)
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_N, CTRL_SHIFT)
    return _name_editor(qtbot)


def test_a_new_concept_is_scrolled_into_view_and_selected(qtbot, opened: MainWindow) -> None:
    tree = _tree(opened)
    tree.scrollToTop()
    line = _new_concept_key(qtbot, opened)
    panel = opened.concepts_panel
    new_id = panel.current_concept_id()
    assert new_id is not None and opened.project.concept(new_id).name == "New concept"
    index = tree.currentIndex()
    assert tree.selectionModel().isSelected(index)
    qtbot.waitUntil(lambda: tree.viewport().rect().contains(tree.visualRect(index)))
    assert tree.viewport().rect().contains(line.geometry())
    assert "New concept 2" not in _names(opened)  # the panel's key only, not the window's


def test_a_concept_made_in_the_picker_is_shown_in_the_tree(
    qtbot, opened: MainWindow, monkeypatch
) -> None:
    tree = _tree(opened)
    first = opened.project.concept_by_path("Concept 00")
    opened.concepts_panel.select_concept(first.id)
    monkeypatch.setattr(ConceptPicker, "pick", staticmethod(lambda *_args: (None, "Confiance")))
    opened.window_actions.apply_action.trigger()
    confiance = opened.project.concept_by_path("Confiance")
    assert confiance is not None
    assert opened.concepts_panel.current_concept_id() == confiance.id
    index = tree.currentIndex()
    qtbot.waitUntil(lambda: tree.viewport().rect().contains(tree.visualRect(index)))
    opened.editor.undo_stack.undo()  # an undone creation selects nothing new
    opened.editor.undo_stack.redo()  # a redone one is shown again
    assert opened.concepts_panel.current_concept_id() == confiance.id


def test_the_undo_label_names_the_new_concept_once_in_quotes(qtbot, opened: MainWindow) -> None:
    line = _new_concept_key(qtbot, opened)
    undo = opened.window_actions.undo_action
    assert undo.text() == "&Undo Create concept “New concept”"
    line.selectAll()
    qtbot.keyClicks(line, "Confiance")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Confiance" in _names(opened))
    opened.editor.undo_stack.undo()  # the rename
    assert opened.editor.undo_stack.undoText() == "Create concept “New concept”"


def test_esc_while_naming_a_new_concept_takes_it_away(qtbot, opened: MainWindow) -> None:
    before = _names(opened)
    stack = opened.editor.undo_stack
    line = _new_concept_key(qtbot, opened)
    assert "New concept" in _names(opened)
    qtbot.keyClicks(line, "Conf")
    qtbot.keyClick(line, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _names(opened) == before)
    assert not stack.canUndo() and not stack.canRedo()  # nothing to redo: it was cancelled
    assert not opened.window_actions.redo_action.isEnabled()


def test_esc_after_naming_a_concept_once_keeps_it(qtbot, opened: MainWindow) -> None:
    line = _new_concept_key(qtbot, opened)
    line.selectAll()
    qtbot.keyClicks(line, "Confiance")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Confiance" in _names(opened))
    opened.concepts_panel.rename_current()
    qtbot.keyClick(_name_editor(qtbot), Qt.Key.Key_Escape)  # a cancelled rename
    assert "Confiance" in _names(opened)


def test_esc_on_a_new_sub_concept_takes_only_it_away(qtbot, opened: MainWindow) -> None:
    panel = opened.concepts_panel
    parent = opened.project.concept_by_path("Concept 05")
    panel.select_concept(parent.id)
    panel.new_sub_concept()
    qtbot.keyClick(_name_editor(qtbot), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: "New sub-concept" not in _names(opened))
    assert opened.project.concept_by_path("Concept 05") is not None


def test_edit_menu_has_new_concept_with_its_key(qtbot, opened: MainWindow) -> None:
    menu = opened.window_actions.edit_menu
    [action] = [a for a in menu.actions() if a.text().replace("&", "") == "New concept"]
    assert action.shortcut().toString() == "Ctrl+Shift+N"
    opened.reader.setFocus()
    action.trigger()
    line = _name_editor(qtbot)
    assert line.text() == "New concept" and "New concept" in _names(opened)
    assert opened.concepts_panel.isAncestorOf(line)


def test_ctrl_shift_n_from_the_reader_creates_a_concept(qtbot, opened: MainWindow) -> None:
    reader = opened.reader.text_view.text_edit
    reader.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is reader)
    qtbot.keyClick(reader, Qt.Key.Key_N, CTRL_SHIFT)
    assert _name_editor(qtbot).text() == "New concept"


def test_a_new_concept_in_the_window_gets_an_unused_colour(qtbot, opened: MainWindow) -> None:
    line = _new_concept_key(qtbot, opened)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    colours = [c.color for c in opened.project.concepts()]
    # forty concepts use each colour twice; the new one starts the third round
    assert colours[-1] == PALETTE[0] and colours.count(PALETTE[0]) == 3
