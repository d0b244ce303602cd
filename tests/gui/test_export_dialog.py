"""File ▸ Export…: the dialog's choices, and exports run by the controller in the background."""

from __future__ import annotations

import csv
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QPushButton

from annotator.core.importing.base import ImportedDocument
from annotator.core.project import Project
from annotator.gui import export_controller
from annotator.gui.export_controller import ExportController, ExportRow
from annotator.gui.export_dialog import FORMAT_SETTING, ExportDialog

ESSAY = "Une communauté se cultive 🌱, elle ne se décrète pas."
NOTES = "Les modérateurs bénévoles sont le cœur de l'été associatif."


def text_document(title: str, text: str) -> ImportedDocument:
    return ImportedDocument(
        title=title,
        kind="text",
        source=f"{title}.txt",
        text=text,
        original=text.encode("utf-8"),
        media_type="text/plain",
    )


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    with Project.create(tmp_path / "étude.annot", author="Alice") as opened:
        essay = opened.add_document(text_document("Essai", ESSAY)).document.id
        notes = opened.add_document(text_document("Notes de terrain", NOTES)).document.id
        community = opened.add_concept("Communauté").id
        ritual = opened.add_concept("Rituels", parent_id=community).id
        actors = opened.add_concept("Acteurs").id
        opened.annotate(essay, 4, 14, [community], "mot clé")
        opened.annotate(essay, 15, 27, [ritual])
        opened.annotate(notes, 4, 15, [actors])
        opened.annotate(notes, 28, 33)
        yield opened


@pytest.fixture
def host(qtbot) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


@pytest.fixture
def controller(host: QMainWindow) -> Iterator[ExportController]:
    made = ExportController.for_window(host, host.statusBar())
    yield made
    made.runner.wait(10000)


def rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as file:
        return list(csv.DictReader(file))


def outcome_box(host: QMainWindow, name: str) -> QMessageBox:
    box = host.findChild(QMessageBox, name)
    assert box is not None and box.isVisible()
    return box


def test_the_dialog_drives_a_csv_export_end_to_end(
    qtbot,
    host: QMainWindow,
    controller: ExportController,
    project: Project,
    tmp_path: Path,
    monkeypatch,
) -> None:
    essay = next(d.id for d in project.documents() if d.title == "Essai")
    dialog = controller.open_dialog(project, essay)
    assert dialog.isVisible() and dialog.format_buttons["csv"].isChecked()
    # the open document starts ticked; choosing "only the ticked documents" keeps it
    assert dialog.documents.ticked_ids() == [essay]
    dialog.documents.some_button.click()
    target = tmp_path / "out" / "passages.csv"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target.with_suffix("")), "")
    )
    dialog.choose_button.click()
    assert dialog.destination() == target  # the format's suffix is added

    with qtbot.waitSignal(controller.exported, timeout=10000) as done:
        dialog.export_button.click()
    assert done.args == [str(target)]
    assert [(r["Document"], r["Quote"], r["Concept path"]) for r in rows(target)] == [
        ("Essai", "communauté", "Communauté"),
        ("Essai", "se cultive 🌱", "Communauté/Rituels"),
    ]
    assert project.setting(FORMAT_SETTING) == "csv"
    qtbot.waitUntil(lambda: host.statusBar().findChildren(ExportRow) == [])  # row removed

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    box = outcome_box(host, "exportDoneBox")
    assert str(target) in box.informativeText()
    buttons = {b.text(): b for b in box.findChildren(QPushButton)}
    buttons["Open folder"].click()
    assert opened == [str(target.parent)]


def test_concepts_ticked_in_the_tree_filter_the_export(
    qtbot, controller: ExportController, project: Project, tmp_path: Path
) -> None:
    dialog = controller.open_dialog(project)
    tree = dialog.concepts.tree
    community = tree.topLevelItem(0)
    assert community.text(0).startswith("Communauté")
    community.setCheckState(0, Qt.CheckState.Checked)  # the whole branch, and "only these"
    assert not dialog.concepts.everything
    assert community.child(0).checkState(0) == Qt.CheckState.Checked
    selection = dialog.selection()
    assert selection.concept_ids == [project.concept_by_path("Communauté").id]
    assert selection.document_ids is None

    community.child(0).setCheckState(0, Qt.CheckState.Unchecked)
    assert community.checkState(0) == Qt.CheckState.Unchecked
    assert not dialog.export_button.isEnabled()
    assert dialog.problem.text() == "Tick at least one concept."
    community.child(0).setCheckState(0, Qt.CheckState.Checked)  # the child alone
    assert dialog.selection().concept_ids == [project.concept_by_path("Communauté").id]

    target = tmp_path / "rituels.csv"
    dialog.destination_edit.setText(str(target))
    with qtbot.waitSignal(controller.exported, timeout=10000):
        dialog.export_button.click()
    assert {r["Concept path"] for r in rows(target)} == {"Communauté", "Communauté/Rituels"}


