"""A keyring of the tests' own (in memory), and a login that must give its password."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

keyring = pytest.importorskip("keyring", reason="keyring is not installed (pip install -e .)")

from keyring.backend import KeyringBackend  # noqa: E402
from keyring.errors import PasswordDeleteError  # noqa: E402

from annotator.core.store.postgres import passwords  # noqa: E402

PASSWORD = "Keyring-s3cret-Mot"
LOGIN = "kira"


class MemoryKeyring(KeyringBackend):
    """Passwords in a dict, by (service, user name)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


@pytest.fixture
def memory_keyring(monkeypatch, tmp_path: Path) -> Iterator[MemoryKeyring]:
    """The keyring the code sees; nothing in PGPASSWORD or a password file."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    before = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        yield memory
    finally:
        keyring.set_keyring(before)
        passwords._session.clear()


@pytest.fixture
def password_url(cluster, server_url: str) -> Iterator[str]:
    """The project's address for a reader login that must give its password (the
    cluster trusts every other login)."""
    from annotator.core.store.postgres.admin import grant_role

    hba = cluster.data / "pg_hba.conf"
    before = hba.read_text()
    cluster.sql(
        f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{LOGIN}') "
        f"THEN CREATE ROLE {LOGIN} LOGIN PASSWORD '{PASSWORD}'; END IF; END $$"
    )
    grant_role(server_url, LOGIN, "reader")
    hba.write_text(f"host all {LOGIN} 127.0.0.1/32 scram-sha-256\n" + before)
    cluster.sql("SELECT pg_reload_conf()")
    try:
        yield cluster.url(server_url.rsplit("/", 1)[1], LOGIN)
    finally:
        hba.write_text(before)
        cluster.sql("SELECT pg_reload_conf()")


def entry(url: str) -> tuple[str, str]:
    """The keyring entry of `url`'s login and server."""
    return (passwords.SERVICE, passwords.keyring_user(url))
