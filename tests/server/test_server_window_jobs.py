"""The window's jobs on a server project (import, export, analysis) open it again on
connections of their own, by its address: the document lands on the server, the export
holds the server's passages, the analysis counts them."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from annotator.core.project import Project
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import AppSettings


def test_import_export_and_analysis_from_the_window(
    cluster, qtbot, tmp_path: Path, server_url: str, monkeypatch
) -> None:
    from annotator.gui.export_controller import ExportController

    source = tmp_path / "entretien.txt"
    source.write_text("Le marché du samedi, puis la fête.", encoding="utf-8")
    window = MainWindow(AppSettings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    assert window.open_project(server_url) and window.editor is not None
    with qtbot.waitSignal(window.importer.batchFinished, timeout=20000) as finished:
        window.importer.import_sources([str(source)])
    assert finished.args == [[]]
    with Project.open(server_url) as project:
        (document,) = project.documents()
    theme = window.editor.add_concept("Marché")
    assert theme is not None and window.editor.annotate(document.id, 3, 9, (theme.id,))

    target = tmp_path / "passages.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    controller = ExportController.for_window(window, window.statusBar())
    dialog = controller.open_dialog(window.project, document.id)
    dialog.format_buttons["csv"].click()
    dialog.choose_button.click()
    with qtbot.waitSignal(controller.exported, timeout=20000):
        dialog.export_button.click()
    with target.open(encoding="utf-8-sig", newline="") as file:
        assert [row["Quote"] for row in csv.DictReader(file)] == ["marché"]

    window.window_actions.show_analysis()
    analysis = window.window_actions._analysis
    assert analysis is not None
    qtbot.waitUntil(lambda: analysis.data is not None, timeout=30000)
    assert [c.name for c in analysis.data.concepts.values()] == ["Marché"]
    assert list(analysis.data.documents) == [document.id]
    analysis.close()
    window.close()
