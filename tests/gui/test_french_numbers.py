"""Figures in the user's language: a decimal comma in French, in the Analysis window's
tables and in the coder agreement, which leads with kappa and says why."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from annotator.gui.analysis import AnalysisWindow
from annotator.gui.editor import Editor
from annotator.gui.numbers import count, decimal, percent, shown_cell
from tests.gui import test_analysis_window
from tests.gui.test_analysis_window import WAIT_MS, cell, recompute

corpus = test_analysis_window.corpus


@pytest.fixture
def french() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def window(qtbot, corpus, french) -> Iterator[AnalysisWindow]:
    editor = Editor(corpus.project)  # the window holds it weakly
    shown = AnalysisWindow(editor)
    qtbot.addWidget(shown)
    shown.resize(1200, 700)
    with qtbot.waitSignal(shown.computed, timeout=WAIT_MS):
        shown.show()
    yield shown
    shown.close()


def test_numbers_follow_the_locale(french) -> None:
    assert percent(0.0917) == "9,2 %"
    assert percent(0.0001) == "< 0,1 %"
    assert decimal(0.8249, 2) == "0,82"
    assert decimal(-0.001, 2) == "0,00"  # never "-0,00"
    assert count(12345).replace("\u202f", " ").replace("\xa0", " ") == "12 345"
    assert shown_cell(0.5, "kappa") == "0,50"
    assert shown_cell(None, "share") == "—"
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert percent(0.0917) == "9.2 %" and decimal(0.8249, 2) == "0.82"


def test_the_analysis_window_writes_french_figures(qtbot, window, corpus) -> None:
    pane = window.frequencies.concepts
    trust = corpus.ids["Trust"]
    assert [cell(pane, trust, c) for c in range(5)] == ["Trust", "3", "2", "55", "9,2 %"]


def test_agreement_leads_with_kappa_and_says_why(qtbot, window, corpus) -> None:
    recompute(qtbot, window, lambda: window.tabs.setCurrentWidget(window.coders))
    summary = window.coders.summary.text()
    assert summary.index("kappa") < summary.index("raw agreement")
    assert "neither coded" in summary
    assert "." not in summary.split("kappa is <b>")[1].split("</b>")[0]  # 0,xx
