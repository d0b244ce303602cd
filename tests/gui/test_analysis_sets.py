"""The Analysis window and document groups: the Sets filter, concepts by a variable."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.core.analysis_fixtures import Corpus
from tests.gui.test_analysis_window import WAIT_MS, cell, corpus, recompute, window

__all__ = ["corpus", "window"]  # the fixtures this module reuses


def test_the_sets_filter_keeps_the_documents_of_the_chosen_sets(
    qtbot, window, corpus: Corpus
) -> None:
    sets = window.filters.sets
    assert sets.isHidden()  # no sets yet
    ids = corpus.ids
    made = {}
    recompute(
        qtbot,
        window,
        lambda: made.update(
            blogs=window.editor.create_set("Blogs", [ids["blog1"], ids["blog2"]]),
            report=window.editor.create_set("Rapport", [ids["report"]]),
        ),
    )
    assert sets.isVisible()
    money = ids["Money"]
    assert cell(window.frequencies.concepts, money, 1) == "3"
    recompute(qtbot, window, lambda: sets.set_selected(frozenset({made["blogs"].id})))
    assert cell(window.frequencies.concepts, money, 1) == "2"  # blog2's two, not the report's
    assert window.status.text().startswith("2 documents")
    recompute(qtbot, window, lambda: sets.set_selected(frozenset({made["report"].id})))
    assert cell(window.frequencies.concepts, money, 1) == "1"
    recompute(qtbot, window, window.filters.clear)
    assert cell(window.frequencies.concepts, money, 1) == "3"


def test_concepts_by_the_values_of_a_variable(qtbot, window, corpus: Corpus) -> None:
    ids, tab = corpus.ids, window.frequencies
    made = {}

    def define() -> None:
        made["place"] = window.editor.define_variable("Lieu", "category", ("Paris", "Lyon"))
        window.editor.set_variable_value(ids["blog1"], made["place"].id, "Paris")
        window.editor.set_variable_value(ids["report"], made["place"].id, "Lyon")

    recompute(qtbot, window, define)
    key = f"variable:{made['place'].id}"
    assert tab.columns.itemText(tab.columns.findData(key)) == "variable Lieu"
    recompute(qtbot, window, lambda: tab.columns.setCurrentIndex(tab.columns.findData(key)))
    headers = [
        tab.matrix.proxy.headerData(c, Qt.Orientation.Horizontal)
        for c in range(tab.matrix.proxy.columnCount())
    ]
    assert headers == ["Concept", "Paris", "Lyon", "(no value)"]  # the choices' order
    money, trust = ids["Money"], ids["Trust"]
    # Money: blog2's two passages have no place, the report's one is in Lyon
    assert [cell(tab.matrix, money, c) for c in (1, 2, 3)] == ["", "1", "2"]
    assert [cell(tab.matrix, trust, c) for c in (1, 2, 3)] == ["2", "", "1"]
    # a value edited in the main window is counted at once
    recompute(
        qtbot,
        window,
        lambda: window.editor.set_variable_value(ids["blog2"], made["place"].id, "Lyon"),
    )
    qtbot.waitUntil(lambda: cell(tab.matrix, money, 2) == "3", timeout=WAIT_MS)


def test_the_variables_filter_keeps_the_documents_with_the_ticked_values(
    qtbot, window, corpus: Corpus
) -> None:
    variables = window.filters.variables
    assert variables.isHidden()  # no variables yet
    ids = corpus.ids
    made = {}

    def define() -> None:
        made["place"] = window.editor.define_variable("Lieu", "category", ("Paris", "Lyon"))
        window.editor.set_variable_value(ids["blog1"], made["place"].id, "Paris")
        window.editor.set_variable_value(ids["report"], made["place"].id, "Lyon")

    recompute(qtbot, window, define)
    assert variables.isVisible()
    place, money = made["place"].id, ids["Money"]
    assert cell(window.frequencies.concepts, money, 1) == "3"
    # Lyon only: the report's one Money passage
    recompute(qtbot, window, lambda: variables.set_selected(frozenset({(place, "Lyon")})))
    assert cell(window.frequencies.concepts, money, 1) == "1"
    assert window.status.text().startswith("1 documents")
    # no value: blog2, with its two Money passages
    recompute(qtbot, window, lambda: variables.set_selected(frozenset({(place, None)})))
    assert cell(window.frequencies.concepts, money, 1) == "2"
    recompute(qtbot, window, window.filters.clear)
    assert cell(window.frequencies.concepts, money, 1) == "3"
