"""File ▸ Export… to REFI-QDA: positions for NVivo, and names several concepts share."""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from annotator.core.exporting.refi_common import PROJECT_NS
from annotator.core.importing.base import ImportedDocument
from annotator.core.project import Project
from annotator.gui.export_controller import ExportController
from annotator.gui.export_dialog import ExportDialog
from annotator.gui.main_window import MainWindow

NS = {"q": PROJECT_NS}
TEXT = "Les fans 😀 se retrouvent 🎉 chaque soir."


def make_project(path: Path) -> None:
    with Project.create(path, author="Alice") as project:
        document = project.add_document(
            ImportedDocument(
                title="Carnet",
                kind="text",
                source="carnet.txt",
                text=TEXT,
                original=TEXT.encode("utf-8"),
                media_type="text/plain",
            )
        ).document
        for parent in ("Acteurs", "Lieux"):
            project.add_concept("Autre", parent_id=project.add_concept(parent).id)
        start = TEXT.index("chaque soir")
        project.annotate(document.id, start, start + 11, [project.concepts()[1].id])


def test_export_for_nvivo_with_qualified_names(qtbot, window: MainWindow, tmp_path: Path) -> None:
    project_path = tmp_path / "terrain.annot"
    make_project(project_path)
    assert window.open_project(project_path)
    window.window_actions.export_action.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.set_format("csv")
    assert not dialog.nvivo_check.isVisible() and not dialog.names_warning.isVisible()
    dialog.set_format("qdc")
    assert not dialog.nvivo_check.isVisible() and dialog.qualify_check.isVisible()
    dialog.set_format("qdpx")
    assert dialog.nvivo_check.isVisible() and dialog.names_warning.isVisible()
    assert dialog.names_warning.text() == (
        "1 names are shared by several concepts (e.g. “Autre”: Acteurs/Autre, Lieux/Autre): "
        "QualCoder needs unique names."
    )
    assert not dialog.qualify_style.isEnabled()
    dialog.nvivo_check.setChecked(True)
    dialog.qualify_check.setChecked(True)
    assert dialog.qualify_style.isEnabled()
    dialog.qualify_style.setCurrentIndex(dialog.qualify_style.findData("parent"))
    target = tmp_path / "nvivo.qdpx"
    dialog.destination_edit.setText(str(target))
    controller = ExportController.for_window(window)
    with qtbot.waitSignal(controller.exported, timeout=15000):
        dialog.export_button.click()

    archive = zipfile.ZipFile(target)
    root = etree.fromstring(archive.read("project.qde"))
    names = [c.get("name") for c in root.iter(f"{{{PROJECT_NS}}}Code")]
    assert names == ["Acteurs", "Autre (Acteurs)", "Lieux", "Autre (Lieux)"]
    source = root.find("q:Sources/q:TextSource", NS)
    selection = source.find("q:PlainTextSelection", NS)
    plain = archive.read("sources/" + source.get("plainTextPath").removeprefix("internal://"))
    units = plain.decode("utf-8").encode("utf-16-le")
    start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
    assert units[2 * start : 2 * end].decode("utf-16-le") == "chaque soir"
    assert start == TEXT.index("chaque soir") + 2  # two emoji before it
