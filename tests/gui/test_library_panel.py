"""The Library panel: rows, filter, opening, removing with confirmation and undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QTreeView

from annotator.core.importing.base import ImportedDocument
from annotator.core.model import Page
from annotator.core.project import Project
from annotator.gui.editor import Editor
from annotator.gui.panels.library import LibraryPanel
from annotator.gui.panels.library_model import ANNOTATIONS, PAGES, SOURCE, TITLE

TEXT = "Une communauté en ligne vit de la participation de ses membres. " * 5


def _add(project: Project, title: str, kind: str, metadata: dict, pages: int = 0) -> int:
    page_list = tuple(Page(n + 1, 595, 842, 0, len(TEXT)) for n in range(pages))
    imported = ImportedDocument(
        title=title, kind=kind, source=f"/data/{title}.{kind}", text=TEXT,
        original=title.encode(), media_type="text/plain", metadata=metadata, pages=page_list)
    return project.add_document(imported).document.id


@pytest.fixture
def editor(tmp_path: Path) -> Editor:
    project = Project.create(tmp_path / "p.annot", author="tester")
    report = _add(project, "Rapport sur la modération", "pdf", {"author": "Claire Dubois"}, 3)
    blog = _add(project, "Why communities fail", "web", {"site": "Medium", "author": "Jon"})
    _add(project, "Entretien 7", "text", {})
    for start in (0, 10, 20):
        project.annotate(report, start, start + 5)
    project.annotate(blog, 0, 5)
    return Editor(project)


@pytest.fixture
def panel(qtbot, editor: Editor) -> LibraryPanel:
    widget = LibraryPanel(editor)
    qtbot.addWidget(widget)
    widget.resize(420, 300)
    widget.show()
    return widget


def _view(panel: LibraryPanel) -> QTreeView:
    return panel.findChild(QTreeView)


def _rows(panel: LibraryPanel) -> list[tuple[str, str, str, str]]:
    model = _view(panel).model()
    return [
        tuple(model.index(row, column).data() or "" for column in (TITLE, SOURCE, ANNOTATIONS,
                                                                   PAGES))
        for row in range(model.rowCount())
    ]


def _row_of(panel: LibraryPanel, title: str) -> int:
    return [row[0] for row in _rows(panel)].index(title)


def test_rows_show_each_document_with_its_counts(panel: LibraryPanel) -> None:
    assert _rows(panel) == [
        ("Entretien 7", "", "", ""),
        ("Rapport sur la modération", "Claire Dubois", "3", "3"),
        ("Why communities fail", "Medium · Jon", "1", ""),
    ]


def test_sorting_by_annotation_count(panel: LibraryPanel) -> None:
    _view(panel).sortByColumn(ANNOTATIONS, Qt.SortOrder.DescendingOrder)
    assert [row[0] for row in _rows(panel)][:2] == [
        "Rapport sur la modération", "Why communities fail"]


def test_filter_narrows_rows_ignoring_accents(qtbot, panel: LibraryPanel) -> None:
    filter_edit = panel.findChild(type(panel._filter))
    filter_edit.setFocus()
    qtbot.keyClicks(filter_edit, "moderation")
    assert [row[0] for row in _rows(panel)] == ["Rapport sur la modération"]
    filter_edit.clear()
    qtbot.keyClicks(filter_edit, "medium")  # the site
    assert [row[0] for row in _rows(panel)] == ["Why communities fail"]
    filter_edit.clear()
    assert len(_rows(panel)) == 3


def test_ctrl_f_focuses_the_filter(qtbot, panel: LibraryPanel) -> None:
    view = _view(panel)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert panel._filter.hasFocus()


def test_click_and_enter_activate_a_document(qtbot, panel: LibraryPanel, editor: Editor) -> None:
    view = _view(panel)
    report = next(d.id for d in editor.project.documents() if d.kind == "pdf")
    rect = view.visualRect(view.model().index(_row_of(panel, "Rapport sur la modération"), 0))
    with qtbot.waitSignal(panel.documentActivated) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [report]

    blog = next(d.id for d in editor.project.documents() if d.kind == "web")
    panel.select_document(blog)
    view.setFocus()
    with qtbot.waitSignal(panel.documentActivated) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [blog]


def test_enter_in_filter_opens_the_first_match(qtbot, panel: LibraryPanel, editor: Editor) -> None:
    panel._filter.setFocus()
    qtbot.keyClicks(panel._filter, "entretien")
    with qtbot.waitSignal(panel.documentActivated) as blocker:
        qtbot.keyClick(panel._filter, Qt.Key.Key_Return)
    entretien = next(d.id for d in editor.project.documents() if d.kind == "text")
    assert blocker.args == [entretien]


def test_remove_asks_then_removes_and_undo_restores(
    qtbot, panel: LibraryPanel, editor: Editor, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer_yes(_parent, _title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    report = next(d.id for d in editor.project.documents() if d.kind == "pdf")
    panel.select_document(report)
    view = _view(panel)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)

    assert "Rapport sur la modération" in asked[0]
    assert "3 annotations" in asked[0]
    assert [row[0] for row in _rows(panel)] == ["Entretien 7", "Why communities fail"]
    assert len(editor.project.annotations()) == 1

    editor.undo_stack.undo()
    assert "Rapport sur la modération" in [row[0] for row in _rows(panel)]
    assert len(editor.project.annotations()) == 4


def test_remove_cancelled_keeps_the_document(
    panel: LibraryPanel, editor: Editor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: QMessageBox.StandardButton.Cancel)
    report = next(d.id for d in editor.project.documents() if d.kind == "pdf")
    assert not panel.remove_document(report)
    assert len(_rows(panel)) == 3


def test_context_menu_offers_open_properties_sets_and_remove(qtbot, panel: LibraryPanel) -> None:
    shown: list[list[str]] = []
    tries = iter(range(200))

    def read_and_close_menu() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            if next(tries, None) is not None:
                QTimer.singleShot(10, read_and_close_menu)
            return
        shown.append([action.text() for action in menu.actions() if not action.isSeparator()])
        menu.close()

    view = _view(panel)
    rect = view.visualRect(view.model().index(0, 0))
    QTimer.singleShot(0, read_and_close_menu)
    view.customContextMenuRequested.emit(rect.center())
    assert shown == [["Open", "Properties…", "Add to Set", "Remove from Project…"]]


def test_refresh_keeps_the_selection(panel: LibraryPanel, editor: Editor) -> None:
    blog = next(d.id for d in editor.project.documents() if d.kind == "web")
    panel.select_document(blog)
    editor.annotate(blog, 30, 40)
    assert panel.selected_document_id() == blog
    assert _rows(panel)[_row_of(panel, "Why communities fail")][2] == "2"


def test_empty_project_shows_an_import_invitation(qtbot, tmp_path: Path) -> None:
    panel = LibraryPanel(Editor(Project.create(tmp_path / "empty.annot")))
    qtbot.addWidget(panel)
    panel.show()
    message = panel._message
    assert message.isVisible()
    assert "No documents yet" in message.text()
    with qtbot.waitSignal(panel.importRequested):
        message.linkActivated.emit("import")
    with qtbot.waitSignal(panel.importRequested):
        qtbot.mouseClick(panel._import, Qt.MouseButton.LeftButton)
