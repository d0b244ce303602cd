"""`annotator stats` and `annotator merge` on a hand-built project."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.core.project import Project
from tests.core.analysis_fixtures import build_corpus


@pytest.fixture
def corpus_path(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.annot"
    build_corpus(path).project.close()
    return path


def rows(out: str) -> dict[str, list[str]]:
    """First cell -> the other cells, for lines of an aligned table."""
    found = {}
    for line in out.splitlines():
        cells = line.split()
        found[cells[0]] = cells[1:]
    return found


def test_stats_by_concept_with_filters(corpus_path: Path, capsys) -> None:
    assert main(["stats", str(corpus_path)]) == 0
    table = rows(capsys.readouterr().out)
    assert table["Trust"] == ["3", "2", "55", "9.2", "%"]
    assert main(["stats", str(corpus_path), "--kind", "pdf", "--sub-concepts"]) == 0
    table = rows(capsys.readouterr().out)
    assert table["Trust"][:3] == ["1", "1", "50"]
    assert main(["stats", str(corpus_path), "--author", "B", "--concept", "money"]) == 0
    table = rows(capsys.readouterr().out)
    assert list(table) == ["Concept", "Money"]


def test_stats_matrices_and_csv(corpus_path: Path, tmp_path: Path, capsys) -> None:
    out_csv = tmp_path / "matrix.csv"
    assert main(["stats", str(corpus_path), "--by", "document", "--csv", str(out_csv)]) == 0
    with out_csv.open(encoding="utf-8-sig", newline="") as f:
        table = list(csv.reader(f))
    assert table[0] == ["Concept", "blog1", "blog2", "report"]
    assert table[1] == ["Trust", "2", "1", "0"]
    capsys.readouterr()
    assert main(["stats", str(corpus_path), "--cooccurrence"]) == 0
    assert rows(capsys.readouterr().out)["Conflict"][:2] == ["1", "0"]  # Trust, Trust/Care
    # blog1: Care [5,20) is 30 characters before Conflict [50,60); Trust [8,15) is 35
    assert main(["stats", str(corpus_path), "--cooccurrence", "--within", "30"]) == 0
    assert rows(capsys.readouterr().out)["Conflict"][:2] == ["1", "1"]
    assert main(["stats", str(corpus_path), "--cooccurrence", "--within", "35"]) == 0
    assert rows(capsys.readouterr().out)["Conflict"][:2] == ["2", "1"]
    assert main(["stats", str(corpus_path), "--cooccurrence", "--paragraph"]) == 0


def test_stats_agreement_and_unknown_coder(corpus_path: Path, capsys) -> None:
    assert main(["stats", str(corpus_path), "--agreement", "A", "B"]) == 0
    out = capsys.readouterr().out
    assert "1 documents coded by both" in out
    assert "all concepts: Krippendorff's alpha (unitized) -" in out  # A alone on most
    assert "Alpha (unitized)" in out.splitlines()[2]  # a column beside Kappa
    assert "All" in out
    assert main(["stats", str(corpus_path), "--agreement", "A", "Zoe"]) == 2
    assert "no passages by Zoe" in capsys.readouterr().err


def test_merge_twice(corpus_path: Path, tmp_path: Path, capsys) -> None:
    copy = tmp_path / "copy.annot"
    shutil.copy(corpus_path, copy)
    with Project.open(copy, author="B") as other:
        other.annotate(other.documents()[0].id, 1, 3, [])
    assert main(["merge", str(corpus_path), str(copy)]) == 0
    assert "1 passages added, 9 already here" in capsys.readouterr().out
    assert main(["merge", str(corpus_path), str(copy)]) == 0
    assert "0 passages added, 10 already here" in capsys.readouterr().out
    assert main(["merge", str(corpus_path), str(tmp_path / "missing.annot")]) == 2
