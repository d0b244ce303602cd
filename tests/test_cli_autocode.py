"""`annotator autocode`: every hit of a search coded from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.cli import main
from annotator.core.project import Project
from tests.core.conftest import text_document

TEXT = "Une communauté se cultive. L'audience n'est pas une Communauté !\n\nLes communautés durent."


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "p.annot"
    with Project.create(path) as project:
        project.add_document(text_document(TEXT))
        project.add_document(text_document("Une communauté.", title="Autre", source="b.txt"))
        parent = project.add_concept("Collectifs")
        project.add_concept("Communauté", parent_id=parent.id)
    return path


def coded(path: Path) -> list[tuple[str, str]]:
    with Project.open(path, read_only=True) as project:
        titles = {d.id: d.title for d in project.documents()}
        return [(titles[a.document_id], a.quote) for a in project.annotations()]


def test_autocode_sentences_of_one_document_then_nothing_twice(project_path, capsys) -> None:
    args = [
        "autocode",
        str(project_path),
        "communauté",
        "--concept",
        "collectifs/communauté",
        "--document",
        "Essai",
        "--sentence",
    ]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "2 passages found in 1 documents; 0 already coded" in out
    assert "coded 2 passages" in out
    assert coded(project_path) == [
        ("Essai", "Une communauté se cultive."),
        ("Essai", "L'audience n'est pas une Communauté !"),
    ]
    assert main(args) == 0
    assert "coded 0 passages" in capsys.readouterr().out
    assert len(coded(project_path)) == 2


def test_autocode_prefix_paragraphs_everywhere_and_dry_run(project_path, capsys) -> None:
    base = ["autocode", str(project_path), "communaut*", "--concept", "Collectifs"]
    assert main([*base, "--paragraph", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "3 passages found in 2 documents" in out
    assert "[communautés]" in out
    assert coded(project_path) == []
    assert main(base) == 0
    assert [quote for _, quote in coded(project_path)] == [
        "communauté",
        "Communauté",
        "communautés",
        "communauté",
    ]


def test_autocode_mistakes(project_path, capsys) -> None:
    assert main(["autocode", str(project_path), "x", "--concept", "Nope"]) == 2
    assert "no concept 'Nope'" in capsys.readouterr().err
    assert (
        main(
            ["autocode", str(project_path), "x", "--concept", "Collectifs", "--document", "Missing"]
        )
        == 2
    )
    assert "no document 'Missing'" in capsys.readouterr().err
