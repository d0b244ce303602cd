"""Agreement between two coders: percentage and Cohen's kappa at character level."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core import analysis
from annotator.core.analysis import Agreement
from annotator.core.analysis.tables import agreement_table, disagreement_table
from annotator.core.project import Project
from tests.core.analysis_fixtures import document


@pytest.fixture
def coded(tmp_path: Path):
    """The classic 2×2 table of 50 items (e.g. Wikipedia's "Cohen's kappa" example):
    yes/yes 20, yes/no 5, no/yes 10, no/no 15 -> po = 0.70, pe = 0.50, kappa = 0.40,
    rebuilt as the 50 characters of one document coded with concept X."""
    with Project.create(tmp_path / "k.annot") as project:
        doc = project.add_document(document("fifty", 50)).document
        only_a = project.add_document(document("other", 80)).document
        x, y, z = (project.add_concept(name).id for name in ("X", "Y", "Z"))
        project.annotate(doc.id, 0, 25, [x], author="A")  # A: 25 characters
        project.annotate(doc.id, 0, 20, [x], author="B")  # B: 20 of them...
        project.annotate(doc.id, 25, 35, [x], author="B")  # ...and 10 A left out
        project.annotate(doc.id, 40, 45, [y], author="A")  # Y: A alone, 5 characters
        project.annotate(only_a.id, 0, 80, [x], author="A")  # B never read this one
        project.annotate(doc.id, 46, 50, [x], author="C")  # a third coder, ignored
        yield project, {"X": x, "Y": y, "Z": z}, doc.id


def test_classic_two_by_two_table(coded) -> None:
    project, ids, doc_id = coded
    report = analysis.agreement(analysis.load(project), "A", "B")
    assert report.document_ids == (doc_id,)  # only documents both coded
    x = report.concepts[ids["X"]]
    assert (x.both, x.only_a, x.only_b, x.neither) == (20, 5, 10, 15)
    assert x.observed == pytest.approx(0.70)
    assert x.expected == pytest.approx(0.50)
    assert x.kappa == pytest.approx(0.40)


def test_a_concept_one_coder_never_used_has_zero_kappa(coded) -> None:
    project, ids, _ = coded
    y = analysis.agreement(analysis.load(project), "A", "B").concepts[ids["Y"]]
    assert (y.both, y.only_a, y.only_b, y.neither) == (0, 5, 0, 45)
    assert y.observed == pytest.approx(0.9)
    assert y.expected == pytest.approx(0.9)  # 0.1 × 0 + 0.9 × 1
    assert y.kappa == pytest.approx(0.0)


def test_unused_concept_has_full_agreement_and_no_kappa(coded) -> None:
    project, ids, _ = coded
    z = analysis.agreement(analysis.load(project), "A", "B").concepts[ids["Z"]]
    assert z.observed == 1.0
    assert z.kappa is None


def test_overall_pools_the_tables(coded) -> None:
    project, _, _ = coded
    overall = analysis.agreement(analysis.load(project), "A", "B").overall
    # X (20, 5, 10, 15) + Y (0, 5, 0, 45) + Z (0, 0, 0, 50)
    assert overall == Agreement(20, 10, 10, 110)
    assert overall.observed == pytest.approx(130 / 150)
    expected = (30 / 150) * (30 / 150) + (120 / 150) * (120 / 150)
    assert overall.expected == pytest.approx(expected)
    assert overall.kappa == pytest.approx((130 / 150 - expected) / (1 - expected))


def test_disagreements_gather_each_side_passages(coded) -> None:
    project, ids, _ = coded
    data = analysis.load(project)
    report = analysis.agreement(data, "A", "B")
    found = [(d.concept_id, d.start, d.end, len(d.passages_a), len(d.passages_b),
              d.only_a, d.only_b) for d in report.disagreements]
    assert found == [
        (ids["X"], 0, 25, 1, 1, 5, 0),  # A went 5 characters further
        (ids["X"], 25, 35, 0, 1, 0, 10),  # B alone
        (ids["Y"], 40, 45, 1, 0, 5, 0),  # A alone
    ]
    table = disagreement_table(data, report)
    assert table.rows[1][4] == ""  # A had nothing there
    assert table.rows[1][5] == project.document(report.document_ids[0]).text[25:35]


def test_agreement_table_has_an_overall_row(coded) -> None:
    project, _, _ = coded
    data = analysis.load(project)
    table = agreement_table(data, analysis.agreement(data, "A", "B"))
    assert table.row_keys[-1] is None
    assert table.rows[0][0] == "X"
    assert table.cell_text(0, 7) == "70.0 %"
    assert table.cell_text(0, 8) == "0.40"
    assert table.cell_text(2, 8) == "—"  # Z: kappa undefined


def test_sub_concepts_count_for_the_parent(tmp_path: Path) -> None:
    with Project.create(tmp_path / "s.annot") as project:
        doc = project.add_document(document("d", 10)).document
        parent = project.add_concept("P").id
        child = project.add_concept("C", parent_id=parent).id
        project.annotate(doc.id, 0, 5, [parent], author="A")
        project.annotate(doc.id, 0, 5, [child], author="B")
        data = analysis.load(project)
        alone = analysis.agreement(data, "A", "B").concepts[parent]
        # (0, 5, 0, 5): po = 0.5, pe = 0.5 × 0 + 0.5 × 1 = 0.5
        assert (alone.observed, alone.kappa) == (pytest.approx(0.5), pytest.approx(0.0))
        pooled = analysis.agreement(data, "A", "B", include_children=True).concepts[parent]
        assert pooled.kappa == pytest.approx(1.0)


def test_overlap_of_coded_text(coded) -> None:
    project, ids, _ = coded
    report = analysis.agreement(analysis.load(project), "A", "B")
    assert report.concepts[ids["X"]].overlap == pytest.approx(20 / 35)  # both / either
    assert report.concepts[ids["Z"]].overlap is None


def test_a_disagreement_says_what_the_other_coder_gave_instead(tmp_path: Path) -> None:
    with Project.create(tmp_path / "i.annot") as project:
        doc = project.add_document(document("d", 60)).document
        control, reputation = project.add_concept("Control").id, project.add_concept("Rep").id
        project.annotate(doc.id, 0, 30, [control], author="A")
        project.annotate(doc.id, 10, 25, [reputation], author="B")
        data = analysis.load(project)
        report = analysis.agreement(data, "A", "B")
        first, second = report.disagreements
        assert (first.concept_id, first.instead_a, first.instead_b) == (control, (), (reputation,))
        assert (second.concept_id, second.instead_a) == (reputation, (control,))
        table = disagreement_table(data, report)
        assert table.rows[0][5] == "(coded as: Rep)"
        assert table.rows[1][4] == "(coded as: Control)"
