"""Server passwords kept outside libpq's own places: the system keyring, and one typed
in the window for this session.

libpq looks first: a password in the URL, PGPASSWORD, ~/.pgpass. Only when the server
asks for a password that none of those had does a connection look here (connection.py's
`open_connection`): a password typed in the window for this session, then the system
keyring, through the `keyring` package (Secret Service on Linux desktops, the macOS
Keychain, the Windows Credential Locker).

Keyring entries: service "Annotator PostgreSQL", user name "login@host:port" as in the
URL, with libpq's defaults for what it leaves out (PGUSER or the system user, PGHOST or
localhost, PGPORT or 5432). One password per login and server, whatever the database.

`keyring` missing, or without a usable backend (a headless server, CI), is no error for
a connection: it goes on as without a keyring. Passwords are never logged, shown nor
written anywhere but the keyring, and only when asked.
"""

from __future__ import annotations

import getpass
import logging
import os
from typing import Any
from urllib.parse import unquote, urlsplit

from annotator.core.errors import AnnotatorError, ServerCause

log = logging.getLogger(__name__)

SERVICE = "Annotator PostgreSQL"

# typed in the window, for this session only: by keyring user name
_session: dict[str, str] = {}


class KeyringUnavailable(AnnotatorError):
    """The system keyring cannot be used here: `keyring` is not installed, has no
    backend (no desktop session), or refused (a locked keyring, access denied)."""


def keyring_user(url: str) -> str:
    """The keyring's user name for the login and server of `url`: "login@host:port"."""
    parts = urlsplit(url)
    login = unquote(parts.username or "") or os.environ.get("PGUSER") or getpass.getuser()
    host = unquote(parts.hostname or "") or os.environ.get("PGHOST") or "localhost"
    try:
        port = parts.port
    except ValueError:  # not a number: libpq refuses the URL before any password is asked
        port = None
    return f"{login}@{host}:{port or os.environ.get('PGPORT') or 5432}"


def keep_for_session(url: str, password: str) -> None:
    """Use `password` for the login and server of `url` until the program ends (or
    `forget_for_session`): reconnections and the listener of live changes need it."""
    _session[keyring_user(url)] = password


def forget_for_session(url: str) -> None:
    _session.pop(keyring_user(url), None)


def typed_for_session(url: str) -> bool:
    """Whether the password `found_password` gives for `url` is one typed this session."""
    return keyring_user(url) in _session


def session_passwords() -> dict[str, str]:
    """This session's typed passwords, for a process of this program that shares no
    memory with it (the analysis worker is spawned): sent down a pipe, never written."""
    return dict(_session)


def keep_session_passwords(kept: dict[str, str]) -> None:
    """In such a process: the passwords its parent had (`session_passwords`)."""
    _session.update(kept)


def found_password(url: str) -> str | None:
    """The password for `url` kept for this session, else the keyring's, else None (no
    keyring, no usable backend, nothing stored or the keyring refused: logged, no error)."""
    user = keyring_user(url)
    if user in _session:
        return _session[user]
    try:
        backend = _backend()
        return backend.get_password(SERVICE, user)
    except KeyringUnavailable as exc:
        log.info("no password from the system keyring for %s: %s", user, exc)
    except Exception as exc:  # noqa: BLE001 (a backend's own failure: D-Bus, a locked keychain)
        log.warning("the system keyring failed to give the password for %s: %s", user, exc)
    return None


def keyring_problem() -> KeyringUnavailable | None:
    """Why no password can be stored in the system keyring here; None when it can."""
    try:
        _backend()
    except KeyringUnavailable as exc:
        return exc
    return None


def store_password(url: str, password: str) -> str:
    """Store `password` for the login and server of `url` in the system keyring; the
    entry's user name. KeyringUnavailable (with why) when it cannot."""
    user = keyring_user(url)
    backend = _backend()
    try:
        backend.set_password(SERVICE, user, password)
    except Exception as exc:  # noqa: BLE001 (keyring's errors and its backends' own)
        raise KeyringUnavailable.coded(
            "", ServerCause.KEYRING_NOT_STORED, detail=exc) from exc
    return user


def forget_password(url: str) -> bool:
    """Remove the keyring's password for the login and server of `url` (and this
    session's); False if the keyring had none."""
    forget_for_session(url)
    backend = _backend()
    user = keyring_user(url)
    from keyring.errors import PasswordDeleteError

    try:
        if backend.get_password(SERVICE, user) is None:
            return False
        backend.delete_password(SERVICE, user)
    except PasswordDeleteError:
        return False
    except Exception as exc:  # noqa: BLE001 (keyring's errors and its backends' own)
        raise KeyringUnavailable.coded(
            "", ServerCause.KEYRING_NOT_REMOVED, detail=exc) from exc
    return True


def _backend() -> Any:
    """keyring's backend, or KeyringUnavailable saying why there is none."""
    try:
        import keyring
        from keyring.backends import fail, null
    except ImportError as exc:
        raise KeyringUnavailable.coded("", ServerCause.NO_KEYRING_PACKAGE) from exc
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # noqa: BLE001 (a backend that fails as it loads)
        raise KeyringUnavailable.coded("", ServerCause.KEYRING_UNUSABLE, detail=exc) from exc
    if isinstance(backend, (fail.Keyring, null.Keyring)):
        raise KeyringUnavailable.coded("", ServerCause.NO_KEYRING)
    return backend
