"""Document sets: creating, renaming, members, undo data, older files, statistics filter."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from annotator.core import analysis
from annotator.core.analysis.filters import AnalysisFilter
from annotator.core.project import Project
from annotator.core.sets import SetError
from annotator.core.store import SCHEMA_VERSION
from tests.core.conftest import text_document


@pytest.fixture
def documents(project: Project) -> tuple[Project, list[int]]:
    ids = [
        project.add_document(
            text_document(f"Texte {n}.", title=f"E{n}", source=f"{n}.txt")
        ).document.id
        for n in range(3)
    ]
    return project, ids


def test_a_set_holds_documents_and_each_edit_returns_its_undo(documents) -> None:
    project, (a, b, c) = documents
    lyon = project.create_set("  Lyon   interviews ", [a, b, a])
    assert lyon.name == "Lyon interviews"
    assert project.set_members(lyon.id) == {a, b}
    assert project.add_to_set(lyon.id, [b, c]) == [c]  # b was there already
    assert project.remove_from_set(lyon.id, [a, a]) == [a]
    assert project.set_members(lyon.id) == {b, c}
    project.add_to_set(lyon.id, [a])  # undoes the removal
    project.remove_from_set(lyon.id, [c])  # undoes the addition
    assert project.set_members(lyon.id) == {a, b}
    assert project.rename_set(lyon.id, "Lyon") == "Lyon interviews"
    assert project.set_by_name("LYON") == project.document_set(lyon.id)
    deletion = project.remove_set(lyon.id)
    assert project.document_sets() == [] and project.info().documents == 3
    project.restore_set(deletion)
    assert project.document_sets() == [project.document_set(lyon.id)]
    assert project.document_set(lyon.id).name == "Lyon"
    assert project.set_members(lyon.id) == {a, b}


def test_set_names_are_checked(documents) -> None:
    project, (a, _, _) = documents
    first = project.create_set("Paris", [a])
    with pytest.raises(SetError, match="already a set named 'paris'"):
        project.create_set("paris")
    with pytest.raises(SetError, match="needs a name"):
        project.create_set("  ")
    second = project.create_set("Lyon")
    with pytest.raises(SetError, match="already a set named 'Paris'"):
        project.rename_set(second.id, "Paris")
    assert project.rename_set(first.id, "PARIS") == "Paris"  # its own name in other capitals
    assert project.document_set(first.id).name == "PARIS"


def test_a_removed_document_leaves_its_sets_and_comes_back_in_them(documents) -> None:
    project, (a, b, _) = documents
    one, two = project.create_set("One", [a, b]), project.create_set("Two", [a])
    assert project.sets_by_document() == {a: {one.id, two.id}, b: {one.id}}
    deletion = project.remove_document(a)
    assert project.members_by_set() == {one.id: {b}}
    project.restore_document(deletion)
    assert project.members_by_set() == {one.id: {a, b}, two.id: {a}}


def test_a_version_4_file_reads_without_sets_and_upgrades(tmp_path: Path) -> None:
    path = tmp_path / "v4.annot"
    with Project.create(path) as project:
        project.add_document(text_document())
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE set_members")
    conn.execute("DROP TABLE document_sets")
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()
    with Project.open(path, read_only=True) as project:
        assert project.document_sets() == [] and project.members_by_set() == {}
    with Project.open(path) as project:
        made = project.create_set("Échantillon", [project.documents()[0].id])
        assert project.set_members(made.id) == {project.documents()[0].id}
        assert project.check() == []
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_statistics_of_the_documents_of_some_sets(documents) -> None:
    project, (a, b, c) = documents
    theme = project.add_concept("Thème").id
    for document_id, count in ((a, 1), (b, 2), (c, 4)):
        for n in range(count):
            project.annotate(document_id, n, n + 1, [theme])
    one, two = project.create_set("One", [a, b]), project.create_set("Two", [b, c])
    data = analysis.load(project)
    for set_ids, passages in (([one.id], 3), ([two.id], 6), ([one.id, two.id], 7)):
        kept = AnalysisFilter(document_ids=project.documents_in_sets(set_ids)).apply(data)
        [row] = analysis.concept_frequencies(kept)
        assert (row.passages, row.documents) == (passages, len(kept.documents))
