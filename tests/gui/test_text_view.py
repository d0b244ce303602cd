"""TextView: structure, mouse and keyboard selection in code points, highlights, scrolling."""

from __future__ import annotations

import time
from collections import Counter

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage, QPalette, QTextCursor
from PySide6.QtWidgets import QApplication, QStackedWidget, QToolTip, QWidget

from annotator.core.model import Anchor, Annotation, Concept, Document, Page, StyleSpan
from annotator.gui.viewers.base import HIGHLIGHT_ALPHA, blended, highlights_for
from annotator.gui.viewers.text_highlighter import HighlightLayer, overlap_alpha
from annotator.gui.viewers.text_layout import LONG_LINE
from annotator.gui.viewers.text_view import TextView

YELLOW = Concept(1, "Trust", color="#f4d03f")
BLUE = Concept(2, "Community", color="#5dade2")
CONCEPTS = {c.id: c for c in (YELLOW, BLUE)}

HEADING = "Online communities and trust"
PARAGRAPHS = [
    "Moderators 😀 describe their work as care for the community, not as policing. "
    "They spend evenings answering newcomers and calming long threads.",
    "Several interviewees said that trust grows slowly and breaks fast; one bad "
    "decision in public can undo months of patient work behind the scenes.",
    "Platforms rarely see this labour. Their metrics count posts and reports, "
    "while the people who keep a forum pleasant remain invisible volunteers.",
]


def structured(paragraphs: list[str] = PARAGRAPHS) -> Document:
    blocks = [("h1", HEADING), *(("p", text) for text in paragraphs)]
    spans, offset = [], 0
    for kind, block in blocks:
        spans.append(StyleSpan(offset, offset + len(block), kind))
        offset += len(block) + 1
    text = "\n".join(block for _kind, block in blocks)
    return Document(1, "Interview", "web", "interview.html", "0" * 64, {}, text,
                    "2026-01-01", tuple(spans))


def long_document(paragraphs: int = 400) -> Document:
    text = "\n".join(f"Paragraph {n}: " + PARAGRAPHS[n % 3] for n in range(paragraphs))
    return Document(2, "Long", "text", "long.txt", "1" * 64, {}, text, "2026-01-01")


def annotation(annotation_id: int, document: Document, start: int, end: int,
               *concepts: Concept, memo: str = "") -> Annotation:
    anchor = Anchor(start, end, document.text[start:end])
    return Annotation(annotation_id, document.id, anchor, tuple(c.id for c in concepts), memo)


def qt_position(text: str, offset: int) -> int:
    """Independent of the code under test: count UTF-16 units."""
    return len(text[:offset].encode("utf-16-le")) // 2


@pytest.fixture
def view(qtbot) -> TextView:
    widget = TextView()
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def caret_rect(view: TextView, text: str, offset: int):
    edit = view.text_edit
    cursor = QTextCursor(edit.document())
    cursor.setPosition(qt_position(text, offset))
    return edit.cursorRect(cursor)


def viewport_image(view: TextView) -> QImage:
    return view.text_edit.viewport().grab().toImage()


def background_in(image: QImage, rect) -> QColor:
    """The most common colour in `rect`: the background behind the glyphs."""
    counts = Counter(
        image.pixel(x, y)
        for x in range(rect.left() + 1, rect.right(), 2)
        for y in range(rect.top() + 1, rect.bottom(), 2)
    )
    return QColor.fromRgb(counts.most_common(1)[0][0])


def over_base(view: TextView, color: QColor) -> QColor:
    base = view.text_edit.viewport().palette().color(QPalette.ColorRole.Base)
    alpha = color.alphaF()
    return QColor(*(round(c * alpha + b * (1 - alpha)) for c, b in (
        (color.red(), base.red()), (color.green(), base.green()), (color.blue(), base.blue()))))


def close(a: QColor, b: QColor, tolerance: int = 4) -> bool:
    return all(abs(x - y) <= tolerance for x, y in (
        (a.red(), b.red()), (a.green(), b.green()), (a.blue(), b.blue())))


def passage_rect(view: TextView, text: str, start: int, end: int):
    """The viewport rect of a passage that sits on one line."""
    first, last = caret_rect(view, text, start), caret_rect(view, text, end)
    assert first.top() == last.top(), "test passage must not wrap"
    return first.united(last).adjusted(2, 0, -2, 0)


