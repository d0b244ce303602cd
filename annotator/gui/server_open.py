"""File ▸ Open server project…: asking for a server project's address, and naming it.

Light on purpose (no PostgreSQL client is loaded): the window's menus use it before
any server project is open. libpq finds the password in the address, PGPASSWORD or
~/.pgpass, then the system keyring; only when none has it does the window ask for it
(ServerPasswordDialog). A typed one is kept in memory for this session (reconnections
need it), stored in the keyring if the user asks, and never in the settings, the
recent projects or the title.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple, TypeGuard

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from annotator.core.errors import ServerCause
from annotator.core.store.postgres.errors import ServerNeedsPassword

PLACEHOLDER = "postgresql://login@server.example.org:5432/project"


def project_label(location: str | Path) -> str:
    """How the window names a project: the file's name, or the database and its server."""
    from annotator.core.store.postgres.location import is_server_location, without_password

    if is_server_location(location):
        shown = without_password(str(location))
        server, _, database = shown.removeprefix("postgresql://").partition("/")
        return f"{database} — {server.rpartition('@')[2]}"
    return Path(location).stem


class ServerOpenDialog(QDialog):
    """Asks for a postgresql:// address; OK only once the text is one."""

    def __init__(self, parent: QWidget | None = None, address: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open server project"))
        self.address = QLineEdit(address, self)
        self.address.setPlaceholderText(PLACEHOLDER)
        self.address.setAccessibleName(self.tr("Server project address"))
        hint = QLabel(self.tr(
            "The address of the project's database, as your research IT gave it. "
            "The password is taken from PGPASSWORD, your ~/.pgpass file or the system "
            "keyring; if none has it, Annotator asks for it and keeps it only in the "
            "system keyring, if you wish."), self)
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.address.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Server project address:"), self))
        layout.addWidget(self.address)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())
        self._check()

    def _check(self) -> None:
        from annotator.core.store.postgres.location import is_server_location

        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(
            is_server_location(self.location()))

    def location(self) -> str:
        return self.address.text().strip()


class ServerPasswordDialog(QDialog):
    """Asks for the password of a server project's login, which the server wants and
    neither the address, PGPASSWORD, ~/.pgpass nor the system keyring had."""

    def __init__(self, location: str, parent: QWidget | None = None, refused: str = "") -> None:
        """`refused`: why the password it had was refused, said above the question."""
        from annotator.core.store.postgres.passwords import keyring_problem, keyring_user

        super().__init__(parent)
        self.setWindowTitle(self.tr("Server password"))
        self.refused = QLabel(refused, self)
        self.refused.setObjectName("refusedPassword")
        self.refused.setWordWrap(True)
        self.refused.setStyleSheet("font-weight: bold")
        self.refused.setVisible(bool(refused))
        question = QLabel(self.tr("The server asks for the password of %1.").replace(
            "%1", keyring_user(location)), self)
        question.setWordWrap(True)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.remember = QCheckBox(self.tr("Remember in the system keyring"), self)
        self.remember.setVisible(keyring_problem() is None)  # hidden: nowhere to keep it
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.password.textChanged.connect(lambda text: self.buttons.button(
            QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text)))
        layout = QVBoxLayout(self)
        layout.addWidget(self.refused)
        layout.addWidget(question)
        layout.addWidget(self.password)
        layout.addWidget(self.remember)
        layout.addWidget(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)  # room to type


def needs_password(error: Exception) -> TypeGuard[ServerNeedsPassword]:
    """Whether opening a server project failed for want of a password, or because the
    one kept for this session or saved in the system keyring was refused."""
    return isinstance(error, ServerNeedsPassword)


class TypedPassword(NamedTuple):
    text: str
    remember: bool  # to store in the system keyring once it opened the project


def ask_password(
    parent: QWidget, location: str, why: ServerNeedsPassword
) -> TypedPassword | None:
    """Ask for the password the server wants (saying so when `why` is a refused one) and
    keep it in memory for this session; None when the user cancelled. The caller opens
    the project again with it, then calls `remember_password`."""
    from annotator.core.store.postgres import passwords
    from annotator.gui.messages import describe

    refused = why.code in (ServerCause.TYPED_PASSWORD_REFUSED,
                           ServerCause.KEYRING_PASSWORD_REFUSED)
    dialog = ServerPasswordDialog(location, parent, describe(why) if refused else "")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    typed = TypedPassword(dialog.password.text(),
                          not dialog.remember.isHidden() and dialog.remember.isChecked())
    passwords.keep_for_session(location, typed.text)
    return typed


def remember_password(parent: QWidget, location: str, typed: TypedPassword) -> None:
    """Store a password that opened `location` in the system keyring if the user ticked
    so (a keyring that refuses is said; the project stays open)."""
    from annotator.core.store.postgres import passwords
    from annotator.gui.messages import describe

    if not typed.remember:
        return
    try:
        passwords.store_password(location, typed.text)
    except passwords.KeyringUnavailable as exc:
        title = QCoreApplication.translate("ServerPasswordDialog", "Server password")
        QMessageBox.warning(parent, title, describe(exc))
