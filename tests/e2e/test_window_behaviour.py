"""Window behaviours a user relies on: drops, crash reports, reopening where they were."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator.gui.app import log_file, report_unexpected
from annotator.gui.main_window import MainWindow, dropped_sources
from annotator.gui.settings import AppSettings
from tests.e2e.test_coding_loop import import_and_wait


def test_dropped_files_and_links_are_imported(qtbot, window: MainWindow, tmp_path: Path,
                                              html_dir: Path) -> None:
    assert window.open_project(tmp_path / "p.annot", create=True)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(html_dir / "lemonde-1" / "source.html"))])
    event = QDropEvent(QPointF(400, 300), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.importer.batchFinished, timeout=30000):
        window.dropEvent(event)
    [document] = window.project.documents()
    assert document.kind == "web"


def test_dropped_text_keeps_only_web_addresses() -> None:
    text = "https://example.org/a\nnot a link\nhttp://example.org/b\n"
    assert dropped_sources([], text) == ["https://example.org/a", "http://example.org/b"]


def test_an_unexpected_error_is_shown_and_logged(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        report_unexpected(*sys.exc_info())
    box = window.findChild(QMessageBox, "unexpectedErrorBox")
    assert box is not None and box.isVisible()
    assert "boom in a slot" in box.text()
    assert "Traceback" in box.detailedText()
    assert "boom in a slot" in log_file().read_text(encoding="utf-8")
    box.close()
    assert window.isVisible()


def test_reopening_restores_document_view_and_position(qtbot, window: MainWindow,
                                                       tmp_path: Path, pdf_dir: Path,
                                                       data_dir: Path) -> None:
    path = tmp_path / "p.annot"
    assert window.open_project(path, create=True)
    import_and_wait(qtbot, window, [str(pdf_dir / "federal-register-2020-17221.pdf")])
    qtbot.waitUntil(lambda: window.current_document_id is not None)
    document = window.project.document(window.current_document_id)
    target = document.text.index(" ", len(document.text) // 2)
    window.reader.set_page_mode(False)
    window.reader.viewer.set_position(target)
    where = window.reader.position()
    assert abs(where - target) < 400
    window.close()

    again = MainWindow(AppSettings(data_dir / "settings.ini"))
    qtbot.addWidget(again)
    again.resize(1366, 768)
    again.show()
    assert again.open_project(path)
    assert again.current_document_id == document.id
    assert not again.reader.in_page_mode  # the text view, as left
    assert abs(again.reader.position() - where) < 400
    again.close()


def test_switching_views_keeps_the_reading_position(qtbot, window: MainWindow, tmp_path: Path,
                                                    pdf_dir: Path) -> None:
    assert window.open_project(tmp_path / "p.annot", create=True)
    import_and_wait(qtbot, window, [str(pdf_dir / "federal-register-2020-17221.pdf")])
    qtbot.waitUntil(lambda: window.current_document_id is not None)
    pages = window.project.pages(window.current_document_id)
    eighth = pages[7].start
    window.reader.set_page_mode(True)
    window.reader.viewer.set_position(eighth)
    window.reader.set_page_mode(False)
    assert abs(window.reader.position() - eighth) < 600
    window.reader.set_page_mode(True)
    assert window.reader.pdf_view.current_page() == 8


def test_activating_a_concept_without_a_selection_shows_its_passages(
        qtbot, window: MainWindow, tmp_path: Path, html_dir: Path) -> None:
    from annotator.core.project import Project

    path = tmp_path / "p.annot"
    with Project.create(path) as project:
        project.add_concept("Crise")
    assert window.open_project(path)
    import_and_wait(qtbot, window, [str(html_dir / "lemonde-1" / "source.html")])
    qtbot.waitUntil(lambda: window.current_document_id is not None)
    crise = window.project.concept_by_path("Crise")
    highlight = window.editor.annotate(window.current_document_id, 0, 10, ())
    window.annotations_panel.select_annotation(highlight.id)
    window.concepts_panel.conceptActivated.emit(crise.id)  # double-click / Enter
    assert window.project.annotation(highlight.id).concept_ids == ()  # nothing tagged
    assert window.concept_view.current_concept_id() == crise.id