# -- structure ---------------------------------------------------------------------------
def test_shows_exact_text_with_heading_larger_and_bold(view: TextView) -> None:
    document = structured()
    view.show_document(document)
    qt_document = view.text_edit.document()
    assert qt_document.toPlainText() == document.text
    heading = qt_document.firstBlock()
    paragraph = heading.next()
    heading_font = QTextCursor(heading).charFormat().font()
    cursor = QTextCursor(paragraph)
    cursor.movePosition(QTextCursor.MoveOperation.Right)
    paragraph_font = cursor.charFormat().font()
    assert heading_font.bold() and not paragraph_font.bold()
    assert heading.layout().lineAt(0).height() > paragraph.layout().lineAt(0).height() * 1.2
    assert paragraph.blockFormat().bottomMargin() > 0  # paragraphs are spaced


def test_lists_quotes_and_code_keep_the_characters(view: TextView) -> None:
    blocks = [("li", "first item"), ("li", "second item"), ("blockquote", "a quote"),
              ("pre", "code line 1\ncode line 2"), ("p", "end\r\nof text\f")]
    spans, offset = [], 0
    for kind, block in blocks:
        spans.append(StyleSpan(offset, offset + len(block), kind))
        offset += len(block) + 1
    text = "\n".join(block for _kind, block in blocks)
    view.show_document(Document(3, "Mixed", "web", "m.html", "2" * 64, {}, text, "", tuple(spans)))
    qt_document = view.text_edit.document()
    assert qt_document.characterCount() - 1 == len(text)  # \r\n and \f did not shift offsets
    first, second = qt_document.firstBlock(), qt_document.firstBlock().next()
    assert first.textList() is not None and first.textList() == second.textList()
    quote = qt_document.findBlock(text.index("a quote"))
    assert quote.blockFormat().leftMargin() > 0
    view.select_range(text.index("of text"), text.index("of text") + 7)
    assert view.selection() == (text.index("of text"), text.index("of text") + 7)


# -- selection ----------------------------------------------------------------------------
def drag(qtbot, view: TextView, text: str, start: int, end: int) -> None:
    viewport = view.text_edit.viewport()
    begin = caret_rect(view, text, start)
    finish = caret_rect(view, text, end)
    press = QPoint(begin.left() + 1, begin.center().y())
    release = QPoint(finish.left() - 1, finish.center().y())
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=press)
    qtbot.mouseMove(viewport, QPoint(press.x() + 20, press.y()))
    qtbot.mouseMove(viewport, release)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=release)


def test_mouse_drag_selects_code_point_offsets_after_an_emoji(qtbot, view: TextView) -> None:
    document = structured()
    view.show_document(document)
    text = document.text
    assert text.index("😀") < text.index("describe")  # the emoji shifts Qt positions by one
    start = text.index("describe their work")
    end = start + len("describe their work")
    with qtbot.waitSignal(view.selectionChanged):
        drag(qtbot, view, text, start, end)
    assert view.selection() == (start, end)
    selected = view.selection()
    assert selected is not None
    assert text[selected[0]:selected[1]] == "describe their work"


def test_select_range_round_trip_and_whitespace_trim(view: TextView) -> None:
    document = structured()
    view.show_document(document)
    text = document.text
    start = text.index("😀")
    view.select_range(start, start + 9)
    assert view.selection() == (start, start + 9)
    assert view.text_edit.textCursor().selectedText() == text[start:start + 9]
    padded = text.index(" describe")
    view.select_range(padded, padded + len(" describe "))
    assert view.selection() == (padded + 1, padded + len(" describe"))
    view.select_range(padded, padded + 1)  # only a space
    assert view.selection() is None
    view.clear_selection()
    assert view.selection() is None


