"""CSV for a spreadsheet whose decimal mark is a comma: semicolon-separated, from the core
and from `annotator export --csv-separator ';'`."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.core.exporting import export
from annotator.core.exporting.table import HEADERS
from tests.core import exporting_fixtures
from tests.core.exporting_fixtures import Sample, build_sample

sample = exporting_fixtures.sample


def read(path: Path, separator: str) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f, delimiter=separator))


def test_semicolons_give_the_same_table(sample: Sample, tmp_path: Path) -> None:
    commas = read(export(sample.project, "csv", tmp_path / "commas.csv"), ",")
    path = export(sample.project, "csv", tmp_path / "semicolons.csv", separator=";")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf" + b"Annotation;Document;")
    semicolons = read(path, ";")
    assert semicolons[0] == list(HEADERS)
    assert semicolons == commas  # cells holding ; or , are quoted, not split


def test_another_separator_is_refused(sample: Sample, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="separator"):
        export(sample.project, "csv", tmp_path / "tabs.csv", separator="\t")
    assert not (tmp_path / "tabs.csv").exists()


def test_the_command_line_takes_a_semicolon(tmp_path: Path, pdf_dir: Path, capsys) -> None:
    project = tmp_path / "sample.annot"
    build_sample(project, pdf_dir).project.close()
    out = tmp_path / "passages.csv"
    assert main(["export", str(project), "-f", "csv", "-o", str(out), "--csv-separator", ";"]) == 0
    assert read(out, ";")[0] == list(HEADERS)
    capsys.readouterr()
    html = tmp_path / "report.html"
    assert (
        main(["export", str(project), "-f", "html", "-o", str(html), "--csv-separator", ";"]) == 2
    )
    assert "--csv-separator applies to the csv format" in capsys.readouterr().err
    assert not html.exists()
