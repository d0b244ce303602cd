"""Two coders editing the same memo or concept: the second is told, nothing is
overwritten, and their text is still in their hands to keep or drop."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.errors import EditCause, EditConflict
from annotator.core.project import Project
from tests.core.conftest import text_document


def test_the_second_memo_edit_made_on_an_old_memo_is_refused(project: Project) -> None:
    document = project.add_document(text_document()).document
    passage = project.annotate(document.id, 3, 8, memo="début")
    with _Pair(project.path) as (alice, bruno):
        seen = bruno.annotation(passage.id).memo
        assert alice.set_memo(passage.id, "celui d'Alice", expected=seen) == "début"
        mine = "celui de Bruno"
        with pytest.raises(EditConflict) as raised:
            bruno.set_memo(passage.id, mine, expected=seen)
    conflict = raised.value
    assert conflict.code is EditCause.MEMO_CONFLICT
    assert conflict.current == {"memo": "celui d'Alice"}
    assert conflict.params["passage"] == "mythe"
    assert project.annotation(passage.id).memo == "celui d'Alice"
    # a file knows when the passage changed, not who changed its memo: no name is guessed
    assert conflict.edited_by == "" and "by" not in conflict.params
    assert conflict.edited_at == project.annotation(passage.id).updated != ""
    # keeping his: Bruno edits again on the memo he has now seen
    assert project.set_memo(passage.id, mine, expected=conflict.current["memo"]) == (
        "celui d'Alice"
    )
    assert project.annotation(passage.id).memo == mine


def test_a_memo_edit_without_what_was_seen_still_overwrites(project: Project) -> None:
    document = project.add_document(text_document()).document
    passage = project.annotate(document.id, 3, 8, memo="début")
    assert project.set_memo(passage.id, "autre") == "début"
    assert project.annotation(passage.id).memo == "autre"


def test_a_concept_renamed_elsewhere_is_not_renamed_again(project: Project) -> None:
    theme = project.add_concept("Thème", color="#112233")
    with _Pair(project.path) as (alice, bruno):
        old = alice.update_concept(theme.id, expected={"name": "Thème"}, name=" Communauté ")
        assert old.name == "Thème"
        with pytest.raises(EditConflict) as raised:
            bruno.update_concept(theme.id, expected={"name": "Thème"}, name="Public")
        # another field than the one seen changes freely
        bruno.update_concept(theme.id, expected={"color": "#112233"}, color="#445566")
    assert raised.value.code is EditCause.CONCEPT_CONFLICT
    assert raised.value.current == {"name": "Communauté"}
    assert (raised.value.edited_by, raised.value.edited_at) == ("", "")  # a file has neither
    concept = project.concept(theme.id)
    assert (concept.name, concept.color) == ("Communauté", "#445566")


class _Pair:
    """Alice and Bruno, each with their own Project on one file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self) -> tuple[Project, Project]:
        self.pair = (
            Project.open(self.path, author="Alice"),
            Project.open(self.path, author="Bruno"),
        )
        return self.pair

    def __exit__(self, *exc: object) -> None:
        for opened in self.pair:
            opened.close()
