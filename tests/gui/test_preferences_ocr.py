"""Edit ▸ Preferences: OCR languages offered from the installed data, saved as "fra+eng"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.core.importing.ocr_languages import installed_languages
from annotator.gui.preferences import PreferencesDialog
from annotator.gui.settings import AppSettings


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(tmp_path / "settings.ini")


def _dialog(qtbot, settings: AppSettings, tmp_path: Path) -> PreferencesDialog:
    dialog = PreferencesDialog(settings, settings_file=tmp_path / "settings.ini")
    qtbot.addWidget(dialog)
    return dialog


def _items(dialog: PreferencesDialog) -> list[tuple[str, str, bool]]:
    box = dialog.ocr_languages
    return [
        (
            box.item(row).data(Qt.ItemDataRole.UserRole),
            box.item(row).text(),
            box.item(row).checkState() == Qt.CheckState.Checked,
        )
        for row in range(box.count())
    ]


@pytest.mark.skipif(
    not {"fra", "eng"} <= set(installed_languages()), reason="French and English data needed"
)
def test_installed_languages_are_offered_and_the_choice_is_saved(
    qtbot, settings, tmp_path: Path
) -> None:
    assert settings.ocr_languages == "fra+eng"  # the default
    dialog = _dialog(qtbot, settings, tmp_path)
    items = _items(dialog)
    assert items[:2] == [("fra", "Français (fra)", True), ("eng", "English (eng)", True)]
    assert {code for code, _name, _checked in items} == set(installed_languages())
    dialog.ocr_languages.item(1).setCheckState(Qt.CheckState.Unchecked)
    dialog.accept()
    assert settings.ocr_languages == "fra"

    dialog = _dialog(qtbot, settings, tmp_path)
    assert [checked for _code, _name, checked in _items(dialog)][:2] == [True, False]
    dialog.ocr_languages.item(0).setCheckState(Qt.CheckState.Unchecked)
    dialog.accept()
    assert settings.ocr_languages == ""  # none checked: OCR off


def test_without_language_data_the_dialog_says_how_to_get_them(
    qtbot, settings, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr("annotator.gui.preferences.installed_languages", lambda: [])
    dialog = _dialog(qtbot, settings, tmp_path)
    assert dialog.ocr_languages.count() == 0
    assert not dialog.ocr_languages.isEnabled()
    labels = [label.text() for label in dialog.findChildren(type(dialog.restart_note))]
    assert any("tesseract-ocr-fra" in text for text in labels)
    dialog.accept()
    assert settings.ocr_languages == "fra+eng"  # kept for when the data are installed
