"""Two windows on one server project editing the same memo: the other coder's memo
arrives live but does not replace what the user is typing; saving it then asks, naming
the other coder's login and the time of their edit, and loses neither text."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from annotator.core.errors import EditConflict
from annotator.core.project import Project
from annotator.core.store.postgres.admin import grant_role
from annotator.gui import conflict_question
from annotator.gui.main_window import MainWindow
from annotator.gui.panels.memo_editor import MemoEditor
from annotator.gui.settings import AppSettings
from tests.core.conftest import text_document


def _window(qtbot, folder: Path, url: str, passage_id: int) -> MainWindow:
    folder.mkdir()
    window = MainWindow(AppSettings(folder / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    assert window.open_project(url)
    assert window._server is not None and window._server.listener.wait_listening(5)
    window.open_document(1)
    window.annotations_panel.select_annotation(passage_id)
    return window


def test_a_memo_typed_while_another_coder_saves_one_is_kept_and_asked_about(
    qtbot, tmp_path: Path, server_url: str, monkeypatch
) -> None:
    with Project.open(server_url) as project:
        document = project.add_document(text_document()).document
        passage = project.annotate(document.id, 3, 8, memo="début")
    alice = _window(qtbot, tmp_path / "alice", server_url, passage.id)
    bruno = _window(qtbot, tmp_path / "bruno", server_url, passage.id)
    asked: list[tuple[str, str]] = []

    def take_theirs(_parent, _conflict: EditConflict, _mine: str, theirs: str) -> bool:
        asked.append((theirs, memo.toPlainText()))
        return False

    monkeypatch.setattr(conflict_question, "keep_mine", take_theirs)
    memo = bruno.annotations_panel.findChild(MemoEditor)
    memo.setFocus()
    memo.selectAll()
    qtbot.keyClicks(memo, "celui de Bruno")
    heard: list[object] = []
    bruno.editor.changed.connect(heard.append)
    assert alice.editor.set_memo(passage.id, "celui d'Alice", expected="début")
    qtbot.waitUntil(lambda: bool(heard), timeout=2000)  # Alice's memo reached Bruno
    assert memo.toPlainText() == "celui de Bruno"  # not replaced under his fingers
    qtbot.keyClick(memo, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert asked == [("celui d'Alice", "celui de Bruno")]
    assert memo.toPlainText() == "celui d'Alice"
    assert alice.project.annotation(passage.id).memo == "celui d'Alice"
    for window in (alice, bruno):
        window.close()


@pytest.fixture
def marie_and_paul(cluster, server_url: str) -> tuple[str, str]:
    """The addresses of one server project for Marie and for Paul, two owner logins."""
    database = server_url.rsplit("/", 1)[1]
    for login in ("marie", "paul"):
        grant_role(server_url, cluster.login(login), "owner")
    return cluster.url(database, "marie"), cluster.url(database, "paul")


def _answer(button: str, seen: list[tuple[str, str]]) -> None:
    """Click `button` in the question once it is open, keeping its text and details."""
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    seen.append((box.text(), box.detailedText()))
    [clicked] = [b for b in box.buttons() if b.text() == button]
    clicked.click()


def _ask_when_open(parent: MainWindow, button: str, seen: list[tuple[str, str]]) -> None:
    """Answer the question as soon as it opens (a modal box runs its own event loop)."""
    timer = QTimer(parent)
    timer.setInterval(10)

    def check() -> None:
        if isinstance(QApplication.activeModalWidget(), QMessageBox):
            timer.stop()
            _answer(button, seen)

    timer.timeout.connect(check)
    timer.start()


def _memo_time(url: str, passage_id: int) -> str:
    """When the server says the memo was last changed, as the question shows it."""
    with psycopg.connect(url) as raw:
        row = raw.execute("SELECT memo_at FROM annotations WHERE id = %s", (passage_id,))
        return conflict_question.shown_time(row.fetchone()[0].isoformat())


def test_the_memo_question_names_the_other_coder_and_keeping_loses_nothing(
    qtbot, tmp_path: Path, marie_and_paul: tuple[str, str]
) -> None:
    marie_url, paul_url = marie_and_paul
    with Project.open(paul_url) as paul_project:
        document = paul_project.add_document(text_document()).document
        passage = paul_project.annotate(document.id, 3, 8, memo="début")
    paul = _window(qtbot, tmp_path / "paul", paul_url, passage.id)
    memo = paul.annotations_panel.findChild(MemoEditor)
    memo.setFocus()
    memo.selectAll()
    qtbot.keyClicks(memo, "celui de Paul")
    with Project.open(marie_url) as marie:  # Marie saves hers while Paul types
        marie.set_memo(passage.id, "celui de Marie", expected="début")
    when = _memo_time(marie_url, passage.id)
    seen: list[tuple[str, str]] = []
    _ask_when_open(paul, "Keep mine", seen)
    qtbot.keyClick(memo, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [(text, details)] = seen
    assert text == f"marie changed the memo of “mythe” at {when} while you were editing it."
    assert details == "Your version:\ncelui de Paul\n\nTheir version:\ncelui de Marie"
    assert paul.project.annotation(passage.id).memo == "celui de Paul"
    paul.editor.undo_stack.undo()  # Marie's is one undo away
    assert paul.project.annotation(passage.id).memo == "celui de Marie"
    paul.close()


def test_the_description_question_names_the_other_coder_and_taking_theirs_copies_mine(
    qtbot, tmp_path: Path, marie_and_paul: tuple[str, str], monkeypatch
) -> None:
    marie_url, paul_url = marie_and_paul
    with Project.open(paul_url) as paul_project:
        theme = paul_project.add_concept("Thème", description="le sujet")
    folder = tmp_path / "paul"
    folder.mkdir()
    paul = MainWindow(AppSettings(folder / "settings.ini"))
    qtbot.addWidget(paul)
    paul.show()
    assert paul.open_project(paul_url)
    paul.concepts_panel.select_concept(theme.id)

    def marie_describes_meanwhile(*_args, **_kwargs) -> tuple[str, bool]:
        with Project.open(marie_url) as marie:
            marie.update_concept(theme.id, description="ce dont on parle")
        return "la question de Paul", True

    monkeypatch.setattr(QInputDialog, "getMultiLineText", marie_describes_meanwhile)
    seen: list[tuple[str, str]] = []
    _ask_when_open(paul, "Take theirs", seen)
    paul.concepts_panel.describe_current()
    [(text, details)] = seen
    assert text.startswith("marie changed the concept “Thème” at ")
    assert details == "Your version:\nla question de Paul\n\nTheir version:\nce dont on parle"
    assert paul.project.concept(theme.id).description == "ce dont on parle"
    assert QApplication.clipboard().text() == "la question de Paul"  # nothing lost
    paul.close()
