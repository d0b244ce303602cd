"""The whole window: File ▸ Export… writes a report; File ▸ Import REFI-QDA… brings a project in."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QTreeView

from annotator.core.exporting.refi_export import export_qdpx
from annotator.core.importing.base import ImportedDocument
from annotator.core.project import Project
from annotator.gui import export_controller, refi_import_controller
from annotator.gui.export_controller import ExportController
from annotator.gui.export_dialog import ExportDialog
from annotator.gui.main_window import MainWindow
from annotator.gui.refi_import_controller import (
    ImportProgressDialog,
    RefiImportController,
    RefiReportDialog,
)

TEXT = "Les fans 😀 se retrouvent chaque soir. Une communauté se cultive, jour après jour."


def make_project(path: Path) -> None:
    with Project.create(path, author="Alice") as project:
        document = project.add_document(ImportedDocument(
            title="Carnet <de terrain>", kind="text", source="carnet.txt", text=TEXT,
            original=TEXT.encode("utf-8"), media_type="text/plain")).document
        parent = project.add_concept("Communauté", color="#5dade2")
        rituals = project.add_concept("Rituels", parent_id=parent.id, color="#f4d03f")
        start = TEXT.index("Une communauté se cultive")
        project.annotate(document.id, start, start + len("Une communauté se cultive"),
                         [rituals.id], "à creuser")


def test_export_an_html_report_from_the_file_menu(qtbot, window: MainWindow,
                                                   tmp_path: Path) -> None:
    project_path = tmp_path / "terrain.annot"
    make_project(project_path)
    assert window.open_project(project_path)
    assert window.window_actions.export_action.isEnabled()
    assert window.window_actions.export_action.shortcut().toString() == "Ctrl+E"
    window.window_actions.export_action.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.documents.ticked_ids() == [window.current_document_id]

    dialog.set_format("html")
    target = tmp_path / "rapport.html"
    dialog.destination_edit.setText(str(target))
    controller = ExportController.for_window(window)
    with qtbot.waitSignal(controller.exported, timeout=15000):
        dialog.export_button.click()
    html = target.read_text(encoding="utf-8")
    assert "Une communauté se cultive" in html and "à creuser" in html
    assert "Carnet &lt;de terrain&gt;" in html and "Rituels" in html
    assert window.statusBar().currentMessage() == f"Exported to {target}"


def test_import_a_refi_project_from_the_file_menu(qtbot, window: MainWindow, tmp_path: Path,
                                                  monkeypatch) -> None:
    origin = tmp_path / "origin.annot"
    make_project(origin)
    with Project.open(origin) as project:
        archive = export_qdpx(project, tmp_path / "échange.qdpx")
    assert window.open_project(tmp_path / "new.annot", create=True)
    assert window.editor.add_concept("Avant l'import") is not None
    assert window.editor.undo_stack.canUndo()

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(archive), ""))
    controller = RefiImportController.for_window(window)
    with qtbot.waitSignal(controller.imported, timeout=15000) as done:
        window.window_actions.import_refi_action.trigger()
    report = done.args[0]
    assert (report.documents_added, report.concepts_added, report.annotations_added) == (1, 2, 1)
    assert window.project.info().annotations == 1
    assert not window.editor.undo_stack.canUndo()  # the import cannot be undone: said below
    dialog = window.findChild(RefiReportDialog)
    assert dialog is not None and dialog.isVisible()
    assert "échange.qdpx" in dialog.counts.text()
    assert dialog.findChild(type(dialog.counts), "refiUndoNote").isVisible()
    qtbot.waitUntil(lambda: window.current_document_id is not None)  # the first one is opened
    library = window.library.findChild(QTreeView).model()
    assert library.rowCount() == 1
    dialog.close()
    qtbot.waitUntil(lambda: window.findChild(ImportProgressDialog) is None)


def test_a_cancelled_refi_import_changes_nothing(qtbot, window: MainWindow, tmp_path: Path,
                                                 monkeypatch) -> None:
    origin = tmp_path / "origin.annot"
    make_project(origin)
    with Project.open(origin) as project:
        archive = export_qdpx(project, tmp_path / "échange.qdpx")
    assert window.open_project(tmp_path / "new.annot", create=True)
    gate = threading.Event()
    real_import = refi_import_controller.import_refi

    def held_import(*args, **kwargs):
        assert gate.wait(10)  # held until the user has pressed Cancel
        return real_import(*args, **kwargs)

    monkeypatch.setattr(refi_import_controller, "import_refi", held_import)
    controller = RefiImportController.for_window(window)
    controller.start(archive)
    progress = window.findChild(ImportProgressDialog)
    assert progress is not None and progress.isVisible()
    with qtbot.waitSignal(controller.cancelled, timeout=15000):
        qtbot.keyClick(progress, Qt.Key.Key_Escape)  # asks to stop, stays until it has
        assert progress.isVisible() and progress.label.text() == "Cancelling…"
        gate.set()
    assert window.project.info().documents == 0 and window.project.concepts() == []
    assert "nothing was changed" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.findChild(ImportProgressDialog) is None)


def test_closing_the_window_finishes_an_export_under_way(qtbot, window: MainWindow,
                                                         tmp_path: Path, monkeypatch) -> None:
    project_path = tmp_path / "terrain.annot"
    make_project(project_path)
    assert window.open_project(project_path)
    gate = threading.Event()
    real_export = export_controller.export

    def held_export(*args, **kwargs):
        assert gate.wait(10)
        return real_export(*args, **kwargs)

    monkeypatch.setattr(export_controller, "export", held_export)
    window.window_actions.export_action.trigger()
    dialog = window.findChild(ExportDialog)
    target = tmp_path / "dernier.csv"
    dialog.destination_edit.setText(str(target))
    dialog.export_button.click()
    assert ExportController.for_window(window).busy
    threading.Timer(0.2, gate.set).start()  # the export is released while the window closes
    window.close()
    assert target.exists() and "Une communauté se cultive" in target.read_text("utf-8-sig")
