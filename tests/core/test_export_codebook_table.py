"""Codebook table: CSV read back with the csv module, XLSX with openpyxl."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl

from annotator.core.exporting import ExportSelection, export
from annotator.core.exporting.codebook_table import CODEBOOK_HEADERS
from tests.core import exporting_fixtures
from tests.core.exporting_fixtures import LONG_CONCEPT, Sample

sample = exporting_fixtures.sample


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def expected(sample: Sample) -> dict[str, tuple[str, str, str, int, int]]:
    """{path: (description, colour, shortcut, passages, documents)} from the project itself."""
    project = sample.project
    passages: dict[int, list[int]] = {c.id: [] for c in project.concepts()}
    for document in project.documents():
        for annotation in project.annotations(document_id=document.id):
            for concept_id in annotation.concept_ids:
                passages[concept_id].append(document.id)
    return {
        project.concept_path(c.id): (
            c.description,
            c.color,
            c.shortcut,
            len(passages[c.id]),
            len(set(passages[c.id])),
        )
        for c in project.concepts()
    }


def test_csv_lists_every_concept_with_its_use(sample: Sample, tmp_path: Path) -> None:
    sample.project.update_concept(sample.concepts["Gouvernance"], description="-2 points, =x")
    path = export(sample.project, "codebook", tmp_path / "codebook")
    assert path.suffix == ".csv"
    with path.open(encoding="utf-8-sig", newline="") as f:
        assert tuple(next(csv.reader(f))) == CODEBOOK_HEADERS
    rows = read_csv(path)
    assert [r["Path"] for r in rows][:3] == [
        "Communauté",
        "Communauté/Rassemblement",
        "Communauté/Audience",
    ]
    want = expected(sample)
    guarded_path = "'" + LONG_CONCEPT
    assert {r["Path"] for r in rows} == (set(want) - {LONG_CONCEPT}) | {guarded_path}
    for row in rows:
        path_name = LONG_CONCEPT if row["Path"] == guarded_path else row["Path"]
        description, colour, key, passages, documents = want[path_name]
        assert (row["Description"], row["Colour"], row["Shortcut"]) == (description, colour, key)
        assert (int(row["Passages"]), int(row["Documents"])) == (passages, documents)
    gouvernance = next(r for r in rows if r["Path"] == "Gouvernance")
    assert (gouvernance["Passages"], gouvernance["Documents"]) == ("3", "2")
    raw = read_csv(export(sample.project, "codebook", tmp_path / "raw.csv", raw=True))
    assert LONG_CONCEPT in {r["Path"] for r in raw}


def test_xlsx_holds_the_same_table_verbatim(sample: Sample, tmp_path: Path) -> None:
    path = export(sample.project, "codebook", tmp_path / "codebook.xlsx")
    assert path.suffix == ".xlsx"
    sheet = openpyxl.load_workbook(path, read_only=True)["Codebook"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == CODEBOOK_HEADERS
    got = {r[0]: (r[1] or "", r[2] or "", r[3] or "", r[4], r[5]) for r in rows[1:]}
    assert got == expected(sample)


def test_a_selection_limits_the_concepts_and_the_counts(sample: Sample, tmp_path: Path) -> None:
    selection = ExportSelection(
        document_ids=[sample.documents["essay"]], concept_ids=[sample.concepts["Communauté"]]
    )
    rows = read_csv(export(sample.project, "codebook", tmp_path / "c.csv", selection))
    assert [(r["Path"], r["Passages"], r["Documents"]) for r in rows] == [
        ("Communauté", "0", "0"),
        ("Communauté/Rassemblement", "1", "1"),
        ("Communauté/Audience", "1", "1"),
    ]
