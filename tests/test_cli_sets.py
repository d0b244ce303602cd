"""`annotator sets` and `annotator stats --set NAME`."""

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
        for title, passages in (("E1", 1), ("E2", 2), ("E3", 4)):
            document = project.add_document(
                text_document(f"Entretien {title}.", title, f"{title}.txt")
            ).document
            theme = project.concept_by_path("Thème") or project.add_concept("Thème")
            for n in range(passages):
                project.annotate(document.id, n, n + 1, [theme.id])
    return path


def test_create_fill_list_rename_delete(project_path: Path, capsys) -> None:
    assert (
        main(["sets", str(project_path), "--create", "Lyon", "E1", "E2", "--create", "Paris"]) == 0
    )
    assert (
        main(
            [
                "sets",
                str(project_path),
                "--add",
                "paris",
                "E3",
                "E2",
                "--remove",
                "Lyon",
                "E2",
                "E3",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["sets", str(project_path)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Lyon (1 documents)",
        "  E1",
        "Paris (2 documents)",
        "  E2",
        "  E3",
    ]
    assert main(["sets", str(project_path), "--rename", "Lyon", "Rhône", "--delete", "Paris"]) == 0
    with Project.open(project_path, read_only=True) as project:
        [rhone] = project.document_sets()
        assert rhone.name == "Rhône" and len(project.set_members(rhone.id)) == 1


def test_stats_of_the_documents_of_a_set(project_path: Path, capsys) -> None:
    main(["sets", str(project_path), "--create", "Deux", "E2", "E3", "--create", "Un", "E1"])
    capsys.readouterr()
    assert main(["stats", str(project_path), "--set", "deux"]) == 0
    [_, row] = capsys.readouterr().out.splitlines()
    assert row.split()[:3] == ["Thème", "6", "2"]  # passages of E2 and E3, in 2 documents
    assert main(["stats", str(project_path), "--set", "Deux", "--set", "Un"]) == 0
    assert capsys.readouterr().out.splitlines()[1].split()[:3] == ["Thème", "7", "3"]


def test_an_unknown_set_is_named_with_those_there_are(project_path: Path, capsys) -> None:
    main(["sets", str(project_path), "--create", "Lyon"])
    assert main(["stats", str(project_path), "--set", "Paris"]) != 0
    assert "no set 'Paris' (sets: Lyon)" in capsys.readouterr().err