def test_shift_arrows_extend_the_selection(qtbot, view: TextView) -> None:
    document = structured()
    view.show_document(document)
    text = document.text
    start = text.index("Moderators")
    view.select_range(start, start)
    view.setFocus()
    for _ in range(len("Moderators 😀")):
        qtbot.keyClick(view.text_edit, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.selection() == (start, start + len("Moderators 😀"))
    for _ in range(2):  # to the start of the next word, twice; trailing space is trimmed
        qtbot.keyClick(view.text_edit, Qt.Key.Key_Right,
                       Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier)
    selected = view.selection()
    assert selected is not None and text[selected[0]:selected[1]] == "Moderators 😀 describe"


# -- highlights ---------------------------------------------------------------------------------
def test_highlight_is_painted_in_its_concept_colour(qtbot, view: TextView) -> None:
    document = structured()
    view.show_document(document)
    text = document.text
    start = text.index("trust grows slowly")
    end = start + len("trust grows slowly")
    view.set_highlights(highlights_for([annotation(1, document, start, end, YELLOW)], CONCEPTS))
    rect = passage_rect(view, text, start, end)
    expected = over_base(view, QColor(255, 255, 255, 0))
    qtbot.waitUntil(lambda: not close(background_in(viewport_image(view), rect), expected))
    concept = QColor(YELLOW.color)
    concept.setAlpha(HIGHLIGHT_ALPHA)
    assert close(background_in(viewport_image(view), rect), over_base(view, concept))
    outside = passage_rect(view, text, text.index("Platforms"), text.index(" rarely"))
    assert close(background_in(viewport_image(view), outside), expected)


def test_overlap_is_blended_and_shows_two_margin_bars(qtbot, view: TextView) -> None:
    document = structured()
    view.show_document(document)
    text = document.text
    first = text.index("trust grows slowly")
    overlap = text.index("grows slowly")
    second_end = overlap + len("grows slowly and breaks")
    view.set_highlights(highlights_for([
        annotation(1, document, first, overlap + len("grows slowly"), YELLOW),
        annotation(2, document, overlap, second_end, BLUE),
    ], CONCEPTS))
    yellow, blue = QColor(YELLOW.color), QColor(BLUE.color)
    mixed = blended((yellow, blue), overlap_alpha(2))
    rect = passage_rect(view, text, overlap, overlap + len("grows slowly"))
    expected = over_base(view, mixed)
    qtbot.waitUntil(lambda: close(background_in(viewport_image(view), rect), expected))
    yellow.setAlpha(HIGHLIGHT_ALPHA)
    assert not close(over_base(view, mixed), over_base(view, yellow), 10)
    # two bars, side by side, left of the line
    image = viewport_image(view)
    y = rect.center().y()
    edit = view.text_edit
    bars = {QColor(image.pixel(round(edit.column_x(column)) + 1, y)).name() for column in (0, 1)}
    assert bars == {YELLOW.color, BLUE.color}


def test_click_on_highlight_activates_the_innermost(qtbot, view: TextView) -> None:
    document = structured()
    view.show_document(document)
    text = document.text
    outer_start = text.index("Several")
    inner_start = text.index("trust grows slowly")
    inner_end = inner_start + len("trust grows slowly")
    view.set_highlights(highlights_for([
        annotation(7, document, outer_start, text.index("public"), YELLOW),
        annotation(8, document, inner_start, inner_end, BLUE, memo="Key finding"),
    ], CONCEPTS))
    viewport = view.text_edit.viewport()
    inside = passage_rect(view, text, inner_start + 6, inner_start + 11).center()
    with qtbot.waitSignal(view.annotationActivated) as signal:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=inside)
    assert signal.args == [8]
    outer_only = passage_rect(view, text, outer_start + 1, outer_start + 6).center()
    with qtbot.waitSignal(view.annotationActivated) as signal:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=outer_only)
    assert signal.args == [7]
    plain = passage_rect(view, text, text.index("Platforms"), text.index(" rarely")).center()
    with qtbot.assertNotEmitted(view.annotationActivated):
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=plain)


def test_enter_in_a_highlight_activates_it(qtbot, view: TextView) -> None:
    document = structured()
    view.show_document(document)
    text = document.text
    start = text.index("trust grows slowly")
    view.set_highlights(highlights_for([annotation(4, document, start, start + 18, BLUE)],
                                       CONCEPTS))
    view.select_range(start + 3, start + 3)
    view.setFocus()
    with qtbot.waitSignal(view.annotationActivated) as signal:
        qtbot.keyClick(view.text_edit, Qt.Key.Key_Return)
    assert signal.args == [4]


