"""The PDF page view, driven like a user: scroll, drag to select, click, zoom, reveal."""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QHelpEvent, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication, QLabel, QToolTip

from annotator.core.geometry import EMPTY_BOX, Box, decode_boxes, encode_boxes
from annotator.core.importing.base import ImportedDocument
from annotator.core.importing.pdf import import_pdf
from annotator.core.model import Document, Page
from annotator.core.project import Project
from annotator.gui.viewers.base import Highlight, blended
from annotator.gui.viewers.pdf_pages import POINTS_TO_PIXELS
from annotator.gui.viewers.pdf_render import TILE
from annotator.gui.viewers.pdf_view import PdfView
from tests.gui.test_pdf_render import CHAR_WIDTH, FONT_SIZE, LINE_HEIGHT, line_text, synthetic_pdf

RED = QColor("#e0201b")


@dataclass
class Shown:
    document: Document
    pages: list[Page]
    data: bytes


def synthetic_pages(page_count: int, lines: int) -> tuple[str, tuple[Page, ...]]:
    """The text and approximate boxes of `synthetic_pdf(page_count, lines)`."""
    text, pages = "", []
    for number in range(1, page_count + 1):
        page_lines = [line_text(number, k) for k in range(lines)]
        boxes: list[Box] = []
        for k, line in enumerate(page_lines):
            top = 72 + k * LINE_HEIGHT + 2.5
            boxes.extend((72 + i * CHAR_WIDTH, top, 72 + (i + 1) * CHAR_WIDTH, top + FONT_SIZE)
                         for i in range(len(line)))
            boxes.append(EMPTY_BOX)  # the line break
        page_text = "\n".join(page_lines) + "\n"
        pages.append(Page(number, 612.0, 792.0, len(text), len(text) + len(page_text),
                          encode_boxes(boxes)))
        text += page_text
    return text, tuple(pages)


def stored(tmp_path: Path, imported: ImportedDocument) -> Shown:
    """Through a real project file, as the window will get them."""
    project = Project.create(tmp_path / f"{len(imported.pages)}.annot")
    document = project.add_document(imported).document
    shown = Shown(project.document(document.id), project.pages(document.id),
                  project.original_bytes(document.id))
    project.close()
    return shown


@pytest.fixture
def minutes(tmp_path: Path, pdf_dir: Path) -> Shown:
    """A real two-page French PDF (legal-size pages)."""
    return stored(tmp_path, imported(pdf_dir / "2023-06-20-PV.pdf"))


def imported(path: Path) -> ImportedDocument:
    return import_pdf(path.read_bytes(), path.name, workers=0)


@pytest.fixture
def long_pdf(tmp_path: Path) -> Shown:
    """320 pages of 30 lines, with approximate boxes (importing them would take seconds)."""
    text, pages = synthetic_pages(320, lines=30)
    return stored(tmp_path, ImportedDocument(
        title="long", kind="pdf", source="long.pdf", text=text,
        original=synthetic_pdf(320, lines=30), media_type="application/pdf", pages=pages))


@pytest.fixture
def view(qtbot) -> PdfView:
    view = PdfView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    return view


def show(qtbot, view: PdfView, shown: Shown) -> None:
    with qtbot.waitSignal(view.pageRendered, timeout=3000):
        view.show_document(shown.document, shown.pages, shown.data)


def char_point(view: PdfView, shown: Shown, offset: int) -> QPoint:
    """Viewport coordinates of the middle of a character's stored box."""
    index = next(i for i, p in enumerate(shown.pages) if p.start <= offset < p.end)
    page = shown.pages[index]
    x0, top, x1, bottom = decode_boxes(page.boxes)[offset - page.start]
    rect = view.page_rect(index)
    zoom = view.zoom()
    return QPoint(round(rect.x() + (x0 + x1) / 2 * zoom),
                  round(rect.y() + (top + bottom) / 2 * zoom))


