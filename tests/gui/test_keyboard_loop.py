"""The coding loop without a mouse: panels by key, sentences, tagging, next highlight, memo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QWidget

from annotator.core.importing import import_source
from annotator.core.project import Project
from annotator.gui.main_window import MainWindow
from annotator.gui.shortcuts_dialog import ShortcutsDialog, window_menus
from annotator.gui.viewers.text_keys import (
    next_paragraph,
    next_sentence,
    previous_paragraph,
    previous_sentence,
)

ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier

TEXT = (
    "# Animer une communauté\n\n"
    "Les fans 😀 se retrouvent chaque soir. Une communauté se cultive, jour après jour. "
    "Les règles comptent.\n\n"
    "Un forum vit de ses membres. La modération protège les échanges.\n"
)
SECOND_SENTENCE = "Une communauté se cultive, jour après jour."
LATER_PASSAGE = "La modération protège les échanges."


@pytest.fixture
def window(window: MainWindow, qtbot, tmp_path: Path) -> MainWindow:
    """A window on a project with two concepts, one text and one highlight on it."""
    note = tmp_path / "notes.md"
    note.write_text(TEXT, encoding="utf-8")
    path = tmp_path / "study.annot"
    with Project.create(path) as project:
        community = project.add_concept("Communauté", color="#5dade2")
        project.add_concept("Rituels", parent_id=community.id, color="#f4d03f")
        document = project.add_document(import_source(str(note))).document
        start = document.text.index(LATER_PASSAGE)
        project.annotate(document.id, start, start + len(LATER_PASSAGE), (community.id,))
    assert window.open_project(path)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def press(qtbot, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key as a user types it: to whatever has the focus."""
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, key, modifiers)


