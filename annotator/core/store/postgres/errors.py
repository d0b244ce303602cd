"""What can go wrong with a server project, in words for its user."""

from __future__ import annotations

from annotator.core.errors import ProjectError, ProjectNotSaved


class ServerError(ProjectError):
    """A server project cannot be reached, opened or used as asked."""


class ServerNotSupported(ServerError):
    """Something a project file can do that a server project cannot do yet."""

    def __init__(self, location: str, what: str) -> None:
        super().__init__(f"{location}: {what} is not supported on a server project yet")


class ServerNotAllowed(ProjectNotSaved):
    """The server refused a change that the login's role does not allow; nothing was kept."""


class ServerNotSaved(ProjectNotSaved):
    """The server could not commit a change (connection lost, conflict); nothing was kept."""
