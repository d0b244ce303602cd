"""Krippendorff's unitized alpha: published worked examples, hand-computed cases, projects."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from annotator.core import analysis
from annotator.core.analysis.tables import agreement_table
from annotator.core.analysis.unitized_alpha import section, unitized_alpha
from annotator.core.project import Project
from tests.core.analysis_fixtures import document


def _shifted(units: list[tuple[int, int]], begin: int) -> list[tuple[int, int]]:
    """(start, length) pairs on a continuum beginning at `begin` -> [start, end) from 0."""
    return [(start - begin, start - begin + length) for start, length in units]


def test_krippendorff_2004_worked_example() -> None:
    """Content Analysis, 2nd ed. (2004), p. 254: two observers, a continuum from 150 to
    450, categories c and k. Published: c: uDo = 0.0144, uDe = 0.0532, αu = 0.7286;
    k: uDo = 0, αu = 1; both categories: αu = 0.859."""
    c = section(
        300,
        [_shifted([(225, 70), (370, 30)], 150), _shifted([(220, 80), (355, 20), (400, 20)], 150)],
    )
    k = section(300, [_shifted([(180, 60), (300, 50)], 150)] * 2)
    c_alpha, k_alpha = unitized_alpha([c]), unitized_alpha([k])
    assert c_alpha.observed == pytest.approx(0.0144, abs=0.00005)
    assert c_alpha.expected == pytest.approx(0.0532, abs=0.00005)
    assert c_alpha.alpha == pytest.approx(0.7286, abs=0.00005)
    assert k_alpha.observed == 0.0
    assert k_alpha.alpha == 1.0
    assert (c_alpha + k_alpha).alpha == pytest.approx(0.859, abs=0.0005)


@pytest.mark.parametrize(
    ("first", "second", "observed"),
    [
        # Krippendorff (1995), p. 57: pairs of observers on 24 units; uDo as published
        ([(2, 8), (14, 6)], [(4, 4), (15, 2)], 0.03125),  # Bertha, Bill
        (
            [(0, 18)],
            [(0, 2), (2, 1), (3, 1), (4, 1), (5, 1), (6, 3), (9, 1)],
            2.26736,
        ),  # John, Jill
        (
            [(2, 6), (10, 2), (14, 4), (20, 2)],
            [(0, 2), (4, 4), (10, 4), (16, 2), (20, 2)],
            0.02777,
        ),  # Gerret, Gill
        (
            [(0, 2), (2, 8), (10, 4), (14, 6), (20, 4)],
            [(0, 4), (4, 4), (8, 7), (15, 2), (17, 7)],
            0.38715,
        ),  # Heather, Hill
    ],
)
def test_krippendorff_1995_observed_disagreements(first, second, observed) -> None:
    found = unitized_alpha([section(24, [_shifted(first, 0), _shifted(second, 0)])])
    assert found.observed == pytest.approx(observed, abs=0.00001)


def test_a_passage_only_one_coder_saw() -> None:
    """Ten characters; A codes [2, 6), B nothing. By hand: the unit lies in B's gap,
    δ² = 4² = 16, uDo = 2·16 / (2·1·10²) = 0.16. uDe: one unit (l = 4, N = 1), gaps 2, 4
    (A) and 10 (B); gaps ≥ 4 give (4−4+1) + (10−4+1) = 8, so uDe = (2/10)·16·8 /
    (2·10·19 − 4·3) = 8/115, and αu = 1 − 0.16·115/8 = −1.3."""
    found = unitized_alpha([section(10, [[(2, 6)], []])])
    assert found.observed == pytest.approx(0.16)
    assert found.expected == pytest.approx(8 / 115)
    assert found.alpha == pytest.approx(-1.3)


def test_identical_passages_agree_perfectly_and_nothing_coded_is_undefined() -> None:
    assert unitized_alpha([section(40, [[(3, 9), (20, 31)]] * 2)]).alpha == 1.0
    assert unitized_alpha([section(40, [[], []])]).alpha is None
    assert unitized_alpha([]).alpha is None


def test_overlapping_passages_join_touching_ones_stay_apart() -> None:
    assert section(20, [[(0, 5), (3, 8), (8, 10), (18, 30)]]).coded == (
        [(0, 8), (8, 10), (18, 20)],
    )


def test_gaps_stop_at_the_end_of_each_document() -> None:
    """Two documents of 10 characters, A codes [2, 6) of the first: the same as the
    hand-computed case above for uDo's sum of δ² (16), but over L = 20 and with B's gap
    cut in two (10 and 10) and A's gaps 2, 4 and 10: uDo = 16/400 = 0.04;
    gaps ≥ 4 give 1 + 7 + 7 + 7 = 22, uDe = (2/20)·16·22 / (2·20·39 − 12) = 35.2/1548."""
    found = unitized_alpha([section(10, [[(2, 6)], []]), section(10, [[], []])])
    assert found.observed == pytest.approx(0.04)
    assert found.expected == pytest.approx(35.2 / 1548)


@pytest.fixture
def coded(tmp_path: Path):
    """50 characters coded with X by A ([0, 25)) and B ([0, 20), [25, 35)); Y by A alone
    ([40, 45)); Z by nobody."""
    with Project.create(tmp_path / "a.annot") as project:
        doc = project.add_document(document("fifty", 50)).document
        x, y, z = (project.add_concept(name).id for name in ("X", "Y", "Z"))
        project.annotate(doc.id, 0, 25, [x], author="A")
        project.annotate(doc.id, 0, 20, [x], author="B")
        project.annotate(doc.id, 25, 35, [x], author="B")
        project.annotate(doc.id, 40, 45, [y], author="A")
        yield project, {"X": x, "Y": y, "Z": z}


# X by hand: pairs A[0,25)-B[0,20): 0² + 5² = 25; A's gap [25,50) holds B[25,35): 10² = 100;
# uDo = 125 / 50² = 0.05. Units 25, 20, 10 (N = 3), gaps 25, 5, 15:
#   l = 25: 2·(2·25³ − 3·25² + 25)/3 + 25²·(25−24)          = 19600 + 625  = 20225
#   l = 20: 2·(2·20³ − 3·20² + 20)/3 + 20²·(25−19)          = 9880 + 2400  = 12280
#   l = 10: 2·(2·10³ − 3·10² + 10)/3 + 10²·((25−9)+(15−9)) = 1140 + 2200  = 3340
# uDe = (2/50)·35845 / (2·50·99 − (25·24 + 20·19 + 10·9)) = (2/50)·35845/8830
X_OBSERVED = Fraction(1, 20)
X_EXPECTED = Fraction(2, 50) * 35845 / 8830
# Y: A's [40,45) in B's empty document: 5² / 50² = 0.01; units 5, gaps 40, 5 (A), 50 (B)
Y_OBSERVED = Fraction(1, 100)
Y_EXPECTED = Fraction(2, 50) * 25 * ((40 - 4) + (5 - 4) + (50 - 4)) / (2 * 50 * 99 - 5 * 4)


def test_agreement_reports_alpha_per_concept_and_pooled(coded) -> None:
    project, ids = coded
    report = analysis.agreement(analysis.load(project), "A", "B")
    x, y, z = (report.alphas[ids[name]] for name in "XYZ")
    assert (x.observed, x.expected) == (
        pytest.approx(float(X_OBSERVED)),
        pytest.approx(float(X_EXPECTED)),
    )
    assert x.alpha == pytest.approx(float(1 - X_OBSERVED / X_EXPECTED))  # 0.692
    assert (y.observed, y.expected) == (
        pytest.approx(float(Y_OBSERVED)),
        pytest.approx(float(Y_EXPECTED)),
    )
    assert z.alpha is None
    pooled = 1 - (X_OBSERVED + Y_OBSERVED) / (X_EXPECTED + Y_EXPECTED)
    assert report.overall_alpha.alpha == pytest.approx(float(pooled))


def test_agreement_table_shows_alpha_next_to_kappa(coded) -> None:
    project, _ = coded
    data = analysis.load(project)
    table = agreement_table(data, analysis.agreement(data, "A", "B"))
    keys = [c.key for c in table.columns]
    assert keys.index("alpha") == keys.index("kappa") + 1
    column = keys.index("alpha")
    assert table.cell_text(0, column) == f"{float(1 - X_OBSERVED / X_EXPECTED):.2f}"
    assert table.cell_text(2, column) == "—"  # Z: nobody coded it
    assert table.rows[-1][column] is not None  # the pooled row
