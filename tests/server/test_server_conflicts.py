"""Two coders editing the same memo or concept on a server project: the server
compares and writes in one statement, so the second edit is refused, not written."""

from __future__ import annotations

import pytest

from annotator.core.errors import EditCause, EditConflict
from annotator.core.project import Project
from annotator.core.store.postgres.admin import grant_role
from annotator.core.store.postgres.errors import ServerNotAllowed
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
        assert raised.value.code is EditCause.MEMO_CONFLICT
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
        pytest.raises(ServerNotAllowed, match="coded by carla"),
    ):
        cyril.set_memo(passage.id, "pris", expected="à carla")
