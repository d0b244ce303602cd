"""A real MainWindow on a temporary project, with settings in a temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.gui.main_window import MainWindow
from annotator.gui.settings import AppSettings


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch) -> Path:
    folder = tmp_path / "userdata"
    folder.mkdir()
    monkeypatch.setenv("ANNOTATOR_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def window(qtbot, data_dir: Path):
    win = MainWindow(AppSettings(data_dir / "settings.ini"))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win
    if win.project is not None:
        win.importer.runner.cancel_all()
        win.importer.runner.wait(10000)