def drag(qtbot, view: PdfView, start: QPoint, end: QPoint) -> None:
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, pos=(start + end) / 2)
    qtbot.mouseMove(viewport, pos=end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def test_first_page_shows_rendered_with_a_page_indicator(qtbot, view, minutes):
    show(qtbot, view, minutes)
    assert view.current_page() == 1
    assert badge(view, "Current page") == "page 1 / 2"
    image = view.viewport().grab().toImage()
    rect = view.page_rect(0).toRect()
    logo = QRect(rect.center().x() - 60, rect.top(), 120, round(150 * view.zoom()))
    colors = {image.pixelColor(x, y).name() for x in range(logo.left(), logo.right(), 4)
              for y in range(logo.top(), logo.bottom(), 4)}
    assert len(colors) > 10  # the coloured town logo, not a blank placeholder


def test_dragging_over_a_word_selects_exactly_that_word(qtbot, view, minutes):
    show(qtbot, view, minutes)
    start = minutes.document.text.index("DÉMOLITION")
    end = start + len("DÉMOLITION")
    with qtbot.waitSignal(view.selectionChanged):
        drag(qtbot, view, char_point(view, minutes, start), char_point(view, minutes, end - 1))
    assert view.selection() == (start, end)
    assert minutes.document.text[slice(*view.selection())] == "DÉMOLITION"


def test_a_selection_may_span_two_pages(qtbot, view, minutes):
    show(qtbot, view, minutes)
    first, second = minutes.pages
    view.verticalScrollBar().setValue(round(view.page_rect(1).top() - view.viewport().height() / 2))
    last_on_first = decode_boxes(first.boxes)
    last = max(i for i, box in enumerate(last_on_first) if box != EMPTY_BOX) + first.start
    drag(qtbot, view, char_point(view, minutes, last), char_point(view, minutes, second.start))
    start, end = view.selection()
    assert start <= last < first.end <= second.start < end
    assert "\n\n" in minutes.document.text[start:end]


def test_selection_is_trimmed_of_surrounding_whitespace(view, minutes):
    view.show_document(minutes.document, minutes.pages, minutes.data)
    start = minutes.document.text.index("Présences")
    view.select_range(start - 1, start + len("Présences") + 1)
    assert minutes.document.text[slice(*view.selection())] == "Présences"
    view.clear_selection()
    assert view.selection() is None
    length = len(minutes.document.text)
    view.select_range(length - 5, length + 50)  # a stale range past the end
    assert view.selection()[1] <= length


def test_double_click_selects_a_word(qtbot, view, minutes):
    show(qtbot, view, minutes)
    start = minutes.document.text.index("Huggins-Daines")
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                      pos=char_point(view, minutes, start + 3))
    assert minutes.document.text[slice(*view.selection())] == "Huggins-Daines"


def highlight_on(shown: Shown, quote: str, annotation_id: int = 7) -> Highlight:
    start = shown.document.text.index(quote)
    return Highlight(annotation_id, start, start + len(quote), (RED,), "<b>Red</b> memo")


def test_highlights_tint_their_passage_in_the_concept_colour(qtbot, view, minutes):
    show(qtbot, view, minutes)
    highlight = highlight_on(minutes, "Séance publique tenue le 20 juin")
    view.set_highlights([highlight])
    image = view.viewport().grab().toImage()
    a = char_point(view, minutes, highlight.start)
    b = char_point(view, minutes, highlight.end - 1)
    pixels = [image.pixelColor(x, a.y()) for x in range(a.x(), b.x())]
    reddish = [c for c in pixels if c.red() - c.green() > 60 and c.red() - c.blue() > 60]
    assert len(reddish) > 0.6 * len(pixels)
    below = [image.pixelColor(x, a.y() + round(40 * view.zoom())) for x in range(a.x(), b.x())]
    assert not [c for c in below if c.red() - c.green() > 60]  # the next lines are untouched


