"""The causes of the errors the core raises, one enum per area.

Each member's value is its English wording, with {named} parameters; an error made
with `AnnotatorError.coded` carries the member as its code (see errors.py), so that
the window words it in the user's language by code, never by matching English text.
"""

from __future__ import annotations

from enum import Enum


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
    SCANNED_PAGES_UNREADABLE = "cannot read scanned pages: {detail}"
    PDF_OUT_OF_MEMORY = (
        "reading the PDF used too much memory{amount}; the file may be damaged or too complex"
    )
    # sheets: codebook CSV, document variables (CSV or XLSX)
    NO_PATH_COLUMN = (
        "no Path column in the first row (expected a header like Path,Description,Colour,Shortcut)"
    )
    NO_VARIABLE_NAMES = (
        "no variable names in the first row (expected a header like Document,Age,Site)"
    )
    NOT_XLSX = "not a readable XLSX workbook ({detail})"
    # REFI-QDA projects and codebooks
    ARCHIVE_TOO_MANY_FILES = "the archive holds {count} files, more than {limit}"
    ARCHIVE_PATH_TRAVERSAL = (
        "refused: the archive member {member!r} points outside the archive (path traversal)"
    )
    MEMBER_MISSING = "not in the archive"
    MEMBER_ENCRYPTED = "encrypted archive members cannot be read"
    MEMBER_TOO_LARGE = "too large ({size} MB; the limit is {limit} MB)"
    MEMBER_ZIP_BOMB = "refused, it expands {ratio} times (a zip bomb?)"
    ARCHIVE_TOO_LARGE = "refused, the archive expands to more than {limit} GB"
    MEMBER_DAMAGED = "damaged in the archive ({detail})"
    MEMBER_UNPACKING_FAILED = "cannot be unpacked ({detail})"
    NOT_A_ZIP = "not a readable zip archive ({detail})"
    REFI_TOO_LARGE = "too large for a REFI-QDA file ({size} MB)"
    XML_ENTITIES = "refused, the XML declares entities (a possible entity-expansion attack)"
    XML_OUTSIDE_RESOURCES = "refused, the XML refers to outside resources ({detail})"
    XML_MALFORMED = "not well-formed XML ({detail})"
    NOT_A_REFI_PROJECT_ROOT = "not a REFI-QDA project (its root is <{root}>)"
    NOT_A_REFI_CODEBOOK = "not a REFI-QDA codebook (its root is <{root}>)"
    NOT_A_REFI_PROJECT = "not a REFI-QDA project: neither a .qdpx archive nor QDA-XML"
    NO_REFI_PROJECT = "no project (.qde file) in the archive"
    SEVERAL_REFI_PROJECTS = (
        "several projects in the archive ({names}); cannot tell which one to import"
    )


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
    # an edit that could not be written
    DISK_FULL = (
        "the disk is full: this change was not saved; your earlier work is safe. "
        "Free some space and try again"
    )
    SAVE_READ_ONLY = (
        "the project is read-only: this change was not saved; your earlier work is safe. "
        "Save a copy elsewhere to keep working"
    )
    SAVE_BUSY = (
        "another program kept the file busy for {seconds} s: this change was not saved; "
        "your earlier work is safe. Try again"
    )
    SAVE_FAILED = (
        "the file could not be written ({detail}): this change was not saved; "
        "your earlier work is safe"
    )
    SAVE_DAMAGED = (
        "the project file is damaged ({detail}): this change was not saved. "
        "Run 'annotator check' on it or restore a backup"
    )
    DAMAGED = "the project file is damaged ({detail})"
    MERGE_INTO_ITSELF = "cannot merge a project into itself"


