"""A connection to a server project: its address, errors in words, transactions.

The password never passes through Annotator: libpq finds it in PGPASSWORD or
~/.pgpass (or the URL, which is then never shown nor kept).
"""

from __future__ import annotations

import select
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg
from psycopg import errors as pg_errors
from psycopg.conninfo import conninfo_to_dict
from psycopg.rows import dict_row

from annotator.core.errors import ProjectError
from annotator.core.store.postgres.errors import (
    ServerError,
    ServerNotAllowed,
    ServerNotSaved,
)


def display_location(url: str) -> str:
    """The URL without its password (and other secrets): fit for messages and titles."""
    try:
        parts = conninfo_to_dict(url)
    except psycopg.ProgrammingError as exc:
        raise ProjectError(f"not a valid server address ({exc})") from exc
    user = f"{parts['user']}@" if parts.get("user") else ""
    port = f":{parts['port']}" if parts.get("port") else ""
    return f"postgresql://{user}{parts.get('host', '')}{port}/{parts.get('dbname', '')}"


def connect(url: str) -> psycopg.Connection[dict[str, Any]]:
    """An autocommit connection returning rows as dicts; a clear error if none."""
    location = display_location(url)
    try:
        return psycopg.connect(
            url, autocommit=True, row_factory=dict_row, application_name="annotator"
        )
    except psycopg.OperationalError as exc:
        raise ServerError(f"{location}: cannot connect to the server ({_first_line(exc)})") from exc


def server_error(location: str, exc: psycopg.Error) -> ProjectError:
    """A failed statement in words for the user; nothing of the change was kept."""
    lost = "this change was not saved; your earlier work is safe"
    detail = _first_line(exc)
    if isinstance(exc, pg_errors.InsufficientPrivilege):
        return ServerNotAllowed(
            f"{location}: your role on this project does not allow this change ({detail}): {lost}"
        )
    if isinstance(exc, pg_errors.ReadOnlySqlTransaction):
        return ServerNotAllowed(f"{location}: the project is open read-only: {lost}")
    if (exc.sqlstate or "").startswith("40"):  # transaction rollback: conflict, deadlock
        return ServerNotSaved(
            f"{location}: another coder changed the same items at the same time: {lost}. Try again"
        )
    if isinstance(exc, psycopg.OperationalError):  # a lost connection, a server shut down
        return ServerNotSaved(f"{location}: the server could not complete it ({detail}): {lost}")
    return ServerError(f"{location}: the server refused this ({detail})")


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


class ServerBase(ABC):
    """The connection and helpers shared by ServerStore's query mixins."""

    location: str  # the URL without its password
    login: str  # the server login: the coder of the passages made here
    read_only: bool
    version: int
    _conn: psycopg.Connection[dict[str, Any]]
    _depth: int = 0

    @property
    def path(self) -> Path:
        """The database's name, as a label (export titles); a server project has no file."""
        return Path(self.location.rsplit("/", 1)[-1] or "project")

    @property
    def backend_pid(self) -> int:
        """The server process of this connection: it signs this store's announcements."""
        return int(self._conn.info.backend_pid)

    def _ensure_connection(self) -> None:
        """After a dropped connection (a server restart, a network cut), connect again
        before the next statement. A statement that failed was reported as not saved and
        is never replayed. Inside a transaction nothing is made again."""
        if self._depth:
            return
        if not self._conn.broken and not self._conn.closed:
            # idle, the connection receives nothing; something to read means the server
            # said goodbye (a shutdown, a terminated session): probe it, no round trip else
            ready, _, _ = select.select([self._conn.fileno()], [], [], 0)
            if not ready:
                return
            try:
                self._conn.execute("SELECT 1")
                return
            except psycopg.Error:
                pass
        self._conn.close()
        try:
            self._conn = self._connect()
        except ServerError as exc:  # still away: this edit waits, as one cut mid-way
            raise ServerNotSaved(
                f"{self.location}: the server cannot be reached: this change was not saved; "
                "your earlier work is safe"
            ) from exc

    @abstractmethod
    def _connect(self) -> psycopg.Connection[dict[str, Any]]:
        """A new connection set up as this store's (ServerStore)."""

    def _run(
        self, sql: str, params: Sequence[Any] | dict[str, Any] = ()
    ) -> psycopg.Cursor[dict[str, Any]]:
        self._ensure_connection()
        try:
            return self._conn.execute(sql, params)
        except psycopg.Error as exc:
            raise server_error(self.location, exc) from exc

    def _run_many(self, sql: str, rows: Any) -> None:
        self._ensure_connection()
        try:
            with self._conn.cursor() as cursor:
                cursor.executemany(sql, list(rows))
        except psycopg.Error as exc:
            raise server_error(self.location, exc) from exc

    def _one(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> dict[str, Any] | None:
        return self._run(sql, params).fetchone()

    def _all(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        return self._run(sql, params).fetchall()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic write; nested uses join the outer transaction."""
        if self._depth:
            yield
            return
        self._ensure_connection()
        self._depth = 1
        try:
            with self._conn.transaction():
                yield
        except psycopg.Error as exc:
            raise server_error(self.location, exc) from exc
        finally:
            self._depth = 0

    # -- used across mixins --------------------------------------------------------
    @abstractmethod
    def add_links(self, links: Iterable[tuple[int, int]]) -> None:
        """Link (annotation id, concept id) pairs (ServerConceptQueries)."""

    @abstractmethod
    def restore_annotation(self, row: dict[str, Any]) -> None:
        """Insert an annotation with its id and concept links (ServerAnnotationQueries)."""
