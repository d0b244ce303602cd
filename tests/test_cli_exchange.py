"""`annotator export` and `annotator import-refi` on real project files."""

from __future__ import annotations

import csv
import json
import zipfile
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.core.exporting import FORMATS
from annotator.core.project import Project
from tests.core.exporting_fixtures import build_sample
from tests.core.refi_fixtures import zip_bytes


@pytest.fixture
def sample_path(tmp_path: Path, pdf_dir: Path) -> Path:
    path = tmp_path / "sample.annot"
    build_sample(path, pdf_dir).project.close()
    return path


def csv_rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as file:
        return list(csv.DictReader(file))


def one_line_error(capsys) -> str:
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("error: ")
    return lines[0]


@pytest.mark.parametrize("name", list(FORMATS))
def test_every_format_is_written_and_its_path_printed(
    name: str, sample_path: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "out" / f"export-{name}"
    out.parent.mkdir()
    assert main(["export", str(sample_path), "--format", name, "-o", str(out)]) == 0
    written = Path(capsys.readouterr().out.strip())
    if FORMATS[name].folder:
        assert written == out and written.is_dir()
        files = list(written.iterdir())
        assert [f.suffix for f in files] == [".pdf"] and files[0].stat().st_size > 0
    else:
        assert written == out.with_suffix(FORMATS[name].suffix)
        assert written.stat().st_size > 0
    if name == "csv":
        rows = csv_rows(written)
        assert len(rows) == 14  # 13 passages, one of them with two concepts
        assert {row["Quote"] for row in rows} >= {"communauté 😀 vivante", "Gaëtan Gagné"}
    if name == "webannotation":
        assert len(json.loads(written.read_text(encoding="utf-8"))["first"]["items"]) == 13
    if name == "qdpx":
        assert "project.qde" in zipfile.ZipFile(written).namelist()


def test_filters_by_concept_path_and_document_title(
    sample_path: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "communaute.csv"
    code = main(["export", str(sample_path), "-f", "csv", "-o", str(out),
                 "--concept", "Communauté", "--document", "Essai — communauté 😀"])
    assert code == 0
    rows = csv_rows(out)
    assert sorted(row["Concept path"] for row in rows) == [
        "Communauté/Audience", "Communauté/Rassemblement"]
    assert {row["Document"] for row in rows} == {"Essai — communauté 😀"}

    with Project.open(sample_path, read_only=True) as project:
        decision = project.concept_by_path("Gouvernance/Décision").id
        pdf = next(d.id for d in project.documents() if d.kind == "pdf")
    by_id = tmp_path / "by-id.csv"
    assert main(["export", str(sample_path), "-f", "csv", "-o", str(by_id),
                 "--concept", str(decision), "--concept", "gouvernance/décision",
                 "--document", str(pdf)]) == 0
    assert [row["Quote"] for row in csv_rows(by_id)] == ["Gaëtan Gagné"]


@pytest.mark.parametrize(("option", "value", "expected"), [
    ("--concept", "Communauté/Nulle part", "no concept 'Communauté/Nulle part' in sample.annot"),
    ("--concept", "999", "no concept '999'"),
    ("--document", "Essai", "no document 'Essai' in sample.annot"),
])
def test_unknown_concept_or_document_is_one_clear_line(
    option: str, value: str, expected: str, sample_path: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "x.csv"
    assert main(["export", str(sample_path), "-f", "csv", "-o", str(out), option, value]) == 2
    assert expected in one_line_error(capsys)
    assert not out.exists()


def test_a_bad_format_lists_the_formats(sample_path: Path, tmp_path: Path, capsys) -> None:
    assert main(["export", str(sample_path), "-f", "docx", "-o", str(tmp_path / "x")]) == 2
    line = one_line_error(capsys)
    assert "'docx'" in line and all(name in line for name in FORMATS)


@pytest.mark.parametrize(("chosen", "output", "meant"), [
    ("xlsx", "out.qdpx", "qdpx"),  # an Excel workbook NVivo would fail on
    ("csv", "out.xlsx", "xlsx"),
    ("qdpx", "rapport.pdf", "pdf"),  # annotated PDFs are a folder
])
def test_an_output_named_for_another_format_is_refused(
    chosen: str, output: str, meant: str, sample_path: Path, tmp_path: Path, capsys
) -> None:
    target = tmp_path / output
    assert main(["export", str(sample_path), "-f", chosen, "-o", str(target)]) == 2
    line = one_line_error(capsys)
    assert output in line and f"--format {meant}" in line
    assert not target.exists()


def test_whole_project_formats_refuse_a_selection(
    sample_path: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "x.qdpx"
    assert main(["export", str(sample_path), "-f", "qdpx", "-o", str(out),
                 "--concept", "Communauté"]) == 2
    assert "whole project" in one_line_error(capsys)
    assert not out.exists()


def test_import_refi_round_trip_into_a_new_project(
    sample_path: Path, tmp_path: Path, capsys
) -> None:
    archive = tmp_path / "exchange.qdpx"
    assert main(["export", str(sample_path), "-f", "qdpx", "-o", str(archive)]) == 0
    capsys.readouterr()
    copy = tmp_path / "copy.annot"
    assert main(["import-refi", str(copy), str(archive), "--create"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == ("exchange.qdpx: 4 documents, 6 concepts and 13 annotations "
                                   "added; 0 items skipped")
    with Project.open(sample_path, read_only=True) as original, \
            Project.open(copy, read_only=True) as imported:
        assert imported.info() == original.info()
        assert sorted(a.quote for a in imported.annotations()) == sorted(
            a.quote for a in original.annotations())

    assert main(["import-refi", str(copy), str(archive)]) == 0  # twice: nothing added
    out = capsys.readouterr().out
    assert "0 documents, 0 concepts and 0 annotations added" in out
    assert "already in the project: 4 documents, 6 concepts, 13 annotations" in out


def test_import_refi_prints_each_skipped_line(tmp_path: Path, capsys) -> None:
    qde = """<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Other">
 <CodeBook><Codes>
  <Code guid="C0DE0000-0000-4000-8000-00000000000A" name="Lieux" isCodable="true"/>
 </Codes></CodeBook>
 <Sources>
  <TextSource guid="50000000-0000-4000-8000-000000000001" name="Entretien">
   <PlainTextContent>Un café à Montréal.</PlainTextContent>
   <PlainTextSelection guid="5E100000-0000-4000-8000-000000000001" startPosition="10"
      endPosition="19"><Coding guid="C0D10000-0000-4000-8000-000000000001">
      <CodeRef targetGUID="C0DE0000-0000-4000-8000-00000000000A"/></Coding>
   </PlainTextSelection>
  </TextSource>
  <PictureSource guid="50000000-0000-4000-8000-000000000002" name="Photo"
     path="internal://photo.png"/>
 </Sources>
</Project>"""
    archive = tmp_path / "other.qdpx"
    archive.write_bytes(zip_bytes({"project.qde": qde}))
    project = tmp_path / "p.annot"
    assert main(["import-refi", str(project), str(archive), "--create"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == ("other.qdpx: 1 documents, 1 concepts and 1 annotations added; "
                        "1 items skipped")
    assert lines[-1].startswith("skipped: picture source “Photo”")
    with Project.open(project, read_only=True) as opened:
        assert [a.quote for a in opened.annotations()] == ["Montréal."]


def test_a_codebook_is_told_by_its_content_not_its_name(
    sample_path: Path, tmp_path: Path, capsys
) -> None:
    codebook = tmp_path / "codes.qdc"
    assert main(["export", str(sample_path), "-f", "qdc", "-o", str(codebook)]) == 0
    renamed = codebook.rename(tmp_path / "codes.qdpx")
    fresh = tmp_path / "fresh.annot"
    assert main(["import-refi", str(fresh), str(renamed), "--create"]) == 0
    assert "0 documents, 6 concepts and 0 annotations added" in capsys.readouterr().out


def test_import_refi_of_a_broken_file_is_one_clear_line(tmp_path: Path, capsys) -> None:
    broken = tmp_path / "broken.qdpx"
    broken.write_text("not a project", encoding="utf-8")
    project = tmp_path / "p.annot"
    Project.create(project).close()
    assert main(["import-refi", str(project), str(broken)]) == 2
    assert "broken.qdpx" in one_line_error(capsys)


def test_raw_csv_and_its_refusal_elsewhere(sample_path: Path, tmp_path: Path, capsys) -> None:
    guarded, raw = tmp_path / "guarded.csv", tmp_path / "raw.csv"
    assert main(["export", str(sample_path), "-f", "csv", "-o", str(guarded)]) == 0
    assert main(["export", str(sample_path), "-f", "csv", "-o", str(raw), "--raw"]) == 0
    hyperlink = '=HYPERLINK("http://example.com","x")'
    assert "'" + hyperlink in {row["Quote"] for row in csv_rows(guarded)}
    assert hyperlink in {row["Quote"] for row in csv_rows(raw)}
    capsys.readouterr()
    out = tmp_path / "x.html"
    assert main(["export", str(sample_path), "-f", "html", "-o", str(out), "--raw"]) == 2
    assert "--raw applies to the csv and codebook formats" in one_line_error(capsys)
    assert not out.exists()


def test_codebook_as_csv_or_xlsx_and_back_into_a_project(
    sample_path: Path, tmp_path: Path, capsys
) -> None:
    import openpyxl

    table, book = tmp_path / "codes.csv", tmp_path / "codes.xlsx"
    assert main(["export", str(sample_path), "-f", "codebook", "-o", str(table)]) == 0
    assert main(["export", str(sample_path), "-f", "codebook", "-o", str(book)]) == 0
    paths = [row["Path"] for row in csv_rows(table)]
    sheet = openpyxl.load_workbook(book, read_only=True)["Codebook"]
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == [
        p.removeprefix("'") for p in paths]
    capsys.readouterr()
    fresh = tmp_path / "fresh.annot"
    assert main(["import-codebook", str(fresh), str(table), "--create"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "codes.csv: 6 concepts added, 0 updated, 0 unchanged; 1 notes"
    assert lines[1].startswith("note: line 7: colour 'red;background:url(x)'")
    assert main(["import-codebook", str(fresh), str(table)]) == 0
    assert "0 concepts added, 0 updated, 6 unchanged" in capsys.readouterr().out
    with Project.open(fresh, read_only=True) as project:
        assert [project.concept_path(c.id) for c in project.concepts()] == [
            p.removeprefix("'") for p in paths]


def test_import_codebook_of_a_table_without_paths_is_one_clear_line(
    tmp_path: Path, capsys
) -> None:
    table = tmp_path / "codes.csv"
    table.write_text("Name,Colour\nA,#fff\n", encoding="utf-8")
    project = tmp_path / "p.annot"
    Project.create(project).close()
    assert main(["import-codebook", str(project), str(table)]) == 2
    assert "codes.csv: no Path column" in one_line_error(capsys)


def test_iramuteq_corpus(sample_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "corpus.txt"
    assert main(["export", str(sample_path), "-f", "iramuteq", "-o", str(out)]) == 0
    headers = [line for line in out.read_text(encoding="utf-8").splitlines()
               if line.startswith("****")]
    assert len(headers) == 13  # 12 tagged passages, one with two concepts
    assert "**** *concept_Communaute_Audience *doc_Essai_communaute *coder_Bob" in headers
