"""Two windows on one server project: an edit in one shows in the other within a
second, undo covers one's own edits only, and a dropped connection shows a banner,
keeps the edit the server could not save, and saves it once the server is back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.core.project import Project
from annotator.gui.main_window import MainWindow
from annotator.gui.server_session import ServerBanner
from annotator.gui.settings import AppSettings
from tests.core.conftest import text_document

WITHIN_MS = 1000  # the live-update target


@pytest.fixture
def project_url(server_url: str) -> str:
    with Project.open(server_url) as project:
        project.add_document(text_document())
        project.add_concept("Thème")
    return server_url


def _window(qtbot, folder: Path, url: str) -> MainWindow:
    folder.mkdir()
    window = MainWindow(AppSettings(folder / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    assert window.open_project(url)
    assert window._server is not None and window._server.listener.wait_listening(5)
    window.open_document(1)
    return window


@pytest.fixture
def windows(qtbot, tmp_path: Path, project_url: str) -> Iterator[tuple[MainWindow, MainWindow]]:
    pair = (
        _window(qtbot, tmp_path / "a", project_url),
        _window(qtbot, tmp_path / "b", project_url),
    )
    yield pair
    for window in pair:
        window.close()


def test_an_edit_shows_in_the_other_window_within_a_second(windows, qtbot) -> None:
    mine, theirs = windows
    assert mine.editor is not None and theirs.editor is not None
    passage = theirs.editor.annotate(1, 0, 6, (1,))
    assert passage is not None
    qtbot.waitUntil(lambda: passage.id in mine._highlights, timeout=WITHIN_MS)
    assert "Thème" in mine._highlights[passage.id].tooltip

    # undo is per window: mine has nothing to undo, theirs takes the passage back
    assert not mine.editor.undo_stack.canUndo()
    theirs.editor.undo_stack.undo()
    qtbot.waitUntil(lambda: passage.id not in mine._highlights, timeout=WITHIN_MS)
    # a concept renamed in one window is renamed in the other's codebook
    assert theirs.editor.rename_concept(1, "Thèmes")
    qtbot.waitUntil(
        lambda: (
            [c.name for c in mine.project.concepts()] == ["Thèmes"]
            and mine.windowTitle().startswith("project_")
        ),
        timeout=WITHIN_MS,
    )


def test_own_edits_are_applied_once(windows, qtbot) -> None:
    mine, theirs = windows
    heard = []
    mine.editor.changed.connect(heard.append)
    passage = mine.editor.annotate(1, 0, 6, (1,))
    other = theirs.editor.annotate(1, 10, 12)
    qtbot.waitUntil(lambda: other.id in mine._highlights, timeout=WITHIN_MS)
    # one Change for my own edit (published by my editor), one heard for theirs
    assert [c.annotations for c in heard] == [{passage.id}, {other.id}]


def test_the_window_names_the_server_and_remembers_it_without_password(
    qtbot, tmp_path: Path, project_url: str
) -> None:
    with_password = project_url.replace("@", ":secret@", 1)  # trust: any password does
    window = _window(qtbot, tmp_path / "w", with_password)
    database = project_url.rsplit("/", 1)[1]
    assert window.windowTitle().startswith(f"{database} — 127.0.0.1:")
    assert "secret" not in window.windowTitle()
    assert window.settings.recent_projects() == [project_url]
    labels = [a.text() for a in window.window_actions.recent_menu.actions()]
    assert labels == [project_url]
    window.close()


def test_a_dropped_connection_shows_a_banner_and_keeps_the_edit(
    cluster, qtbot, tmp_path: Path, project_url: str
) -> None:
    window = _window(qtbot, tmp_path / "w", project_url)
    banner = window.findChild(ServerBanner)
    assert banner is not None and not banner.isVisible()
    errors: list[str] = []
    window.editor.errorOccurred.connect(errors.append)
    cluster.stop()
    try:
        qtbot.waitUntil(lambda: banner.isVisible() and not banner.connected, timeout=5000)
        # an edit while the server is away: refused as not saved, kept, not on the undo stack
        assert window.editor.annotate(1, 0, 6, (1,)) is None
        assert "not saved" in errors[-1]
        assert window.editor.pending is not None and banner.retry_button.isVisible()
        assert not window.editor.undo_stack.canUndo()
    finally:
        cluster.start()
    qtbot.waitUntil(lambda: banner.connected and banner.retry_button.isEnabled(), timeout=5000)
    assert banner.isVisible()  # the kept edit still waits
    banner.retry_button.click()
    assert not banner.isVisible() and window.editor.pending is None
    assert window.editor.undo_stack.canUndo()
    with Project.open(project_url, read_only=True) as project:
        assert [(a.start, a.end, a.concept_ids) for a in project.annotations()] == [(0, 6, (1,))]
    window.close()


def test_file_open_server_project_asks_for_the_address(
    qtbot, tmp_path: Path, project_url: str, monkeypatch
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from annotator.gui.server_open import ServerOpenDialog

    (tmp_path / "w").mkdir()
    window = MainWindow(AppSettings(tmp_path / "w" / "settings.ini"))
    qtbot.addWidget(window)
    typed: list[bool] = []

    def answer(dialog: ServerOpenDialog) -> int:
        open_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Open)
        dialog.address.setText("fieldwork.annot")
        typed.append(open_button.isEnabled())
        dialog.address.setText(f"  {project_url} ")
        typed.append(open_button.isEnabled())
        return ServerOpenDialog.DialogCode.Accepted

    monkeypatch.setattr(ServerOpenDialog, "exec", answer)
    action = next(a for a in window.window_actions.all if a.text() == "Open &server project…")
    action.trigger()
    assert typed == [False, True]
    assert window.project is not None and window._server is not None
    window.close()
