"""Two windows on one server project editing the same memo: the other coder's memo
arrives live but does not replace what the user is typing; saving it then asks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from annotator.core.errors import EditConflict
from annotator.core.project import Project
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

    def take_theirs(_parent, _conflict: EditConflict, theirs: str) -> bool:
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
