"""View > Analysis opens the window on the open project; a passage opens in the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence

from annotator.gui.analysis import AnalysisWindow
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import AppSettings
from tests.core.analysis_fixtures import build_corpus


def test_view_analysis_opens_passages_in_the_main_window(qtbot, tmp_path: Path,
                                                         monkeypatch) -> None:
    monkeypatch.setenv("ANNOTATOR_DATA_DIR", str(tmp_path / "data"))
    build_corpus(tmp_path / "corpus.annot").project.close()
    main = MainWindow(AppSettings(tmp_path / "settings.ini"))
    qtbot.addWidget(main)
    main.show()
    assert main.open_project(tmp_path / "corpus.annot")
    [action] = [a for a in main.window_actions.view_menu.actions()
                if a.shortcut() == QKeySequence("Ctrl+Shift+A")]
    action.trigger()
    [analysis] = main.findChildren(AnalysisWindow)
    qtbot.waitUntil(lambda: analysis.frequencies.concepts.proxy.rowCount() == 4)
    assert analysis.isVisible() and analysis.editor is main.editor
    action.trigger()  # a second time: the same window comes forward
    assert main.findChildren(AnalysisWindow) == [analysis]

    report = next(d for d in main.project.documents() if d.title == "report")
    passage = main.project.annotations(document_id=report.id)[0]
    analysis.passageActivated.emit(report.id, passage.id)
    assert main.current_document_id == report.id
    analysis.close()
    main.importer.runner.wait(5000)
