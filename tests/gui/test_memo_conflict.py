"""Two coders on one memo: the window's memo field keeps the user's text when another
coder saved a memo meanwhile, says so, and saves theirs or takes the other's as asked."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator.core.errors import EditCause, EditConflict
from annotator.core.project import Project
from annotator.gui import conflict_question
from annotator.gui.main_window import MainWindow
from annotator.gui.panels.memo_editor import MemoEditor
from tests.core.conftest import text_document


@pytest.fixture
def opened(window: MainWindow, tmp_path: Path) -> tuple[MainWindow, Path, int]:
    """The window on a file project, its one passage selected, memo "début"."""
    path = tmp_path / "team.annot"
    with Project.create(path, author="Bruno") as project:
        document = project.add_document(text_document()).document
        passage = project.annotate(document.id, 3, 8, memo="début")
    assert window.open_project(path)
    window.open_document(document.id)
    window.annotations_panel.select_annotation(passage.id)
    return window, path, passage.id


def _type_memo(qtbot, window: MainWindow, text: str) -> MemoEditor:
    memo = window.annotations_panel.findChild(MemoEditor)
    assert memo.toPlainText() == "début"
    memo.setFocus()
    memo.selectAll()
    qtbot.keyClicks(memo, text)
    return memo


def _alice_writes(path: Path, passage_id: int, memo: str) -> None:
    with Project.open(path, author="Alice") as alice:
        alice.set_memo(passage_id, memo)


def test_taking_the_other_coders_memo_after_a_conflict(qtbot, opened, monkeypatch) -> None:
    window, path, passage_id = opened
    asked: list[tuple[EditConflict, str, str, str]] = []

    def take_theirs(_parent, conflict: EditConflict, mine: str, theirs: str) -> bool:
        asked.append((conflict, mine, theirs, memo.toPlainText()))
        return False

    monkeypatch.setattr(conflict_question, "keep_mine", take_theirs)
    memo = _type_memo(qtbot, window, "celui de Bruno")
    _alice_writes(path, passage_id, "celui d'Alice")
    qtbot.keyClick(memo, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    [(conflict, mine, theirs, shown_while_asked)] = asked
    assert conflict.code is EditCause.MEMO_CONFLICT and theirs == "celui d'Alice"
    assert mine == "celui de Bruno"
    assert shown_while_asked == "celui de Bruno"  # the user's text stays while they choose
    assert window.project.annotation(passage_id).memo == "celui d'Alice"
    assert memo.toPlainText() == "celui d'Alice" and not memo.is_dirty()


def test_keeping_ones_own_memo_saves_it_and_undo_gives_theirs_back(
    qtbot, opened, monkeypatch
) -> None:
    window, path, passage_id = opened
    monkeypatch.setattr(conflict_question, "keep_mine", lambda *_args: True)
    memo = _type_memo(qtbot, window, "celui de Bruno")
    _alice_writes(path, passage_id, "celui d'Alice")
    window.annotations_panel.setFocus()  # leaving the field saves it
    qtbot.waitUntil(lambda: window.project.annotation(passage_id).memo == "celui de Bruno")
    assert memo.toPlainText() == "celui de Bruno"
    window.editor.undo_stack.undo()
    assert window.project.annotation(passage_id).memo == "celui d'Alice"


def _answer(button: str, seen: list[QMessageBox]) -> None:
    """Click `button` in the question once it is open, keeping what it showed."""
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    seen.append(box)
    [clicked] = [b for b in box.buttons() if b.text() == button]
    clicked.click()


def test_the_question_says_when_without_naming_anyone_in_a_file(qtbot, opened) -> None:
    window, path, passage_id = opened
    _alice_writes(path, passage_id, "celui d'Alice")
    with pytest.raises(EditConflict) as raised:
        window.project.set_memo(passage_id, "celui de Bruno", expected="début")
    seen: list[QMessageBox] = []
    QTimer.singleShot(0, lambda: _answer("Take theirs", seen))
    assert not conflict_question.keep_mine(window, raised.value, "celui de Bruno", "celui d'Alice")
    [box] = seen
    when = conflict_question.shown_time(window.project.annotation(passage_id).updated)
    assert when and box.text() == (
        f"The memo of “mythe” was changed elsewhere (in another window or program) at {when} "
        "while you were editing it."
    )  # a file records no coder for a memo edit: neither Alice nor Bruno is named
    assert box.informativeText().startswith("Their version: celui d'Alice\n\n")
    assert box.detailedText() == ("Your version:\ncelui de Bruno\n\nTheir version:\ncelui d'Alice")
    # nothing lost: the text not kept in the project is on the clipboard
    assert QApplication.clipboard().text() == "celui de Bruno"


def test_keeping_ones_own_leaves_the_clipboard_alone(qtbot, opened) -> None:
    window, path, passage_id = opened
    QApplication.clipboard().setText("copied before")
    _alice_writes(path, passage_id, "celui d'Alice")
    with pytest.raises(EditConflict) as raised:
        window.project.set_memo(passage_id, "celui de Bruno", expected="début")
    QTimer.singleShot(0, lambda: _answer("Keep mine", []))
    assert conflict_question.keep_mine(window, raised.value, "celui de Bruno", "celui d'Alice")
    assert QApplication.clipboard().text() == "copied before"
