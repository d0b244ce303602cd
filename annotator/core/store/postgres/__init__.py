"""The PostgreSQL backend: a server project shared by a team, behind the same Project API.

The only place with SQL for PostgreSQL: its schema and migrations (schema.py), the
queries that mirror the project file's Store (documents, coding, lookups), setting
up a database and its roles (admin.py) and whole-table copies (transfer.py).
psycopg is imported only when a server project is used.
"""

from __future__ import annotations

import importlib.util
import logging

from annotator.core.errors import ServerCause
from annotator.core.store.postgres.errors import ServerError, ServerNotSupported
from annotator.core.store.postgres.location import (
    is_flattened_url,
    is_server_location,
    without_password,
)

log = logging.getLogger(__name__)

__all__ = [
    "ServerNotSupported",
    "is_flattened_url",
    "is_server_location",
    "require_server_client",
    "server_client_problem",
    "without_password",
]


def require_server_client(location: str) -> None:
    """Raise a clear ServerError when this installation cannot use a PostgreSQL server."""
    cause = server_client_problem()
    if cause is not None:
        raise ServerError.coded(without_password(location), cause)


def server_client_problem() -> ServerCause | None:
    """Why this installation cannot use a PostgreSQL server, or None when it can.

    psycopg, the client, may be missing; or it finds no libpq to load: the Linux
    installers use the system's libpq, which a computer may lack. Importing psycopg
    loads libpq, so only a server project asks this.
    """
    if importlib.util.find_spec("psycopg") is None:
        return ServerCause.NO_CLIENT
    try:
        import psycopg  # noqa: F401  (loads libpq)
    except ImportError as exc:  # psycopg found no libpq it could load: say why in the log
        log.info("the PostgreSQL client cannot load libpq: %s", " ".join(str(exc).split()))
        return ServerCause.NO_LIBPQ
    return None
