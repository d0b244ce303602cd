"""The guard on reads of a server project: a read that finds the server away stops,
waits, and is made again once the connection is back; other errors go through."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject
from shiboken6 import Shiboken

from annotator.core.errors import ServerCause
from annotator.core.store.postgres.errors import ServerAway, ServerError
from annotator.gui.server_reads import WaitingReads, waits_for_server

AWAY = ServerAway.coded("postgresql://ana@db/terrain", ServerCause.UNREACHABLE)


class Editor(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.reads = WaitingReads(self)


class Panel(QObject):
    """Reads `answers` in turn: an error is raised, a value is shown."""

    def __init__(self, editor: Editor, answers: list[object]) -> None:
        super().__init__()
        self._editor = editor
        self.answers = answers
        self.shown: list[object] = []
        self.waits = 0

    @waits_for_server
    def refresh(self, what: str) -> str:
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        self.shown.append((what, answer))
        return what

    @waits_for_server(later=False)
    def open_dialog(self) -> None:
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer

    def waiting_for_server(self) -> None:
        self.waits += 1


def test_a_read_that_finds_the_server_away_waits_and_is_made_again() -> None:
    editor = Editor()
    panel = Panel(editor, [AWAY, AWAY, "deux", "trois"])
    assert panel.refresh("un") is None
    assert panel.refresh("deux") is None  # the latest call of a method is the one kept
    assert (len(editor.reads), panel.waits, panel.shown) == (1, 2, [])
    editor.reads.make()
    assert panel.shown == [("deux", "deux")] and len(editor.reads) == 0
    assert panel.refresh("trois") == "trois"


def test_a_read_away_again_waits_again_and_a_closed_panel_is_left_alone() -> None:
    editor = Editor()
    panel = Panel(editor, [AWAY, AWAY])
    panel.refresh("un")
    editor.reads.make()
    assert len(editor.reads) == 1 and panel.answers == []
    Shiboken.delete(panel)  # as a closed dock's panel
    editor.reads.make()  # the panel is gone: nothing is called on it
    assert len(editor.reads) == 0


def test_an_action_the_user_started_is_not_made_later(qtbot) -> None:
    editor = Editor()
    panel = Panel(editor, [AWAY])
    with qtbot.waitSignal(editor.reads.refused, timeout=1000):
        panel.open_dialog()
    assert len(editor.reads) == 0 and panel.waits == 0


def test_other_errors_go_through() -> None:
    editor = Editor()
    refused = ServerError.coded("postgresql://ana@db/terrain", ServerCause.REFUSED, detail="x")
    panel = Panel(editor, [refused, ValueError("a bug")])
    with pytest.raises(ServerError):
        panel.refresh("un")
    with pytest.raises(ValueError):
        panel.refresh("deux")
    assert len(editor.reads) == 0
