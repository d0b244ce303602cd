"""A connection to a server project: its address, its errors typed by cause, transactions.

Annotator never stores a password in plain text: libpq finds it in the URL (which is
then never shown nor kept on disk), PGPASSWORD or ~/.pgpass; failing those, the system
keyring or one typed in the window for this session (passwords.py).
"""

from __future__ import annotations

import re
import select
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

import psycopg
from psycopg import errors as pg_errors
from psycopg.conninfo import conninfo_to_dict
from psycopg.rows import dict_row

from annotator.core.errors import ProjectError, ServerCause
from annotator.core.store.postgres import passwords
from annotator.core.store.postgres.errors import (
    ServerAway,
    ServerError,
    ServerNeedsPassword,
    ServerNotAllowed,
    ServerNotSaved,
)
from annotator.core.store.postgres.location import without_password

T = TypeVar("T")

# the server's own words (English unless its lc_messages says otherwise: then the
# cause stays general, with the server's words as its detail)
_NO_ROLE = re.compile(r'role "([^"]*)" does not exist')
_FOR_USER = re.compile(r'for user "([^"]*)"')
_NO_DATABASE = re.compile(r'database "([^"]*)" does not exist')
_TABLE = re.compile(r'(?:table|relation) "?([\w.]+)"?')
_VERB = re.compile(r"^\s*(INSERT|UPDATE|DELETE|TRUNCATE|COPY)\b", re.IGNORECASE)


def display_location(url: str) -> str:
    """The URL without its password (and other secrets): fit for messages and titles."""
    try:
        parts = conninfo_to_dict(url)
    except psycopg.ProgrammingError as exc:
        raise ProjectError.coded(
            _shown(url), ServerCause.NOT_AN_ADDRESS, detail=_detail(exc, url)
        ) from exc
    user = f"{parts['user']}@" if parts.get("user") else ""
    port = f":{parts['port']}" if parts.get("port") else ""
    return f"postgresql://{user}{parts.get('host', '')}{port}/{parts.get('dbname', '')}"


def _shown(url: str) -> str:
    """As much of an address that libpq could not read as may be shown."""
    try:
        return without_password(url)
    except ValueError:  # not even a URL's shape (a port that is not a number...)
        return ""


def connect(url: str) -> psycopg.Connection[dict[str, Any]]:
    """An autocommit connection returning rows as dicts; a typed error if none."""
    location = display_location(url)
    try:
        return open_connection(
            url, autocommit=True, row_factory=dict_row, application_name="annotator"
        )
    except psycopg.OperationalError as exc:
        raise connection_error(location, url, exc) from exc


def open_connection(url: str, **options: Any) -> psycopg.Connection[Any]:
    """psycopg.connect(url, **options): every connection to a server project is made
    here. When the server asks for a password that libpq found nowhere (the URL,
    PGPASSWORD, ~/.pgpass), once more with the one kept for this session or stored in
    the system keyring, passed apart from the URL; else the driver's error."""
    try:
        return psycopg.connect(url, **options)
    except psycopg.OperationalError as exc:
        if not needs_password(exc):
            raise
        password = passwords.found_password(url)
        if password is None:
            raise
    typed = passwords.typed_for_session(url)
    try:
        return psycopg.connect(url, password=password, **options)
    except psycopg.OperationalError as exc:
        if "password authentication failed" not in str(exc):
            raise
        passwords.forget_for_session(url)  # never tried again
        raise KeptPasswordRefused(str(exc), typed=typed) from exc


class KeptPasswordRefused(psycopg.OperationalError):
    """The server refused the password kept for this session or saved in the keyring
    (`typed`: the session's): a fresh one may be asked for."""

    def __init__(self, message: str, *, typed: bool) -> None:
        super().__init__(message)
        self.typed = typed


def needs_password(exc: psycopg.Error) -> bool:
    """Whether a connection failed only because the server asked for a password that
    was not given (libpq's own flag; its English words should the flag be missing)."""
    if exc.pgconn is not None:
        return bool(exc.pgconn.needs_password)
    return "no password supplied" in str(exc)


def connection_error(location: str, url: str, exc: psycopg.Error) -> ServerError:
    """Why the server refused a connection, by cause: the login or its password, the
    database, the login's access to it, or the server itself (unreachable, down)."""
    text = str(exc)
    parts = conninfo_to_dict(url)
    login = _quoted(_FOR_USER, text) or _quoted(_NO_ROLE, text) or str(parts.get("user") or "")
    if isinstance(exc, KeptPasswordRefused):
        cause = (ServerCause.TYPED_PASSWORD_REFUSED if exc.typed
                 else ServerCause.KEYRING_PASSWORD_REFUSED)
        return ServerNeedsPassword.coded(location, cause, login=login)
    if needs_password(exc):
        return ServerNeedsPassword.coded(location, ServerCause.LOGIN_REFUSED, login=login)
    if "password authentication failed" in text:
        return ServerError.coded(location, ServerCause.LOGIN_REFUSED, login=login)
    if _NO_ROLE.search(text):
        return ServerError.coded(location, ServerCause.LOGIN_REFUSED, login=login)
    if database := _quoted(_NO_DATABASE, text):
        return ServerError.coded(location, ServerCause.NO_DATABASE, database=database)
    if "permission denied for database" in text:
        return ServerError.coded(location, ServerCause.NO_ACCESS, login=login)
    return ServerError.coded(location, ServerCause.CANNOT_CONNECT, detail=_detail(exc, url))


