"""Switching projects in one window, with a saved layout: no error, panels stay put."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QMessageBox

from annotator.core.demo import build_demo
from annotator.core.project import Project
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import AppSettings


def placement(window: MainWindow) -> dict[str, tuple[str, list[str]]]:
    """Each panel's dock area and the docks it shares tabs with."""
    return {
        key: (window.dockWidgetArea(dock).name,
              sorted(d.objectName() for d in window.tabifiedDockWidgets(dock)))
        for key, dock in window.docks.items()
    }


@pytest.fixture
def qt_warnings():
    seen: list[str] = []

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg:
            seen.append(message)

    previous = qInstallMessageHandler(handler)
    yield seen
    qInstallMessageHandler(previous)


def test_switching_projects_twice_with_a_saved_layout(
    qtbot, data_dir: Path, tmp_path: Path, qt_warnings: list[str]
) -> None:
    demo = tmp_path / "demo.annot"
    build_demo(demo)
    other = tmp_path / "other.annot"
    Project.open(other, create=True).close()
    settings_file = data_dir / "settings.ini"

    first = MainWindow(AppSettings(settings_file))
    qtbot.addWidget(first)
    first.show()
    assert first.open_project(demo)
    qtbot.waitUntil(first.library.isVisible)
    expected = placement(first)
    first.close()  # saves the layout

    window = MainWindow(AppSettings(settings_file))
    qtbot.addWidget(window)
    window.show()
    assert window.open_project(demo)
    concepts = window.project.concepts()
    window.concepts_panel.conceptSelected.emit(concepts[0].id)  # the concept view in use
    for path in (other, demo, other, demo):
        assert window.open_project(path)
        qtbot.waitUntil(window.library.isVisible)  # also runs the deferred deletions
        assert placement(window) == expected
    window.concepts_panel.conceptSelected.emit(concepts[0].id)
    assert window.concept_view.isVisibleTo(window)
    assert not window.findChildren(QMessageBox)
    assert not [m for m in qt_warnings if "layout" in m.lower() or "deleted" in m.lower()]
    # the closed projects' controllers and panels are gone, not piling up
    qtbot.waitUntil(lambda: len(window.findChildren(type(window.importer))) == 1)
    assert len(window.findChildren(type(window.library))) == 1
