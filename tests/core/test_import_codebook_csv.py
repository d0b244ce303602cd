"""Codebook tables into a project: the exported CSV round-trips, and tables merge by path."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.errors import ImportFailure
from annotator.core.exporting import export
from annotator.core.importing.codebook_csv import import_codebook_csv
from annotator.core.project import Project
from tests.core import exporting_fixtures
from tests.core.exporting_fixtures import LONG_CONCEPT, Sample

sample = exporting_fixtures.sample


def codebook(project: Project) -> dict[str, tuple[str, str, str]]:
    return {
        project.concept_path(c.id): (c.description, c.color, c.shortcut) for c in project.concepts()
    }


def test_an_exported_codebook_rebuilds_the_same_concepts(sample: Sample, tmp_path: Path) -> None:
    sample.project.update_concept(sample.concepts["Gouvernance"], description="=qui décide ?")
    table = export(sample.project, "codebook", tmp_path / "codebook.csv")
    with Project.create(tmp_path / "empty.annot") as project:
        report = import_codebook_csv(project, table)
        rebuilt = codebook(project)
        original = codebook(sample.project)
        # the one colour that is not #rrggbb is replaced by a colour of the palette
        assert rebuilt[LONG_CONCEPT][1] != original[LONG_CONCEPT][1]
        rebuilt[LONG_CONCEPT] = original[LONG_CONCEPT]
        assert rebuilt == original
    assert (report.added, report.updated, report.unchanged) == (6, 0, 0)
    assert report.notes == [
        "line 7: colour 'red;background:url(x)' of "
        + LONG_CONCEPT
        + " is not #rrggbb: left as it was"
    ]


def test_a_table_merges_into_existing_concepts_by_path(tmp_path: Path) -> None:
    table = tmp_path / "codes.csv"
    table.write_text(
        "Chemin;Description;Couleur;Raccourci;Passages\n"
        "communauté/Rituels;Les rites partagés;#112233;;4\n"
        "Communauté;Groupe;#445566;1;9\n"
        "Nouveau/Sous/Feuille;;#abc;;0\n"
        "Gouvernance;;;;\n"
        ";sans chemin;;;\n"
        "Gouvernance/Vote;;vert;7;\n"
        "Autre;;;1;\n",
        encoding="cp1252",
    )
    with Project.create(tmp_path / "p.annot") as project:
        communaute = project.add_concept("Communauté", color="#000000")
        project.add_concept("Gouvernance", description="Qui décide", shortcut="")
        report = import_codebook_csv(project, table)
        assert codebook(project) == {
            "Communauté": ("Groupe", "#445566", "1"),
            "Communauté/Rituels": ("Les rites partagés", "#112233", ""),
            "Gouvernance": ("Qui décide", project.concept_by_path("Gouvernance").color, ""),
            "Gouvernance/Vote": ("", project.concept_by_path("Gouvernance/Vote").color, "7"),
            "Nouveau": ("", project.concept_by_path("Nouveau").color, ""),
            "Nouveau/Sous": ("", project.concept_by_path("Nouveau/Sous").color, ""),
            "Nouveau/Sous/Feuille": ("", "#abc", ""),
            "Autre": ("", project.concept_by_path("Autre").color, ""),
        }
        assert project.concept_by_path("Communauté").id == communaute.id
    assert (report.added, report.updated, report.unchanged) == (6, 1, 1)
    assert report.notes == [
        "line 6: left out (no concept path)",
        "line 7: colour 'vert' of Gouvernance/Vote is not #rrggbb: left as it was",
        "line 8: key 1 already applies 'Communauté': not given to Autre",
    ]


@pytest.mark.parametrize(
    ("content", "cause"),
    [
        (b"", "the file is empty"),
        (b"Name,Colour\nA,#fff\n", "no Path column"),
    ],
)
def test_a_table_without_paths_is_refused_naming_the_file(
    tmp_path: Path, content: bytes, cause: str
) -> None:
    table = tmp_path / "codes.csv"
    table.write_bytes(content)
    with Project.create(tmp_path / "p.annot") as project:
        with pytest.raises(ImportFailure, match=f"codes.csv: {cause}"):
            import_codebook_csv(project, table)
        assert project.concepts() == []
