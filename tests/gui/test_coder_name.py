"""A coder without a name is asked once, at their first highlight, with their login
offered; the highlights made meanwhile carry the name they give."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.core.project import default_author
from annotator.gui.main_window import MainWindow
from annotator.gui.preferences import PreferencesDialog
from annotator.gui.settings import AppSettings
from tests.gui import test_keyboard_loop
from tests.gui.test_keyboard_loop import LATER_PASSAGE, SECOND_SENTENCE

window = test_keyboard_loop.window


def tag(window: MainWindow, passage: str) -> int:
    """Select `passage` in the reader and press the first concept's key."""
    project = window.project
    document = project.document(window.current_document_id)
    start = document.text.index(passage)
    window.reader.viewer.select_range(start, start + len(passage))
    before = {a.id for a in project.annotations()}
    window.coding.apply_concept_number(1)
    [made] = [a.id for a in project.annotations() if a.id not in before]
    return made


def test_the_first_highlight_asks_for_a_name_once(qtbot, window: MainWindow) -> None:
    bar = window.coder_name
    assert not window.settings.has_author and not bar.isVisible()
    first = tag(window, SECOND_SENTENCE)
    assert bar.isVisible()
    assert bar.name.text() == default_author()  # the login, offered
    assert QApplication.focusWidget() is not bar.name  # the reader keeps the keys
    bar.name.setFocus()
    bar.name.selectAll()
    qtbot.keyClicks(bar.name, "Alice M.")
    qtbot.keyClick(bar.name, Qt.Key.Key_Return)
    assert not bar.isVisible()
    assert window.project.annotation(first).author == "Alice M."  # re-signed
    stored = AppSettings(Path(window.settings._qsettings.fileName()))
    assert stored.author == "Alice M."  # remembered for the next sessions
    second = tag(window, LATER_PASSAGE[:10])
    assert not bar.isVisible()  # asked once
    assert window.project.annotation(second).author == "Alice M."
    dialog = PreferencesDialog(window.settings, window)
    qtbot.addWidget(dialog)
    assert dialog.author.text() == "Alice M."  # and editable there


def test_closing_the_question_keeps_the_login_and_asks_no_more(qtbot, window: MainWindow) -> None:
    bar = window.coder_name
    tag(window, SECOND_SENTENCE)
    qtbot.mouseClick(bar.close_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    assert window.settings.has_author and window.settings.author == default_author()
    second = tag(window, LATER_PASSAGE[:10])
    assert not bar.isVisible()
    assert window.project.annotation(second).author == default_author()
