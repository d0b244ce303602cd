"""Document properties in the window: rename a document, correct its author, date and
address, write its memo; every change is one undo step and reaches the exports."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTreeView

from annotator.core.document_properties import DocumentProperties
from annotator.core.exporting import export
from annotator.core.importing.base import ImportedDocument
from annotator.core.project import Project
from annotator.gui.document_properties import DocumentPropertiesDialog
from annotator.gui.main_window import MainWindow


def make_project(path: Path) -> int:
    with Project.create(path) as project:
        concept = project.add_concept("Animation")
        document = project.add_document(ImportedDocument(
            title="office-2007", kind="pdf", source="/home/someone/rapport.pdf",
            text="Un rapport sur les communautés en ligne.", original=b"%PDF-1.4 fake",
            media_type="application/pdf",
            metadata={"author": "office-2007", "page_count": 3},
            warnings=("page 2 of 3 without a text layer",),
        )).document
        project.annotate(document.id, 18, 39, (concept.id,))  # "communautés en ligne"
        return document.id


def open_properties(qtbot, window: MainWindow) -> DocumentPropertiesDialog:
    view = window.library.findChild(QTreeView)
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_F2)

    def shown() -> list[DocumentPropertiesDialog]:
        return [d for d in window.findChildren(DocumentPropertiesDialog) if d.isVisible()]

    qtbot.waitUntil(lambda: len(shown()) == 1)
    return shown()[0]


def test_rename_and_describe_a_document_from_the_library(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    project_path = tmp_path / "study.annot"
    document_id = make_project(project_path)
    assert window.open_project(project_path)
    dialog = open_properties(qtbot, window)
    # what the import recorded is shown, read-only
    shown = " ".join(label.text() for label in dialog.findChildren(type(dialog._value("x"))))
    assert "rapport.pdf" in shown and "/home/someone" not in shown
    assert "page 2 of 3 without a text layer" in shown

    dialog.title.setText("Rapport de l'observatoire 2024")
    dialog.author.setText("Observatoire des communautés")
    dialog.date.setText("2024-03-15")
    dialog.url.setText("https://example.org/rapport")
    dialog.memo.setPlainText("Le rapport de référence du terrain.")
    dialog.accept()

    properties = window.project.document_properties(document_id)
    assert properties == DocumentProperties(
        "Rapport de l'observatoire 2024", "Observatoire des communautés", "2024-03-15",
        "https://example.org/rapport", "Le rapport de référence du terrain.")
    view = window.library.findChild(QTreeView)
    qtbot.waitUntil(lambda: view.model().index(0, 0).data() == "Rapport de l'observatoire 2024")

    # the exports carry the corrected title
    out = export(window.project, "csv", tmp_path / "passages.csv")
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert {row["Document"] for row in rows} == {"Rapport de l'observatoire 2024"}

    # one undo step takes the whole edit back, and redo puts it again
    window.editor.undo_stack.undo()
    assert window.project.document_properties(document_id) == DocumentProperties(
        "office-2007", "office-2007")
    qtbot.waitUntil(lambda: view.model().index(0, 0).data() == "office-2007")
    window.editor.undo_stack.redo()
    assert window.project.document(document_id).title == "Rapport de l'observatoire 2024"


def test_an_emptied_title_keeps_the_old_one_and_cancel_changes_nothing(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    project_path = tmp_path / "study.annot"
    document_id = make_project(project_path)
    assert window.open_project(project_path)
    dialog = open_properties(qtbot, window)
    dialog.author.setText("Quelqu'un")
    dialog.reject()
    assert window.project.document_properties(document_id).author == "office-2007"
    assert not window.editor.undo_stack.canUndo()

    dialog = open_properties(qtbot, window)
    dialog.title.setText("   ")
    dialog.author.setText("")
    dialog.accept()
    properties = window.project.document_properties(document_id)
    assert properties.title == "office-2007"
    assert properties.author == ""
    assert QApplication.activeModalWidget() is None
