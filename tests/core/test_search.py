"""Full-text search: accents, case, phrases, prefixes, memos, bad queries."""

from __future__ import annotations

import pytest

from annotator.core.errors import SearchQueryError
from annotator.core.project import Project
from annotator.core.search import parse_query
from annotator.core.textfold import fold
from tests.core.conftest import text_document


def test_fold_keeps_length_and_strips_accents() -> None:
    for text in ["Communauté", "ŒUVRE à l'été", "😀 Émoji", "İstanbul", "e\u0301"]:
        assert len(fold(text)) == len(text)
    assert fold("Communauté ÉTÉ") == "communaute ete"


def test_accent_and_case_insensitive_search_returns_offsets(project: Project) -> None:
    doc = project.add_document(text_document()).document
    hits = project.search("communaute")
    assert hits, "communaute must find Communauté"
    for hit in hits:
        assert fold(doc.text[hit.start : hit.end]) == "communaute"
        assert "[" in hit.snippet and "]" in hit.snippet


def test_offsets_count_code_points_after_emoji(project: Project) -> None:
    doc = project.add_document(text_document()).document
    [hit] = project.search("vivante")
    assert doc.text[hit.start : hit.end] == "vivante"


def test_phrase_search(project: Project) -> None:
    project.add_document(text_document())
    [hit] = project.search('"intérêt commun"')
    assert hit.snippet.count("[") == 1
    assert project.search('"commun intérêt"') == []
    [across_emoji] = project.search('"communauté vivante"')  # the emoji is not a word
    assert across_emoji.end - across_emoji.start == len("communauté 😀 vivante")


def test_prefix_and_operators(project: Project) -> None:
    project.add_document(text_document())
    project.add_document(text_document("Un texte sur la modération.", "Deux", "2.txt"))
    assert {h.document_title for h in project.search("modér*")} == {"Deux"}
    assert {h.document_title for h in project.search("texte OR mythe")} == {"Essai", "Deux"}
    assert {h.document_title for h in project.search("la NOT mythe")} == {"Deux"}


def test_memos_are_searched(project: Project) -> None:
    doc = project.add_document(text_document()).document
    annotation = project.annotate(doc.id, 0, 8, memo="Lien avec la e-réputation")
    hits = [h for h in project.search("reputation") if h.in_memo]
    assert [h.annotation_id for h in hits] == [annotation.id]


@pytest.mark.parametrize("query", ['"unclosed', "OR", "mythe AND", "NOT x"])
def test_malformed_queries_raise_a_clear_error(project: Project, query: str) -> None:
    project.add_document(text_document())
    with pytest.raises(SearchQueryError, match="cannot understand"):
        project.search(query)


def test_punctuation_is_not_syntax(project: Project) -> None:
    project.add_document(text_document())
    assert project.search("d'un intérêt")  # apostrophes, colons are plain text
    assert parse_query("a:b (c)").fts == '"a b" "c"'
    assert project.search("   ") == []


def test_hits_are_found_in_the_original_text_as_in_the_folded_one() -> None:
    import re

    from annotator.core.search import locate, term_pattern

    text = ("ÉTÉ été Ete, l'Œuvre œuvre ŒUVRE; Ça ça ÇA. Naïve naive NAÏVE — Straße strasse "
            "e\u0301te\u0301 İstanbul istanbul ﬁn fin 😀 Åre are Ære K-pop k-pop")
    for query in ("ete", "Été", "œuvre", "ça", "naive", "straße", "istanbul", "fin",
                  '"naive naive"', "are*", "k-pop", "ære"):
        parsed = parse_query(query)
        folded = fold(text)
        expected = sorted(m.span() for t in parsed.terms for m in
                          term_pattern(t).finditer(folded))
        assert locate(text, parsed, 100) == expected, query
        assert re.sub(r"\W", "", query) == "" or expected, query  # each query finds something


def test_the_best_documents_list_all_their_hits_the_others_their_first(
        project: Project) -> None:
    from annotator.core.search import EAGER_DOCUMENTS

    for number in range(EAGER_DOCUMENTS + 5):
        project.add_document(text_document(
            "Une communauté. Encore la communauté. " + "Autre chose. " * number,
            f"Doc {number:02}", f"{number}.txt"))
    hits = project.search("communaute", per_document=5)
    per_document = {}
    for hit in hits:
        per_document.setdefault(hit.document_id, []).append(hit)
    counts = sorted(len(found) for found in per_document.values())
    assert len(per_document) == EAGER_DOCUMENTS + 5
    assert counts == [1] * 5 + [2] * EAGER_DOCUMENTS
    assert len(project.search("communaute", limit=7)) == 7


def test_memo_hits_carry_their_document_title(project: Project) -> None:
    essay = project.add_document(text_document()).document
    other = project.add_document(text_document("Un autre texte.", "Autre", "2.txt")).document
    first = project.annotate(other.id, 0, 2, memo="une piste de modération")
    second = project.annotate(essay.id, 3, 8, memo="modération encore")
    memo_hits = [h for h in project.search("moderation") if h.in_memo]
    assert {(h.annotation_id, h.document_title) for h in memo_hits} == {
        (first.id, "Autre"), (second.id, "Essai")}
    assert all("[modération]" in h.snippet for h in memo_hits)
