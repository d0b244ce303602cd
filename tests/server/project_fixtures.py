"""A project file holding one of everything a copy must carry, and how to read it whole."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from annotator.core.importing import import_source
from annotator.core.project import Project
from tests.core.conftest import text_document

FRENCH_TEXT = (
    "La Communauté se réunit à l'école : le débat porte sur la démocratie locale.\n"
    "Les élus écoutent ; la communauté décide."
)


def rich_project(path: Path, pdf: Path) -> Path:
    """A project with a real PDF (pages, boxes), nested concepts, two coders' passages
    with memos and their own dates, variables, a set, REFI GUIDs, a missing source."""
    with Project.create(path, author="alice") as project:
        paper = project.add_document(import_source(pdf, ocr_languages=None)).document
        essay = project.add_document(text_document(FRENCH_TEXT, title="École")).document
        theme = project.add_concept("Thème", description="le sujet")
        place = project.add_concept("Lieu", parent_id=theme.id, color="#123456")
        project.annotate(
            essay.id,
            3,
            13,
            [theme.id, place.id],
            memo="première mention",
            created="2021-03-04T05:06:07+00:00",
        )
        project.annotate(
            essay.id,
            40,
            48,
            [place.id],
            memo="débat",
            author="bob",
            created="2022-01-01T00:00:00+00:00",
            updated="2022-02-02T00:00:00+00:00",
        )
        project.annotate(paper.id, 0, 20, [theme.id], author="bob")
        site = project.define_variable("Site", "category", ["Lyon", "Paris"])
        project.set_variable_value(essay.id, site.id, "Lyon")
        project.create_set("Entretiens", [essay.id, paper.id], description="tous")
        project.keep_refi_guids("concept", {theme.id: "7f0c1c6e-0000-4000-8000-000000000001"})
        project.keep_refi_guids("user", {"bob": "7f0c1c6e-0000-4000-8000-000000000002"})
        project.add_missing_source("https://example.org/gone", title="Disparu", error="404")
    return path


def file_tables(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of a project file (search index tables aside), sorted."""
    conn = sqlite3.connect(path)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' "
                "AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            name: sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)
            for name in names
        }
    finally:
        conn.close()
