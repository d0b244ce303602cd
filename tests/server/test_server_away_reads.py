"""Reads the window starts while the server is away (opening a document, listing a
concept's passages) wait for the connection, shown by the banner: no error dialog,
no traceback, and they are done once the server is back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QListView

from annotator.core.project import Project
from annotator.gui.main_window import MainWindow
from annotator.gui.panels.passage_model import PassageModel
from annotator.gui.server_session import ServerBanner
from annotator.gui.settings import AppSettings
from tests.core.conftest import text_document


def test_reads_while_the_server_is_away_wait_for_it(
    cluster, qtbot, tmp_path: Path, server_url: str, monkeypatch
) -> None:
    with Project.open(server_url) as project:
        first = project.add_document(text_document()).document
        second = project.add_document(text_document("Autre texte.", title="Autre")).document
        theme = project.add_concept("Thème")
        project.annotate(second.id, 0, 5, [theme.id])
    window = MainWindow(AppSettings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    assert window.open_project(server_url)
    assert window._server is not None and window._server.listener.wait_listening(5)
    window.open_document(first.id)
    banner = window.findChild(ServerBanner)
    shown: list[str] = []
    monkeypatch.setattr(window, "show_error", shown.append)
    cluster.stop()
    try:
        qtbot.waitUntil(lambda: banner.isVisible() and not banner.connected, timeout=5000)
        window.open_document(second.id)
        window.concept_view.show_concept(theme.id)
        window.concept_view.refresh()
        assert window.current_document_id == first.id
        # a page of passages a list shows while the server is away: empty rows
        away = PassageModel()
        away.set_passages([(1, second.id)], {}, window.project.annotations_by_id, [], [])
        assert away.passage(0) is None
    finally:
        cluster.start()
    qtbot.waitUntil(lambda: banner.connected, timeout=5000)
    qtbot.waitUntil(lambda: window.current_document_id == second.id, timeout=5000)
    window.concept_view.refresh()
    assert window.concept_view.current_concept_id() == theme.id
    assert window.concept_view.findChild(QListView).model().rowCount() == 1
    assert shown == []
    window.close()
