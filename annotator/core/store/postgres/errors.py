"""What can go wrong with a server project; each error is typed by a ServerCause."""

from __future__ import annotations

from annotator.core.errors import ProjectError, ProjectNotSaved


class ServerError(ProjectError):
    """A server project cannot be reached, opened or used as asked."""


class ServerNotSupported(ServerError):
    """Something a project file can do that a server project cannot do yet."""


class ServerNotAllowed(ProjectNotSaved):
    """The server refused a change that the login's role does not allow; nothing was kept."""


class ServerNotSaved(ProjectNotSaved):
    """The server could not commit a change (connection lost, conflict); nothing was kept."""


class ServerAway(ServerNotSaved):
    """The connection to the server is lost and not back yet: the change (or the read)
    was not made. The window waits for the connection and makes its reads again."""


class ServerNeedsPassword(ServerError):
    """The server asks for a password that none of libpq's places (the URL, PGPASSWORD,
    ~/.pgpass), the system keyring nor this session had: the window may ask for it."""
