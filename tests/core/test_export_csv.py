"""CSV export: readable by the csv module, accents intact, only real formulas guarded."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from annotator.core.exporting import ExportSelection, export
from annotator.core.exporting.csv_export import write_csv
from annotator.core.exporting.table import HEADERS, guarded, read_as_formula
from tests.core import exporting_fixtures
from tests.core.exporting_fixtures import HOSTILE, LONG_CONCEPT, Sample

sample = exporting_fixtures.sample


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_csv_has_a_bom_a_header_and_a_row_per_annotation_concept_pair(
    sample: Sample, tmp_path: Path
) -> None:
    path = write_csv(sample.project, tmp_path / "out.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf" + b"Annotation,Document,")
    with path.open(encoding="utf-8-sig", newline="") as f:
        assert tuple(next(csv.reader(f))) == HEADERS
    rows = read(path)
    assert len(rows) == len(sample.annotations) + 1  # one annotation carries two concepts
    key_idea = [r for r in rows if r["Annotation"] == str(sample.annotations["key_idea"])]
    assert [r["Concept path"] for r in key_idea] == ["Communauté/Rassemblement", "Gouvernance"]
    assert [r["Concept"] for r in key_idea] == ["Rassemblement", "Gouvernance"]
    assert key_idea[0]["Memo"] == f"Idée clé {HOSTILE}\nsur deux lignes"
    assert key_idea[0]["Kind"] == "text" and key_idea[0]["Page"] == ""


def test_accents_emoji_and_offsets_survive(sample: Sample, tmp_path: Path) -> None:
    rows = read(write_csv(sample.project, tmp_path / "out.csv"))
    emoji = next(r for r in rows if r["Annotation"] == str(sample.annotations["emoji"]))
    assert emoji["Quote"] == "communauté 😀 vivante"
    assert emoji["Document"] == "Essai — communauté 😀"
    text = sample.project.document(sample.documents["essay"]).text
    assert text[int(emoji["Start"]) : int(emoji["End"])] == emoji["Quote"]
    assert emoji["Author"] == "Bob" and emoji["Created"].startswith("20")


def test_untagged_annotation_gives_one_row_with_an_empty_concept(
    sample: Sample, tmp_path: Path
) -> None:
    rows = read(write_csv(sample.project, tmp_path / "out.csv"))
    untagged = [r for r in rows if r["Annotation"] == str(sample.annotations["untagged"])]
    assert [(r["Concept"], r["Concept path"], r["Memo"]) for r in untagged] == [
        ("", "", "à revoir")
    ]


def test_pdf_rows_carry_the_page_where_the_passage_starts(sample: Sample, tmp_path: Path) -> None:
    rows = read(write_csv(sample.project, tmp_path / "out.csv"))
    pages = {int(r["Annotation"]): r["Page"] for r in rows if r["Kind"] == "pdf"}
    ids = sample.annotations
    assert pages == {ids["member"]: "1", ids["two_lines"]: "1", ids["closing"]: "2",
                     ids["two_pages"]: "1"}


def test_only_cells_a_spreadsheet_would_evaluate_are_guarded(
    sample: Sample, tmp_path: Path
) -> None:
    rows = read(write_csv(sample.project, tmp_path / "out.csv"))
    formulas = [r for r in rows if r["Document"] == HOSTILE]
    assert sorted(r["Quote"] for r in formulas) == sorted([
        "'=HYPERLINK(\"http://example.com\",\"x\")", "+33 1 23 45", "-2 degrés",
        "'@SUM(A1:A2)", "\tTabulé",
    ])
    assert {r["Concept"] for r in formulas} == {"'" + LONG_CONCEPT}
    # the source "=cmd|' /C calc'!A0.txt" is a path: only the file's name is exported
    assert {r["Source"] for r in formulas} == {"C calc'!A0.txt"}
    assert "@memo" in {r["Memo"] for r in formulas}
    others = [r for r in rows if r["Document"] != HOSTILE]
    assert not any(value.startswith("'") for r in others for value in r.values())


def test_raw_writes_every_cell_as_stored(sample: Sample, tmp_path: Path) -> None:
    path = export(sample.project, "csv", tmp_path / "raw.csv", raw=True)
    formulas = [r for r in read(path) if r["Document"] == HOSTILE]
    assert sorted(r["Quote"] for r in formulas) == sorted([
        '=HYPERLINK("http://example.com","x")', "+33 1 23 45", "-2 degrés", "@SUM(A1:A2)",
        "\tTabulé",
    ])
    assert {r["Concept"] for r in formulas} == {LONG_CONCEPT}


@pytest.mark.parametrize("text", [
    "=1+1", '=HYPERLINK("http://x","y")', " =A1", "\t=1", "\r\n=1", "+SUM(A1:A3)", "-2+3",
    "--5", "-A1", "-$B$2 de plus", "+R1C1", "@SUM(A1:A2)", "@x(1)",
    "+cmd|' /C calc'!A0", "-voir Feuil2!A1",
])
def test_formulas_are_recognised(text: str) -> None:
    assert read_as_formula(text)
    assert guarded([text, 3]) == ["'" + text, 3]


@pytest.mark.parametrize("text", [
    "- point", "-3 degrés", "+33 6 12 34 56", "+33 1 23 45", "@alice", "-3", "-3,5", "- COVID19",
    "\tTabulé", "moins -A1", "a=b", "", "-", "@", "- 2 points (environ)"[0:10],
])
def test_plain_text_with_a_leading_sign_is_left_alone(text: str) -> None:
    assert not read_as_formula(text)
    assert guarded([text]) == [text]


def test_selection_and_registry(sample: Sample, tmp_path: Path) -> None:
    selection = ExportSelection(document_ids=[sample.documents["essay"]],
                                concept_ids=[sample.concepts["Communauté"]])
    path = export(sample.project, "csv", tmp_path / "communauté", selection)
    assert path == tmp_path / "communauté.csv"
    assert [(r["Quote"], r["Concept path"]) for r in read(path)] == [
        ("Communauté ne se gère pas", "Communauté/Rassemblement"),
        ("communauté 😀 vivante", "Communauté/Audience"),
    ]
