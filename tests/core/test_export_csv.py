"""CSV export: readable by the csv module, accents intact, formulas neutralised."""

from __future__ import annotations

import csv
from pathlib import Path

from annotator.core.exporting import ExportSelection, export
from annotator.core.exporting.csv_export import write_csv
from annotator.core.exporting.table import HEADERS
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


def test_formula_like_cells_are_neutralised(sample: Sample, tmp_path: Path) -> None:
    rows = read(write_csv(sample.project, tmp_path / "out.csv"))
    formulas = [r for r in rows if r["Document"] == HOSTILE]
    assert sorted(r["Quote"] for r in formulas) == sorted([
        "'=HYPERLINK(\"http://example.com\",\"x\")", "'+33 1 23 45", "'-2 degrés",
        "'@SUM(A1:A2)", "'\tTabulé",
    ])
    assert {r["Concept"] for r in formulas} == {"'" + LONG_CONCEPT}
    assert {r["Source"] for r in formulas} == {"'=cmd|' /C calc'!A0.txt"}
    assert "'@memo" in {r["Memo"] for r in formulas}
    others = [r for r in rows if r["Document"] != HOSTILE]
    assert not any(value.startswith("'") for r in others for value in r.values())


def test_selection_and_registry(sample: Sample, tmp_path: Path) -> None:
    selection = ExportSelection(document_ids=[sample.documents["essay"]],
                                concept_ids=[sample.concepts["Communauté"]])
    path = export(sample.project, "csv", tmp_path / "communauté", selection)
    assert path == tmp_path / "communauté.csv"
    assert [(r["Quote"], r["Concept path"]) for r in read(path)] == [
        ("Communauté ne se gère pas", "Communauté/Rassemblement"),
        ("communauté 😀 vivante", "Communauté/Audience"),
    ]
