"""The passages' CSV and XLSX exports end each row with its document's variables."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl

from annotator.core.exporting.csv_export import write_csv
from annotator.core.exporting.table import HEADERS
from annotator.core.exporting.xlsx_export import write_xlsx
from annotator.core.project import Project
from tests.core.conftest import text_document


def coded(project: Project) -> tuple[int, int]:
    first = project.add_document(text_document("Un entretien à Lyon.", "E1", "a.txt")).document
    second = project.add_document(text_document("Un autre à Paris.", "E2", "b.txt")).document
    theme = project.add_concept("Ville").id
    project.annotate(first.id, 15, 19, [theme])
    project.annotate(second.id, 11, 16, [theme])
    age = project.define_variable("Âge", "number")
    clash = project.define_variable("Author", "text")  # a name the table already uses
    project.set_variable_value(first.id, age.id, "42")
    project.set_variable_value(second.id, age.id, "31.5")
    project.set_variable_value(second.id, clash.id, "=cmd")
    return first.id, second.id


def test_csv_rows_end_with_the_document_variables(project: Project, tmp_path: Path) -> None:
    coded(project)
    with write_csv(project, tmp_path / "p.csv").open(encoding="utf-8-sig") as opened:
        rows = list(csv.reader(opened))
    assert rows[0] == [*HEADERS, "Âge", "Author (variable)"]
    assert [row[-2:] for row in rows[1:]] == [["42", ""], ["31.5", "'=cmd"]]


def test_xlsx_rows_end_with_the_document_variables(project: Project, tmp_path: Path) -> None:
    coded(project)
    book = openpyxl.load_workbook(write_xlsx(project, tmp_path / "p.xlsx"), read_only=True)
    rows = [list(row) for row in book["All"].iter_rows(values_only=True)]
    assert rows[0][-2:] == ["Âge", "Author (variable)"]
    assert [row[-2:] for row in rows[1:]] == [[42, None], [31.5, "=cmd"]]


def test_without_variables_the_columns_are_the_usual_ones(project: Project, tmp_path) -> None:
    document = project.add_document(text_document()).document
    project.annotate(document.id, 0, 5)
    with write_csv(project, tmp_path / "p.csv").open(encoding="utf-8-sig") as opened:
        assert next(csv.reader(opened)) == list(HEADERS)