def test_a_changed_or_removed_highlight_is_redrawn(qtbot, view, minutes):
    show(qtbot, view, minutes)
    first = highlight_on(minutes, "Séance publique tenue le 20 juin", 1)
    other = highlight_on(minutes, minutes.document.text[minutes.pages[1].start:][:30].strip(), 2)
    view.set_highlights([first, other])

    def tinted(highlight: Highlight, channel: str) -> bool:
        image = view.viewport().grab().toImage()
        a = char_point(view, minutes, highlight.start)
        b = char_point(view, minutes, highlight.end - 1)
        pixels = [image.pixelColor(x, a.y()) for x in range(a.x(), b.x())]
        strong = [c for c in pixels if getattr(c, channel)() - min(c.red(), c.green(),
                                                                  c.blue()) > 60]
        return len(strong) > 0.6 * len(pixels)

    assert tinted(first, "red")
    view.set_highlights([Highlight(1, first.start, first.end, (QColor("#1030e0"),), "blue"),
                         other])
    assert tinted(first, "blue") and not tinted(first, "red")
    view.set_highlights([other])
    assert not tinted(first, "blue") and not tinted(first, "red")


def test_overlapping_highlights_are_blended(qtbot, view, minutes):
    show(qtbot, view, minutes)
    red = highlight_on(minutes, "Séance publique tenue", 1)
    blue = Highlight(2, red.start + 7, red.end + 10, (QColor("#1030e0"),), "blue")
    view.set_highlights([red, blue])
    image = view.viewport().grab().toImage()
    a = char_point(view, minutes, red.start + 8)
    b = char_point(view, minutes, red.end - 1)
    samples = Counter(image.pixel(x, a.y()) for x in range(a.x(), b.x()))
    most_common = QColor.fromRgb(samples.most_common(1)[0][0])  # the paper under both tints
    expected = over_white(blended((RED, QColor("#1030e0"))))
    assert abs(most_common.red() - expected.red()) <= 3
    assert abs(most_common.green() - expected.green()) <= 3
    assert abs(most_common.blue() - expected.blue()) <= 3


def over_white(color: QColor) -> QColor:
    alpha = color.alpha() / 255
    return QColor(*(round(255 * (1 - alpha) + channel * alpha)
                    for channel in (color.red(), color.green(), color.blue())))


def test_clicking_a_highlight_activates_its_annotation(qtbot, view, minutes):
    show(qtbot, view, minutes)
    highlight = highlight_on(minutes, "Séance publique", 42)
    view.set_highlights([highlight])
    with qtbot.waitSignal(view.annotationActivated) as activated:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         pos=char_point(view, minutes, highlight.start + 3))
    assert activated.args == [42]
    with qtbot.assertNotEmitted(view.annotationActivated):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         pos=char_point(view, minutes, highlight.end + 30))


def test_hovering_a_highlight_shows_its_tooltip(qtbot, view, minutes):
    show(qtbot, view, minutes)
    highlight = highlight_on(minutes, "Séance publique")
    view.set_highlights([highlight])
    pos = char_point(view, minutes, highlight.start + 2)
    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    assert QToolTip.isVisible()
    assert "Red" in QToolTip.text()
    QToolTip.hideText()


def test_reveal_scrolls_to_a_passage_on_a_late_page(qtbot, view, long_pdf):
    show(qtbot, view, long_pdf)
    start = long_pdf.document.text.index(line_text(300, 20))
    with qtbot.waitSignal(view.pageRendered, check_params_cb=lambda page: page == 299,
                          timeout=3000):
        view.reveal(start, start + 10)
    assert view.current_page() == 300
    top = char_point(view, long_pdf, start)
    assert view.viewport().rect().contains(top)


def test_zoom_in_renders_larger_sharper_pages(qtbot, view, minutes):
    show(qtbot, view, minutes)
    width = view.page_rect(0).width()
    rendered_before = view.rendered_page_count()
    with qtbot.waitSignal(view.pageRendered, timeout=3000):
        qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.page_rect(0).width() == pytest.approx(width * 1.2, rel=0.01)
    assert view.rendered_page_count() > rendered_before
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.page_rect(0).width() == pytest.approx(width, rel=0.01)


def test_position_round_trips_across_pages(qtbot, view, long_pdf):
    show(qtbot, view, long_pdf)
    text = long_pdf.document.text
    on_page_40 = text.index(line_text(40, 5))
    on_page_7 = text.index(line_text(7, 12))
    view.set_position(on_page_40)
    assert view.position() == on_page_40
    assert view.current_page() == 40
    view.set_position(on_page_7)
    assert view.position() == on_page_7
    view.set_position(on_page_40)
    assert view.position() == on_page_40


