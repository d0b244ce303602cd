"""Repeated concept keys read neither the concept of the key, its path nor the new
highlight back from the project; a change of the codebook is seen at the next press."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from annotator.gui.main_window import MainWindow
from tests.e2e.test_instant_loop import make_project


def _press_on(qtbot, window: MainWindow, at: int, statements: list[str]) -> str:
    """Key 1 on a passage after `at`; the status bar's message."""
    view = window.reader.text_view
    text = window.project.document(window.current_document_id).text
    start = text.index("partage", at)
    view.select_range(start, start + len("partage ses usages"))
    statements.clear()
    qtbot.keyClick(view, Qt.Key.Key_1)
    qtbot.wait(1)
    return window.statusBar().currentMessage()


def test_keys_read_the_codebook_once_until_it_changes(qtbot, window: MainWindow,
                                                     tmp_path: Path) -> None:
    path = tmp_path / "project.annot"
    make_project(path, documents=2, highlights=20)
    assert window.open_project(path)
    qtbot.waitUntil(lambda: window.current_document_id is not None)
    window.activateWindow()
    window.reader.text_view.setFocus()
    statements: list[str] = []
    window.project._store._conn.set_trace_callback(statements.append)
    first = _press_on(qtbot, window, 5000, statements)
    second = _press_on(qtbot, window, 10000, statements)
    assert first == second == "Tagged “Concept 0”"
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert not [s for s in selects if "FROM concepts" in s]
    assert not [s for s in selects if "FROM annotations a WHERE a.id IN" in s]
    concept = window.project.concept_for_key("1")
    assert concept is not None
    assert window.editor.rename_concept(concept.id, "Partage")
    assert _press_on(qtbot, window, 15000, statements) == "Tagged “Partage”"
    assert window.editor.set_concept_key(concept.id, "")
    window.reader.text_view.setFocus()
    message = _press_on(qtbot, window, 20000, statements)
    assert message == "No concept has the key 1 yet"
    window.project._store._conn.set_trace_callback(None)