def test_empty_document(view: TextView) -> None:
    empty = Document(9, "Empty", "text", "e.txt", "9" * 64, {}, "", "")
    view.show_document(empty)
    view.set_highlights(highlights_for([annotation(1, empty, 0, 0, YELLOW)], CONCEPTS))
    view.reveal(0, 0)
    view.select_range(0, 5)
    assert view.selection() is None and view.position() == 0


def test_click_on_margin_bar_activates_its_annotation(qtbot, view: TextView) -> None:
    document = structured()
    view.show_document(document)
    text = document.text
    start = text.index("Platforms")
    view.set_highlights(highlights_for([annotation(5, document, start, start + 40, BLUE)],
                                       CONCEPTS))
    line = caret_rect(view, text, start + 2)
    bar = QPoint(round(view.text_edit.column_x(0)) + 2, line.center().y())
    with qtbot.waitSignal(view.annotationActivated) as signal:
        qtbot.mouseClick(view.text_edit.viewport(), Qt.MouseButton.LeftButton, pos=bar)
    assert signal.args == [5]


def test_hover_shows_concepts_and_memo(qtbot, view: TextView) -> None:
    document = structured()
    view.show_document(document)
    text = document.text
    start = text.index("trust grows slowly")
    end = start + len("trust grows slowly")
    view.set_highlights(highlights_for(
        [annotation(3, document, start, end, YELLOW, memo="Slow trust")], CONCEPTS))
    viewport = view.text_edit.viewport()
    point = passage_rect(view, text, start + 2, start + 8).center()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, point,
                                                viewport.mapToGlobal(point)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert "Trust" in QToolTip.text() and "Slow trust" in QToolTip.text()
    QToolTip.hideText()


def test_layer_diff_reports_only_what_changed_and_keeps_bars_in_place() -> None:
    document = long_document(60)
    annotations = [annotation(i + 1, document, i * 90, i * 90 + 300, YELLOW) for i in range(40)]
    layer = HighlightLayer()

    def blocks(start: int, end: int) -> tuple[int, int]:
        return start // 100, max(start, end - 1) // 100  # pretend blocks of 100 units

    assert layer.update(highlights_for(annotations, CONCEPTS), lambda o: o, blocks) == (0, 3810)
    columns = {m.annotation_id: m.columns for m in layer.marks()}
    assert layer.update(highlights_for(annotations, CONCEPTS), lambda o: o, blocks) is None
    annotations.append(annotation(99, document, 500, 700, BLUE))
    assert layer.update(highlights_for(annotations, CONCEPTS), lambda o: o, blocks) == (500, 700)
    after = {m.annotation_id: m.columns for m in layer.marks()}
    new_columns = after.pop(99)
    assert after == columns  # nobody else's bar moved
    neighbours = {c for m in layer.overlapping(400, 800) if m.annotation_id != 99
                  for c in m.columns}
    assert not set(new_columns) & neighbours
    assert [m.annotation_id for m in layer.at(600)][0] == 99  # the shortest first
    del annotations[0]
    assert layer.update(highlights_for(annotations, CONCEPTS), lambda o: o, blocks) == (0, 300)


# -- scrolling ------------------------------------------------------------------------------------
def test_reveal_scrolls_a_far_passage_into_view(qtbot, view: TextView) -> None:
    document = long_document()
    view.show_document(document)
    text = document.text
    start = text.index("Paragraph 350:")
    assert not view.text_edit.viewport().rect().contains(caret_rect(view, text, start))
    view.reveal(start, start + 30)
    rect = caret_rect(view, text, start)
    viewport = view.text_edit.viewport().rect()
    assert viewport.contains(rect)
    assert abs(rect.center().y() - viewport.center().y()) < viewport.height() / 4  # centred


def test_position_round_trip(view: TextView) -> None:
    document = long_document()
    view.show_document(document)
    text = document.text
    assert view.position() == 0
    target = text.index("Paragraph 200:") + 25
    view.set_position(target)
    position = view.position()
    assert position <= target < position + 200
    view.set_position(0)
    view.set_position(position)
    assert view.position() == position
    rect = caret_rect(view, text, target)
    assert 0 <= rect.top() < view.text_edit.viewport().height() / 4


