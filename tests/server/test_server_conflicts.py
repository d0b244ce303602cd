"""Two coders editing the same memo or concept on a server project: the server
compares and writes in one statement, so the second edit is refused, not written, and
it names the login that made the kept edit, which the server records itself."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import psycopg
import pytest

from annotator.core.errors import EditCause, EditConflict, ServerCause
from annotator.core.project import Project
from annotator.core.store.postgres.admin import grant_role, init_schema
from annotator.core.store.postgres.errors import ServerNotAllowed
from annotator.core.store.postgres.schema import MIGRATIONS
from tests.core.conftest import text_document


def test_the_second_memo_edit_gets_the_conflict_and_the_first_is_kept(server_url: str) -> None:
    with Project.open(server_url) as first, Project.open(server_url) as second:
        document = first.add_document(text_document()).document
        passage = first.annotate(document.id, 3, 8, memo="début")
        seen = second.annotation(passage.id).memo
        first.set_memo(passage.id, "la première", expected=seen)
        mine = "la seconde"
        with pytest.raises(EditConflict) as raised:
            second.set_memo(passage.id, mine, expected=seen)
        assert raised.value.code is EditCause.MEMO_CONFLICT_BY
        assert raised.value.current == {"memo": "la première"}
        assert first.annotation(passage.id).memo == "la première"
        # the second coder keeps theirs, knowing what they replace
        second.set_memo(passage.id, mine, expected=raised.value.current["memo"])
        assert first.annotation(passage.id).memo == mine


def test_a_concept_renamed_by_another_owner_is_not_renamed_over(server_url: str) -> None:
    with Project.open(server_url) as first, Project.open(server_url) as second:
        theme = first.add_concept("Thème")
        first.update_concept(theme.id, expected={"name": "Thème"}, name="Communauté")
        with pytest.raises(EditConflict) as raised:
            second.update_concept(theme.id, expected={"name": "Thème"}, name="Public")
        assert raised.value.current == {"name": "Communauté"}
        assert second.concept(theme.id).name == "Communauté"


def test_a_coder_is_still_refused_another_coders_passage(cluster, server_url: str) -> None:
    database = server_url.rsplit("/", 1)[1]
    grant_role(server_url, cluster.login("carla"), "coder")
    grant_role(server_url, cluster.login("cyril"), "coder")
    with Project.open(server_url) as owner:
        document = owner.add_document(text_document()).document
    with Project.open(cluster.url(database, "carla")) as carla:
        passage = carla.annotate(document.id, 3, 8, memo="à carla")
    with (
        Project.open(cluster.url(database, "cyril")) as cyril,
        pytest.raises(ServerNotAllowed, match="coded by carla") as raised,
    ):
        cyril.set_memo(passage.id, "pris", expected="à carla")
    assert raised.value.code is ServerCause.NOT_THEIR_PASSAGE
    assert raised.value.params == {"passage": str(passage.id), "coder": "carla"}


@pytest.fixture
def two_owners(cluster, server_url: str) -> Iterator[tuple[Project, Project]]:
    """Marie and Paul, two owner logins, each with their own Project on one server project."""
    database = server_url.rsplit("/", 1)[1]
    for login in ("marie", "paul"):
        grant_role(server_url, cluster.login(login), "owner")
    with (
        Project.open(cluster.url(database, "marie")) as marie,
        Project.open(cluster.url(database, "paul")) as paul,
    ):
        yield marie, paul


def _just_now(stamp: str) -> bool:
    return abs(datetime.now(UTC) - datetime.fromisoformat(stamp)) < timedelta(minutes=1)


def test_the_memo_conflict_names_the_login_that_changed_it_and_when(two_owners) -> None:
    marie, paul = two_owners
    document = paul.add_document(text_document()).document
    passage = paul.annotate(document.id, 3, 8, memo="début")
    marie.set_memo(passage.id, "celui de Marie", expected="début")
    with pytest.raises(EditConflict) as raised:
        paul.set_memo(passage.id, "celui de Paul", expected="début")
    conflict = raised.value
    assert conflict.code is EditCause.MEMO_CONFLICT_BY
    assert conflict.edited_by == "marie" and _just_now(conflict.edited_at)
    assert conflict.current == {"memo": "celui de Marie"}
    assert str(conflict).startswith("marie changed the memo of the passage 'mythe' at ")
    # Paul keeps his: the next conflict names him
    paul.set_memo(passage.id, "celui de Paul", expected="celui de Marie")
    with pytest.raises(EditConflict) as raised:
        marie.set_memo(passage.id, "encore Marie", expected="celui de Marie")
    assert raised.value.edited_by == "paul"
    # a change of its concepts is not a change of its memo
    theme = marie.add_concept("Thème")
    marie.set_annotation_concepts(passage.id, [theme.id])
    with pytest.raises(EditConflict) as raised:
        marie.set_memo(passage.id, "encore Marie", expected="celui de Marie")
    assert raised.value.edited_by == "paul"


@pytest.mark.parametrize(
    ("field", "seen", "theirs", "mine"),
    [
        ("name", "Thème", "Communauté", "Public"),
        ("color", "#112233", "#445566", "#778899"),
        ("description", "le sujet", "ce dont on parle", "la question"),
        ("shortcut", "1", "2", "3"),
    ],
)
def test_every_concept_edit_conflict_names_the_login_that_changed_it(
    two_owners, field: str, seen: str, theirs: str, mine: str
) -> None:
    marie, paul = two_owners
    theme = paul.add_concept("Thème", color="#112233", description="le sujet", shortcut="1")
    marie.update_concept(theme.id, expected={field: seen}, **{field: theirs})
    paul.move_concept(theme.id, None, 0)  # a move is not an edit of what the user sees
    with pytest.raises(EditConflict) as raised:
        paul.update_concept(theme.id, expected={field: seen}, **{field: mine})
    conflict = raised.value
    assert conflict.code is EditCause.CONCEPT_CONFLICT_BY
    assert conflict.edited_by == "marie" and _just_now(conflict.edited_at)
    assert conflict.current == {field: theirs}
    assert getattr(paul.concept(theme.id), field) == theirs


def test_no_client_can_write_who_edited(cluster, two_owners) -> None:
    marie, paul = two_owners
    document = marie.add_document(text_document()).document
    passage = marie.annotate(document.id, 3, 8, memo="début")
    theme = marie.add_concept("Thème")
    url = cluster.url(marie.path.name, "paul")
    with psycopg.connect(url, autocommit=True) as raw:
        raw.execute(
            "UPDATE annotations SET memo_by = 'marie', memo_at = now() - interval '1 day' "
            "WHERE id = %s",
            (passage.id,),
        )
        raw.execute("UPDATE concepts SET edited_by = 'nobody' WHERE id = %s", (theme.id,))
        assert _stamps(raw, passage.id, theme.id) == ("marie", "marie")  # kept as they were
        raw.execute(
            "UPDATE annotations SET memo = 'faux', memo_by = 'marie' WHERE id = %s", (passage.id,)
        )
        raw.execute(
            "UPDATE concepts SET name = 'Faux', edited_by = 'marie' WHERE id = %s", (theme.id,)
        )
        assert _stamps(raw, passage.id, theme.id) == ("paul", "paul")  # the server's login


def _stamps(raw: psycopg.Connection, passage_id: int, concept_id: int) -> tuple[str, str]:
    memo = raw.execute("SELECT memo_by FROM annotations WHERE id = %s", (passage_id,))
    concept = raw.execute("SELECT edited_by FROM concepts WHERE id = %s", (concept_id,))
    return memo.fetchone()[0], concept.fetchone()[0]


def test_edits_made_before_the_upgrade_to_format_3_are_not_attributed(cluster) -> None:
    """A format-2 project upgraded by `server init`: its passages and concepts are kept,
    and an edit made before the server recorded who edits is told without a name."""
    url = cluster.url(cluster.new_database())
    with psycopg.connect(url, autocommit=True) as raw:
        raw.execute(MIGRATIONS[1])
        raw.execute(MIGRATIONS[2])
        raw.execute("UPDATE schema_version SET version = 2")
        raw.execute(
            "INSERT INTO documents (title, kind, source, sha256, text, imported_at) "
            "VALUES ('Essai', 'text', 'essai.txt', 'x', 'Le mythe de la caverne', '2020')"
        )
        raw.execute(
            'INSERT INTO annotations (document_id, start, "end", quote, memo, created, updated) '
            "VALUES (1, 3, 8, 'mythe', 'ancien', '2020', '2021-05-06T07:08:09+00:00')"
        )
        raw.execute("INSERT INTO concepts (name, color) VALUES ('Thème', '#112233')")
    assert init_schema(url) == (2, 3)
    with Project.open(url) as project:
        with pytest.raises(EditConflict) as memo:
            project.set_memo(1, "nouveau", expected="début")
        with pytest.raises(EditConflict) as concept:
            project.update_concept(1, expected={"name": "Sujet"}, name="Lieu")
    assert memo.value.code is EditCause.MEMO_CONFLICT and memo.value.edited_by == ""
    assert memo.value.edited_at == "2021-05-06T07:08:09+00:00"  # the passage's own date
    assert concept.value.code is EditCause.CONCEPT_CONFLICT
    assert (concept.value.edited_by, concept.value.edited_at) == ("", "")
