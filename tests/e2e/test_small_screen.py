"""The window on a 1024×600 laptop: everything fits, the reader keeps most of the width,
titles stay readable, and a resize keeps the reading place."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabBar, QToolBar, QToolButton, QWidget

from annotator.core.importing import import_source
from annotator.core.project import Project
from annotator.gui.analysis import AnalysisWindow
from annotator.gui.main_window import MainWindow
from tests.gui.test_keyboard_loop import press

SMALL = (1024, 600)
PARAGRAPH = (
    "Les modérateurs bénévoles racontent leurs soirées passées à répondre aux "
    "nouveaux venus et à calmer les fils de discussion trop longs. "
)


@pytest.fixture
def study(tmp_path: Path) -> Path:
    notes = tmp_path / "entretiens-moderateurs-forum-communautaire.md"
    notes.write_text("\n\n".join(f"{n}. {PARAGRAPH * 4}" for n in range(300)), encoding="utf-8")
    path = tmp_path / "study.annot"
    with Project.create(path) as project:
        project.add_concept("Communauté")
        project.add_document(import_source(str(notes)))
    return path


def settle(qtbot, window: MainWindow, size: tuple[int, int]) -> None:
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    QApplication.processEvents()


def open_study(qtbot, window: MainWindow, study: Path) -> None:
    assert window.open_project(study)
    [document] = window.project.documents()
    window.open_document(document.id)
    qtbot.waitUntil(lambda: window.reader.document is not None)


def test_everything_fits_at_1024_by_600(qtbot, window: MainWindow, study: Path) -> None:
    open_study(qtbot, window, study)
    settle(qtbot, window, SMALL)
    width, height = SMALL
    assert window.minimumSizeHint().width() <= width
    assert window.minimumSizeHint().height() <= height
    too_big = [
        w
        for w in window.findChildren(QWidget)
        if w.isVisible()
        and w.window() is window
        and (w.minimumSizeHint().width() > width or w.minimumSizeHint().height() > height)
    ]
    assert too_big == []
    assert window.reader.width() >= 0.55 * width, window.reader.width()
    # every menu title and every tool button in view
    bar = window.menuBar()
    for action in bar.actions():
        assert bar.actionGeometry(action).right() <= bar.width(), action.text()
    for toolbar in window.findChildren(QToolBar):
        if not toolbar.isVisible():
            continue
        extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        for action in toolbar.actions():
            if action.isVisible() and not action.isSeparator():
                button = toolbar.widgetForAction(action)
                shown = button is not None and button.isVisible()
                # a tool button that does not fit is in the toolbar's » menu
                assert shown or (extension is not None and extension.isVisible()), action.text()


def test_the_library_gives_titles_the_room(qtbot, window: MainWindow, study: Path) -> None:
    open_study(qtbot, window, study)
    settle(qtbot, window, SMALL)
    view = window.library._view
    title = view.header().sectionSize(0)
    assert title >= 0.5 * view.viewport().width(), title
    settle(qtbot, window, (1600, 900))
    assert view.header().sectionSize(0) >= title


def test_a_resize_keeps_the_first_visible_character(qtbot, window: MainWindow, study: Path) -> None:
    open_study(qtbot, window, study)
    reader = window.reader
    text = window.project.document(reader.document.id).text
    target = text.index("150. ")
    reader.viewer.set_position(target)
    before = reader.position()
    assert abs(before - target) < 200
    for size in (SMALL, (1366, 768), (800, 600), (1600, 900)):
        settle(qtbot, window, size)
        after = reader.position()
        assert abs(after - target) < 200, (size, text[after : after + 40])


def test_the_analysis_window_fits_at_1024_by_600(qtbot, window: MainWindow, study: Path) -> None:
    open_study(qtbot, window, study)
    analysis = AnalysisWindow(window.editor)
    qtbot.addWidget(analysis)
    analysis.resize(*SMALL)
    with qtbot.waitSignal(analysis.computed, timeout=10000):
        analysis.show()
    hint = analysis.minimumSizeHint()
    assert hint.width() <= SMALL[0] and hint.height() <= SMALL[1]
    analysis.close()


def test_the_keyboard_still_reaches_every_panel_when_small(
    qtbot, window: MainWindow, study: Path
) -> None:
    open_study(qtbot, window, study)
    settle(qtbot, window, SMALL)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.library._view.setFocus()
    for _ in range(5):
        press(qtbot, Qt.Key.Key_F6)
        focus = QApplication.focusWidget()
        assert focus is not None and focus.isVisible() and focus.width() > 0


def test_stacked_panels_show_whole_tab_titles(qtbot, window: MainWindow, study: Path) -> None:
    open_study(qtbot, window, study)
    settle(qtbot, window, SMALL)
    bars = window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly)
    titles = {window.docks[k].windowTitle() for k in ("annotations", "concept_view", "search")}
    [bar] = [
        b for b in bars if b.isVisible() and {b.tabText(i) for i in range(b.count())} == titles
    ]
    qtbot.waitUntil(lambda: bar.elideMode() == Qt.TextElideMode.ElideNone)
    assert bar.usesScrollButtons()
    for index in range(bar.count()):  # each tab as wide as its whole title
        needed = bar.fontMetrics().horizontalAdvance(bar.tabText(index))
        assert bar.tabRect(index).width() >= needed, bar.tabText(index)
