"""In the window's page view, a mouse drag over a word of a real PDF becomes a highlight."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt

from annotator.core.geometry import decode_boxes
from annotator.core.project import Project
from annotator.gui.main_window import MainWindow
from tests.e2e.test_coding_loop import import_and_wait


def char_point(window: MainWindow, offset: int) -> QPoint:
    """Viewport coordinates of the middle of a character, through the stored boxes."""
    view = window.reader.pdf_view
    pages = window.project.pages(window.current_document_id)
    index = next(i for i, p in enumerate(pages) if p.start <= offset < p.end)
    x0, top, x1, bottom = decode_boxes(pages[index].boxes)[offset - pages[index].start]
    rect = view.page_rect(index)
    return QPoint(round(rect.x() + (x0 + x1) / 2 * view.zoom()),
                  round(rect.y() + (top + bottom) / 2 * view.zoom()))


def test_drag_over_a_word_in_page_view_and_tag_it(qtbot, window: MainWindow, tmp_path: Path,
                                                  pdf_dir: Path) -> None:
    path = tmp_path / "minutes.annot"
    with Project.create(path) as project:
        project.add_concept("Urbanisme", color="#58d68d")
    assert window.open_project(path)
    assert import_and_wait(qtbot, window, [str(pdf_dir / "2023-06-20-PV.pdf")]) == []
    qtbot.waitUntil(lambda: window.current_document_id is not None)
    assert window.reader.in_page_mode
    view = window.reader.pdf_view
    qtbot.waitUntil(lambda: view.rendered_page_count() >= 1, timeout=5000)

    text = window.project.document(window.current_document_id).text
    start = text.index("DÉMOLITION")
    end = start + len("DÉMOLITION")
    viewport = view.viewport()
    first, last = char_point(window, start), char_point(window, end - 1)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=first)
    qtbot.mouseMove(viewport, pos=(first + last) / 2)
    qtbot.mouseMove(viewport, pos=last)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=last)
    assert window.reader.selection() == (start, end)

    window.activateWindow()
    qtbot.keyClick(viewport, Qt.Key.Key_1)
    [annotation] = window.project.annotations()
    assert annotation.quote == "DÉMOLITION"
    assert window.project.concept_path(annotation.concept_ids[0]) == "Urbanisme"

    # the text view shows the same highlight at the same place after switching
    window.reader.set_page_mode(False)
    assert not window.reader.in_page_mode
    window.reader.text_view.select_range(annotation.start, annotation.end)
    assert window.reader.selection() == (start, end)


def test_the_page_view_reads_character_boxes_only_for_the_pages_it_needs(
    qtbot, window, tmp_path, pdf_dir
) -> None:
    """Opening a long PDF does not read every page's boxes; a highlight on a page reads
    that page's (a 500-page report holds 28 MB of them)."""
    from annotator.core.importing import import_source
    from annotator.core.project import Project

    path = tmp_path / "boxes.annot"
    with Project.create(path) as project:
        document = project.add_document(import_source(pdf_dir / "chelsea_pdta.pdf")).document
        concept = project.add_concept("Mobilité")
        pages = project.pages(document.id)
        page = next(p for p in pages[3:] if p.end - p.start > 50)
        project.annotate(document.id, page.start, min(page.start + 30, page.end), (concept.id,))
    assert window.open_project(path)
    read: list[int] = []
    original = window.project.page_boxes
    window.project.page_boxes = lambda document_id, number: (  # type: ignore[method-assign]
        read.append(number) or original(document_id, number))
    window.open_document(document.id)
    qtbot.waitUntil(lambda: window.reader.in_page_mode)
    window.reader.reveal(page.start, page.start + 30)
    qtbot.waitUntil(lambda: page.number in read)
    assert len(set(read)) < len(pages) // 2