def test_position_at_a_page_start_shows_the_whole_page_top(qtbot, view, minutes):
    show(qtbot, view, minutes)
    second = minutes.pages[1]
    view.set_position(second.start)
    assert view.position() == second.start
    assert 0 < view.page_rect(1).top() < 12  # the page's edge shows, not just its first line
    view.set_position(0)
    assert view.verticalScrollBar().value() == 0  # the logo above the first line too
    assert view.position() == 0


def test_a_long_pdf_shows_its_first_page_without_rendering_the_rest(qtbot, view, long_pdf):
    show(qtbot, view, long_pdf)
    qtbot.wait(50)  # give the thread a chance to overdo it
    assert 1 <= view.rendered_page_count() <= 3
    assert view.verticalScrollBar().maximum() > 300 * view.page_rect(0).height()


def test_a_new_document_replaces_the_old_and_destroying_stops_the_thread(qtbot, minutes, long_pdf):
    before = set(threading.enumerate())
    view = PdfView()
    view.resize(600, 400)
    view.show()
    show(qtbot, view, minutes)
    view.select_range(10, 20)
    with qtbot.waitSignal(view.selectionChanged):
        show(qtbot, view, long_pdf)
    assert view.selection() is None
    assert view.current_page() == 1
    view.deleteLater()
    qtbot.waitUntil(lambda: set(threading.enumerate()) <= before, timeout=2000)


def test_a_document_without_pages_shows_a_message(view, minutes):
    view.show_document(minutes.document)
    assert view.position() == 0
    view.select_range(0, 5)
    view.reveal(0, 5)  # nothing to scroll to, nothing breaks
    assert view.current_page() == 0


def test_a_click_clears_the_selection(qtbot, view, minutes):
    show(qtbot, view, minutes)
    view.select_range(0, 20)
    with qtbot.waitSignal(view.selectionChanged):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert view.selection() is None


@pytest.mark.parametrize("name", ["2023-06-20-PV.pdf",
                                  "nics-background-checks-2015-11-rotated.pdf"])
def test_stored_boxes_sit_on_the_rendered_glyphs(qtbot, tmp_path, pdf_dir, name):
    """Boxes and rendering share one frame, also on a page with /Rotate 90."""
    shown = stored(tmp_path, imported(pdf_dir / name))
    view = PdfView()
    qtbot.addWidget(view)
    view.resize(900, 1400)
    view.show()
    show(qtbot, view, shown)
    qtbot.waitUntil(lambda: view.rendered_page_count() >= len(view.visible_pages()))
    image = view.viewport().grab().toImage()
    page = shown.pages[0]
    rect, zoom = view.page_rect(0), view.zoom()
    letters = [(i, box) for i, box in enumerate(decode_boxes(page.boxes))
               if shown.document.text[page.start + i].isalnum()
               and rect.top() + box[3] * zoom < view.viewport().height()][:200:5]
    inked = 0
    for _, (x0, top, x1, bottom) in letters:
        box = QRect(QPoint(round(rect.x() + x0 * zoom), round(rect.y() + top * zoom)),
                    QPoint(round(rect.x() + x1 * zoom), round(rect.y() + bottom * zoom)))
        inked += any(image.pixelColor(x, y).lightness() < 160
                     for x in range(box.left(), box.right() + 1)
                     for y in range(box.top(), box.bottom() + 1))
    assert len(letters) >= 30
    assert inked >= 0.95 * len(letters)


def test_each_highlight_has_a_bar_in_the_margin(qtbot, view, minutes):
    show(qtbot, view, minutes)
    highlight = highlight_on(minutes, "conseiller municipal")
    view.set_highlights([highlight])
    image = view.viewport().grab().toImage()
    line = char_point(view, minutes, highlight.start).y()
    text_left = round(view.page_rect(0).left() + min(
        box[0] for box in decode_boxes(minutes.pages[0].boxes) if box != EMPTY_BOX)
        * view.zoom())
    bar = [x for x in range(text_left - 30, text_left) if image.pixelColor(x, line) == RED]
    assert 2 <= len(bar) <= 4  # a thin opaque bar just left of the text column
    assert not [x for x in range(text_left - 30, text_left)
                if image.pixelColor(x, line - round(30 * view.zoom())) == RED]


