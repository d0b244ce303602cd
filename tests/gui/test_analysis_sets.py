"""The Analysis window's Sets filter: only the documents of the chosen document sets."""

from __future__ import annotations

from tests.core.analysis_fixtures import Corpus
from tests.gui.test_analysis_window import cell, corpus, recompute, window

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
