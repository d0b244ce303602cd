"""Preferences: the restart note shows whole when the language changes."""

from __future__ import annotations

from pathlib import Path

from annotator.gui.preferences import PreferencesDialog
from annotator.gui.settings import AppSettings


def test_the_restart_note_is_not_clipped(qtbot, tmp_path: Path) -> None:
    settings = AppSettings(tmp_path / "settings.ini")
    dialog = PreferencesDialog(settings, settings_file=tmp_path / "settings.ini")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    note = dialog.restart_note
    assert not note.isVisible()
    dialog.language.setCurrentIndex((dialog.language.currentIndex() + 1) % 3)
    qtbot.waitUntil(note.isVisible)
    qtbot.waitUntil(lambda: note.height() >= note.heightForWidth(note.width()))
    bottom = note.mapTo(dialog, note.rect().bottomLeft()).y()
    assert bottom <= dialog.height()