def test_ctrl_wheel_zooms_around_the_pointer(qtbot, view, minutes):
    show(qtbot, view, minutes)
    zoom = view.zoom()
    word = minutes.document.text.index("Présences")
    pointer = char_point(view, minutes, word)
    wheel = QWheelEvent(QPointF(pointer), QPointF(view.viewport().mapToGlobal(pointer)),
                        QPoint(), QPoint(0, 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom() == pytest.approx(zoom * 1.2)
    moved = char_point(view, minutes, word) - pointer
    assert moved.manhattanLength() <= 3  # the word under the pointer stays under it


def test_ctrl_c_copies_the_selected_text(qtbot, view, minutes):
    show(qtbot, view, minutes)
    start = minutes.document.text.index("Huggins-Daines")
    view.select_range(start, start + len("Huggins-Daines"))
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "Huggins-Daines"
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.selection() is None


def test_reveal_flashes_the_passage(qtbot, view, minutes):
    show(qtbot, view, minutes)
    start = minutes.document.text.index("Aucune question")
    view.reveal(start, start + len("Aucune question"))
    image = view.viewport().grab().toImage()
    point = char_point(view, minutes, start + 1)
    highlight = view.palette().color(QPalette.ColorRole.Highlight)
    samples = [image.pixelColor(x, point.y()) for x in range(point.x(), point.x() + 40)]
    assert any(c.lightness() < 250 and abs(c.hue() - highlight.hue()) < 20 for c in samples)
    qtbot.waitUntil(lambda: view.viewport().grab().toImage().pixelColor(point) != samples[0],
                    timeout=1500)  # and fades


def badge(view: PdfView, name: str) -> str:
    """The text of a label floating over the pages, if it is shown."""
    return " ".join(label.text() for label in view.viewport().findChildren(QLabel)
                    if label.isVisible() and label.accessibleName() == name)


def test_a_password_protected_pdf_says_why_its_pages_stay_blank(qtbot, view, tmp_path, pdf_dir):
    path = pdf_dir / "password-example.pdf"
    shown = stored(tmp_path, import_pdf(path.read_bytes(), path.name, password="test", workers=0))
    view.show_document(shown.document, shown.pages, shown.data)
    qtbot.waitUntil(lambda: "password" in badge(view, "Notice"), timeout=3000)
    assert view.rendered_page_count() == 0
    view.show_document(shown.document)
    assert "no pages" in badge(view, "Notice")


def test_a_huge_page_at_high_zoom_is_rendered_in_tiles_within_the_cache_budget(qtbot, view):
    """PDF's largest page (14,400 points square) at 400 %: no image beyond one tile."""
    side = 14_400.0
    text = "Page 1 line 1\n"
    data = synthetic_pdf(1, lines=1, size=(side, side))
    document = Document(9, "Poster", "pdf", "poster.pdf", "9" * 64, {}, text, "2026-01-01")
    page = Page(1, side, side, 0, len(text), b"")
    show(qtbot, view, Shown(document, [page], data))
    view.render_cache.capacity = 24 * 1024 * 1024  # six tiles: scrolling must evict
    view.set_zoom(4 * POINTS_TO_PIXELS)
    tile_bytes = TILE * TILE * 4
    for fraction in (0.0, 0.3, 0.6, 1.0):  # down the page, then across it
        bar = view.verticalScrollBar() if fraction < 1 else view.horizontalScrollBar()
        bar.setValue(round(bar.maximum() * fraction))
        qtbot.waitUntil(lambda: not view.render_pending(), timeout=10_000)
        assert view.render_cache.size_bytes <= view.render_cache.capacity
    assert view.rendered_page_count() >= 4  # tiles were rendered, at each place
    assert view.largest_rendering_bytes() <= tile_bytes
    image = view.viewport().grab().toImage()
    assert not image.isNull()