def test_whole_project_formats_disable_the_selection_and_say_why(
    controller: ExportController, project: Project
) -> None:
    dialog = controller.open_dialog(project)
    dialog.documents.some_button.click()
    assert not dialog.export_button.isEnabled()  # no document ticked
    dialog.set_format("qdpx")
    assert not dialog.documents.isEnabled() and not dialog.concepts.isEnabled()
    assert dialog.scope_note.isVisible() and "whole project" in dialog.scope_note.text()
    assert dialog.selection() is None and dialog.export_button.isEnabled()
    assert dialog.destination().name == "étude.qdpx"
    dialog.set_format("csv")
    assert dialog.documents.isEnabled() and dialog.concepts.isEnabled()
    assert not dialog.scope_note.isVisible()
    assert dialog.destination().name == "étude.csv"


def test_a_typed_name_keeps_its_stem_when_the_format_changes(
    controller: ExportController, project: Project, tmp_path: Path
) -> None:
    dialog = controller.open_dialog(project)
    dialog.destination_edit.setText(str(tmp_path / "rapport final.csv"))
    dialog.set_format("html")
    assert dialog.destination() == tmp_path / "rapport final.html"
    dialog.set_format("pdf")
    assert dialog.destination() == tmp_path / "rapport final"
    assert dialog.destination_label.text() == "&Folder:"
    dialog.set_format("xlsx")
    assert dialog.destination() == tmp_path / "rapport final.xlsx"


def test_the_project_folder_is_suggested_until_an_export_goes_elsewhere(
    qtbot, controller: ExportController, project: Project, tmp_path: Path
) -> None:
    project.set_setting(FORMAT_SETTING, "html")
    dialog = controller.open_dialog(project)
    assert dialog.format_buttons["html"].isChecked()
    assert dialog.destination() == project.path.parent / "étude.html"
    dialog.set_format("codebook")  # its .csv is the CSV table's: the format's name tells them apart
    assert dialog.destination() == project.path.parent / "étude-codebook.csv"

    elsewhere = tmp_path / "exports"
    elsewhere.mkdir()
    dialog.destination_edit.setText(str(elsewhere / "codes.csv"))
    with qtbot.waitSignal(controller.exported, timeout=10000):
        dialog.export_button.click()
    again = controller.open_dialog(project)  # the same session: where the last export went
    assert again.format_buttons["codebook"].isChecked()
    assert again.destination() == elsewhere / "étude-codebook.csv"
    again.reject()
    assert ExportDialog(project).destination().parent == project.path.parent  # a new session


def test_cancel_leaves_no_file(
    qtbot,
    host: QMainWindow,
    controller: ExportController,
    project: Project,
    tmp_path: Path,
    monkeypatch,
) -> None:
    gate = threading.Event()
    real_export = export_controller.export

    def held_export(*args, **kwargs):
        assert gate.wait(10)  # held until the user has pressed cancel
        return real_export(*args, **kwargs)

    monkeypatch.setattr(export_controller, "export", held_export)
    dialog = controller.open_dialog(project)
    target = tmp_path / "annule.csv"
    dialog.destination_edit.setText(str(target))
    dialog.export_button.click()
    [row] = host.statusBar().findChildren(ExportRow)
    assert row.isVisible()
    with qtbot.waitSignal(controller.cancelled, timeout=10000):
        row.cancel_button.click()
        gate.set()
    assert list(tmp_path.glob("annule*")) == [] and list(tmp_path.glob(".annule*")) == []
    assert "cancelled" in host.statusBar().currentMessage()
    assert host.findChild(QMessageBox, "exportDoneBox") is None


def test_a_failed_export_names_the_file_and_the_cause(
    qtbot, host: QMainWindow, controller: ExportController, project: Project, tmp_path: Path
) -> None:
    dialog = controller.open_dialog(project)
    dialog.set_format("pdf")  # the project holds no PDF
    dialog.destination_edit.setText(str(tmp_path / "pdfs"))
    with qtbot.waitSignal(controller.failed, timeout=10000):
        dialog.export_button.click()
    box = outcome_box(host, "exportFailedBox")
    assert "pdfs" in box.text()
    assert "no pdf in the selection has highlights" in box.informativeText().lower()
    assert not (tmp_path / "pdfs").exists()


def test_a_missing_folder_is_refused_before_anything_runs(
    controller: ExportController, project: Project, tmp_path: Path, monkeypatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text)
    )
    dialog = controller.open_dialog(project)
    dialog.destination_edit.setText(str(tmp_path / "nowhere" / "x.csv"))
    dialog.export_button.click()
    assert warnings == [f"The folder {tmp_path / 'nowhere'} does not exist."]
    assert dialog.isVisible() and not controller.busy