def test_position_survives_being_shown_later_in_a_stack(qtbot) -> None:
    """As the reader does: fill the hidden text view, switch to it, restore the place."""
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    other, view = QWidget(), TextView()
    stack.addWidget(other)
    stack.addWidget(view)
    stack.resize(900, 600)
    stack.show()
    qtbot.waitExposed(stack)
    document = long_document()
    view.show_document(document)  # while hidden
    target = document.text.index("Paragraph 300:")
    stack.setCurrentWidget(view)
    view.set_position(target)
    rect = caret_rect(view, document.text, target)
    assert 0 <= rect.top() < view.text_edit.viewport().height() / 4
    assert view.text_edit.column_edges()[1] - view.text_edit.column_edges()[0] > 400


def test_font_scale_enlarges_text_and_keeps_the_place(view: TextView) -> None:
    document = long_document()
    view.show_document(document)
    view.set_position(document.text.index("Paragraph 120:"))
    before_place = view.position()
    line = view.text_edit.document().firstBlock().layout().lineAt(0).height()
    view.set_font_scale(1.5)
    assert view.text_edit.document().firstBlock().layout().lineAt(0).height() > line * 1.3
    assert abs(view.position() - before_place) < 200


def test_page_breaks_are_marked_without_changing_text(view: TextView) -> None:
    document = long_document(40)
    half = document.text.index("Paragraph 20:")
    pages = [Page(1, 600, 800, 0, half), Page(2, 600, 800, half, len(document.text))]
    view.show_document(document, pages)
    view.reveal(half, half + 10, flash=False)
    image = viewport_image(view)
    assert not image.isNull()
    assert view.text_edit.document().toPlainText() == document.text


def test_large_document_timings(qtbot, view: TextView) -> None:
    """Prints the figures (run with -s); asserts only that the result is right."""
    document = long_document(3_400)  # ~500 KB
    assert len(document.text) > 450_000
    started = time.perf_counter()
    view.show_document(document)
    QApplication.processEvents()
    shown = time.perf_counter() - started
    step = len(document.text) // 5_000  # about 100 characters, 60 of them highlighted
    annotations = [annotation(i + 1, document, i * step, i * step + 60, (YELLOW, BLUE)[i % 2])
                   for i in range(5_000)]
    view.set_highlights(highlights_for(annotations, CONCEPTS))
    target = document.text.index("Paragraph 1700:")
    target += 62 - target % step  # a gap between two highlights
    view.set_position(target)
    QApplication.processEvents()
    annotations.append(annotation(10_001, document, target + 3, target + 9, BLUE))
    highlights = highlights_for(annotations, CONCEPTS)
    started = time.perf_counter()
    view.set_highlights(highlights)
    QApplication.processEvents()
    added = time.perf_counter() - started
    print(f"\n500 KB text: show_document {shown * 1000:.0f} ms; "
          f"set_highlights(+1 of 5,001) incl. repaint {added * 1000:.1f} ms")
    rect = passage_rect(view, document.text, target + 3, target + 9)
    blue = QColor(BLUE.color)
    blue.setAlpha(HIGHLIGHT_ALPHA)
    assert close(background_in(viewport_image(view), rect), over_base(view, blue))


def test_a_text_on_one_long_line_is_shown_in_pieces_with_exact_offsets(view: TextView) -> None:
    """A 2 MB text without a line break: laid out as many blocks, offsets unchanged."""
    words = "la modération protège les échanges 😀 entre membres "
    text = (words * (2_000_000 // len(words)))
    document = Document(3, "One line", "text", "line.txt", "2" * 64, {}, text, "2026-01-01")
    view.show_document(document)
    qt_document = view.text_edit.document()
    assert qt_document.blockCount() > len(text) // LONG_LINE
    assert qt_document.characterCount() - 1 == qt_position(text, len(text))
    start = text.index("entre", len(text) - 5_000)
    cursor = QTextCursor(qt_document)  # as a user's drag would select it, in Qt positions
    cursor.setPosition(qt_position(text, start))
    cursor.setPosition(qt_position(text, start + len("entre membres")),
                       QTextCursor.MoveMode.KeepAnchor)
    view.text_edit.setTextCursor(cursor)
    assert view.selection() == (start, start + len("entre membres"))
    view.select_range(start, start + 5)
    assert view.text_edit.textCursor().selectedText() == "entre"
