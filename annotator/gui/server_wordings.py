"""How the window words the typed errors of server projects (ServerCause): a
French-translatable sentence per cause, with the parameters that fill its %1, %2… in
order; part of cause_wordings.WORDINGS. The subject of such an error is the server's
address, shown without its password.
"""

from __future__ import annotations

from annotator.core.errors import Cause, ServerCause
from annotator.gui.translations import QT_TRANSLATE_NOOP

SERVER_WORDINGS: dict[Cause, tuple[str, tuple[str, ...]]] = {
    ServerCause.NOT_AN_ADDRESS: (
        QT_TRANSLATE_NOOP("Messages",
                          "Not a valid server address (%1)."),
        ("detail",)),
    ServerCause.NO_CLIENT: (
        QT_TRANSLATE_NOOP("Messages",
                          "This installation cannot open server projects (the PostgreSQL client, "
                          "psycopg, is not installed)."),
        ()),
    ServerCause.NO_LIBPQ: (
        QT_TRANSLATE_NOOP("Messages",
                          "This installation cannot open server projects: the PostgreSQL client "
                          "library (libpq) is missing. Install it (the libpq5 package on Debian "
                          "and Ubuntu, libpq on Fedora), then try again."),
        ()),
    ServerCause.CANNOT_CONNECT: (
        QT_TRANSLATE_NOOP("Messages",
                          "Cannot connect to the server (%1)."),
        ("detail",)),
    ServerCause.LOGIN_REFUSED: (
        QT_TRANSLATE_NOOP("Messages",
                          "The server refused the login “%1”: wrong password, or no such login."),
        ("login",)),
    ServerCause.TYPED_PASSWORD_REFUSED: (
        QT_TRANSLATE_NOOP("Messages", "The server refused this password for “%1”."),
        ("login",)),
    ServerCause.KEYRING_PASSWORD_REFUSED: (
        QT_TRANSLATE_NOOP("Messages",
                          "The server refused the password of “%1” saved in the system keyring "
                          "(was it changed?)."),
        ("login",)),
    ServerCause.NO_DATABASE: (
        QT_TRANSLATE_NOOP("Messages",
                          "Cannot connect to the server: it has no database named “%1”."),
        ("database",)),
    ServerCause.NO_ACCESS: (
        QT_TRANSLATE_NOOP("Messages",
                          "Cannot connect to the server: the login “%1” has no role on this "
                          "project (its owner gives one with “annotator server grant”)."),
        ("login",)),
    ServerCause.NOT_A_PROJECT: (
        QT_TRANSLATE_NOOP("Messages",
                          "Not an Annotator project yet; set it up with “annotator server "
                          "init %1”."),
        ("location",)),
    ServerCause.TOO_NEW: (
        QT_TRANSLATE_NOOP("Messages",
                          "Made by a newer version of Annotator (server format %1; this version "
                          "knows up to %2). Please update Annotator."),
        ("version", "known")),
    ServerCause.NEEDS_UPGRADE: (
        QT_TRANSLATE_NOOP("Messages",
                          "This project needs an upgrade: run “annotator server init %1”."),
        ("location",)),
    ServerCause.NOT_SUPPORTED: (
        QT_TRANSLATE_NOOP("Messages",
                          "This command is not supported on a server project yet."),
        ()),
    ServerCause.CHECK_NOT_SUPPORTED: (
        QT_TRANSLATE_NOOP("Messages",
                          "“annotator check” is not supported on a server project yet."),
        ()),
    ServerCause.FULL_CHECK_NOT_SUPPORTED: (
        QT_TRANSLATE_NOOP("Messages",
                          "The full integrity check is not supported on a server project yet."),
        ()),
    ServerCause.CONNECTION_LOST: (
        QT_TRANSLATE_NOOP("Messages",
                          "The connection to the server was lost (%1): this change was not saved; "
                          "your earlier work is safe."),
        ("detail",)),
    ServerCause.UNREACHABLE: (
        QT_TRANSLATE_NOOP("Messages",
                          "The server cannot be reached: this change was not saved; your earlier "
                          "work is safe."),
        ()),
    ServerCause.SAME_TIME: (
        QT_TRANSLATE_NOOP("Messages",
                          "Another coder changed the same items at the same time: this change was "
                          "not saved; your earlier work is safe. Try again."),
        ()),
    ServerCause.READ_ONLY: (
        QT_TRANSLATE_NOOP("Messages",
                          "The project is open read-only: this change was not saved; your earlier "
                          "work is safe."),
        ()),
    ServerCause.CANNOT_ADD_DOCUMENTS: (
        QT_TRANSLATE_NOOP("Messages",
                          "Permission denied: your role “%1” cannot add documents. This change "
                          "was not saved."),
        ("role",)),
    ServerCause.CANNOT_CHANGE_DOCUMENTS: (
        QT_TRANSLATE_NOOP("Messages",
                          "Permission denied: your role “%1” cannot change or remove documents. "
                          "This change was not saved."),
        ("role",)),
    ServerCause.CANNOT_CODE: (
        QT_TRANSLATE_NOOP("Messages",
                          "Permission denied: your role “%1” cannot add or change passages. This "
                          "change was not saved."),
        ("role",)),
    ServerCause.CANNOT_CHANGE_CODEBOOK: (
        QT_TRANSLATE_NOOP("Messages",
                          "Permission denied: your role “%1” cannot change the codebook. This "
                          "change was not saved."),
        ("role",)),
    ServerCause.CANNOT_CHANGE_VARIABLES: (
        QT_TRANSLATE_NOOP("Messages",
                          "Permission denied: your role “%1” cannot change the document variables "
                          "or sets. This change was not saved."),
        ("role",)),
    ServerCause.CANNOT_CHANGE_SETTINGS: (
        QT_TRANSLATE_NOOP("Messages",
                          "Permission denied: your role “%1” cannot change the project’s settings. "
                          "This change was not saved."),
        ("role",)),
    ServerCause.CANNOT_CHANGE: (
        QT_TRANSLATE_NOOP("Messages",
                          "Permission denied: your role “%1” does not allow this change (%2). This "
                          "change was not saved."),
        ("role", "detail")),
    ServerCause.NOT_THEIR_PASSAGE: (
        QT_TRANSLATE_NOOP("Messages",
                          "Passage %1 was coded by %2; only its coder or a project owner may "
                          "change it. This change was not saved."),
        ("passage", "coder")),
    ServerCause.REFUSED: (
        QT_TRANSLATE_NOOP("Messages",
                          "The server refused this (%1)."),
        ("detail",)),
    ServerCause.NO_KEYRING_PACKAGE: (
        QT_TRANSLATE_NOOP("Messages",
                          "The system keyring cannot be used: the keyring package is not "
                          "installed."),
        ()),
    ServerCause.KEYRING_UNUSABLE: (
        QT_TRANSLATE_NOOP("Messages",
                          "The system keyring cannot be used (%1)."),
        ("detail",)),
    ServerCause.NO_KEYRING: (
        QT_TRANSLATE_NOOP("Messages",
                          "No system keyring is available here (no Secret Service of a desktop "
                          "session, macOS Keychain or Windows Credential Locker)."),
        ()),
    ServerCause.KEYRING_NOT_STORED: (
        QT_TRANSLATE_NOOP("Messages",
                          "The system keyring did not store the password (%1)."),
        ("detail",)),
    ServerCause.KEYRING_NOT_REMOVED: (
        QT_TRANSLATE_NOOP("Messages",
                          "The system keyring did not remove the password (%1)."),
        ("detail",)),
    ServerCause.SETUP_NOT_ALLOWED: (
        QT_TRANSLATE_NOOP("Messages",
                          "Only the database’s owner, with the right to create roles, can set up "
                          "or upgrade a project (%1)."),
        ("detail",)),
    ServerCause.UNKNOWN_ROLE: (
        QT_TRANSLATE_NOOP("Messages",
                          "Unknown role “%1” (owner, coder or reader)."),
        ("role",)),
    ServerCause.NO_SUCH_LOGIN: (
        QT_TRANSLATE_NOOP("Messages",
                          "There is no login named “%1” on this server; create it first (CREATE "
                          "ROLE … LOGIN)."),
        ("login",)),
    ServerCause.GRANT_NOT_ALLOWED: (
        QT_TRANSLATE_NOOP("Messages",
                          "Only the database’s owner can give roles on this project (%1)."),
        ("detail",)),
}
