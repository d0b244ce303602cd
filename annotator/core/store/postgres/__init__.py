"""The PostgreSQL backend: a server project shared by a team, behind the same Project API.

The only place with SQL for PostgreSQL: its schema and migrations (schema.py), the
queries that mirror the project file's Store (documents, coding, lookups), setting
up a database and its roles (admin.py) and whole-table copies (transfer.py).
psycopg is imported only when a server project is used.
"""

from __future__ import annotations

import importlib.util

from annotator.core.errors import ServerCause
from annotator.core.store.postgres.errors import ServerError, ServerNotSupported
from annotator.core.store.postgres.location import (
    is_flattened_url,
    is_server_location,
    without_password,
)

__all__ = [
    "ServerNotSupported",
    "is_flattened_url",
    "is_server_location",
    "require_server_client",
    "without_password",
]


def require_server_client(location: str) -> None:
    """Raise a clear ServerError when this installation has no PostgreSQL client (the
    desktop installers leave psycopg out until the window opens server projects)."""
    if importlib.util.find_spec("psycopg") is None:
        raise ServerError.coded(without_password(location), ServerCause.NO_CLIENT)
