"""ServerStore: the queries of a project file's Store, on a PostgreSQL database.

Project holds one store or the other and calls the same methods on it. The
database must have been set up by `annotator server init` (which needs rights
a coder does not have); opening never changes the schema. A read-only opening
is read-only on the server too (default_transaction_read_only).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import psycopg

from annotator.core.changes import Change
from annotator.core.errors import ServerCause
from annotator.core.store.postgres.coding import ServerAnnotationQueries, ServerConceptQueries
from annotator.core.store.postgres.connection import connect, display_location, server_error
from annotator.core.store.postgres.documents import ServerDocumentQueries
from annotator.core.store.postgres.errors import ServerError, ServerNotSupported
from annotator.core.store.postgres.live import ChangeListener
from annotator.core.store.postgres.location import is_flattened_url, without_password
from annotator.core.store.postgres.lookups import ServerLookupQueries
from annotator.core.store.postgres.schema import ROLES, SCHEMA_VERSION


class ServerStore(
    ServerDocumentQueries, ServerConceptQueries, ServerAnnotationQueries, ServerLookupQueries
):
    """A connection to one server project; rows in, rows out (plain dicts)."""

    def __init__(self, url: str, *, read_only: bool = False) -> None:
        self.location = display_location(url)
        self.read_only = read_only
        self._url = url  # kept in memory only, to connect again and to listen
        self._conn = connect(url)
        try:
            self.version = self._prepare()
        except BaseException:
            self._conn.close()
            raise

    @property
    def url(self) -> str:
        """The address as given, password included: to open the project again (Project's
        `location`), never to show."""
        return self._url

    def _connect(self) -> psycopg.Connection[dict[str, Any]]:
        conn = connect(self._url)
        if self.read_only:
            try:
                conn.execute("SET default_transaction_read_only = on")
            except psycopg.Error as exc:
                conn.close()
                raise server_error(self.location, exc) from exc
        return conn

    def listener(
        self,
        on_change: Callable[[Change], None],
        on_connected: Callable[[bool], None] = lambda connected: None,
    ) -> ChangeListener:
        """A listener (not started) for the other coders' commits to this project."""
        return ChangeListener(self._url, lambda: self.backend_pid, on_change, on_connected)

    def _prepare(self) -> int:
        try:
            if self.read_only:
                self._conn.execute("SET default_transaction_read_only = on")
            row = self._conn.execute(
                "SELECT current_user AS login, to_regclass('schema_version') IS NOT NULL AS ready, "
                "(SELECT array_agg(rolname::text) FROM pg_roles "
                " WHERE rolname = ANY(%s) AND pg_has_role(current_user, oid, 'MEMBER')) AS roles",
                (list(ROLES.values()),),
            ).fetchone()
            assert row is not None
            self.login = str(row["login"])
            self.role = _role_of(row["roles"] or ()) or self.login
            if not row["ready"]:
                raise ServerError.coded(
                    self.location, ServerCause.NOT_A_PROJECT, location=self.location
                )
            found = self._conn.execute("SELECT version FROM schema_version").fetchone()
        except psycopg.Error as exc:
            raise server_error(self.location, exc) from exc
        version = int(found["version"]) if found else 0
        if version > SCHEMA_VERSION:
            raise ServerError.coded(
                self.location, ServerCause.TOO_NEW, version=version, known=SCHEMA_VERSION
            )
        if version < SCHEMA_VERSION:
            raise ServerError.coded(
                self.location, ServerCause.NEEDS_UPGRADE, location=self.location
            )
        return version

    def close(self) -> None:
        """Close (again: nothing)."""
        self._conn.close()

    def checkpoint(self) -> bool:
        """Every commit is on the server already: nothing to copy anywhere."""
        return True

    def integrity_problems(self, *, quick: bool = False) -> list[str]:
        """The server keeps its own pages sound; the full check is for project files."""
        if quick:
            return []
        raise ServerNotSupported.coded(self.location, ServerCause.FULL_CHECK_NOT_SUPPORTED)

    def data_version(self) -> int:
        """Constant: others' changes arrive through listener(), not by polling."""
        return 0


def open_server_store(location: str | Path, *, read_only: bool = False) -> ServerStore:
    """The store of a server project given as a postgresql:// URL.

    A URL that went through a file path (a command that takes project files only)
    is refused with a clear message rather than looked for on disk.
    """
    if is_flattened_url(location):
        raise ServerNotSupported.coded(without_password(str(location)), ServerCause.NOT_SUPPORTED)
    return ServerStore(str(location), read_only=read_only)


def _role_of(granted: Iterable[str]) -> str:
    """The project role (owner, coder, reader) among the group roles a login has: the
    widest one, should it have several."""
    return next((name for name, group in ROLES.items() if group in granted), "")
