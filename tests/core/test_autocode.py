"""Autocoding: every hit of a search (or phrase) coded with a concept, undone as one."""

from __future__ import annotations

import pytest

from annotator.core.autocode import phrase_query
from annotator.core.errors import SearchQueryError
from tests.core.conftest import text_document

TEXT = (
    "Les communautés en ligne. Une Communauté se rassemble ! Elle dure.\n\n"
    "Le community manager anime la communauté. L'audience n'est pas une communauté."
)


@pytest.fixture
def coded(project):
    doc = project.add_document(text_document(TEXT)).document
    other = project.add_document(text_document("Rien ici.", title="Autre", source="b.txt"))
    concept = project.add_concept("Communauté").id
    return project, doc, other.document, concept


def quotes(project, document_id):
    return [(a.quote, a.concept_ids) for a in project.annotations(document_id)]


def test_hits_are_whole_words_accent_and_case_insensitive(coded) -> None:
    project, doc, _, concept = coded
    hits = project.autocode_hits("communaute*", concept)
    assert [TEXT[h.start : h.end] for h in hits] == [
        "communautés",
        "Communauté",
        "communauté",
        "communauté",
    ]
    assert {h.document_id for h in hits} == {doc.id}
    assert hits[0].preview == "[communautés]"
    assert not any(h.coded for h in hits)


def test_sentences_and_paragraphs_hold_the_hits_once(coded) -> None:
    project, _, _, concept = coded
    sentences = project.autocode_hits("communauté", concept, unit="sentence")
    assert [TEXT[h.start : h.end] for h in sentences] == [
        "Une Communauté se rassemble !",
        "Le community manager anime la communauté.",
        "L'audience n'est pas une communauté.",
    ]
    assert sentences[0].preview == "Une [Communauté] se rassemble !"
    paragraphs = project.autocode_hits("communaut*", concept, unit="paragraph")
    assert [TEXT[h.start : h.end] for h in paragraphs] == TEXT.split("\n\n")


def test_one_batch_codes_all_and_undoes_as_one(coded) -> None:
    project, doc, _, concept = coded
    other = project.add_concept("Autre").id
    existing = project.annotate(doc.id, 4, 15, [other])  # "communautés", another concept
    batch = project.autocode(concept, project.autocode_hits("communaut*", concept))
    assert (len(batch.taggings), batch.created) == (4, 3)
    assert batch.document_ids == {doc.id}
    assert project.annotation(existing.id).concept_ids == tuple(sorted((other, concept)))
    assert len(project.annotations(doc.id, concept_id=concept)) == 4
    project.undo_autocode(batch)
    assert quotes(project, doc.id) == [("communautés", (other,))]
    project.redo_autocode(batch)
    assert [a.id for a in project.annotations(doc.id, concept_id=concept)] == sorted(
        batch.annotation_ids
    )


def test_a_range_that_carries_the_concept_is_never_coded_twice(coded) -> None:
    project, doc, _, concept = coded
    first = project.autocode(concept, project.autocode_hits("communauté", concept))
    again = project.autocode_hits("communauté", concept)
    assert all(h.coded for h in again)
    second = project.autocode(concept, again)
    assert second.taggings == ()
    assert len(project.annotations(doc.id)) == len(first.taggings) == 3
    hits = project.autocode_hits("communauté", concept)
    assert len(project.autocode(concept, hits + hits).taggings) == 0  # listed twice


def test_only_the_documents_asked_and_the_hits_kept(coded) -> None:
    project, doc, other, concept = coded
    assert project.autocode_hits("communauté", concept, document_ids={other.id}) == []
    hits = project.autocode_hits("communauté", concept, document_ids={doc.id})
    project.autocode(concept, hits[1:])  # the first one unticked
    assert [a.start for a in project.annotations(doc.id)] == [h.start for h in hits[1:]]


def test_phrase_of_a_selection() -> None:
    assert phrase_query("  community\nmanager, ") == '"community manager"'
    with pytest.raises(SearchQueryError):
        phrase_query(" … ")


def test_a_phrase_finds_every_occurrence(coded) -> None:
    project, _, _, concept = coded
    hits = project.autocode_hits(phrase_query("Community  Manager"), concept)
    assert [TEXT[h.start : h.end] for h in hits] == ["community manager"]
