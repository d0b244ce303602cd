"""Concept frequencies and the concept × document matrix, checked against hand counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core import analysis
from annotator.core.analysis import AnalysisFilter
from annotator.core.analysis.tables import (
    format_cell,
    frequency_table,
    matrix_table,
    write_csv,
    write_xlsx,
)
from annotator.core.project import Project
from tests.core.analysis_fixtures import Corpus, build_corpus, document

TOTAL = 100 + 200 + 300


@pytest.fixture
def corpus(tmp_path: Path):
    built = build_corpus(tmp_path / "corpus.annot")
    yield built
    built.project.close()


def by_concept(corpus: Corpus, rows) -> dict[str, analysis.ConceptFrequency]:
    names = {v: k for k, v in corpus.ids.items()}
    return {names[row.concept_id]: row for row in rows}


def test_passages_documents_and_coverage(corpus: Corpus) -> None:
    data = analysis.load(corpus.project)
    rows = by_concept(corpus, analysis.concept_frequencies(data))
    # Trust: blog1 [0,10) and [8,15) overlap -> 15 characters; blog2 [0,40) -> 40
    assert (rows["Trust"].passages, rows["Trust"].documents, rows["Trust"].covered) == (3, 2, 55)
    assert rows["Trust"].coverage == pytest.approx(55 / TOTAL)
    assert (rows["Care"].passages, rows["Care"].documents, rows["Care"].covered) == (2, 2, 65)
    assert (rows["Conflict"].passages, rows["Conflict"].covered) == (2, 50)
    # Money: A's two passages and B's one
    assert (rows["Money"].passages, rows["Money"].documents, rows["Money"].covered) == (3, 2, 50)


def test_sub_concepts_count_for_their_parent_once(corpus: Corpus) -> None:
    data = analysis.load(corpus.project)
    rows = by_concept(corpus, analysis.concept_frequencies(data, include_children=True))
    # Trust + Care: blog1 [0,20) = 20, blog2 [0,40) = 40, report [200,250) = 50
    assert (rows["Trust"].passages, rows["Trust"].documents, rows["Trust"].covered) == (5, 3, 110)
    assert rows["Care"].passages == 2  # a child is not widened by its parent


def test_concept_by_document_matrix(corpus: Corpus) -> None:
    data = analysis.load(corpus.project)
    matrix = analysis.concept_matrix(data)
    trust = corpus.ids["Trust"]
    blog1, blog2, report = (f"document:{corpus.ids[d]}" for d in ("blog1", "blog2", "report"))
    assert matrix.columns == (blog1, blog2, report)
    assert matrix.labels[blog1] == "blog1"
    assert matrix.count(trust, blog1) == 2
    assert matrix.coverage(trust, blog1) == pytest.approx(15 / 100)
    assert matrix.coverage(trust, blog2) == pytest.approx(40 / 200)
    assert matrix.count(corpus.ids["Money"], report) == 1
    assert matrix.count(corpus.ids["Conflict"], report) == 0
    table = matrix_table(data, matrix, "coverage")
    row = table.row_keys.index(trust)
    column = [c.key for c in table.columns].index(blog1)
    assert table.cell_text(row, column) == "15.0 %"


def test_concepts_by_kind_and_by_site(corpus: Corpus) -> None:
    data = analysis.load(corpus.project)
    by_kind = analysis.concept_matrix(data, by="kind")
    assert by_kind.columns == ("kind:pdf", "kind:web")
    assert by_kind.labels == {"kind:web": "Web", "kind:pdf": "PDF"}
    money = corpus.ids["Money"]
    # web: blog2 [100,120) by A and [150,160) by B, of 300 characters
    assert (by_kind.count(money, "kind:web"), by_kind.count(money, "kind:pdf")) == (2, 1)
    assert by_kind.coverage(money, "kind:web") == pytest.approx(30 / 300)
    assert by_kind.coverage(money, "kind:pdf") == pytest.approx(20 / 300)
    by_site = analysis.concept_matrix(data, by="site")
    assert by_site.columns == ("site:", "site:Blog A", "site:Blog B")
    assert by_site.labels["site:"] == "(no site)"
    assert by_site.count(corpus.ids["Trust"], "site:Blog A") == 2


def test_filters_by_kind_site_date_author_and_concept(corpus: Corpus) -> None:
    data = analysis.load(corpus.project)

    def money(flt: AnalysisFilter) -> tuple[int, float]:
        row = by_concept(corpus, analysis.concept_frequencies(flt.apply(data)))["Money"]
        return row.passages, row.coverage

    assert money(AnalysisFilter(kinds=frozenset({"web"}))) == (2, pytest.approx(30 / 300))
    assert money(AnalysisFilter(kinds=frozenset({"pdf"}))) == (1, pytest.approx(20 / 300))
    assert money(AnalysisFilter(sites=frozenset({"Blog A"}))) == (0, 0.0)
    assert money(AnalysisFilter(date_from="2025-03-01", date_to="2025-12-31")) == (
        2, pytest.approx(30 / 200))
    assert money(AnalysisFilter(date_from="2026-10-01")) == (1, pytest.approx(20 / 300))
    assert money(AnalysisFilter(authors=frozenset({"B"}))) == (1, pytest.approx(10 / TOTAL))
    shown = AnalysisFilter(concept_ids=frozenset({corpus.ids["Care"]})).apply(data)
    assert [row.concept_id for row in analysis.concept_frequencies(shown)] == [
        corpus.ids["Care"]]


def test_undated_documents_leave_when_a_date_range_is_set(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.annot") as project:
        project.add_document(document("undated", 50))
        data = analysis.load(project)
        assert len(AnalysisFilter(date_to="2030-01-01").apply(data).documents) == 0
        assert len(AnalysisFilter().apply(data).documents) == 1


def test_frequency_table_cells(corpus: Corpus) -> None:
    data = analysis.load(corpus.project)
    table = frequency_table(data, analysis.concept_frequencies(data))
    assert [c.key for c in table.columns] == [
        "concept", "passages", "documents", "characters", "coverage"]
    row = table.row_keys.index(corpus.ids["Care"])
    assert table.rows[row][0] == "Trust/Care"
    assert table.cell_text(row, 4) == f"{65 / TOTAL * 100:.1f} %"


def test_an_empty_choice_keeps_nothing(corpus: Corpus) -> None:
    data = analysis.load(corpus.project)
    nothing = AnalysisFilter(kinds=frozenset()).apply(data)
    assert (len(nothing.documents), len(nothing.annotations)) == (0, 0)
    assert AnalysisFilter(authors=frozenset()).apply(data).annotations == ()


def test_tiny_shares_are_not_shown_as_zero() -> None:
    assert format_cell(0.0004, "share") == "< 0.1 %"
    assert format_cell(0.0, "share") == "0.0 %"
    assert format_cell(-0.0001, "kappa") == "0.00"


def test_tables_written_as_csv_and_xlsx(corpus: Corpus, tmp_path: Path) -> None:
    import csv
    import zipfile

    data = analysis.load(corpus.project)
    concepts = frequency_table(data, analysis.concept_frequencies(data))
    matrix = matrix_table(data, analysis.concept_matrix(data, by="kind"), "coverage")
    write_csv(concepts, tmp_path / "c.csv")
    with (tmp_path / "c.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][0] == "Concept" and rows[1][:4] == ["Trust", "3", "2", "55"]
    write_xlsx([concepts, matrix], tmp_path / "t.xlsx")
    with zipfile.ZipFile(tmp_path / "t.xlsx") as book:
        names = book.namelist()
        workbook = book.read("xl/workbook.xml").decode()
    assert "xl/worksheets/sheet2.xml" in names
    assert 'name="Concepts"' in workbook and 'name="Concepts by document"' in workbook
