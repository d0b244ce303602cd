"""A login's password from the system keyring: the last resort, after the URL,
PGPASSWORD and ~/.pgpass; `annotator server password` stores and forgets it; without
a keyring, the same message as before."""

from __future__ import annotations

import logging
import sys

import pytest

from annotator.cli import main
from annotator.core.errors import ServerCause
from annotator.core.project import Project
from annotator.core.store.postgres.errors import ServerError, ServerNeedsPassword
from tests.server import keyring_fixtures
from tests.server.keyring_fixtures import LOGIN, PASSWORD, MemoryKeyring, entry

memory_keyring = keyring_fixtures.memory_keyring
password_url = keyring_fixtures.password_url


def _refusal(url: str) -> str:
    return f"{url}: the server refused the login '{LOGIN}': wrong password, or no such login"


def test_a_login_that_needs_a_password_connects_with_the_keyrings(
    memory_keyring: MemoryKeyring, password_url: str, caplog
) -> None:
    caplog.set_level(logging.DEBUG)
    with pytest.raises(ServerNeedsPassword) as raised:
        Project.open(password_url)
    assert raised.value.code is ServerCause.LOGIN_REFUSED
    assert str(raised.value) == _refusal(password_url)
    memory_keyring.set_password(*entry(password_url), PASSWORD)
    with Project.open(password_url) as project:
        assert project.documents() == []
        # the listener of others' changes connects with it too
        listener = project.listener(lambda change: None)
        listener.start()
        try:
            assert listener.wait_listening(5)
        finally:
            listener.stop()
    assert PASSWORD not in caplog.text


def test_the_entry_is_the_login_and_server(monkeypatch) -> None:
    from annotator.core.store.postgres.passwords import SERVICE, keyring_user

    for name in ("PGUSER", "PGHOST", "PGPORT"):
        monkeypatch.delenv(name, raising=False)
    assert SERVICE == "Annotator PostgreSQL"
    assert keyring_user("postgresql://ana:pw@db.example.org:6543/p") == "ana@db.example.org:6543"
    assert keyring_user("postgresql://ana@db.example.org/p") == "ana@db.example.org:5432"
    monkeypatch.setenv("PGUSER", "bob")
    assert keyring_user("postgresql:///p") == "bob@localhost:5432"


def test_a_wrong_keyring_password_is_said_to_be_the_keyrings_and_may_be_asked_for(
    memory_keyring: MemoryKeyring, password_url: str
) -> None:
    memory_keyring.set_password(*entry(password_url), "not-it")
    with pytest.raises(ServerNeedsPassword) as raised:
        Project.open(password_url)
    assert raised.value.code is ServerCause.KEYRING_PASSWORD_REFUSED
    assert "saved in the system keyring" in str(raised.value)
    assert "not-it" not in str(raised.value)


def test_pgpassword_and_the_urls_password_win_over_the_keyring(
    memory_keyring: MemoryKeyring, password_url: str, monkeypatch
) -> None:
    memory_keyring.set_password(*entry(password_url), "not-it")
    with Project.open(password_url.replace(f"{LOGIN}@", f"{LOGIN}:{PASSWORD}@")):
        pass
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    with Project.open(password_url):
        pass
    # the keyring is the last resort: a wrong PGPASSWORD is not made up for
    memory_keyring.set_password(*entry(password_url), PASSWORD)
    monkeypatch.setenv("PGPASSWORD", "not-it")
    with pytest.raises(ServerError, match="refused the login"):
        Project.open(password_url)


@pytest.mark.parametrize("keyring_state", ["not installed", "no backend"])
def test_without_a_keyring_the_message_is_as_before(
    memory_keyring: MemoryKeyring, password_url: str, monkeypatch, keyring_state: str
) -> None:
    memory_keyring.set_password(*entry(password_url), PASSWORD)  # out of reach
    if keyring_state == "not installed":
        for name in [name for name in sys.modules if name.split(".")[0] == "keyring"]:
            monkeypatch.setitem(sys.modules, name, None)
    else:
        import keyring
        from keyring.backends import fail

        keyring.set_keyring(fail.Keyring())
    with pytest.raises(ServerNeedsPassword) as raised:
        Project.open(password_url)
    assert str(raised.value) == _refusal(password_url)
    assert main(["server", "password", password_url, "--forget"]) == 1


def test_the_command_stores_and_forgets_the_password(
    memory_keyring: MemoryKeyring, password_url: str, monkeypatch, capsys
) -> None:
    asked: list[str] = []
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or PASSWORD)
    assert main(["server", "password", password_url]) == 0
    user = entry(password_url)[1]
    assert asked == [f"Password of {user}: "]
    assert memory_keyring.entries == {entry(password_url): PASSWORD}
    out = capsys.readouterr().out
    assert f"the password of {user} is stored in the system keyring" in out
    assert PASSWORD not in out
    with Project.open(password_url) as project:
        assert project.author == LOGIN
    assert main(["server", "password", password_url, "--forget"]) == 0
    assert memory_keyring.entries == {}
    assert "is removed from the system keyring" in capsys.readouterr().out
    assert main(["server", "password", password_url, "--forget"]) == 0
    assert "had no password" in capsys.readouterr().out
    with pytest.raises(ServerNeedsPassword):
        Project.open(password_url)


def test_the_command_says_when_there_is_no_keyring_before_asking(
    memory_keyring: MemoryKeyring, password_url: str, monkeypatch, capsys
) -> None:
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    monkeypatch.setattr("getpass.getpass", lambda prompt: pytest.fail("asked for nothing"))
    assert main(["server", "password", password_url]) == 1
    error = capsys.readouterr().err
    assert "no system keyring is available here" in error
    assert "use PGPASSWORD or ~/.pgpass instead" in error
