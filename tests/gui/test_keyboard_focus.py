"""The coding loop by keys alone, with the focus always in sight: open a document from
the library, select a passage, tag it, write a memo, go to the next highlight with F8 and
go on from there; a 2-pixel ring in the selection colour frames the focused panel."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from annotator.gui.focus_style import RING_WIDTH, FocusRing
from annotator.gui.main_window import MainWindow
from tests.gui import test_keyboard_loop
from tests.gui.test_keyboard_loop import ALT, CTRL, LATER_PASSAGE, SHIFT, focus_is_in, press

window = test_keyboard_loop.window


def ring_around(widget: QWidget) -> FocusRing | None:
    rings = [r for r in widget.findChildren(FocusRing) if r.isVisible()]
    return rings[0] if rings else None


def ring_is_drawn(widget: QWidget) -> bool:
    """The focused widget, as the screen shows it, has its edge in the selection colour."""
    image = widget.grab().toImage()
    expected = widget.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    middle = QPoint(image.width() // 2, image.height() // 2)
    edges = [
        QPoint(middle.x(), 0),
        QPoint(0, middle.y()),
        QPoint(middle.x(), image.height() - 1),
        QPoint(image.width() - 1, middle.y()),
    ]
    return all(QColor(image.pixel(p)).name() == expected.name() for p in edges)


def test_the_whole_loop_by_keys_with_the_focus_in_sight(qtbot, window: MainWindow) -> None:
    project = window.project
    [existing] = project.annotations()
    document = project.document(existing.document_id)
    text_edit = window.reader.text_view.text_edit
    window.reader.set_page_mode(False)

    qtbot.keyClick(window.library, Qt.Key.Key_1, ALT)  # the library
    library_view = QApplication.focusWidget()
    assert focus_is_in(window.library)
    qtbot.waitUntil(lambda: ring_around(library_view) is not None)
    assert ring_is_drawn(library_view)

    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_Return)  # opens the document
    assert window.current_document_id == document.id
    press(qtbot, Qt.Key.Key_2, ALT)  # to the reader
    assert QApplication.focusWidget() is text_edit
    qtbot.waitUntil(lambda: ring_around(text_edit) is not None)
    assert ring_is_drawn(text_edit)
    assert ring_around(library_view) is None  # one ring: where the keys go

    # the second sentence of the first paragraph, selected by keys, tagged, memo
    press(qtbot, Qt.Key.Key_Home, CTRL)
    press(qtbot, Qt.Key.Key_Down, CTRL)
    press(qtbot, Qt.Key.Key_Right, ALT)
    press(qtbot, Qt.Key.Key_Right, ALT | SHIFT)
    press(qtbot, Qt.Key.Key_1)
    [tagged] = [a for a in project.annotations() if a.id != existing.id]
    press(qtbot, Qt.Key.Key_M, CTRL)
    memo = QApplication.focusWidget()
    qtbot.keyClicks(memo, "Second sentence")
    qtbot.keyClick(memo, Qt.Key.Key_Return, CTRL)
    assert project.annotation(tagged.id).memo == "Second sentence"

    # F8: the next highlight, and the caret goes with it
    text_edit.setFocus()
    press(qtbot, Qt.Key.Key_F8)
    assert window.annotations_panel.current_annotation_id() == existing.id
    caret = window.reader.text_view
    start = document.text.index(LATER_PASSAGE)
    in_qt = len(document.text[:start].encode("utf-16-le")) // 2  # the emoji counts two
    assert caret.text_edit.textCursor().position() == in_qt
    # ...so Shift+End selects from the highlight on, not from where the caret was
    press(qtbot, Qt.Key.Key_End, SHIFT)
    selected = window.reader.selection()
    assert selected is not None and selected[0] == start
    assert document.text[selected[0] : selected[1]].startswith(LATER_PASSAGE)


def test_the_ring_is_two_pixels_and_follows_the_focus(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window.library, Qt.Key.Key_3, ALT)
    focused = QApplication.focusWidget()
    assert focus_is_in(window.concepts_panel)
    ring = ring_around(focused)
    assert ring is not None and ring.geometry() == focused.rect()
    assert RING_WIDTH == 2
    qtbot.keyClick(focused, Qt.Key.Key_F6)  # next panel: the ring moves along
    assert ring_around(focused) is None
    assert ring_around(QApplication.focusWidget()) is not None