def focus_is_in(widget: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


def test_the_coding_loop_works_from_the_keyboard_alone(qtbot, window: MainWindow) -> None:
    project = window.project
    [existing] = project.annotations()
    document = project.document(existing.document_id)
    community = project.concept_by_path("Communauté")

    qtbot.keyClick(window.library, Qt.Key.Key_1, ALT)  # start from the library
    assert focus_is_in(window.library)
    press(qtbot, Qt.Key.Key_F6)  # Library -> Reader
    assert QApplication.focusWidget() is window.reader.text_view.text_edit

    # the caret starts at the top; go to the first sentence of the paragraph, then
    # to the second, and extend the selection over it
    press(qtbot, Qt.Key.Key_Down, CTRL)
    press(qtbot, Qt.Key.Key_Right, ALT)
    press(qtbot, Qt.Key.Key_Right, ALT | SHIFT)
    start = document.text.index(SECOND_SENTENCE)
    assert window.reader.selection() == (start, start + len(SECOND_SENTENCE))

    press(qtbot, Qt.Key.Key_1)  # the first concept of the tree
    tagged = [a for a in project.annotations() if a.id != existing.id]
    assert [(a.quote, a.concept_ids) for a in tagged] == [(SECOND_SENTENCE, (community.id,))]

    press(qtbot, Qt.Key.Key_F8)  # next highlight in reading order: the one further on
    assert window.annotations_panel.current_annotation_id() == existing.id

    press(qtbot, Qt.Key.Key_M, CTRL)
    memo = QApplication.focusWidget()
    assert memo is not None and memo is not window.reader.text_view.text_edit
    qtbot.keyClicks(memo, "Rituel du soir")
    qtbot.keyClick(memo, Qt.Key.Key_Return, CTRL)
    assert project.annotation(existing.id).memo == "Rituel du soir"
    assert project.annotation(tagged[0].id).memo == ""


def test_f6_cycles_through_the_panels_in_working_order(qtbot, window: MainWindow) -> None:
    expected = [window.reader, window.concepts_panel, window.annotations_panel,
                window.search_panel, window.library, window.reader]
    qtbot.keyClick(window.library, Qt.Key.Key_1, ALT)
    for panel in expected:
        press(qtbot, Qt.Key.Key_F6)
        assert focus_is_in(panel), panel
    for panel in reversed(expected[:-1]):
        press(qtbot, Qt.Key.Key_F6, SHIFT)
        assert focus_is_in(panel), panel


def test_alt_and_a_number_focuses_a_panel_even_behind_a_tab(qtbot, window: MainWindow) -> None:
    window.docks["concept_view"].raise_()  # the highlights hide behind another tab
    panels = [window.library, window.reader, window.concepts_panel,
              window.annotations_panel, window.search_panel]
    for number, panel in enumerate(panels, start=1):
        press(qtbot, Qt.Key(Qt.Key.Key_0 + number), ALT)
        assert focus_is_in(panel), number
        assert panel.isVisible()


def test_menu_accelerators_do_not_clash_with_panel_keys(window: MainWindow) -> None:
    """Alt+1…5 are panel keys; every menu's Alt letters are letters, each used once."""
    titles = [a.text() for a in window.menuBar().actions()]
    letters = [t[t.index("&") + 1].lower() for t in titles]
    assert all(letter.isalpha() for letter in letters)
    assert len(set(letters)) == len(letters)
    for menu in window_menus(window.menuBar().actions()):
        texts = [a.text() for a in menu.actions() if "&" in a.text()]
        keys = [t[t.index("&") + 1].lower() for t in texts]
        assert len(set(keys)) == len(keys), (menu.title(), texts)


def test_the_shortcut_sheet_lists_every_key_and_filters(qtbot, window: MainWindow) -> None:
    sheet = ShortcutsDialog(window_menus(window.menuBar().actions()), window)
    qtbot.addWidget(sheet)
    rows = sheet.rows()
    keys_shown = [keys for keys, _what in rows]
    for keys in ("F6", "Shift+F6", "Alt+1", "Alt+5", "F8", "Ctrl+K", "Ctrl+M", "Ctrl+,"):
        assert any(keys in shown.split(" / ") for shown in keys_shown), keys
    assert any("Alt+Shift+Right" in shown for shown in keys_shown)
    assert ("Ctrl+Z", "Undo") in rows  # menus are groups, not prefixes
    sheet.filter.setText("sentence")
    shown = sheet.rows()
    assert shown and all("sentence" in what.lower() for _keys, what in shown)
    sheet.filter.setText("")
    assert len(sheet.rows()) == len(rows)


@pytest.mark.parametrize("text, position, after, before", [
    # "Un. Deux 😀. Trois." then a blank line, then "Quatre."
    ("Un. Deux 😀. Trois.\n\nQuatre.", 0, 4, 0),
    ("Un. Deux 😀. Trois.\n\nQuatre.", 4, 13, 0),   # the emoji counts two in Qt
    ("Un. Deux 😀. Trois.\n\nQuatre.", 13, 21, 4),  # last sentence: on to the next paragraph
    ("Un. Deux 😀. Trois.\n\nQuatre.", 21, 28, 13),  # back over the blank line
])
def test_sentence_moves(qapp, text: str, position: int, after: int, before: int) -> None:
    document = QTextDocument(text)
    assert next_sentence(document, position) == after
    assert previous_sentence(document, position) == before


def test_a_selection_by_sentence_stops_at_the_paragraph_end(qapp) -> None:
    document = QTextDocument("Un. Deux.\n\nTrois.")
    assert next_sentence(document, 4, extend=True) == 9
    assert next_sentence(document, 4) == 11


def test_paragraph_moves_skip_blank_lines(qapp) -> None:
    document = QTextDocument("Titre\n\n\nPremier. Suite.\n\nSecond.")
    assert next_paragraph(document, 2) == 8
    assert next_paragraph(document, 8) == 25
    assert next_paragraph(document, 25) == 32  # the end of the text
    assert previous_paragraph(document, 12) == 8
    assert previous_paragraph(document, 8) == 0
