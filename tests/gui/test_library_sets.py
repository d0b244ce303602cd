"""Document sets in the library: a list to show one set, "Add to Set", all undoable."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QInputDialog, QLabel, QMenu, QTreeView

from annotator.core.project import Project
from annotator.gui.editor import Editor
from annotator.gui.panels import library_sets
from annotator.gui.panels.library import LibraryPanel
from annotator.gui.panels.library_model import TITLE
from tests.core.conftest import text_document


@pytest.fixture
def editor(tmp_path: Path) -> Editor:
    project = Project.create(tmp_path / "p.annot", author="tester")
    for title in ("Entretien 1", "Entretien 2", "Entretien 3"):
        project.add_document(text_document(f"Texte {title}", title, f"{title}.txt"))
    shown = Editor(project)
    yield shown
    project.close()


@pytest.fixture
def panel(qtbot, editor: Editor) -> LibraryPanel:
    widget = LibraryPanel(editor)
    qtbot.addWidget(widget)
    widget.resize(700, 300)
    widget.show()
    return widget


def shown(panel: LibraryPanel) -> list[str]:
    model = panel.findChild(QTreeView).model()
    return sorted(model.index(r, TITLE).data() for r in range(model.rowCount()))


def ids(editor: Editor) -> dict[str, int]:
    return {d.title: d.id for d in editor.project.documents()}


def test_the_set_list_shows_one_sets_documents(panel: LibraryPanel, editor: Editor) -> None:
    combo = panel.findChild(QComboBox, "librarySetFilter")
    assert combo.isHidden()  # no sets yet: nothing to choose
    made = editor.create_set("Lyon", [ids(editor)["Entretien 1"], ids(editor)["Entretien 3"]])
    assert combo.isVisible()
    assert [combo.itemText(i) for i in range(combo.count())] == ["All documents", "Lyon"]
    combo.setCurrentIndex(1)
    assert shown(panel) == ["Entretien 1", "Entretien 3"]
    editor.change_set_members(made.id, [ids(editor)["Entretien 1"]], add=False)
    assert shown(panel) == ["Entretien 3"] and combo.currentText() == "Lyon"
    editor.change_set_members(made.id, [ids(editor)["Entretien 3"]], add=False)
    message = panel.findChild(QLabel)
    assert message.isVisible() and "This set has no documents yet" in message.text()
    message.linkActivated.emit("all")
    assert combo.currentIndex() == 0 and len(shown(panel)) == 3
    combo.setCurrentIndex(1)
    editor.undo_stack.undo()  # Entretien 3 comes back into the set
    assert shown(panel) == ["Entretien 3"]
    editor.undo_stack.undo()
    editor.undo_stack.undo()  # the set is gone: all documents again
    assert combo.isHidden() and len(shown(panel)) == 3
    editor.undo_stack.redo()  # and back, with its documents
    assert editor.project.set_members(made.id) == {
        ids(editor)["Entretien 1"],
        ids(editor)["Entretien 3"],
    }


def test_add_to_set_from_the_context_menu(panel: LibraryPanel, editor: Editor, monkeypatch) -> None:
    first = ids(editor)["Entretien 1"]
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("  Pilote ", True))
    menu = QMenu(panel)
    submenu = library_sets.add_set_menu(menu, editor, first, panel)
    [new] = [a for a in submenu.actions() if a.text() == "New Set…"]
    new.trigger()
    [pilot] = editor.project.document_sets()
    assert pilot.name == "Pilote" and editor.project.set_members(pilot.id) == {first}
    editor.create_set("Lille")
    submenu = library_sets.add_set_menu(QMenu(panel), editor, first, panel)
    ticked = {a.text(): a.isChecked() for a in submenu.actions() if a.isCheckable()}
    assert ticked == {"Pilote": True, "Lille": False}
    next(a for a in submenu.actions() if a.text() == "Lille").trigger()
    lille = editor.project.set_by_name("Lille")
    assert editor.project.set_members(lille.id) == {first}
    next(a for a in submenu.actions() if a.text() == "Pilote").trigger()  # ticked: taken out
    assert editor.project.set_members(pilot.id) == frozenset()
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert editor.project.set_members(pilot.id) == {first}
    assert editor.project.set_members(lille.id) == frozenset()


def test_the_set_shown_is_renamed_or_deleted_from_its_list(
    panel: LibraryPanel, editor: Editor, monkeypatch
) -> None:
    made = editor.create_set("Lyon", [ids(editor)["Entretien 2"]])
    combo = panel.set_filter.combo
    assert panel.set_filter.set_menu() is None  # all documents shown: no set to edit
    combo.setCurrentIndex(combo.findData(made.id))
    menu = panel.set_filter.set_menu()
    actions = {a.text(): a for a in menu.actions()}
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Rhône", True))
    actions["Rename Set…"].trigger()
    assert combo.currentText() == "Rhône" and shown(panel) == ["Entretien 2"]
    actions["Delete Set"].trigger()
    assert editor.project.document_sets() == [] and combo.isHidden()
    assert len(shown(panel)) == 3
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert [s.name for s in editor.project.document_sets()] == ["Lyon"]
    assert editor.project.set_members(made.id) == {ids(editor)["Entretien 2"]}


def test_a_name_taken_is_refused_with_a_message(qtbot, editor: Editor) -> None:
    editor.create_set("Lyon")
    with qtbot.waitSignal(editor.errorOccurred) as refused:
        assert editor.create_set("  lyon ") is None
    assert refused.args == ["There is already a set named “lyon”."]
    assert editor.undo_stack.count() == 1
