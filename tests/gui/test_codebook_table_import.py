"""File ▸ Import codebook table (CSV)…: the concepts panel shows the merged codebook at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTreeView

from annotator.core.project import Project
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import AppSettings


def names(view: QTreeView, parent: QModelIndex | None = None) -> list:
    model = view.model()
    parent = parent or QModelIndex()
    rows = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        children = names(view, index)
        rows.append((index.data(), children) if children else index.data())
    return rows


def file_action(main: MainWindow, text: str):
    return next(a for a in main.window_actions.file_menu.actions() if a.text() == text)


def test_a_table_merges_into_the_open_project(qtbot, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("ANNOTATOR_DATA_DIR", str(tmp_path / "data"))
    with Project.create(tmp_path / "p.annot", author="A") as project:
        project.add_concept("Communauté", description="")
    table = tmp_path / "codes.csv"
    table.write_text(
        "Path,Description,Colour\nCommunauté,Un groupe,#112233\n"
        "Communauté/Rituels,,\nGouvernance,,rouge\n",
        encoding="utf-8",
    )
    main = MainWindow(AppSettings(tmp_path / "settings.ini"))
    qtbot.addWidget(main)
    main.show()
    assert main.open_project(tmp_path / "p.annot")
    assert main.editor.add_concept("Brouillon") and main.editor.undo_stack.canUndo()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(table), ""))
    file_action(main, "Import codebook &table (CSV)…").trigger()
    box = main.findChild(QMessageBox, "codebookTableReportBox")
    assert box is not None and box.isVisible()
    assert box.text() == "codes.csv: 2 concepts added, 1 updated, 0 unchanged; 1 notes."
    assert "colour 'rouge' of Gouvernance" in box.detailedText()
    view = main.concepts_panel.findChild(QTreeView)
    qtbot.waitUntil(
        lambda: names(view) == [("Communauté", ["Rituels"]), "Brouillon", "Gouvernance"]
    )
    assert main.project.concept_by_path("Communauté").description == "Un groupe"
    assert not main.editor.undo_stack.canUndo()  # the edit before cannot be undone over it
    assert "cannot be undone" in box.informativeText()
    box.close()


def test_a_table_without_paths_changes_nothing(qtbot, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("ANNOTATOR_DATA_DIR", str(tmp_path / "data"))
    Project.create(tmp_path / "p.annot", author="A").close()
    table = tmp_path / "codes.csv"
    table.write_text("Name\nA\n", encoding="utf-8")
    main = MainWindow(AppSettings(tmp_path / "settings.ini"))
    qtbot.addWidget(main)
    main.show()
    assert main.open_project(tmp_path / "p.annot")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(table), ""))
    file_action(main, "Import codebook &table (CSV)…").trigger()
    box = main.findChild(QMessageBox, "codebookTableFailedBox")
    assert box is not None and box.isVisible()
    assert box.informativeText().startswith("codes.csv: No Path column in the first row")
    assert main.project.concepts() == []
    box.close()
