"""Every read the window makes while the server is away waits for it: switching
documents, searching, listing a concept's passages, the library and the codebook
counts; an undo is not shown as done, a number key says to try again. No exception
escapes, the banner shows, and once the server is back the panels read again by
themselves."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QListWidget, QMessageBox

from annotator.core.project import Project
from annotator.gui.main_window import MainWindow
from annotator.gui.server_session import ServerBanner
from annotator.gui.settings import AppSettings
from tests.core.conftest import text_document


def test_the_window_waits_for_the_server_and_reads_again_once_it_is_back(
    cluster, qtbot, tmp_path: Path, server_url: str, monkeypatch
) -> None:
    with Project.open(server_url) as project:
        first = project.add_document(text_document("Le marché du samedi.")).document
        second = project.add_document(text_document("Un autre marché.", title="Autre")).document
        theme = project.add_concept("Thème")
        project.annotate(second.id, 8, 14, [theme.id])
    window = MainWindow(AppSettings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    assert window.open_project(server_url)
    assert window._server is not None and window._server.listener.wait_listening(5)
    editor = window.editor
    assert editor is not None
    window.open_document(first.id)
    window.docks["search"].raise_()
    window.search_panel.focus_search("marché")
    hits = window.search_panel.findChild(QListWidget)
    qtbot.waitUntil(lambda: hits.count() == 2)
    passage = editor.annotate(first.id, 0, 2, (theme.id,))
    assert passage is not None and editor.undo_stack.index() == 1
    errors: list[str] = []
    monkeypatch.setattr(window, "show_error", errors.append)
    banner = window.findChild(ServerBanner)

    cluster.stop()
    try:
        qtbot.waitUntil(lambda: banner.isVisible() and not banner.connected, timeout=10000)
        window.open_document(second.id)  # waits
        window.search_panel.focus_search("samedi")  # waits; the hits shown stay
        window.docks["concept_view"].raise_()
        window.concepts_panel.conceptSelected.emit(theme.id)  # the passages of a concept
        editor.publish_everything()  # every panel reads again, as after an import
        editor.undo_stack.undo()  # not saved: the stack stays where it was
        window.coding.apply_concept_number(1)  # an action: the status bar says to try again
        assert "try again once the connection is back" in window.statusBar().currentMessage()
        assert window.current_document_id == first.id
        note = window.search_panel._error
        assert note.isVisible() and "Waiting for the server" in note.text()
        assert hits.count() == 2
        assert editor.undo_stack.index() == 1 and editor.undo_stack.canUndo()
        assert len(editor.reads) >= 3
        assert len(errors) == 1 and "this change was not saved" in errors[0]
        assert not window.findChildren(QMessageBox, "unexpectedErrorBox")
    finally:
        cluster.start()

    qtbot.waitUntil(lambda: banner.connected and not banner.isVisible(), timeout=10000)
    qtbot.waitUntil(lambda: window.current_document_id == second.id, timeout=10000)
    qtbot.waitUntil(lambda: hits.count() == 1, timeout=10000)  # "samedi": the first document
    assert not note.isVisible()
    assert window.concept_view.current_concept_id() == theme.id
    assert len(editor.reads) == 0
    # the passage the failed undo left is still there, and undo takes it back now
    assert window.project is not None and window.project.annotation(passage.id)
    editor.undo_stack.undo()
    assert editor.undo_stack.index() == 0
    assert passage.id not in {a.id for a in window.project.annotations(document_id=first.id)}
    assert len(errors) == 1  # the undo's own message, nothing else
    window.close()
