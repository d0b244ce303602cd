"""The Coders tab leads with Krippendorff's unitized alpha and shows it per concept."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.core import analysis
from annotator.gui.analysis import AnalysisWindow
from annotator.gui.analysis.table_model import ROW_KEY_ROLE
from annotator.gui.editor import Editor
from tests.core.analysis_fixtures import build_corpus

WAIT_MS = 10_000


@pytest.fixture
def corpus(tmp_path: Path):
    built = build_corpus(tmp_path / "corpus.annot")
    yield built
    built.project.close()


def test_alpha_leads_the_coders_tab(qtbot, corpus) -> None:
    editor = Editor(corpus.project)  # the window holds it weakly
    window = AnalysisWindow(editor)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.computed, timeout=WAIT_MS):
        window.show()
    with qtbot.waitSignal(window.computed, timeout=WAIT_MS):
        window.tabs.setCurrentWidget(window.coders)
    tab = window.coders
    report = analysis.agreement(analysis.load(corpus.project), "A", "B")
    overall = report.overall_alpha.alpha
    assert overall is not None and overall < 0  # A coded alone what B left out
    headline = tab.headline.text()
    assert headline.startswith(
        f"Krippendorff's alpha over all concepts: <b>{overall:.2f}</b> (not reliable)"
    )
    model = tab.agreement.proxy
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = headers.index("Alpha (unitized)")
    assert headers[column - 1] == "Kappa"
    money = corpus.ids["Money"]
    shown = {
        model.index(r, 0).data(ROW_KEY_ROLE): model.index(r, column).data()
        for r in range(model.rowCount())
    }
    assert shown[money] == f"{report.alphas[money].alpha:.2f}"
    assert shown[corpus.ids["Care"]] == "—"  # nobody coded it in blog2
    window.close()
