"""The Analysis window on a hand-built project: figures, filters, the passages behind a cell."""

from __future__ import annotations

import gc
import weakref
import zipfile
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt

from annotator.core.project import Project
from annotator.gui.analysis import AnalysisWindow
from annotator.gui.analysis.cooccurrence_tab import PASSAGE_ROLE
from annotator.gui.analysis.table_model import ROW_KEY_ROLE
from annotator.gui.editor import Editor
from tests.core.analysis_fixtures import Corpus, build_corpus
from tests.core.test_analysis_worker import set_part_rows

WAIT_MS = 10_000


@pytest.fixture
def corpus(tmp_path: Path):
    built = build_corpus(tmp_path / "corpus.annot")
    yield built
    built.project.close()


@pytest.fixture
def window(qtbot, corpus: Corpus):
    editor = Editor(corpus.project)
    shown = AnalysisWindow(editor)
    qtbot.addWidget(shown)
    shown.resize(1200, 700)
    with qtbot.waitSignal(shown.computed, timeout=WAIT_MS):
        shown.show()
    yield shown
    shown.close()


def recompute(qtbot, window: AnalysisWindow, change) -> None:
    with qtbot.waitSignal(window.computed, timeout=WAIT_MS):
        change()


def cell(pane, row_key, column: int) -> str:
    """The text shown in the cell of the row whose key is `row_key`."""
    model = pane.proxy
    for row in range(model.rowCount()):
        if model.index(row, 0).data(ROW_KEY_ROLE) == row_key:
            return model.index(row, column).data()
    raise AssertionError(f"no row {row_key}")


def test_frequencies_show_passages_documents_and_share(window, corpus: Corpus) -> None:
    pane = window.frequencies.concepts
    trust = corpus.ids["Trust"]
    assert [cell(pane, trust, c) for c in range(5)] == ["Trust", "3", "2", "55", "9.2 %"]
    assert window.status.text().startswith("3 documents, 9 passages")


def test_matrix_by_kind_with_coverage(qtbot, window, corpus: Corpus) -> None:
    tab = window.frequencies
    recompute(qtbot, window, lambda: tab.columns.setCurrentIndex(tab.columns.findData("kind")))
    recompute(qtbot, window, lambda: tab.values.setCurrentIndex(tab.values.findData("coverage")))
    headers = [tab.matrix.proxy.headerData(c, Qt.Orientation.Horizontal)
               for c in range(tab.matrix.proxy.columnCount())]
    assert headers == ["Concept", "PDF", "Web"]
    money = corpus.ids["Money"]
    assert (cell(tab.matrix, money, 1), cell(tab.matrix, money, 2)) == ("6.7 %", "10.0 %")


def test_filters_apply_to_every_view(qtbot, window, corpus: Corpus) -> None:
    recompute(qtbot, window, lambda: window.filters.kinds.set_selected(frozenset({"pdf"})))
    assert cell(window.frequencies.concepts, corpus.ids["Money"], 1) == "1"
    assert window.filters.kinds.text().endswith("1 of 2")
    recompute(qtbot, window, lambda: window.filters.sub_concepts.setChecked(True))
    assert cell(window.frequencies.concepts, corpus.ids["Trust"], 1) == "1"  # report's Care
    recompute(qtbot, window, window.filters.clear)
    assert cell(window.frequencies.concepts, corpus.ids["Money"], 1) == "3"


