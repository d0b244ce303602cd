"""A project file handed over by the system as an event (macOS) opens in the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from annotator.core.project import Project
from annotator.gui.app import FileOpenHandler
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import AppSettings


def test_file_open_event_opens_the_project(qtbot, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("ANNOTATOR_DATA_DIR", str(tmp_path / "data"))
    project_file = tmp_path / "interviews.annot"
    Project.create(project_file).close()
    window = MainWindow(AppSettings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    app = QApplication.instance()
    handler = FileOpenHandler(window)
    app.installEventFilter(handler)
    try:
        QApplication.sendEvent(app, QFileOpenEvent(str(project_file)))
    finally:
        app.removeEventFilter(handler)
    assert window.project is not None
    assert Path(window.project.path) == project_file
    window.close()
