"""Tagging passages: the concept-key rule in the core, with its inverse."""

from __future__ import annotations

import pytest

from annotator.core.errors import ProjectError
from annotator.core.project import Project
from tests.core.conftest import SAMPLE_TEXT, text_document


def span(phrase: str) -> tuple[int, int]:
    start = SAMPLE_TEXT.index(phrase)
    return start, start + len(phrase)


def test_a_new_range_becomes_a_highlight_and_undo_removes_it(project: Project) -> None:
    document = project.add_document(text_document()).document
    concept = project.add_concept("Mythe")
    start, end = span("communauté 😀 vivante")
    tagging = project.tag_passage(document.id, start, end, concept.id)
    assert tagging.created and tagging.changed
    assert tagging.annotation.quote == "communauté 😀 vivante"
    assert tagging.annotation.concept_ids == (concept.id,)
    assert tagging.annotation.anchor.prefix == SAMPLE_TEXT[max(0, start - 32):start]
    project.untag_passage(tagging)
    assert project.annotations() == []


def test_the_same_range_gets_the_concept_added_once(project: Project) -> None:
    document = project.add_document(text_document()).document
    first, second = project.add_concept("Mythe"), project.add_concept("Rôle")
    start, end = span("community manager")
    made = project.tag_passage(document.id, start, end, first.id)
    added = project.tag_passage(document.id, start, end, second.id)
    assert not added.created
    assert added.annotation.id == made.annotation.id
    assert added.annotation.concept_ids == tuple(sorted((first.id, second.id)))
    again = project.tag_passage(document.id, start, end, second.id)
    assert not again.changed
    assert len(project.annotations()) == 1
    project.untag_passage(added)
    assert project.annotation(made.annotation.id).concept_ids == (first.id,)
    # an overlapping but different range is a new highlight
    other = project.tag_passage(document.id, start, end - 1, first.id)
    assert other.created


def test_a_range_outside_the_text_is_refused(project: Project) -> None:
    document = project.add_document(text_document()).document
    concept = project.add_concept("Mythe")
    with pytest.raises(ProjectError):
        project.tag_passage(document.id, len(SAMPLE_TEXT) - 2, len(SAMPLE_TEXT) + 5, concept.id)
    with pytest.raises(ProjectError):
        project.annotate(document.id, 5, 5, (concept.id,))
    # the very end of the text is fine
    tail = project.annotate(document.id, len(SAMPLE_TEXT) - 8, len(SAMPLE_TEXT))
    assert tail.quote == "vivante." and tail.anchor.suffix == ""


def test_tagging_reads_only_the_passage_not_the_document(project: Project) -> None:
    """The statements a key press runs do not read whole texts (their cost would grow
    with the document)."""
    document = project.add_document(text_document()).document
    concept = project.add_concept("Mythe")
    statements: list[str] = []
    project._store._conn.set_trace_callback(statements.append)
    try:
        project.tag_passage(document.id, *span("Une Communauté"), concept.id)
    finally:
        project._store._conn.set_trace_callback(None)
    reads_of_text = [s for s in statements if "text" in s and "substr" not in s
                     and s.lstrip().upper().startswith("SELECT")]
    assert reads_of_text == []
    # what is sent, a statement once: the trace repeats it for each trigger it fires and
    # adds SQLite's own steps ("-- ..."). The same-range lookup, the passage's text, the
    # transaction, the highlight, its concept.
    sent = [s for s in statements if not s.startswith("--")]
    sent = [s for n, s in enumerate(sent) if n == 0 or s != sent[n - 1]]
    assert [s.split()[0] for s in sent] == [
        "SELECT", "SELECT", "BEGIN", "INSERT", "INSERT", "COMMIT"]