def test_clicking_a_cell_lists_its_passages_and_opens_one(qtbot, window, corpus) -> None:
    recompute(qtbot, window, lambda: window.tabs.setCurrentWidget(window.cooccurrence))
    tab = window.cooccurrence
    trust, conflict = corpus.ids["Trust"], corpus.ids["Conflict"]
    assert cell(tab.matrix, conflict, 1) == "1"  # blog2 [0,40) carries both
    index = tab.matrix.index_of(trust, f"concept:{conflict}")
    with qtbot.waitSignal(tab.pairsListed, timeout=WAIT_MS):  # the pairs stay in the worker
        qtbot.mouseClick(tab.matrix.view.viewport(), Qt.MouseButton.LeftButton,
                         pos=tab.matrix.view.visualRect(index).center())
    assert tab.pairs.topLevelItemCount() == 1
    pair = tab.pairs.topLevelItem(0)
    assert pair.text(0) == "1. blog2"
    [passage] = [pair.child(i) for i in range(pair.childCount())]  # one passage, both tags
    blog2 = corpus.ids["blog2"]
    expected = next(a for a in corpus.project.annotations(document_id=blog2)
                    if set(a.concept_ids) == {trust, conflict})
    assert passage.data(0, PASSAGE_ROLE) == (blog2, expected.id)
    with qtbot.waitSignal(window.passageActivated) as opened:
        rect = tab.pairs.visualItemRect(passage)
        qtbot.mouseClick(tab.pairs.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [blog2, expected.id]


def test_within_distance_lists_both_passages(qtbot, window, corpus) -> None:
    recompute(qtbot, window, lambda: window.tabs.setCurrentWidget(window.cooccurrence))
    tab = window.cooccurrence
    recompute(qtbot, window, lambda: tab.mode.setCurrentIndex(tab.mode.findData("within")))
    recompute(qtbot, window, lambda: tab.distance.setValue(30))
    care, conflict = corpus.ids["Care"], corpus.ids["Conflict"]
    with qtbot.waitSignal(tab.pairsListed, timeout=WAIT_MS):
        tab.choose_cell(care, conflict)
    pair = tab.pairs.topLevelItem(0)
    quotes = [pair.child(i).data(0, PASSAGE_ROLE) for i in range(pair.childCount())]
    blog1 = corpus.ids["blog1"]
    by_start = {a.start: a.id for a in corpus.project.annotations(document_id=blog1)}
    assert quotes == [(blog1, by_start[5]), (blog1, by_start[50])]  # Care first, as the row
    assert pair.child(0).text(1) == "Trust/Care"


def test_coders_agreement_and_disagreements(qtbot, window, corpus) -> None:
    recompute(qtbot, window, lambda: window.tabs.setCurrentWidget(window.coders))
    tab = window.coders
    assert tab.coders() == ("A", "B")
    # only blog2 was coded by both; Money: A [100,120), B [150,160) of 200 characters
    money = corpus.ids["Money"]
    assert [cell(tab.agreement, money, c) for c in (1, 2, 3, 6)] == ["20", "10", "0", "170"]
    assert cell(tab.agreement, money, 7) == "85.0 %"
    assert "both coded <b>1</b> of 3 documents" in tab.summary.text()
    # blog2: A alone on [0,40) (Trust, Conflict); Money: A [100,120), then B [150,160)
    shown = tab.disagreements.proxy
    rows = [[shown.index(r, c).data() for c in (1, 4, 5)] for r in range(shown.rowCount())]
    text = corpus.project.document(corpus.ids["blog2"]).text
    assert rows == [["Trust", text[0:40], ""],
                    ["Conflict", text[0:40], ""],
                    ["Money", text[100:120], ""],
                    ["Money", "", text[150:160]]]
    with qtbot.waitSignal(window.passageActivated) as opened:
        tab.disagreements.cellChosen.emit(3, "passage_b")
    b_passage = next(a for a in corpus.project.annotations() if a.author == "B")
    assert opened.args == [corpus.ids["blog2"], b_passage.id]


def test_charts_save_png_and_svg(qtbot, window, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage
    from PySide6.QtSvg import QSvgRenderer

    from annotator.gui.analysis.charts import save_chart

    recompute(qtbot, window, lambda: window.tabs.setCurrentWidget(window.charts))
    charts = window.charts
    assert charts.bars.categories == ["Trust", "Care", "Conflict", "Money"]
    assert charts.bars.series[0].values == (3.0, 2.0, 2.0, 3.0)
    save_chart(charts.bars, tmp_path / "bars.png")
    image = QImage(str(tmp_path / "bars.png"))
    assert image.width() >= 2 * 700 and not image.isNull()
    recompute(qtbot, window, lambda: charts.kind.setCurrentIndex(1))
    assert charts.heatmap.values[2][0] == 1  # Conflict with Trust
    save_chart(charts.heatmap, tmp_path / "heat.svg")
    assert QSvgRenderer(str(tmp_path / "heat.svg")).isValid()


def test_an_edit_in_the_main_window_is_shown(qtbot, window, corpus) -> None:
    editor = window.editor
    recompute(qtbot, window, lambda: editor.annotate(corpus.ids["report"], 100, 110,
                                                     (corpus.ids["Money"],)))
    assert cell(window.frequencies.concepts, corpus.ids["Money"], 1) == "4"


def test_closing_the_project_closes_the_window(qtbot, tmp_path: Path) -> None:
    project = Project.create(tmp_path / "p.annot")
    editor = Editor(project)
    shown = AnalysisWindow(editor)  # deleted with the editor, so not given to qtbot
    with qtbot.waitSignal(shown.computed, timeout=WAIT_MS):
        shown.show()
    editor.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(shown), timeout=WAIT_MS)
    project.close()


def test_export_buttons_write_tables_and_charts(qtbot, window, tmp_path: Path,
                                                monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from annotator.gui.analysis.labels import tr

    answers = iter([(str(tmp_path / "concepts"), tr("CSV table (*.csv)")),
                    (str(tmp_path / "both.xlsx"), tr("Excel workbook (*.xlsx)")),
                    (str(tmp_path / "chart"), tr("SVG drawing (*.svg)"))])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: next(answers))
    qtbot.mouseClick(window.frequencies.concepts.export_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "concepts.csv").read_text(encoding="utf-8-sig").startswith(
        "Concept,Passages,Documents")
    recompute(qtbot, window, lambda: window.tabs.setCurrentWidget(window.coders))
    qtbot.mouseClick(window.coders.agreement.export_button, Qt.MouseButton.LeftButton)
    with zipfile.ZipFile(tmp_path / "both.xlsx") as book:  # agreement and disagreements
        assert "xl/worksheets/sheet2.xml" in book.namelist()
    recompute(qtbot, window, lambda: window.tabs.setCurrentWidget(window.charts))
    qtbot.mouseClick(window.charts.save, Qt.MouseButton.LeftButton)
    assert (tmp_path / "chart.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_closing_the_window_stops_its_worker_and_lets_its_data_go(qtbot, tmp_path: Path) -> None:
    """The snapshot lives in the worker process: closing ends it; what was shown is freed."""
    built = build_corpus(tmp_path / "closing.annot")
    editor = Editor(built.project)
    shown = AnalysisWindow(editor)
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.computed, timeout=WAIT_MS):
        shown.show()
    process = shown.worker.process
    assert process is not None and process.is_alive()
    recompute(qtbot, shown, lambda: shown.tabs.setCurrentWidget(shown.cooccurrence))
    tab = shown.cooccurrence
    with qtbot.waitSignal(tab.pairsListed, timeout=WAIT_MS):
        tab.choose_cell(built.ids["Trust"], built.ids["Conflict"])
    figures = weakref.ref(tab.matrix.model.table)
    data = weakref.ref(shown.data)
    shown.close()
    gc.collect()
    assert not process.is_alive()
    assert shown.worker.process is None
    assert data() is None and figures() is None
    assert tab.pairs.topLevelItemCount() == 0
    with qtbot.waitSignal(shown.computed, timeout=WAIT_MS):  # shown again: computed again
        shown.show()
    assert cell(shown.cooccurrence.matrix, built.ids["Conflict"], 1) == "1"
    shown.close()
    built.project.close()


def test_disagreements_arriving_in_pieces_are_all_listed(qtbot, window, corpus) -> None:
    """A long answer comes in pieces read between events; the table is whole at the end."""
    answers = []
    window.worker.request(answers.append, answers.append, set_part_rows, 1)
    qtbot.waitUntil(lambda: answers == [None], timeout=WAIT_MS)
    recompute(qtbot, window, lambda: window.tabs.setCurrentWidget(window.coders))
    shown = window.coders.disagreements.proxy
    assert shown.rowCount() == 4
    assert [shown.index(r, 5).data() for r in range(4)][-1] != ""  # B's passage, last row
    with qtbot.waitSignal(window.passageActivated) as opened:
        window.coders.disagreements.cellChosen.emit(3, "passage_b")
    b_passage = next(a for a in corpus.project.annotations() if a.author == "B")
    assert opened.args == [corpus.ids["blog2"], b_passage.id]