# what a refused statement on a table stands for, in the user's terms
_DOCUMENT_TABLES = frozenset({"documents", "originals", "pages", "refi_guids", "missing_sources"})
_PASSAGE_TABLES = frozenset({"annotations", "annotation_concepts"})
_VARIABLE_TABLES = frozenset({"variables", "document_variables", "document_sets", "set_members"})


def server_error(
    location: str, exc: psycopg.Error, *, statement: str = "", role: str = ""
) -> ProjectError:
    """A failed statement (`statement`, made by a login of `role`), typed by cause;
    nothing of the change was kept."""
    if isinstance(exc, pg_errors.InsufficientPrivilege):
        cause, params = _refusal(exc, statement, role)
        return ServerNotAllowed.coded(location, cause, **params)
    if isinstance(exc, pg_errors.ReadOnlySqlTransaction):
        return ServerNotAllowed.coded(location, ServerCause.READ_ONLY)
    if (exc.sqlstate or "").startswith("40"):  # transaction rollback: conflict, deadlock
        return ServerNotSaved.coded(location, ServerCause.SAME_TIME)
    if isinstance(exc, psycopg.OperationalError):  # a lost connection, a server shut down
        return ServerAway.coded(location, ServerCause.CONNECTION_LOST, detail=first_line(exc))
    return ServerError.coded(location, ServerCause.REFUSED, detail=first_line(exc))


def _refusal(exc: psycopg.Error, statement: str, role: str) -> tuple[ServerCause, dict[str, str]]:
    """The cause of a refusal by the login's role (or row-level security): what it may
    not do, from the statement's verb and the table the server names."""
    table = _quoted(_TABLE, first_line(exc)).rsplit(".", 1)[-1]
    verb = (_quoted(_VERB, statement) or "").upper()
    role = role or "?"
    if table in _DOCUMENT_TABLES:
        adding = verb in ("INSERT", "COPY") or table != "documents"
        cause = ServerCause.CANNOT_ADD_DOCUMENTS if adding else ServerCause.CANNOT_CHANGE_DOCUMENTS
    elif table in _PASSAGE_TABLES:
        cause = ServerCause.CANNOT_CODE
    elif table == "concepts":
        cause = ServerCause.CANNOT_CHANGE_CODEBOOK
    elif table in _VARIABLE_TABLES:
        cause = ServerCause.CANNOT_CHANGE_VARIABLES
    elif table == "settings":
        cause = ServerCause.CANNOT_CHANGE_SETTINGS
    else:
        return ServerCause.CANNOT_CHANGE, {"role": role, "detail": first_line(exc)}
    return cause, {"role": role}


def _quoted(pattern: re.Pattern[str], text: str) -> str:
    found = pattern.search(text)
    return found.group(1) if found else ""


def first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def _detail(exc: Exception, url: str) -> str:
    """The driver's first line, with the password of `url` blanked should it quote it."""
    detail = first_line(exc)
    secret = urlsplit(url).password if "://" in url else None
    for found in re.finditer(r"password\s*=\s*'?([^\s']+)", url):
        detail = detail.replace(found.group(1), "***")
    return detail.replace(secret, "***") if secret else detail


class ServerBase(ABC):
    """The connection and helpers shared by ServerStore's query mixins."""

    location: str  # the URL without its password
    login: str  # the server login: the coder of the passages made here
    role: str = ""  # its role on the project (owner, coder, reader), or the login's name
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
        is never replayed (but one the server refused before it ran: `_statement`).
        Inside a transaction nothing is made again."""
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
            raise ServerAway.coded(self.location, ServerCause.UNREACHABLE) from exc

    @abstractmethod
    def _connect(self) -> psycopg.Connection[dict[str, Any]]:
        """A new connection set up as this store's (ServerStore)."""

    def _run(
        self, sql: str, params: Sequence[Any] | dict[str, Any] = ()
    ) -> psycopg.Cursor[dict[str, Any]]:
        return self._statement(sql, lambda: self._conn.execute(sql, params))

    def _run_many(self, sql: str, rows: Any) -> None:
        listed = list(rows)

        def run() -> None:
            with self._conn.cursor() as cursor:
                cursor.executemany(sql, listed)

        self._statement(sql, run)

    def _statement(self, sql: str, run: Callable[[], T]) -> T:
        """`run` a statement `sql` on the connection, typing its failure. A statement of
        its own (outside a transaction) that the server refused because it had just ended
        the session (a restart, a terminated backend: the goodbye had not arrived when
        the idle connection was probed) never ran, so it is made once on a new one."""
        self._ensure_connection()
        try:
            return run()
        except pg_errors.AdminShutdown as exc:
            if self._depth:
                raise self._error(exc, sql) from exc
        except psycopg.Error as exc:
            raise self._error(exc, sql) from exc
        self._ensure_connection()
        try:
            return run()
        except psycopg.Error as exc:
            raise self._error(exc, sql) from exc

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
            raise self._error(exc) from exc
        finally:
            self._depth = 0

    def _error(self, exc: psycopg.Error, statement: str = "") -> ProjectError:
        """`exc` typed by cause; a refusal names this login's role on the project."""
        return server_error(self.location, exc, statement=statement, role=self.role)

    # -- used across mixins --------------------------------------------------------
    @abstractmethod
    def add_links(self, links: Iterable[tuple[int, int]]) -> None:
        """Link (annotation id, concept id) pairs (ServerConceptQueries)."""

    @abstractmethod
    def restore_annotation(self, row: dict[str, Any]) -> None:
        """Insert an annotation with its id and concept links (ServerAnnotationQueries)."""
