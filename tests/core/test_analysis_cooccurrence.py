"""Co-occurrence: overlapping, nearby and same-paragraph passages, and the pairs behind a cell."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core import analysis
from annotator.core.analysis.tables import cooccurrence_table
from annotator.core.model import StyleSpan
from annotator.core.project import Project
from tests.core.analysis_fixtures import document

# Two paragraphs: [0, 40) and [41, 100)
SPANS = (StyleSpan(0, 40, "p"), StyleSpan(41, 100, "p"))


@pytest.fixture
def coded(tmp_path: Path):
    """p1 [0,10) Trust, p2 [5,20) Care, p3 [25,30) Conflict, p4 [50,60) Conflict+Money."""
    with Project.create(tmp_path / "c.annot", author="A") as project:
        doc = project.add_document(document("essay", 100, kind="text", spans=SPANS)).document
        trust = project.add_concept("Trust").id
        ids = {"Trust": trust, "Care": project.add_concept("Care", parent_id=trust).id,
               "Conflict": project.add_concept("Conflict").id,
               "Money": project.add_concept("Money").id}
        passages = {
            "p1": project.annotate(doc.id, 0, 10, [ids["Trust"]]),
            "p2": project.annotate(doc.id, 5, 20, [ids["Care"]]),
            "p3": project.annotate(doc.id, 25, 30, [ids["Conflict"]]),
            "p4": project.annotate(doc.id, 50, 60, [ids["Conflict"], ids["Money"]]),
        }
        yield project, ids, passages


def counts(matrix, ids) -> dict[tuple[str, str], int]:
    names = sorted(ids)
    return {(a, b): matrix.count(ids[a], ids[b]) for a in names for b in names
            if a < b and matrix.count(ids[a], ids[b])}


def test_overlap_and_same_passage(coded) -> None:
    project, ids, passages = coded
    matrix = analysis.cooccurrence(analysis.load(project))
    assert counts(matrix, ids) == {("Care", "Trust"): 1, ("Conflict", "Money"): 1}
    assert matrix.count(ids["Trust"], ids["Care"]) == matrix.count(ids["Care"], ids["Trust"])


def test_within_n_characters(coded) -> None:
    project, ids, _ = coded
    data = analysis.load(project)
    # p2 ends at 20, p3 starts at 25: 5 characters apart
    near = analysis.cooccurrence(data, mode="within", within=5)
    assert counts(near, ids) == {("Care", "Conflict"): 1, ("Care", "Trust"): 1,
                                 ("Conflict", "Money"): 1}
    assert analysis.cooccurrence(data, mode="within", within=4).count(
        ids["Care"], ids["Conflict"]) == 0
    # p1 ends at 10: 15 characters before p3
    assert analysis.cooccurrence(data, mode="within", within=15).count(
        ids["Trust"], ids["Conflict"]) == 1


def test_same_paragraph(coded) -> None:
    project, ids, _ = coded
    matrix = analysis.cooccurrence(analysis.load(project, paragraphs=True), mode="paragraph")
    assert counts(matrix, ids) == {("Care", "Conflict"): 1, ("Care", "Trust"): 1,
                                   ("Conflict", "Trust"): 1, ("Conflict", "Money"): 1}


def test_pairs_behind_a_cell_are_oriented_like_the_cell(coded) -> None:
    project, ids, passages = coded
    matrix = analysis.cooccurrence(analysis.load(project))
    [pair] = matrix.pairs(ids["Trust"], ids["Care"])
    assert (pair.first.id, pair.second.id) == (passages["p1"].id, passages["p2"].id)
    [flipped] = matrix.pairs(ids["Care"], ids["Trust"])
    assert (flipped.first.id, flipped.second.id) == (passages["p2"].id, passages["p1"].id)
    [same] = matrix.pairs(ids["Money"], ids["Conflict"])
    assert same.same_passage and same.first.id == passages["p4"].id


def test_with_sub_concepts_a_parent_does_not_co_occur_with_its_child(coded) -> None:
    project, ids, _ = coded
    data = analysis.load(project)
    matrix = analysis.cooccurrence(data, mode="within", within=5, include_children=True)
    assert matrix.count(ids["Trust"], ids["Care"]) == 0
    # p2 (Care, so Trust too) is 5 characters from p3 (Conflict)
    assert matrix.count(ids["Trust"], ids["Conflict"]) == 1
    assert matrix.count(ids["Care"], ids["Conflict"]) == 1


def test_table_has_an_empty_diagonal(coded) -> None:
    project, ids, _ = coded
    data = analysis.load(project)
    table = cooccurrence_table(data, analysis.cooccurrence(data))
    row = table.row_keys.index(ids["Money"])
    assert table.rows[row][1 + row] is None
    assert table.cell_text(row, 1 + row) == "—"
    assert table.rows[row][1 + table.row_keys.index(ids["Conflict"])] == 1


def test_unknown_mode_is_refused(coded) -> None:
    project, _, _ = coded
    with pytest.raises(ValueError):
        analysis.cooccurrence(analysis.load(project), mode="sentence")  # type: ignore[arg-type]
