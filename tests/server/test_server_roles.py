"""Who may do what is enforced by the server itself, for psql users too."""

from __future__ import annotations

import psycopg
import pytest

from annotator.core.errors import ProjectError
from annotator.core.project import Project
from annotator.core.store.postgres.admin import grant_role
from annotator.core.store.postgres.errors import ServerNotAllowed
from tests.core.conftest import text_document


@pytest.fixture
def team(cluster, server_url: str) -> dict[str, str]:
    """URLs of the same project for an owner, two coders and a reader."""
    database = server_url.rsplit("/", 1)[1]
    urls = {}
    for login, role in [
        ("olga", "owner"),
        ("carl", "coder"),
        ("cleo", "coder"),
        ("rita", "reader"),
    ]:
        grant_role(server_url, cluster.login(login), role)
        urls[login] = cluster.url(database, login)
    with Project.open(urls["olga"]) as owner:
        document = owner.add_document(text_document()).document
        theme = owner.add_concept("Thème")
    with Project.open(urls["carl"]) as carl:
        carl.annotate(document.id, 3, 8, [theme.id], memo="à carl")
    return urls


def test_a_coder_cannot_touch_another_coders_passage_through_raw_sql(team) -> None:
    with psycopg.connect(team["cleo"], autocommit=True) as cleo:
        ((passage_id, author),) = cleo.execute("SELECT id, author FROM annotations").fetchall()
        assert author == "carl"
        assert cleo.execute("DELETE FROM annotations WHERE id = %s", (passage_id,)).rowcount == 0
        assert cleo.execute("UPDATE annotations SET memo = 'x'").rowcount == 0
        assert cleo.execute("DELETE FROM annotation_concepts").rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            cleo.execute(
                'INSERT INTO annotations (document_id, start, "end", quote, author, '
                "created, updated) VALUES (1, 0, 2, 'Le', 'carl', 'now', 'now')"
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            cleo.execute("UPDATE concepts SET name = 'pris'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            cleo.execute("DELETE FROM documents")
    with Project.open(team["olga"], read_only=True) as owner:
        assert [(a.author, a.memo) for a in owner.annotations()] == [("carl", "à carl")]


def test_through_the_api_the_refusal_names_the_coder_and_keeps_the_passage(team) -> None:
    with Project.open(team["cleo"]) as cleo:
        passage = cleo.annotations()[0]
        with pytest.raises(ServerNotAllowed, match="coded by carl"):
            cleo.delete_annotation(passage.id)
        with pytest.raises(ServerNotAllowed, match="coded by carl"):
            cleo.set_memo(passage.id, "mien")
        with pytest.raises(ServerNotAllowed):
            cleo.set_annotation_concepts(passage.id, [cleo.concepts()[0].id])
        with pytest.raises(ServerNotAllowed, match="your role 'coder' cannot change the codebook"):
            cleo.add_concept("Nouveau")
        own = cleo.annotate(passage.document_id, 12, 18, [cleo.concepts()[0].id])
        assert own.author == "cleo"
        cleo.set_memo(own.id, "le mien")
        cleo.delete_annotation(own.id)
    with Project.open(team["carl"]) as carl:
        assert carl.annotations()[0].memo == "à carl"
        carl.set_memo(passage.id, "changé")


def test_coders_sign_with_their_login_whatever_name_they_give(team) -> None:
    with Project.open(team["cleo"], author="someone else") as cleo:
        passage = cleo.annotate(1, 12, 18, author="carl")
        assert passage.author == "cleo"


def test_owner_changes_everything_reader_reads(team) -> None:
    with Project.open(team["olga"]) as owner:
        passage = owner.annotations()[0]
        owner.set_memo(passage.id, "relu")
        owner.delete_annotation(passage.id)
        owner.restore_annotation(passage)  # undo: back with carl as its coder
        assert owner.annotation(passage.id).author == "carl"
    with Project.open(team["rita"]) as reader:
        assert reader.info().annotations == 1
        with pytest.raises(ServerNotAllowed):
            reader.annotate(1, 0, 2)


def test_a_read_only_opening_is_read_only_on_the_server(team) -> None:
    with Project.open(team["olga"], read_only=True) as owner, pytest.raises(ServerNotAllowed):
        owner.add_concept("Non")


def test_grant_names_an_unknown_login(server_url: str) -> None:
    with pytest.raises(ProjectError, match="no login named 'nobody'"):
        grant_role(server_url, "nobody", "coder")


def test_a_login_without_a_role_cannot_connect(cluster, server_url: str) -> None:
    url = cluster.url(server_url.rsplit("/", 1)[1], cluster.login("stranger"))
    with pytest.raises(ProjectError, match="cannot connect"):
        Project.open(url)
