"""A scanned PDF imported in the window: OCR progress shown, the OCR'd page highlightable."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTreeView

from annotator.core.importing.ocr_languages import choose_ocr
from annotator.core.project import Project
from annotator.gui.main_window import MainWindow
from annotator.gui.panels.library_model import PAGES
from annotator.gui.viewers.pdf_view import PdfView
from tests.core.ocr_fixtures import pdf_of, typeset
from tests.e2e.test_coding_loop import import_and_wait

pytestmark = pytest.mark.skipif(
    choose_ocr("fra+eng").setup is None, reason="Tesseract with French data is needed"
)


def test_scanned_pdf_shows_ocr_progress_and_its_words_can_be_highlighted(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "archives.annot"
    with Project.create(path) as project:
        project.add_concept("Méthode", color="#58d68d")
    window.settings.ocr_languages = "fra+eng"
    assert window.open_project(path)
    image, words = typeset(page=(595.0, 160.0), max_lines=2)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(pdf_of([image]))
    messages: list[str] = []
    window.importer.message.connect(messages.append)

    assert import_and_wait(qtbot, window, [str(scan)]) == []
    assert "scan.pdf: OCR page 1 of 1" in messages

    qtbot.waitUntil(lambda: window.current_document_id is not None)
    document = window.project.document(window.current_document_id)
    assert document.metadata["ocr"]["pages"] == [1]
    pages_cell = window.library.findChild(QTreeView).model().index(0, PAGES)
    assert pages_cell.data() == "1"
    assert pages_cell.data(Qt.ItemDataRole.FontRole).italic()  # marked as OCR'd
    assert "Text read by OCR (fra+eng) on page(s) 1" in pages_cell.data(Qt.ItemDataRole.ToolTipRole)

    assert window.reader.in_page_mode
    view = window.reader.pdf_view
    qtbot.waitUntil(lambda: view.rendered_page_count() >= 1, timeout=5000)
    page = view.page_rect(0)
    plain = view.viewport().grab().toImage()

    # drag from the start to the end of the word where the test drew it in the scan,
    # not where the stored boxes say it is
    [drawn] = [word for word in words if word.text == "qualitative"]
    x0, top, x1, bottom = drawn.box
    middle = (top + bottom) / 2
    first, last = drawn_point(view, x0 + 1, middle), drawn_point(view, x1 - 1, middle)
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=first)
    qtbot.mouseMove(viewport, pos=(first + last) / 2)
    qtbot.mouseMove(viewport, pos=last)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=last)
    start = document.text.index("qualitative")
    end = start + len("qualitative")
    assert window.reader.selection() == (start, end)
    window.activateWindow()
    qtbot.keyClick(viewport, Qt.Key.Key_1)
    [annotation] = window.project.annotations()
    assert annotation.quote == "qualitative"

    # the highlight is painted on the word as drawn: the pixels it changes in the text
    # cover the word's box and lie within it (give or take a few points)
    view.clear_selection()
    highlighted = view.viewport().grab().toImage()
    ratio = highlighted.width() / viewport.width()  # device pixels per logical one
    changed = [
        ((x / ratio - page.x()) / view.zoom(), (y / ratio - page.y()) / view.zoom())
        for y in range(int(page.top() * ratio), int(page.bottom() * ratio))
        for x in range(int(page.left() * ratio), int(page.right() * ratio))
        if highlighted.pixel(x, y) != plain.pixel(x, y)
    ]
    assert changed
    slack = 3.0  # points: the OCR box of a word hugs its ink a little more or less
    text_left = min(word.box[0] for word in words)
    # in the margin, the bar that marks an annotation's lines
    bar = [(x, y) for x, y in changed if x < text_left - slack]
    assert bar and all(top - slack <= y <= bottom + slack for _, y in bar)
    changed = [(x, y) for x, y in changed if x >= text_left - slack]
    assert all(
        x0 - slack <= x <= x1 + slack and top - slack <= y <= bottom + slack for x, y in changed
    )
    xs, ys = [x for x, _ in changed], [y for _, y in changed]
    assert min(xs) <= x0 + slack and max(xs) >= x1 - slack
    assert min(ys) <= top + slack and max(ys) >= bottom - slack


def drawn_point(view: PdfView, x: float, y: float) -> QPoint:
    """Viewport coordinates of a point of the first page, given in page points."""
    rect = view.page_rect(0)
    return QPoint(round(rect.x() + x * view.zoom()), round(rect.y() + y * view.zoom()))


def test_ocr_turned_off_in_the_preferences_imports_the_scan_without_text(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    window.settings.ocr_languages = ""
    assert window.open_project(tmp_path / "off.annot", create=True)
    image, _words = typeset(page=(595.0, 160.0), max_lines=1)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(pdf_of([image]))
    messages: list[str] = []
    window.importer.message.connect(messages.append)
    [warning] = import_and_wait(qtbot, window, [str(scan)])
    assert "OCR" in warning
    assert not [text for text in messages if "OCR page" in text]
    qtbot.waitUntil(lambda: window.current_document_id is not None)
    assert window.project.document(window.current_document_id).text == ""
