"""Errors the core raises on purpose; each carries a message fit for a user."""

from __future__ import annotations


class AnnotatorError(Exception):
    """Base of every expected failure; `str(err)` is a clear one-line message."""


class ImportFailure(AnnotatorError):
    """A source could not be imported; names the source and the cause."""

    def __init__(self, source: str, cause: str) -> None:
        self.source = source
        self.cause = cause
        super().__init__(f"{source}: {cause}")


class PasswordRequired(ImportFailure):
    """An encrypted PDF needs a password (or the one given is wrong)."""


class Cancelled(AnnotatorError):
    """The user cancelled a long operation; nothing was written."""

    def __init__(self, what: str = "operation") -> None:
        super().__init__(f"{what} cancelled")


class ProjectError(AnnotatorError):
    """The project file cannot be opened or used as asked."""


class ProjectDamaged(ProjectError):
    """The project file is damaged (or was never a database); a backup can bring it back."""


class ProjectReadOnly(ProjectError):
    """The project file or its folder cannot be written; it can still be opened read-only."""


class ProjectNotSaved(ProjectError):
    """An edit could not be written (full disk, read-only file, busy file); none of it was kept."""


class SearchQueryError(AnnotatorError):
    """A search query that the full-text engine cannot parse."""
