"""File ▸ Open server project…: asking for a server project's address, and naming it.

Light on purpose (no PostgreSQL client is loaded): the window's menus use it before
any server project is open. The password is never asked for nor kept: libpq finds
it in PGPASSWORD or ~/.pgpass; one typed into the address is used for this opening
only, and left out of the recent projects and the title.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

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
            "The password is taken from PGPASSWORD or your ~/.pgpass file; Annotator "
            "never stores it."), self)
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
