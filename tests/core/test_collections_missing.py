"""Missing sources: kept in the project file, upgraded from version 1, resolved by a saved page."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from annotator.core.collections.batch import BatchOptions, import_links
from annotator.core.collections.missing import attach_saved_page
from annotator.core.collections.parsing import Link
from annotator.core.errors import ImportFailure, ProjectError
from annotator.core.project import Project
from annotator.core.store import _SCHEMA_V1, APPLICATION_ID, SCHEMA_VERSION, _split_script
from tests.core.conftest import text_document

URL = "https://revue.example/2015/05/loi-renseignement"


def make_version_1_project(path: Path) -> None:
    """A project file as the first released version wrote it, with one document."""
    with Project.create(path) as project:
        project.add_document(text_document())
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE missing_sources")
    conn.execute("DROP TABLE refi_guids")  # added by version 3
    conn.execute("DROP TABLE document_variables")  # added by version 4
    conn.execute("DROP TABLE variables")
    conn.execute("DROP TABLE set_members")  # added by version 5
    conn.execute("DROP TABLE document_sets")
    conn.execute("DROP TABLE concept_usage")  # added by version 7, with its triggers
    for trigger in ("concept_usage_link", "concept_usage_unlink", "concept_usage_relink"):
        conn.execute(f"DROP TRIGGER {trigger}")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()


def test_the_first_schema_is_what_version_1_files_hold(tmp_path: Path) -> None:
    fresh = sqlite3.connect(tmp_path / "v1.db")
    for statement in _split_script(_SCHEMA_V1):
        fresh.execute(statement)
    make_version_1_project(tmp_path / "old.annot")
    old = sqlite3.connect(tmp_path / "old.annot")
    query = "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"
    assert old.execute(query).fetchall() == fresh.execute(query).fetchall()


def test_a_version_1_project_is_upgraded_and_keeps_its_documents(tmp_path: Path) -> None:
    path = tmp_path / "old.annot"
    make_version_1_project(path)
    with Project.open(path) as project:
        assert project.info().documents == 1
        assert project.missing_sources() == []
        project.add_missing_source(URL, error="HTTP 404 Not Found")
        assert project.check() == []
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 2
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_a_version_1_project_can_be_read_without_upgrading_it(tmp_path: Path) -> None:
    path = tmp_path / "old.annot"
    make_version_1_project(path)
    with Project.open(path, read_only=True) as project:
        assert project.info().documents == 1
        assert project.missing_sources() == []
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 1


def test_a_project_from_a_newer_version_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.annot"
    Project.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(ProjectError, match="newer version"):
        Project.open(path)


def test_a_missing_source_tried_again_keeps_one_entry(project: Project) -> None:
    first = project.add_missing_source(URL, title="Loi", collection="Presse", error="HTTP 503")
    again = project.add_missing_source(URL, error="timed out after 60 s")
    assert again.id == first.id
    assert (again.title, again.collection, again.error, again.attempts) == (
        "Loi", "Presse", "timed out after 60 s", 2)
    assert project.missing_sources() == [again]
    project.remove_missing_source(first.id)
    assert project.missing_sources() == []
    with pytest.raises(ProjectError, match="no missing source"):
        project.missing_source(first.id)


def test_a_saved_page_takes_the_place_of_a_missing_source(
    project: Project, html_dir: Path
) -> None:
    missing = project.add_missing_source(URL, title="Loi", collection="Presse",
                                         error="HTTP 403 Forbidden")
    result = attach_saved_page(project, missing.id, html_dir / "lemonde-1" / "source.html")
    assert result.created
    document = result.document
    assert document.metadata["url"] == URL
    assert document.metadata["collection"] == "Presse"
    assert document.metadata["page_url"].startswith("http://www.lemonde.fr/")  # its canonical
    assert project.missing_sources() == []
    # The collection imported again: the link is now in the project, not fetched.
    report = import_links(project, [Link(URL, "Loi", "Presse")],
                          options=BatchOptions(timeout=0.1))
    assert report.results[0].status.value == "skipped"
    assert report.results[0].document_id == document.id


def test_a_saved_copy_already_in_the_project_still_resolves(
    project: Project, html_dir: Path
) -> None:
    page = html_dir / "tumblr" / "source.html"
    from annotator.core.importing import import_source

    existing = project.add_document(import_source(page)).document
    missing = project.add_missing_source(URL)
    result = attach_saved_page(project, missing.id, page)
    assert not result.created and result.document.id == existing.id
    assert project.missing_sources() == []


def test_a_file_that_cannot_be_imported_leaves_the_source_missing(
    project: Project, tmp_path: Path
) -> None:
    missing = project.add_missing_source(URL)
    empty = tmp_path / "page.html"
    empty.write_bytes(b"")
    with pytest.raises(ImportFailure, match="empty"):
        attach_saved_page(project, missing.id, empty)
    assert project.missing_sources() == [missing]
