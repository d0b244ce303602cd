"""The three panels stacked under the codebook show all their tabs at a usual window
width, the Panels menu keeping their full names."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabBar

from annotator.gui.main_window import MainWindow


def test_the_stacked_panels_tabs_all_fit_at_1366_pixels(qtbot, window: MainWindow,
                                                        tmp_path: Path) -> None:
    window.resize(1366, 740)
    assert window.open_project(tmp_path / "p.annot", create=True)
    window.show()
    qtbot.waitExposed(window)

    def stacked() -> QTabBar | None:
        bars = window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly)
        return next((bar for bar in bars if bar.count() == 3 and bar.isVisible()), None)

    qtbot.waitUntil(lambda: stacked() is not None)
    bar = stacked()
    assert [bar.tabText(i) for i in range(3)] == ["Highlights", "By concept", "Search"]
    qtbot.waitUntil(lambda: bar.tabRect(2).right() <= bar.width())  # no scroll arrows needed
    names = [action.text() for action in window.window_actions.panels_menu.actions()]
    assert "Passages by concept" in names


def test_showing_passages_by_concept_keeps_the_dock_width(qtbot, french, window: MainWindow,
                                                          tmp_path: Path) -> None:
    """Its count ("12 passages dans 3 documents") once sat beside the check box and
    widened the dock, narrowing the reader, whenever the tab was shown."""
    from tests.e2e.test_instant_loop import make_project

    path = tmp_path / "p.annot"
    make_project(path, documents=3, highlights=4)
    window.resize(1366, 740)
    assert window.open_project(path)
    window.show()
    qtbot.waitExposed(window)
    highlights, by_concept = window.docks["annotations"], window.docks["concept_view"]
    qtbot.waitUntil(lambda: highlights.isVisible() and highlights.width() > 0)
    width = highlights.width()
    by_concept.raise_()
    qtbot.waitUntil(lambda: "documents" in by_concept.widget().findChild(
        QLabel, "passageCount").text())
    assert by_concept.widget().minimumSizeHint().width() <= width
    assert by_concept.width() == width
