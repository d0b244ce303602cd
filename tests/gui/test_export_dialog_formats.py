"""File ▸ Export…: the verbatim-CSV option, the codebook table and the IRaMuTeQ corpus."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QMainWindow

from annotator.core.importing.base import ImportedDocument
from annotator.core.project import Project
from annotator.gui.export_controller import ExportController

TEXT = "=SOMME(A1:A2) puis - point, et -3 degrés dehors."


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    with Project.create(tmp_path / "étude.annot", author="Alice") as opened:
        document = opened.add_document(
            ImportedDocument(
                title="Relevé",
                kind="text",
                source=str(tmp_path / "relevé.txt"),
                text=TEXT,
                original=TEXT.encode("utf-8"),
                media_type="text/plain",
            )
        ).document.id
        weather = opened.add_concept("Météo", description="Le temps qu'il fait").id
        opened.annotate(document, 0, 13, [weather])
        start = TEXT.index("- point")
        opened.annotate(document, start, start + 7, [weather])
        yield opened


@pytest.fixture
def controller(qtbot) -> Iterator[ExportController]:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    made = ExportController.for_window(window, window.statusBar())
    yield made
    made.runner.wait(10000)


def run(
    qtbot,
    controller: ExportController,
    project: Project,
    name: str,
    target: Path,
    raw: bool = False,
) -> Path:
    dialog = controller.open_dialog(project, None)
    dialog.set_format(name)
    assert dialog.raw_check.isVisibleTo(dialog) == (name in ("csv", "codebook"))
    dialog.raw_check.setChecked(raw)
    dialog.destination_edit.setText(str(target))
    with qtbot.waitSignal(controller.exported, timeout=10000) as done:
        dialog.export_button.click()
    return Path(done.args[0])


def quotes(path: Path) -> list[str]:
    with open(path, encoding="utf-8-sig", newline="") as file:
        return [row["Quote"] for row in csv.DictReader(file)]


def test_the_checkbox_writes_a_verbatim_csv(
    qtbot, controller: ExportController, project: Project, tmp_path: Path
) -> None:
    guarded = run(qtbot, controller, project, "csv", tmp_path / "guarded.csv")
    assert quotes(guarded) == ["'=SOMME(A1:A2)", "- point"]
    raw = run(qtbot, controller, project, "csv", tmp_path / "raw.csv", raw=True)
    assert quotes(raw) == ["=SOMME(A1:A2)", "- point"]
    assert str(tmp_path) not in raw.read_text(encoding="utf-8-sig")


def test_the_codebook_and_the_iramuteq_corpus_are_offered(
    qtbot, controller: ExportController, project: Project, tmp_path: Path
) -> None:
    book = run(qtbot, controller, project, "codebook", tmp_path / "codes.xlsx")
    rows = list(openpyxl.load_workbook(book, read_only=True).active.iter_rows(values_only=True))
    assert rows[1][:2] == ("Météo", "Le temps qu'il fait") and rows[1][4:] == (2, 1)
    corpus = run(qtbot, controller, project, "iramuteq", tmp_path / "corpus")
    assert corpus.suffix == ".txt"
    assert corpus.read_text(encoding="utf-8").splitlines()[:2] == [
        "**** *concept_Meteo *doc_Releve *coder_Alice",
        "=SOMME(A1:A2)",
    ]
