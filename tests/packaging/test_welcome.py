"""The first-run welcome dialog: three steps, and "Don't show this again" remembered."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from annotator.gui.settings import AppSettings
from annotator.gui.welcome import WelcomeDialog, show_welcome_if_first_run


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(tmp_path / "settings.ini")


def texts(dialog: WelcomeDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_shows_the_three_steps_in_order(qtbot, settings: AppSettings) -> None:
    dialog = WelcomeDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = texts(dialog)
    positions = [shown.index(f"<b>{step}</b>") for step in
                 ("Import", "Highlight and tag", "Export")]
    assert positions == sorted(positions)
    for number in "123":
        assert any(label.text() == number and label.isVisible()
                   for label in dialog.findChildren(QLabel))
    assert "File ▸ Import files…" in shown and "File ▸ Export…" in shown


def test_dont_show_again_is_ticked_by_default_and_remembered(qtbot,
                                                             settings: AppSettings) -> None:
    dialog = show_welcome_if_first_run(settings)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.dont_show.isChecked()
    assert dialog.start_button.isDefault()
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
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
