"""`annotator variables` and `annotator stats --by variable:NAME`."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.cli import main
from annotator.core.project import Project
from tests.core.conftest import text_document


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "p.annot"
    with Project.create(path) as project:
        for title in ("E1", "E2", "E3"):
            project.add_document(text_document(f"Entretien {title}.", title, f"{title}.txt"))
        theme = project.add_concept("Thème").id
        for document in project.documents():
            project.annotate(document.id, 0, 9, [theme])
    return path


def test_define_set_list_export(project_path: Path, tmp_path: Path, capsys) -> None:
    assert (
        main(
            [
                "variables",
                str(project_path),
                "--define",
                "Site",
                "category",
                "Lyon",
                "Paris",
                "--define",
                "Âge",
                "number",
            ]
        )
        == 0
    )
    assert capsys.readouterr().out.splitlines() == [
        "defined Site (category)",
        "defined Âge (number)",
    ]
    assert (
        main(
            [
                "variables",
                str(project_path),
                "--set",
                "E1",
                "site",
                "paris",
                "--set",
                "E2",
                "Âge",
                "42,5",
            ]
        )
        == 0
    )
    assert main(["variables", str(project_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[:2] == ["Site (category: Lyon, Paris)", "Âge (number)"]
    assert out[4].split() == ["E1", "Paris"]
    assert out[5].split() == ["E2", "42.5"]
    sheet = tmp_path / "out.csv"
    assert main(["variables", str(project_path), "--export", str(sheet)]) == 0
    assert sheet.read_text(encoding="utf-8-sig").splitlines()[:3] == [
        "Document,Site,Âge",
        "E1,Paris,",
        "E2,,42.5",
    ]


def test_import_a_sheet(project_path: Path, tmp_path: Path, capsys) -> None:
    sheet = tmp_path / "in.csv"
    sheet.write_text("Document;Vague\nE1;1\nE2;2\nE9;3\n", encoding="utf-8")
    assert main(["variables", str(project_path), "--import", str(sheet)]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == (
        "2 values set for 2 documents; 1 variables defined; 1 rows "
        "matched no document; 0 values left out"
    )
    assert captured.err.splitlines() == ["defined Vague (number)", "line 4: no document: 'E9'"]


def test_mistakes(project_path: Path, capsys) -> None:
    assert main(["variables", str(project_path), "--set", "E1", "Nope", "1"]) == 2
    assert "no variable 'Nope'" in capsys.readouterr().err
    assert (
        main(
            [
                "variables",
                str(project_path),
                "--define",
                "Âge",
                "number",
                "--set",
                "E1",
                "Âge",
                "vieux",
            ]
        )
        == 2
    )
    assert "Âge: 'vieux' is not a number" in capsys.readouterr().err
    assert main(["variables", str(project_path), "--define", "Seul"]) == 2
    assert "needs a type" in capsys.readouterr().err


def test_stats_by_variable(project_path: Path, capsys) -> None:
    assert (
        main(
            [
                "variables",
                str(project_path),
                "--define",
                "Vague",
                "number",
                "--set",
                "E1",
                "Vague",
                "10",
                "--set",
                "E2",
                "Vague",
                "9",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["stats", str(project_path), "--by", "variable:vague"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["Concept", "9", "10", "(no", "value)"]
    assert lines[1].split() == ["Thème", "1", "1", "1"]
    assert main(["stats", str(project_path), "--by", "variable:vague", "--coverage"]) == 0
    assert capsys.readouterr().out.splitlines()[1].split()[1:3] == ["69.2", "%"]  # 9 of 13
    assert main(["stats", str(project_path), "--by", "variable:Nope"]) == 2
    assert "no variable 'Nope' (variables: Vague)" in capsys.readouterr().err
