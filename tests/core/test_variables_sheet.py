"""Document variables from a CSV or XLSX sheet and back: matching, types, what is left out."""

from __future__ import annotations

from datetime import date

import pytest
import xlsxwriter

from annotator.core.errors import ImportFailure
from annotator.core.importing.xlsx_sheet import read_first_sheet
from annotator.core.project import Project
from annotator.core.variables_sheet import export_variables, import_variables, read_table
from tests.core.conftest import text_document


@pytest.fixture
def interviews(project: Project):
    ids = {}
    for title in ("Entretien A", "Entretien B", "Twin", "Twin"):
        source = f"{title}-{len(ids)}.txt"
        added = project.add_document(text_document(f"Texte de {source}", title, source))
        ids.setdefault(title, added.document.id)
    return project, ids


def test_a_csv_sheet_sets_values_and_reports_what_it_left_out(interviews, tmp_path) -> None:
    project, ids = interviews
    sheet = tmp_path / "v.csv"
    sheet.write_text(
        "Document;Âge;Entretien;Rémunéré;Ville\n"
        f"Entretien A;42;2024-03-05;oui;Lyon\n"
        f"{ids['Entretien B']};31,5;;non;Paris\n"  # by id; an empty cell sets nothing
        "Twin;50;2024-01-01;oui;Lille\n"  # two documents have this title
        "Inconnu;20;2024-01-01;non;Nice\n"
        "\n"
        "Entretien B;;05/03/2024;;\n",  # an ambiguous date: left out
        encoding="utf-8",
    )
    report = import_variables(project, sheet)
    types = {v.name: v.type for v in report.defined}
    assert types == {"Âge": "number", "Entretien": "text", "Rémunéré": "boolean", "Ville": "text"}
    # "05/03/2024" made Entretien a text variable; nothing was read as a date by guess
    assert report.unmatched == [
        (4, "'Twin' is the title of 2 documents: give the id instead"),
        (5, "'Inconnu'"),
    ]
    assert report.documents == 2
    assert report.repeated == [
        (7, "'Entretien B' is also on line 3; this line's values replace those")
    ]
    by_name = {v.name: v.id for v in project.variables()}
    values = project.variable_values()
    assert values[ids["Entretien A"]] == {
        by_name["Âge"]: "42",
        by_name["Entretien"]: "2024-03-05",
        by_name["Rémunéré"]: "yes",
        by_name["Ville"]: "Lyon",
    }
    assert values[ids["Entretien B"]] == {
        by_name["Âge"]: "31.5",
        by_name["Rémunéré"]: "no",
        by_name["Ville"]: "Paris",
        by_name["Entretien"]: "05/03/2024",
    }
    assert report.summary() == (
        "8 values set for 2 documents; 4 variables defined; 2 rows "
        "matched no document; 0 values left out"
    )


def test_values_that_do_not_fit_a_defined_variable_are_left_out(interviews, tmp_path) -> None:
    project, _ = interviews
    project.define_variable("Entretien", "date")
    sheet = tmp_path / "v.csv"
    sheet.write_text(
        "Titre,Entretien\nEntretien A,2024-03-05\nEntretien B,05/03/2024\n", encoding="utf-8"
    )
    report = import_variables(project, sheet)
    assert report.refused == [(3, "Entretien: '05/03/2024' is not a date written YYYY-MM-DD")]
    assert "line 3: left out: Entretien" in report.details()[0]
    assert sum(len(v) for v in project.variable_values().values()) == 1


def test_an_xlsx_sheet_with_dates_numbers_and_booleans(interviews, tmp_path) -> None:
    project, ids = interviews
    path = tmp_path / "v.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Feuille")
    when = book.add_format({"num_format": "dd/mm/yyyy"})
    sheet.write_row(0, 0, ["Document", "Âge", "Entretien", "Rémunéré"])
    sheet.write_string(1, 0, "Entretien A")
    sheet.write_number(1, 1, 42)
    sheet.write_datetime(1, 2, date(2024, 3, 5), when)
    sheet.write_boolean(1, 3, True)
    sheet.write_number(2, 0, ids["Entretien B"])
    sheet.write_number(2, 1, 31.5)
    sheet.write_datetime(2, 2, date(1999, 12, 31), when)
    sheet.write_boolean(2, 3, False)
    book.close()
    assert read_first_sheet(path)[1] == ["Entretien A", 42.0, date(2024, 3, 5), True]
    report = import_variables(project, path)
    assert {v.name: v.type for v in report.defined} == {
        "Âge": "number",
        "Entretien": "date",
        "Rémunéré": "boolean",
    }
    by_name = {v.name: v.id for v in project.variables()}
    assert project.variable_values()[ids["Entretien B"]] == {
        by_name["Âge"]: "31.5",
        by_name["Entretien"]: "1999-12-31",
        by_name["Rémunéré"]: "no",
    }


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_and_import_back_give_the_same_values(interviews, tmp_path, suffix) -> None:
    project, ids = interviews
    age = project.define_variable("Âge", "number")
    note = project.define_variable("Note", "text")
    project.set_variable_value(ids["Entretien A"], age.id, "42")
    project.set_variable_value(ids["Twin"], note.id, "=1+1")  # a formula stays text
    before = project.variable_values()
    sheet = export_variables(project, tmp_path / f"v{suffix}")
    table = read_table(sheet)
    assert table[0] == ["Document", "Âge", "Note"]
    assert [row[0] for row in table[1:]] == [
        "Entretien A",
        "Entretien B",
        str(ids["Twin"]),
        str(ids["Twin"] + 1),
    ]
    project.set_variable_values([(d, v, None) for d, found in before.items() for v in found])
    report = import_variables(project, sheet)
    assert (report.unmatched, report.refused, report.defined) == ([], [], [])
    assert project.variable_values() == before


def test_a_sheet_without_variables_is_refused(interviews, tmp_path) -> None:
    project, _ = interviews
    sheet = tmp_path / "v.csv"
    sheet.write_text("Document\nEntretien A\n", encoding="utf-8")
    with pytest.raises(ImportFailure, match="v.csv: no variable names in the first row"):
        import_variables(project, sheet)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ImportFailure, match="broken.xlsx: not a readable XLSX workbook"):
        import_variables(project, broken)
