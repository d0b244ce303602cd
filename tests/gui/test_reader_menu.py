"""A right click in the reader offers the codebook: choosing a concept tags the selected
passage, as its key would; with nothing selected the concepts are offered disabled."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMenu

from annotator.gui.main_window import MainWindow
from annotator.gui.reader_menu import reader_menu
from tests.e2e.test_instant_loop import make_project


def _entries(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_a_concept_chosen_from_the_menu_tags_the_selection(qtbot, window: MainWindow,
                                                           tmp_path: Path) -> None:
    path = tmp_path / "project.annot"
    make_project(path, documents=1, highlights=0)
    assert window.open_project(path)
    qtbot.waitUntil(lambda: window.current_document_id is not None)
    project, reader = window.project, window.reader
    view = reader.text_view.text_edit
    parent = project.concepts()[3]
    concept = window.editor.add_concept("Partage d'usages", parent_id=parent.id)
    assert concept is not None
    menu = reader_menu(window, reader, view, window.window_actions._reader_actions)
    assert not menu.actions()[0].isEnabled()  # nothing selected yet
    entries = _entries(menu)
    assert "&Apply concept…" in entries and "New concept from &selection" in entries
    assert any("Copy" in entry for entry in entries)  # the view's own, below
    text = project.document(window.current_document_id).text
    start = text.index("partage")
    reader.text_view.select_range(start, start + len("partage ses usages"))
    menu = reader_menu(window, reader, view, window.window_actions._reader_actions)
    tag = menu.actions()[0].menu()
    assert menu.actions()[0].isEnabled()
    [branch] = [a.menu() for a in tag.actions() if a.menu() is not None]
    assert branch.title() == parent.name  # a concept with sub-concepts is a submenu,
    assert branch.actions()[0].text().split("\t")[0] == parent.name  # itself first
    [choice] = [a for a in branch.actions() if a.text() == concept.name]
    choice.trigger()
    [annotation] = project.annotations(document_id=window.current_document_id)
    assert (annotation.start, annotation.end) == (start, start + len("partage ses usages"))
    assert annotation.concept_ids == (concept.id,)
    assert window.editor.undo_stack.count() == 2  # the new concept, then the tag


def test_a_right_click_on_either_view_asks_for_the_menu(qtbot, window: MainWindow,
                                                        tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    from annotator.gui import reader_menu as module

    shown: list[QMenu] = []
    monkeypatch.setattr(module, "_open", shown.append)
    assert window.open_project(tmp_path / "p.annot", create=True)
    reader = window.reader
    for view in (reader.text_view.text_edit, reader.pdf_view):
        shown.clear()
        at = QPoint(20, 30)
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at,
                                  view.viewport().mapToGlobal(at))
        QApplication.sendEvent(view.viewport(), event)
        assert len(shown) == 1
        assert shown[0].actions()[0].menu() is not None  # "Tag with"

