"""Document variables as library columns: shown, sorted by meaning, edited, undone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QTreeView

from annotator.core.project import Project
from annotator.gui.editor import Editor
from annotator.gui.panels.library import LibraryPanel
from annotator.gui.panels.library_model import TITLE
from tests.core.conftest import text_document

AGE, SITE = 4, 5  # the variables' columns, after the four of the library


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
    editor.define_variable("Âge", "number")
    editor.define_variable("Site", "category", ("Paris", "Lyon"))
    widget = LibraryPanel(editor)
    qtbot.addWidget(widget)
    widget.resize(700, 300)
    widget.show()
    return widget


def view(panel: LibraryPanel) -> QTreeView:
    return panel.findChild(QTreeView)


def column(panel: LibraryPanel, number: int) -> dict[str, str]:
    model = view(panel).model()
    return {
        model.index(r, TITLE).data(): model.index(r, number).data() or ""
        for r in range(model.rowCount())
    }


def edit(panel: LibraryPanel, title: str, number: int, text: str) -> None:
    model = view(panel).model()
    row = next(r for r in range(model.rowCount()) if model.index(r, TITLE).data() == title)
    assert model.setData(model.index(row, number), text, Qt.ItemDataRole.EditRole)


def test_values_show_edit_and_undo(panel: LibraryPanel, editor: Editor) -> None:
    model = view(panel).model()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in (AGE, SITE)] == ["Âge", "Site"]
    edit(panel, "Entretien 1", AGE, "42,5")
    edit(panel, "Entretien 2", AGE, "9")
    edit(panel, "Entretien 2", SITE, "lyon")
    assert column(panel, AGE) == {"Entretien 1": "42.5", "Entretien 2": "9", "Entretien 3": ""}
    assert column(panel, SITE)["Entretien 2"] == "Lyon"
    errors: list[str] = []
    editor.errorOccurred.connect(errors.append)
    edit(panel, "Entretien 3", AGE, "vieux")
    assert errors == ["Âge: “vieux” is not a number."]
    assert column(panel, AGE)["Entretien 3"] == ""
    editor.undo_stack.undo()
    assert column(panel, SITE)["Entretien 2"] == ""
    editor.undo_stack.redo()
    assert column(panel, SITE)["Entretien 2"] == "Lyon"


def test_sorting_follows_the_values_meaning(panel: LibraryPanel) -> None:
    for title, age in (("Entretien 1", "10"), ("Entretien 2", "9")):
        edit(panel, title, AGE, age)
    view(panel).sortByColumn(AGE, Qt.SortOrder.AscendingOrder)
    model = view(panel).model()
    titles = [model.index(r, TITLE).data() for r in range(model.rowCount())]
    assert titles == ["Entretien 2", "Entretien 1", "Entretien 3"]  # 9 < 10, none last
    edit(panel, "Entretien 3", SITE, "Lyon")
    edit(panel, "Entretien 1", SITE, "Paris")
    view(panel).sortByColumn(SITE, Qt.SortOrder.AscendingOrder)
    titles = [model.index(r, TITLE).data() for r in range(model.rowCount())]
    assert titles == ["Entretien 1", "Entretien 3", "Entretien 2"]  # the categories' order


def test_the_cell_editor_offers_the_categories(qtbot, panel: LibraryPanel) -> None:
    tree = view(panel)
    index = tree.model().index(0, SITE)
    tree.setCurrentIndex(index)
    tree.edit(index)
    combo = tree.findChild(QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["", "Paris", "Lyon"]
    combo.setCurrentIndex(2)
    tree.commitData(combo)
    assert tree.model().index(0, SITE).data() == "Lyon"
    tree.edit(tree.model().index(0, AGE))
    assert tree.findChild(QLineEdit) is not None


def test_header_menu_and_a_sheet_imported_as_one_undo_step(
    qtbot, panel: LibraryPanel, editor: Editor, tmp_path: Path, monkeypatch
) -> None:
    columns = panel.variable_columns
    texts = [a.text() for a in columns.menu(SITE).actions() if not a.isSeparator()]
    assert texts == [
        "New variable…",
        "Import variables from a sheet…",
        "Export variables…",
        "Remove variable “Site”…",
    ]
    sheet = tmp_path / "v.csv"
    sheet.write_text("Document,Vague,Site\nEntretien 1,2,Paris\nInconnu,3,Lyon\n", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, _title, text: shown.append(text)
    )
    report = columns.import_from(sheet)
    assert report is not None and [v.name for v in report.defined] == ["Vague"]
    assert shown[0].splitlines() == [
        "2 values set for 1 documents; 1 variables defined; 1 rows matched no document; "
        "0 values left out.",
        "defined Vague (number)",
        "line 3: no document: 'Inconnu'",
    ]
    model = view(panel).model()
    assert model.headerData(6, Qt.Orientation.Horizontal) == "Vague"
    assert column(panel, 6)["Entretien 1"] == "2"
    editor.undo_stack.undo()  # the variable it defined and the values it set, at once
    assert model.columnCount() == 6
    assert editor.project.variable_values() == {}
    editor.undo_stack.redo()
    assert column(panel, 6)["Entretien 1"] == "2"
    assert column(panel, SITE)["Entretien 1"] == "Paris"
