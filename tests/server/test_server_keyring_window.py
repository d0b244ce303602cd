"""Opening a server project whose login needs a password that neither the address,
PGPASSWORD, ~/.pgpass nor the keyring has: the window asks for it, opens with it (and
reconnects with it), stores it in the keyring only when asked, and writes it nowhere."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QMessageBox

from annotator.gui.main_window import MainWindow
from annotator.gui.server_open import ServerPasswordDialog
from annotator.gui.settings import AppSettings
from tests.server import keyring_fixtures
from tests.server.keyring_fixtures import LOGIN, PASSWORD, MemoryKeyring, entry

memory_keyring = keyring_fixtures.memory_keyring
password_url = keyring_fixtures.password_url


def _window(qtbot, folder: Path) -> MainWindow:
    window = MainWindow(AppSettings(folder / "settings.ini"))
    qtbot.addWidget(window)
    return window


def _answer(monkeypatch, typed: str, *, remember: bool) -> list[ServerPasswordDialog]:
    """Answer the password dialog with `typed`; the dialogs shown."""
    shown: list[ServerPasswordDialog] = []

    def answer(dialog: ServerPasswordDialog) -> int:
        shown.append(dialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # nothing typed yet
        dialog.password.setText(typed)
        assert ok.isEnabled()
        dialog.remember.setChecked(remember)
        return ServerPasswordDialog.DialogCode.Accepted

    monkeypatch.setattr(ServerPasswordDialog, "exec", answer)
    return shown


def _no_message_box(monkeypatch) -> list[str]:
    said: list[str] = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda *args, **kwargs: said.append(str(args)))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()) or 0)
    return said


@pytest.mark.parametrize("remember", [True, False])
def test_the_window_asks_opens_and_remembers_only_when_ticked(
    qtbot,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    password_url: str,
    monkeypatch,
    caplog,
    remember: bool,
) -> None:
    caplog.set_level(logging.DEBUG)
    shown = _answer(monkeypatch, PASSWORD, remember=remember)
    said = _no_message_box(monkeypatch)
    window = _window(qtbot, tmp_path)
    assert window.open_project(password_url)
    assert len(shown) == 1 and said == []
    dialog = shown[0]
    assert dialog.password.echoMode() is QLineEdit.EchoMode.Password
    assert not dialog.remember.isHidden()  # a keyring backend is usable
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert f"password of {entry(password_url)[1]}" in labels
    assert window.project is not None and window.project.author == LOGIN
    expected = {entry(password_url): PASSWORD} if remember else {}
    assert memory_keyring.entries == expected
    # the live listener connects with it, as a reconnection would
    assert window._server is not None and window._server.listener.wait_listening(5)
    assert PASSWORD not in window.windowTitle()
    window.close()
    settings = (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert password_url in settings and PASSWORD not in settings
    assert PASSWORD not in caplog.text


def _answers(monkeypatch, typed: list[str | None]) -> list[ServerPasswordDialog]:
    """Answer the password dialogs in turn with `typed` (None: Cancel); the dialogs shown."""
    shown: list[ServerPasswordDialog] = []

    def answer(dialog: ServerPasswordDialog) -> int:
        shown.append(dialog)
        password = typed[len(shown) - 1]
        if password is None:
            return ServerPasswordDialog.DialogCode.Rejected
        dialog.password.setText(password)
        dialog.remember.setChecked(True)
        return ServerPasswordDialog.DialogCode.Accepted

    monkeypatch.setattr(ServerPasswordDialog, "exec", answer)
    return shown


def test_a_wrong_password_is_said_asked_again_and_not_kept(
    qtbot, tmp_path: Path, memory_keyring: MemoryKeyring, password_url: str, monkeypatch
) -> None:
    shown = _answers(monkeypatch, ["not-it", None])
    said = _no_message_box(monkeypatch)
    window = _window(qtbot, tmp_path)
    assert not window.open_project(password_url)
    assert window.project is None
    assert len(shown) == 2
    assert shown[0].refused.isHidden()
    assert not shown[1].refused.isHidden()
    assert "refused this password" in shown[1].refused.text()
    assert "not-it" not in shown[1].refused.text()
    assert said == [] and window.findChild(QMessageBox, "openErrorBox") is None
    assert memory_keyring.entries == {}
    # asked again next time: the wrong one was not kept for the session
    shown = _answers(monkeypatch, ["not-it", PASSWORD])
    assert window.open_project(password_url)
    assert len(shown) == 2
    assert memory_keyring.entries == {entry(password_url): PASSWORD}
    window.close()


def test_a_changed_password_saved_in_the_keyring_is_asked_for_and_replaced(
    qtbot, tmp_path: Path, memory_keyring: MemoryKeyring, password_url: str, monkeypatch
) -> None:
    memory_keyring.set_password(*entry(password_url), "the-old-one")
    shown = _answers(monkeypatch, [PASSWORD])
    window = _window(qtbot, tmp_path)
    assert window.open_project(password_url)
    assert len(shown) == 1
    assert "saved in the system keyring" in shown[0].refused.text()
    assert not shown[0].refused.isHidden()
    assert memory_keyring.entries == {entry(password_url): PASSWORD}
    window.close()


def test_cancelling_opens_nothing_and_says_nothing(
    qtbot, tmp_path: Path, memory_keyring: MemoryKeyring, password_url: str, monkeypatch
) -> None:
    monkeypatch.setattr(
        ServerPasswordDialog, "exec", lambda dialog: ServerPasswordDialog.DialogCode.Rejected
    )
    said = _no_message_box(monkeypatch)
    window = _window(qtbot, tmp_path)
    assert not window.open_project(password_url)
    assert window.project is None and said == []
    assert window.findChild(QMessageBox, "openErrorBox") is None
    window.close()


def test_without_a_keyring_the_window_asks_without_the_check_box(
    qtbot, tmp_path: Path, memory_keyring: MemoryKeyring, password_url: str, monkeypatch
) -> None:
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    shown = _answer(monkeypatch, PASSWORD, remember=True)
    window = _window(qtbot, tmp_path)
    assert window.open_project(password_url)
    assert shown[0].remember.isHidden()
    assert window.project is not None
    window.close()


def test_the_keyrings_password_opens_without_asking(
    qtbot, tmp_path: Path, memory_keyring: MemoryKeyring, password_url: str, monkeypatch
) -> None:
    memory_keyring.set_password(*entry(password_url), PASSWORD)
    never: Callable[[ServerPasswordDialog], int] = lambda dialog: pytest.fail("asked")  # noqa: E731
    monkeypatch.setattr(ServerPasswordDialog, "exec", never)
    window = _window(qtbot, tmp_path)
    assert window.open_project(password_url)
    window.close()


def test_a_keyring_that_refuses_to_store_is_said_and_the_project_stays_open(
    qtbot, tmp_path: Path, memory_keyring: MemoryKeyring, password_url: str, monkeypatch
) -> None:
    from keyring.errors import PasswordSetError

    def refuse(service: str, username: str, password: str) -> None:
        raise PasswordSetError("the keyring is locked")

    monkeypatch.setattr(memory_keyring, "set_password", refuse)
    _answer(monkeypatch, PASSWORD, remember=True)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    window = _window(qtbot, tmp_path)
    assert window.open_project(password_url)
    assert window.project is not None
    assert warned == ["The system keyring did not store the password (the keyring is locked)."]
    window.close()


def test_the_analysis_process_opens_with_the_typed_password(
    qtbot, tmp_path: Path, memory_keyring: MemoryKeyring, password_url: str, monkeypatch
) -> None:
    _answer(monkeypatch, PASSWORD, remember=False)
    window = _window(qtbot, tmp_path)
    window.show()
    assert window.open_project(password_url)
    window.window_actions.show_analysis()  # a process of its own, which opens the project
    analysis = window.window_actions._analysis
    assert analysis is not None
    qtbot.waitUntil(lambda: analysis.data is not None, timeout=30000)
    assert analysis.data.documents == {}
    analysis.close()
    window.close()


def test_a_recent_server_project_asks_too(
    qtbot, tmp_path: Path, memory_keyring: MemoryKeyring, password_url: str, monkeypatch
) -> None:
    window = _window(qtbot, tmp_path)
    window.settings.add_recent_project(password_url)
    window.window_actions.refresh_recent()
    shown = _answer(monkeypatch, PASSWORD, remember=False)
    (recent,) = window.window_actions.recent_menu.actions()
    recent.trigger()
    assert len(shown) == 1 and window.project is not None
    window.close()
