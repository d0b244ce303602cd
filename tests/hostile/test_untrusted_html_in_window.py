"""A saved web page full of remote resources and scripts, imported and read in the window:
nothing is fetched (a local server hears no request), no script runs or shows, and
markup in its title is shown as the text it is."""

from __future__ import annotations

import html
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QLabel

from annotator.core.project import Project
from annotator.gui.main_window import MainWindow
from tests.hostile.conftest import RecordingServer
from tests.hostile.make_corpus import SCRIPT_TEXT, hostile_html

SETTLE_S = 1.0  # how long the page is left on screen before the server is asked


def open_hostile_page(qtbot, window: MainWindow, tmp_path: Path, page: bytes) -> int:
    """Import `page` into a new project from the window; the id of the document shown."""
    project = tmp_path / "web.annot"
    Project.create(project).close()
    source = tmp_path / "page.html"
    source.write_bytes(page)
    assert window.open_project(project)
    with qtbot.waitSignal(window.importer.batchFinished, timeout=30000):
        window.importer.import_sources([str(source)])
    qtbot.waitUntil(lambda: window.reader.document is not None)
    document_id = window.reader.document.id
    window.docks["search"].raise_()
    window.search_panel.focus_search("piégée")
    window.search_panel.run_search()
    settle(qtbot)
    return document_id


def settle(qtbot) -> None:
    """Let the window paint and run its timers for SETTLE_S, the event loop turning."""
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    started = time.monotonic()
    timer.start(20)
    qtbot.waitUntil(lambda: len(ticks) > 10 and ticks[-1] - started >= SETTLE_S, timeout=10000)
    timer.stop()


def test_a_hostile_page_fetches_nothing_and_shows_no_script(
        qtbot, window: MainWindow, tmp_path: Path, recording_server: RecordingServer,
        no_network: list[str]) -> None:
    heard_before = len(recording_server.heard())
    document_id = open_hostile_page(qtbot, window, tmp_path, hostile_html(recording_server.url))

    shown = window.reader.text_view.text_edit.toPlainText()
    text = window.project.document(document_id).text
    assert "Le texte visible de la page piégée." in shown
    assert [s for s in SCRIPT_TEXT if s in text or s in shown] == []
    assert window.search_panel.isVisible()
    assert no_network == []
    assert recording_server.heard()[heard_before:] == []


def test_markup_in_a_title_is_shown_as_text(
        qtbot, window: MainWindow, tmp_path: Path, recording_server: RecordingServer,
        no_network: list[str]) -> None:
    title = f'<img src="{recording_server.url}/title.png"><b>Page</b> piégée'
    open_hostile_page(qtbot, window, tmp_path,
                      hostile_html(recording_server.url, heading=html.escape(title)))

    assert window.project.document(window.reader.document.id).title == title
    showing = [label for label in window.findChildren(QLabel) if "<b>Page</b>" in label.text()]
    assert showing
    rich = [label.text() for label in showing
            if label.textFormat() == QtGui.TextFormat.RichText
            or (label.textFormat() == QtGui.TextFormat.AutoText
                and QtGui.mightBeRichText(label.text()))]
    assert rich == []
