"""Setting up a server project: its schema, its roles, and who has which role.

Run by the database's administrator (the login that owns the database, with the
right to create roles): coders and readers never change the schema.
"""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg import errors as pg_errors
from psycopg import sql

from annotator.core.errors import ProjectError, ServerCause
from annotator.core.store.postgres.connection import (
    connect,
    display_location,
    first_line,
    server_error,
)
from annotator.core.store.postgres.errors import ServerError, ServerNotAllowed
from annotator.core.store.postgres.schema import MIGRATIONS, PERMISSIONS, ROLES, SCHEMA_VERSION

# Serialises two `server init` runs on one database (any constant, ours: "ANNT").
_INIT_LOCK = 0x414E4E54


def init_schema(url: str) -> tuple[int, int]:
    """Create the schema in an empty database, or upgrade an older one; safe to repeat.

    Returns (version before, version now); 0 before means the project was created.
    """
    location = display_location(url)
    with connect(url) as conn:
        try:
            _create_roles(conn)
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(%s)", (_INIT_LOCK,))
                found = conn.execute(
                    "SELECT to_regclass('schema_version') IS NOT NULL AS ready"
                ).fetchone()
                before = 0
                if found and found["ready"]:
                    row = conn.execute("SELECT version FROM schema_version").fetchone()
                    before = int(row["version"]) if row else 0
                if before > SCHEMA_VERSION:
                    raise ServerError.coded(
                        location, ServerCause.TOO_NEW, version=before, known=SCHEMA_VERSION
                    )
                for target in range(before + 1, SCHEMA_VERSION + 1):
                    conn.execute(MIGRATIONS[target])
                conn.execute("UPDATE schema_version SET version = %s", (SCHEMA_VERSION,))
                conn.execute(PERMISSIONS)
                conn.execute(
                    sql.SQL("REVOKE CONNECT ON DATABASE {} FROM PUBLIC").format(
                        sql.Identifier(conn.info.dbname)
                    )
                )
        except psycopg.Error as exc:
            raise _admin_error(location, exc, ServerCause.SETUP_NOT_ALLOWED) from exc
    return before, SCHEMA_VERSION


def _create_roles(conn: psycopg.Connection[Any]) -> None:
    """The three group roles, unless the cluster has them (another project made them)."""
    for role in ROLES.values():
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
        if not exists:
            conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(role)))


def grant_role(url: str, login: str, role: str) -> None:
    """Give an existing login one role on this project (its other roles are taken back)."""
    if role not in ROLES:
        raise ServerError.coded("", ServerCause.UNKNOWN_ROLE, role=role)
    location = display_location(url)
    with connect(url) as conn:
        try:
            found = conn.execute(
                "SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", (login,)
            ).fetchone()
            if found is None or not found["rolcanlogin"]:
                raise ServerError.coded(location, ServerCause.NO_SUCH_LOGIN, login=login)
            with conn.transaction():
                for other in ROLES.values():
                    conn.execute(
                        sql.SQL("REVOKE {} FROM {}").format(
                            sql.Identifier(other), sql.Identifier(login)
                        )
                    )
                conn.execute(
                    sql.SQL("GRANT {} TO {}").format(
                        sql.Identifier(ROLES[role]), sql.Identifier(login)
                    )
                )
                conn.execute(
                    sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(
                        sql.Identifier(conn.info.dbname), sql.Identifier(login)
                    )
                )
        except psycopg.Error as exc:
            raise _admin_error(location, exc, ServerCause.GRANT_NOT_ALLOWED) from exc


def _admin_error(location: str, exc: psycopg.Error, refused: ServerCause) -> ProjectError:
    """`refused` when the login lacks the administrator's rights; else by its cause."""
    if isinstance(exc, pg_errors.InsufficientPrivilege):
        return ServerNotAllowed.coded(location, refused, detail=first_line(exc))
    return server_error(location, exc)
