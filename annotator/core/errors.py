"""Errors the core raises on purpose; each carries a message fit for a user.

`str(error)` is one English line, "<file or address>: <cause>" (what the command
line prints). A typed error also carries its cause as a code (a member of one of
the Cause enums below, whose value is the English wording) and the parameters of
that wording, so that the window says it in the user's language by type and
parameters (annotator.gui.messages.describe), never by matching English text.
Errors still raised with an English sentence have no code.
"""

from __future__ import annotations

from enum import Enum
from typing import Any, Self


class Cause(Enum):
    """Base of the cause codes: each member's value is its English wording, with
    {named} parameters."""


class ImportCause(Cause):
    """Why a source could not be read or imported."""

    EMPTY_FILE = "the file is empty"
    FILE_NOT_FOUND = "file not found"
    FOLDER = "this is a folder, not a file"
    NOT_REGULAR_FILE = "not a regular file"
    TOO_LARGE = "the file is too large ({size} MB; the limit is {limit} MB)"
    PERMISSION_DENIED = "permission denied: the file cannot be read"
    UNREADABLE = "the file cannot be read ({detail})"
    BINARY = "not a PDF, web page or text file (looks like binary data)"
    NO_TEXT = "the file contains no text"
    EMPTY_RESPONSE = "the server sent an empty response"
    PAGE_TOO_LARGE = "the web page is larger than {limit} MB"
    NO_ARTICLE = "no readable text found in the web page"
    NOT_A_WEB_PAGE = "not a readable web page ({detail})"
    NOT_A_PDF = "not a PDF file (it does not start with %PDF-)"
    PDF_NO_PAGES = "the PDF has no pages; the file may be truncated or damaged"
    PDF_NO_PAGE_READ = "no page of the PDF could be read ({detail})"
    PDF_READER_FAILED = "the PDF reader failed ({detail})"
    PDF_ENCRYPTION = "this PDF's encryption is not supported ({detail})"
    PDF_DAMAGED = "not a readable PDF; the file may be damaged ({detail})"
    PDF_TOO_SLOW = (
        "reading the PDF took too long (more than {seconds} s); "
        "the file may be damaged or too complex"
    )
    PDF_READER_NOT_STARTED = "the PDF reader could not be started ({detail})"
    PDF_READER_STOPPED = "the PDF reader stopped unexpectedly"
    PDF_READER_EXITED = (
        "the PDF reader stopped unexpectedly (exit code {code}); the file may be damaged"
    )
    PASSWORD_REQUIRED = "password required"
    WRONG_PASSWORD = "wrong password"
    # downloading
    NOT_HTTP = "only http:// and https:// addresses can be downloaded"
    NO_HOST = "not a valid web address (no host name)"
    BAD_ADDRESS = "not a valid web address ({detail})"
    DOWNLOAD_TOO_LARGE = "larger than {limit} MB"
    CONNECTION_CLOSED = "the connection closed before the download finished"
    HTTP_STATUS = "HTTP {code} {phrase}"
    SECURE_CONNECTION_FAILED = "secure connection to {host} failed ({detail})"
    UNKNOWN_HOST = "could not connect: unknown host {host} ({detail})"
    CANNOT_CONNECT = "could not connect to {host} ({detail})"
    TIMED_OUT = "timed out after {seconds} s"
    TOO_MANY_REDIRECTS = "too many redirects (more than {limit})"
    REDIRECTED_AWAY = "redirected to {address}, which is not a web address"
    # reading lists of links
    NO_LINKS = "no web addresses (http:// or https://) found in this file"
    NOT_A_LINK_LIST = (
        "not a list of links: expected a bookmarks export, a text or CSV file of web "
        "addresses, or a saved web page"
    )
    LINK_LIST_TOO_LARGE = "too large for a list of links (more than {limit} MB)"
    NOT_HTML = "not a readable HTML file ({detail})"


class ProjectCause(Cause):
    """Why a project file cannot be opened or created."""

    NOT_FOUND = "no such project file"
    FOLDER = "is a folder, not a project file"
    TOO_NEW = (
        "made by a newer version of Annotator (project format {version}, this version "
        "knows up to {known}); please update Annotator"
    )
    NOT_A_PROJECT = "not an Annotator project"
    EMPTY_FILE = "not an Annotator project (the file is empty)"
    NOT_A_PROJECT_OR_DAMAGED = "not an Annotator project, or a damaged one ({detail})"
    NEEDS_UPGRADE = "needs an upgrade but is read-only"
    EXISTS = "already exists"
    READ_ONLY = "the file or its folder is read-only, so changes cannot be saved"
    CANNOT_CREATE = "cannot create the file here ({detail})"
    BUSY = "another program keeps the file busy; try again ({detail})"
    CANNOT_OPEN = "cannot be opened ({detail})"


class ExportCause(Cause):
    """Why an export could not be written."""

    NOT_A_FOLDER = "not a folder (annotated PDFs are written into a folder)"
    NO_HIGHLIGHTED_PDF = "no PDF in the selection has highlights to export"
    CANNOT_CREATE_FOLDER = "cannot create ({detail})"
    NOT_A_PDF = "not a PDF, so it has no pages to highlight"
    PDF_PROTECTED = "the PDF is password-protected; highlights cannot be added to it"
    PDF_NOT_ANNOTATABLE = "the PDF cannot be annotated ({detail})"
    EMPTY_CODEBOOK = "the codebook is empty, there is nothing to export"
    CANNOT_WRITE = "cannot write ({detail})"


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

    def __reduce__(self) -> str | tuple[Any, ...]:  # a typed error crosses processes whole
        if self.code is None:
            return super().__reduce__()
        return (_rebuild, (type(self), self.subject, self.code, self.params))


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
