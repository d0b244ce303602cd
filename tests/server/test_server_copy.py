"""Copying a whole project file → server → file changes nothing; full destinations are
refused unless forced."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.copying import copy_project
from annotator.core.errors import ProjectError
from annotator.core.project import Project
from tests.server.project_fixtures import file_tables, rich_project


@pytest.fixture
def source(tmp_path: Path, pdf_dir: Path) -> Path:
    return rich_project(tmp_path / "source.annot", pdf_dir / "2023-06-20-PV.pdf")


def test_file_to_server_to_file_keeps_everything(
    source: Path, server_url: str, tmp_path: Path
) -> None:
    there = copy_project(source, server_url)
    assert there.rows["documents"] == 2 and there.rows["annotations"] == 3
    with (
        Project.open(server_url, read_only=True) as server,
        Project.open(source, read_only=True) as original,
    ):
        passages = server.annotations()
        assert sorted(a.author for a in passages) == ["alice", "bob", "bob"]
        assert {a.created for a in passages} >= {"2021-03-04T05:06:07+00:00"}
        pdf = next(d for d in server.documents() if d.kind == "pdf")
        assert server.original_bytes(pdf.id) == original.original_bytes(pdf.id)
        assert server.pages(pdf.id) == original.pages(pdf.id)  # boxes as bytea, whole
    back = tmp_path / "back.annot"
    copy_project(server_url, back)
    assert file_tables(back) == file_tables(source)
    with Project.open(back, read_only=True) as copy:  # the search index came back too
        assert [hit.document_title for hit in copy.search("ecole")][:1] == ["École"]


def test_new_rows_on_the_server_take_fresh_ids(source: Path, server_url: str) -> None:
    copy_project(source, server_url)
    with Project.open(server_url) as server:
        essay = next(d for d in server.documents() if d.title == "École")
        new = server.annotate(essay.id, 0, 2)
        assert new.id == 4 and new.author == "annotator_admin"
        assert server.add_concept("Nouveau").id == 3


def test_file_to_file(source: Path, tmp_path: Path) -> None:
    copy_project(source, tmp_path / "copy.annot")
    assert file_tables(tmp_path / "copy.annot") == file_tables(source)


def test_a_full_destination_is_refused_unless_forced(
    source: Path, server_url: str, tmp_path: Path
) -> None:
    copy_project(source, server_url)
    with pytest.raises(ProjectError, match=r"already holds a project \(2 documents.*--force"):
        copy_project(source, server_url)
    other = tmp_path / "other.annot"
    with Project.create(other) as small:
        small.add_concept("Seul")
    copy_project(other, server_url, force=True)
    with Project.open(server_url, read_only=True) as server:
        assert [c.name for c in server.concepts()] == ["Seul"]
        assert server.info().documents == 0
    with pytest.raises(ProjectError, match="already exists"):
        copy_project(server_url, source)
    copy_project(server_url, source, force=True)
    with Project.open(source, read_only=True) as replaced:
        assert replaced.info().concepts == 1


def test_a_database_never_set_up_is_named(cluster, source: Path) -> None:
    url = cluster.url(cluster.new_database())
    with pytest.raises(ProjectError, match="annotator server init"):
        copy_project(source, url)


def test_an_owner_replaces_the_project_and_new_ids_follow(
    cluster, server_url: str, source: Path
) -> None:
    from annotator.core.store.postgres.admin import grant_role

    grant_role(server_url, cluster.login("olga"), "owner")
    olga = cluster.url(server_url.rsplit("/", 1)[1], "olga")
    copy_project(source, olga, force=True)
    copy_project(source, olga, force=True)  # over the first copy, which it replaces
    with Project.open(olga) as project:
        assert project.info().annotations == 3
        assert project.annotate(1, 0, 3).id == 4