class EditCause(Cause):
    """Why an edit of the project's contents was refused."""

    NO_DOCUMENT = "no document with id {id}"
    NO_CONCEPT = "no concept with id {id}"
    NO_ANNOTATION = "no annotation with id {id}"
    NO_MISSING_SOURCE = "no missing source with id {id}"
    NO_VARIABLE = "no variable with id {id}"
    NO_SET = "no set with id {id}"
    # passages
    NOT_A_RANGE = "passage {start}-{end} is not a range of the document"
    OUTSIDE_DOCUMENT = "passage {start}-{end} is outside the document (0-{length})"
    NO_WORD_TO_AUTOCODE = "cannot autocode this selection: it holds no word"
    # the concept tree
    BAD_KEY = "a concept's key must be one of {keys}"
    KEY_TAKEN = "key {key} already applies the concept {concept!r}"
    MOVED_UNDER_ITSELF = "a concept cannot be moved under itself"
    MERGED_INTO_ITSELF = "cannot merge a concept into itself"
    MERGED_INTO_SUB_CONCEPT = "cannot merge a concept into one of its own sub-concepts"
    SUB_CONCEPTS_CLASH = "{concept} already has sub-concepts named {names}"
    CONCEPT_NAME_EMPTY = "a concept needs a name"
    CONCEPT_NAME_SLASH = "a concept name cannot contain '/'"
    CONCEPT_NAME_TAKEN = "there is already a concept named {name!r} here"
    # document variables (the variable's name is the subject)
    NOT_YES_OR_NO = "{value!r} is not yes or no"
    NOT_A_CATEGORY = "{value!r} is not one of its categories ({choices})"
    NOT_A_NUMBER = "{value!r} is not a number"
    NOT_FINITE = "{value} is not a number"
    NOT_A_DATE = "{value!r} is not a date written YYYY-MM-DD"
    VARIABLE_NAME_EMPTY = "a variable needs a name"
    VARIABLE_NAME_TAKEN = "there is already a variable named {name!r}"
    UNKNOWN_VARIABLE_TYPE = "unknown type {type!r} (one of {types})"
    CATEGORY_NEEDS_CHOICES = "a category needs its list of choices"
    CHOICES_ONLY_FOR_CATEGORY = "only a category has a list of choices"
    # document sets
    SET_NAME_EMPTY = "a set needs a name"
    SET_NAME_TAKEN = "there is already a set named {name!r}"
    # two coders editing the same thing: the second is told, nothing is overwritten
    MEMO_CONFLICT = (
        "the memo of the passage {passage!r} was changed elsewhere at {updated}, after you "
        "opened it: your memo was not saved"
    )
    CONCEPT_CONFLICT = (
        "the concept {name!r} was changed elsewhere after you opened it: your change was not saved"
    )
    # the same on a server project, which records who made the edit that was kept, and when
    MEMO_CONFLICT_BY = (
        "{by} changed the memo of the passage {passage!r} at {updated}, after you opened it: "
        "your memo was not saved"
    )
    CONCEPT_CONFLICT_BY = (
        "{by} changed the concept {name!r} at {updated}, after you opened it: "
        "your change was not saved"
    )


class BackupCause(Cause):
    """Why a backup could not be made, found or put back (the subject is a file or folder)."""

    CANNOT_WRITE = "backups cannot be written there ({detail})"
    NONE_YET = "no backups yet (they go in {folder})"
    NO_SUCH_BACKUP = "no such backup of {project}"
    BACKUP_DAMAGED = "this backup is damaged too ({detail})"
    CANNOT_RESTORE = "the backup could not be put in place ({detail})"
    SAME_PLACE = "choose another place than the project itself"
    COPY_FAILED = "the copy could not be written ({detail})"


class CopyCause(Cause):
    """Why a project could not be copied to another file or server."""

    FOLDER = "is a folder, not a project file"
    EXISTS = "already exists (use --force to replace it)"
    NOT_EMPTY = "already holds a project ({contents}); use --force to replace it"
    INCOMPLETE = "the copy is incomplete ({detail})"
    NO_PLACE = (
        "cannot be copied whole, the destination has no place for {tables}; "
        "update Annotator or the server (annotator server init)"
    )
    NO_COLUMN = (
        "table {table} has no column {columns}; "
        "update Annotator or the server (annotator server init)"
    )


class SearchCause(Cause):
    """Why a search query cannot be understood."""

    QUOTE_NOT_CLOSED = 'cannot understand this search: a quote (") is not closed'
    NO_TERM_BEFORE = "cannot understand this search: {operator} needs a term before it"
    NOTHING_AFTER = "cannot understand this search: nothing after {operator}"
    NOT_UNDERSTOOD = "cannot understand this search: {detail}"


class CancelCause(Cause):
    """Which long operation the user stopped."""

    OPERATION = "operation cancelled"
    IMPORT = "import cancelled"
    REFI_IMPORT = "REFI-QDA import cancelled"
    DOWNLOAD = "download cancelled"
    EXPORT = "export cancelled"
    MERGE = "merge cancelled"


class FaultCause(Cause):
    """A bug met while working (the details go to the log); worded for the user all the same."""

    UNEXPECTED = "unexpected error ({detail})"


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
    UNKNOWN_FORMAT = "unknown export format {format!r} (known: {known})"
    UNKNOWN_OPTION = "the {format} format has no option {option!r}"


