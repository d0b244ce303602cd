"""The export dialog offers a comma or a semicolon, defaulting from the locale's decimal mark."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from annotator.core.project import Project
from annotator.gui.export_dialog import ExportDialog
from tests.gui import test_export_dialog

host = test_export_dialog.host
controller = test_export_dialog.controller
project = test_export_dialog.project


@pytest.fixture
def french_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield
    QLocale.setDefault(before)


def test_a_french_locale_exports_semicolons(
    qtbot,
    controller,
    project: Project,
    tmp_path: Path,
    french_locale,
) -> None:
    dialog = controller.open_dialog(project, None)
    assert isinstance(dialog, ExportDialog)
    assert dialog.separator_combo.isVisible()
    assert dialog.separator_combo.currentData() == ";"
    target = tmp_path / "passages.csv"
    dialog.destination_edit.setText(str(target))
    with qtbot.waitSignal(controller.exported, timeout=10000):
        dialog.export_button.click()
    with target.open(encoding="utf-8-sig", newline="") as f:
        header = next(csv.reader(f, delimiter=";"))
    assert header[:2] == ["Annotation", "Document"]


def test_an_english_locale_keeps_commas_and_other_formats_hide_the_choice(
    qtbot,
    controller,
    project: Project,
) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        dialog = controller.open_dialog(project, None)
    finally:
        QLocale.setDefault(before)
    assert dialog.separator_combo.currentData() == ","
    assert dialog.options()["separator"] == ","
    dialog.format_buttons["html"].click()
    assert not dialog.separator_combo.isVisible()
    assert "separator" not in dialog.options()
    dialog.reject()
