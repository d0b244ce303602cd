"""File ▸ Export…: the typed name's extension chooses the format; no file is written under
another format's extension, and the chosen format's description is shown in full."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
from PySide6.QtWidgets import QFileDialog

from annotator.core.project import Project
from annotator.gui.export_controller import ExportController
from annotator.gui.export_dialog import FORMAT_SETTING, ExportDialog
from tests.gui import test_export_dialog

host = test_export_dialog.host
controller = test_export_dialog.controller
project = test_export_dialog.project
rows = test_export_dialog.rows


def chosen(dialog: ExportDialog) -> str:
    [name] = [n for n, button in dialog.format_buttons.items() if button.isChecked()]
    return name


def test_a_qdpx_name_typed_with_excel_chosen_exports_a_refi_qda_project(
    qtbot, controller: ExportController, project: Project, tmp_path: Path
) -> None:
    project.set_setting(FORMAT_SETTING, "xlsx")
    dialog = controller.open_dialog(project)
    assert chosen(dialog) == "xlsx" and not dialog.name_note.isVisible()
    target = tmp_path / "projet.qdpx"
    dialog.destination_edit.setText(str(target))
    assert chosen(dialog) == "qdpx"  # visibly, before anything is written
    assert dialog.name_note.isVisible()
    assert dialog.name_note.text() == (
        "The format was changed to “REFI-QDA project” to match the extension .qdpx."
    )
    assert dialog.scope_note.isVisible() and dialog.nvivo_check.isVisible()
    assert "NVivo" in dialog.format_note.text()

    with qtbot.waitSignal(controller.exported, timeout=10000) as done:
        dialog.export_button.click()
    assert done.args == [str(target)]
    assert "project.qde" in zipfile.ZipFile(target).namelist()
    assert project.setting(FORMAT_SETTING) == "qdpx"


def test_a_bare_name_goes_into_the_project_folder_in_the_format_it_names(
    controller: ExportController, project: Project
) -> None:
    project.set_setting(FORMAT_SETTING, "xlsx")
    dialog = controller.open_dialog(project)
    dialog.destination_edit.setText("projet.qdpx")  # the user's report: a name, no folder
    target = project.path.parent / "projet.qdpx"
    assert chosen(dialog) == "qdpx" and dialog.destination() == target
    assert dialog.name_note.text() == (
        "The format was changed to “REFI-QDA project” to match the extension .qdpx. "
        f"The export will be saved as {target}."
    )


def test_a_name_without_a_known_extension_gets_the_formats_own(
    qtbot, controller: ExportController, project: Project, tmp_path: Path
) -> None:
    dialog = controller.open_dialog(project)
    dialog.set_format("xlsx")
    dialog.destination_edit.setText(str(tmp_path / "passages"))
    assert dialog.destination() == tmp_path / "passages.xlsx"
    assert dialog.name_note.text() == f"The export will be saved as {tmp_path / 'passages.xlsx'}."
    dialog.destination_edit.setText(str(tmp_path / "tableau.ods"))  # no format writes .ods
    assert chosen(dialog) == "xlsx"
    assert dialog.name_note.text() == (
        f"The export will be saved as {tmp_path / 'tableau.ods.xlsx'}."
    )
    dialog.destination_edit.setText(str(tmp_path / "vague 2.1"))
    with qtbot.waitSignal(controller.exported, timeout=10000) as done:
        dialog.export_button.click()
    assert done.args == [str(tmp_path / "vague 2.1.xlsx")]
    assert openpyxl.load_workbook(tmp_path / "vague 2.1.xlsx", read_only=True).sheetnames
    assert not (tmp_path / "vague 2.1").exists()


def test_the_format_follows_the_name_and_the_name_follows_a_picked_format(
    controller: ExportController, project: Project, tmp_path: Path
) -> None:
    dialog = controller.open_dialog(project)
    dialog.set_format("xlsx")
    for typed, expected in (
        ("notes.csv", "csv"),
        ("notes.HTML", "html"),
        ("notes.htm", "html"),
        ("notes.json", "webannotation"),
        ("notes.txt", "iramuteq"),
        ("codes.qdc", "qdc"),
        ("notes.csv.bak", "xlsx"),
    ):
        dialog.destination_edit.setText(str(tmp_path / typed))
        assert chosen(dialog) == expected, typed
        assert dialog.destination().name in (typed, typed + ".xlsx")
    assert dialog.destination() == tmp_path / "notes.csv.bak.xlsx"  # back to the picked format

    dialog.destination_edit.setText(str(tmp_path / "projet.qdpx"))
    dialog.set_format("html")  # a format picked by hand renames the file
    assert dialog.destination_edit.text() == str(tmp_path / "projet.html")
    assert chosen(dialog) == "html" and not dialog.name_note.isVisible()
    dialog.set_format("codebook")  # the codebook table writes CSV, or Excel by the name
    dialog.destination_edit.setText(str(tmp_path / "codes.xlsx"))
    assert chosen(dialog) == "codebook" and dialog.destination() == tmp_path / "codes.xlsx"


def test_a_pdf_name_is_refused_naming_both_formats(
    controller: ExportController, project: Project, tmp_path: Path
) -> None:
    dialog = controller.open_dialog(project)
    dialog.set_format("csv")
    dialog.destination_edit.setText(str(tmp_path / "rapport.pdf"))
    assert chosen(dialog) == "csv" and not dialog.export_button.isEnabled()
    assert dialog.problem.text() == (
        "A name ending in .pdf cannot hold a “CSV table” export. For “Annotated PDFs”, choose "
        "that format: they are written into a folder."
    )
    dialog.set_format("pdf")
    assert dialog.destination_edit.text() == str(tmp_path / "rapport")
    assert dialog.export_button.isEnabled()
    dialog.destination_edit.setText(str(tmp_path / "surlignages.pdf"))
    assert not dialog.export_button.isEnabled()
    assert dialog.problem.text() == (
        "Annotated PDFs are written into a folder: give a folder name, without .pdf."
    )
    dialog.destination_edit.setText(str(tmp_path / "exports.csv"))  # a file name: a CSV
    assert chosen(dialog) == "csv" and dialog.export_button.isEnabled()


def test_a_name_chosen_in_the_file_dialog_chooses_the_format_too(
    controller: ExportController, project: Project, tmp_path: Path, monkeypatch
) -> None:
    dialog = controller.open_dialog(project)
    dialog.set_format("csv")
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(tmp_path / "grille.qdc"), "")
    )
    dialog.choose_button.click()
    assert chosen(dialog) == "qdc" and dialog.destination() == tmp_path / "grille.qdc"


def test_the_chosen_formats_description_is_shown_in_full(
    qtbot, controller: ExportController, project: Project
) -> None:
    dialog = controller.open_dialog(project)
    qtbot.waitExposed(dialog)
    note = dialog.format_note
    width = dialog.formats.width()
    for name, button in dialog.format_buttons.items():
        dialog.set_format(name)
        assert dialog.formats.width() == width  # the list does not move under the pointer
        assert note.text() == button.toolTip() and note.text().endswith("."), name
        assert note.isVisible()
        qtbot.waitUntil(lambda: note.height() >= note.heightForWidth(note.width()))  # laid out
    dialog.set_format("xlsx")
    assert dialog.format_note.text() == (
        "For Excel or LibreOffice: every passage on one sheet, and one sheet per top-level concept."
    )
