"""The first-run welcome: start your own project first, the demo as a place to try things,
and "Don't show this again" remembered."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel

from annotator.gui.main_window import MainWindow
from annotator.gui.settings import AppSettings
from annotator.gui.welcome import (
    WelcomeDialog,
    documents_folder,
    show_welcome_if_first_run,
    unbroken,
)


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(tmp_path / "settings.ini")


def texts(dialog: WelcomeDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_starting_a_project_comes_first_then_the_work_in_order(
    qtbot, settings: AppSettings
) -> None:
    dialog = WelcomeDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = texts(dialog)
    positions = [
        shown.index(f"<b>{step}</b>")
        for step in ("Create your project", "Import", "Highlight and tag", "Export")
    ]
    assert positions == sorted(positions)
    for number in "1234":
        assert any(
            label.text() == number and label.isVisible() for label in dialog.findChildren(QLabel)
        )
    for menu_path in (
        "File ▸ New project…",
        "File ▸ Import files…",
        "File ▸ Export…",
        "File ▸ Open demo project",
    ):
        assert menu_path in shown
    assert unbroken(html.escape(documents_folder())) in shown  # where a project may go
    assert "demo" in shown.lower() and "try" in shown.lower()
    assert dialog.new_button.isDefault()  # Enter starts a project of one's own
    assert dialog.new_button.text() == "New project…"


def test_new_project_from_the_welcome_creates_the_users_own_file(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    data = tmp_path / "userdata"
    data.mkdir()
    monkeypatch.setenv("ANNOTATOR_DATA_DIR", str(data))
    window = MainWindow(AppSettings(data / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    asked: list[str] = []
    target = tmp_path / "Documents" / "mon-etude"
    target.parent.mkdir()

    def save_name(_parent, _title, suggested, _filter):
        asked.append(suggested)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    dialog = show_welcome_if_first_run(window.settings, window, window.window_actions.new_project)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.project is not None)
    assert window.project.path == target.with_suffix(".annot")
    assert Path(asked[0]).parent == Path(documents_folder()).expanduser()
    assert window.settings.welcome_shown


def test_trying_the_demo_just_closes_and_remembers(qtbot, settings: AppSettings) -> None:
    requested: list[bool] = []
    dialog = show_welcome_if_first_run(settings, None, lambda: requested.append(True))
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.dont_show.isChecked()
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and requested == []
    assert settings.welcome_shown
    assert AppSettings(Path(settings._qsettings.fileName())).welcome_shown  # on disk
    assert show_welcome_if_first_run(settings) is None


def test_unticked_it_comes_back_next_time(qtbot, settings: AppSettings) -> None:
    dialog = WelcomeDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.dont_show.setChecked(False)
    dialog.reject()  # closed with Escape or the window's close button
    assert not settings.welcome_shown
    again = show_welcome_if_first_run(settings)
    assert again is not None
    qtbot.addWidget(again)


def test_closing_with_escape_also_remembers_when_ticked(qtbot, settings: AppSettings) -> None:
    dialog = WelcomeDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert settings.welcome_shown
