"""Errors the core raises on purpose; each carries a message fit for a user.

`str(error)` is one English line, "<file or address>: <cause>" (what the command
line prints). A typed error also carries its cause as a code (a member of one of
the Cause enums of causes.py, whose value is the English wording) and the parameters of
that wording, so that the window says it in the user's language by type and
parameters (annotator.gui.messages.describe), never by matching English text.
"""

from __future__ import annotations

from typing import Any, Self

from annotator.core.causes import (
    BackupCause,
    CancelCause,
    Cause,
    CopyCause,
    EditCause,
    ExportCause,
    FaultCause,
    ImportCause,
    ProjectCause,
    SearchCause,
    ServerCause,
)

# the causes too: modules import both from here
__all__ = [
    "AnnotatorError",
    "ImportFailure",
    "PasswordRequired",
    "Cancelled",
    "ProjectError",
    "ProjectDamaged",
    "ProjectReadOnly",
    "ProjectNotSaved",
    "EditConflict",
    "SearchQueryError",
    "Cause",
    "ImportCause",
    "ProjectCause",
    "EditCause",
    "BackupCause",
    "CopyCause",
    "SearchCause",
    "CancelCause",
    "FaultCause",
    "ExportCause",
    "ServerCause",
]


class AnnotatorError(Exception):
    """Base of every expected failure; `str(err)` is a clear one-line message.

    `subject` is the file, address or title the failure is about ("" for none),
    `wording` the English cause; a typed error (made with `coded`) also has its
    `code` and the `params` of its wording, as text.
    """

    def __init__(self, message: str = "") -> None:
        super().__init__(message)
        self.subject = ""
        self.wording = message
        self.code: Cause | None = None
        self.params: dict[str, str] = {}

    @classmethod
    def coded(cls, subject: str, cause: Cause, **params: object) -> Self:
        """A typed failure about `subject` for `cause`, worded with `params`."""
        texts = {name: str(value) for name, value in params.items()}
        wording = cause.value.format(**texts)
        error = cls.__new__(cls)
        AnnotatorError.__init__(error, f"{subject}: {wording}" if subject else wording)
        error.subject, error.wording, error.code, error.params = subject, wording, cause, texts
        return error

    def __reduce__(self) -> str | tuple[Any, ...]:
        """A typed error crosses processes whole: its code, parameters and any values a
        subclass adds (an EditConflict's stored values, who made them and when)."""
        if self.code is None:
            return super().__reduce__()
        added = {name: value for name, value in vars(self).items() if name not in _TYPED}
        return (_rebuild, (type(self), self.subject, self.code, self.params), added or None)


_TYPED = frozenset({"subject", "wording", "code", "params"})  # what `coded` sets


def _rebuild(
    kind: type[AnnotatorError], subject: str, cause: Cause, params: dict[str, str]
) -> AnnotatorError:
    return kind.coded(subject, cause, **params)


class ImportFailure(AnnotatorError):
    """A source could not be imported; names the source and the cause."""

    def __init__(self, source: str, cause: str) -> None:
        super().__init__(f"{source}: {cause}")
        self.subject, self.wording = source, cause

    @property
    def source(self) -> str:
        return self.subject

    @property
    def cause(self) -> str:
        """The English cause, without the source."""
        return self.wording


class PasswordRequired(ImportFailure):
    """An encrypted PDF needs a password (or the one given is wrong)."""


class Cancelled(AnnotatorError):
    """The user cancelled a long operation; nothing was written.

    `what` names the operation ("import", "merge"…, one of CancelCause's), which is
    its cause code."""

    def __init__(self, what: str = "operation") -> None:
        super().__init__(f"{what} cancelled")
        self.code = CancelCause(self.wording)


class ProjectError(AnnotatorError):
    """The project file cannot be opened or used as asked."""


class ProjectDamaged(ProjectError):
    """The project file is damaged (or was never a database); a backup can bring it back."""


class ProjectReadOnly(ProjectError):
    """The project file or its folder cannot be written; it can still be opened read-only."""


class ProjectNotSaved(ProjectError):
    """An edit could not be written (full disk, read-only file, busy file); none of it was kept."""


class EditConflict(ProjectError):
    """An edit of something another coder (or window) changed since it was shown: nothing
    was overwritten. `current` holds the stored values now ({field: value}), so that the
    user can keep theirs (edit again, expecting these) or take the other's.

    `edited_by` is who made the edit that was kept (a server's login; "" where the project
    cannot know, as in a file) and `edited_at` when (ISO 8601 in UTC; "" if unknown)."""

    current: dict[str, Any]
    edited_by: str = ""
    edited_at: str = ""

    @classmethod
    def of(
        cls,
        cause: EditCause,
        current: dict[str, Any],
        *,
        edited_by: str = "",
        edited_at: str = "",
        **params: object,
    ) -> EditConflict:
        error = cls.coded("", cause, **params)
        error.current, error.edited_by, error.edited_at = dict(current), edited_by, edited_at
        return error


class SearchQueryError(AnnotatorError):
    """A search query that the full-text engine cannot parse."""