class ServerCause(Cause):
    """Why a server project (a postgresql:// address, the subject, shown without its
    password) cannot be reached, opened, set up or changed as asked."""

    # reaching the server
    NOT_AN_ADDRESS = "not a valid server address ({detail})"
    NO_CLIENT = (
        "this installation cannot open server projects "
        "(the PostgreSQL client, psycopg, is not installed)"
    )
    NO_LIBPQ = (
        "this installation cannot open server projects: the PostgreSQL client library "
        "(libpq) is missing; install it (the libpq5 package on Debian and Ubuntu, libpq on "
        "Fedora) and try again"
    )
    CANNOT_CONNECT = "cannot connect to the server ({detail})"
    LOGIN_REFUSED = "the server refused the login {login!r}: wrong password, or no such login"
    TYPED_PASSWORD_REFUSED = "the server refused the password typed for the login {login!r}"
    KEYRING_PASSWORD_REFUSED = (
        "the server refused the password of the login {login!r} saved in the system keyring "
        "(was it changed?)"
    )
    NO_DATABASE = "cannot connect to the server: it has no database named {database!r}"
    NO_ACCESS = (
        "cannot connect to the server: the login {login!r} has no role on this project "
        "(its owner gives one with 'annotator server grant')"
    )
    # opening
    NOT_A_PROJECT = (
        "not an Annotator project yet; set it up with 'annotator server init {location}'"
    )
    TOO_NEW = (
        "made by a newer version of Annotator (server format {version}, this version "
        "knows up to {known}); please update Annotator"
    )
    NEEDS_UPGRADE = "needs an upgrade; run 'annotator server init {location}'"
    NOT_SUPPORTED = "this command is not supported on a server project yet"
    CHECK_NOT_SUPPORTED = "'annotator check' is not supported on a server project yet"
    FULL_CHECK_NOT_SUPPORTED = (
        "the full integrity check is not supported on a server project yet"
    )
    # a read or an edit the server could not make
    CONNECTION_LOST = (
        "the connection to the server was lost ({detail}): this change was not saved; "
        "your earlier work is safe"
    )
    UNREACHABLE = (
        "the server cannot be reached: this change was not saved; your earlier work is safe"
    )
    SAME_TIME = (
        "another coder changed the same items at the same time: this change was not saved; "
        "your earlier work is safe. Try again"
    )
    READ_ONLY = (
        "the project is open read-only: this change was not saved; your earlier work is safe"
    )
    CANNOT_ADD_DOCUMENTS = (
        "permission denied: your role {role!r} cannot add documents: this change was not saved"
    )
    CANNOT_CHANGE_DOCUMENTS = (
        "permission denied: your role {role!r} cannot change or remove documents: "
        "this change was not saved"
    )
    CANNOT_CODE = (
        "permission denied: your role {role!r} cannot add or change passages: "
        "this change was not saved"
    )
    CANNOT_CHANGE_CODEBOOK = (
        "permission denied: your role {role!r} cannot change the codebook: "
        "this change was not saved"
    )
    CANNOT_CHANGE_VARIABLES = (
        "permission denied: your role {role!r} cannot change the document variables or "
        "sets: this change was not saved"
    )
    CANNOT_CHANGE_SETTINGS = (
        "permission denied: your role {role!r} cannot change the project's settings: "
        "this change was not saved"
    )
    CANNOT_CHANGE = (
        "permission denied: your role {role!r} does not allow this change ({detail}): "
        "this change was not saved"
    )
    NOT_THEIR_PASSAGE = (
        "passage {passage} was coded by {coder}; only its coder or a project owner may "
        "change it: this change was not saved"
    )
    REFUSED = "the server refused this ({detail})"
    # the system keyring, where a server password may be kept
    NO_KEYRING_PACKAGE = "the system keyring cannot be used: the keyring package is not installed"
    KEYRING_UNUSABLE = "the system keyring cannot be used ({detail})"
    NO_KEYRING = (
        "no system keyring is available here (no Secret Service of a desktop session, "
        "macOS Keychain or Windows Credential Locker)"
    )
    KEYRING_NOT_STORED = "the system keyring did not store the password ({detail})"
    KEYRING_NOT_REMOVED = "the system keyring did not remove the password ({detail})"
    # setting up a project, giving roles
    SETUP_NOT_ALLOWED = (
        "only the database's owner, with the right to create roles, can set up or upgrade "
        "a project ({detail})"
    )
    UNKNOWN_ROLE = "unknown role {role!r} (owner, coder or reader)"
    NO_SUCH_LOGIN = (
        "no login named {login!r} on this server; create it first "
        "(CREATE ROLE \"{login}\" LOGIN PASSWORD '...')"
    )
    GRANT_NOT_ALLOWED = "only the database's owner can give roles on this project ({detail})"
