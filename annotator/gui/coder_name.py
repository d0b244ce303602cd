"""Asks a new coder for their name, once, at their first highlight.

The name signs every highlight (and tells coders apart when their work is
compared); it defaulted to the login and was never asked. The question is a strip
above the reader, not a dialog: the highlight is made at once, signed with the
login, and re-signed when the coder gives another name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from annotator.gui.settings import AppSettings

if TYPE_CHECKING:
    from annotator.core.model import Annotation
    from annotator.gui.main_window import MainWindow


class CoderNameBar(QFrame):
    """Hidden until `annotated` sees the first highlight of a user without a coder name.

    `named(name, annotation_ids)` gives the name chosen and the highlights made
    meanwhile under the login; closing the strip keeps the login as the name.
    """

    named = Signal(str, list)

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("coderNameBar")
        self.setAccessibleName(self.tr("Coder name"))
        self.setStyleSheet(
            "#coderNameBar { background: palette(alternate-base); "
            "border-bottom: 1px solid palette(mid); }"
        )
        self._signed: list[int] = []  # highlights made under the login while asking
        # Every highlight asks whether a name was given: that flag, read from the
        # settings in memory, follows a name given anywhere (Preferences, the Edit
        # menu, this strip); once given it stays, so it is no longer read. The login
        # is looked up once: the system's user database is slow to ask on every key.
        self._named = False
        self._login: str | None = None
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.name = QLineEdit(self)
        self.name.setObjectName("coderNameEdit")
        self.name.setAccessibleName(self.tr("Your name or initials"))
        self.name.setMaximumWidth(200)
        self.name.returnPressed.connect(self.save)
        self.save_button = QPushButton(self.tr("Sign my highlights"), self)
        self.save_button.clicked.connect(self.save)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Keep this name (Edit ▸ Preferences changes it)"))
        self.close_button.clicked.connect(self.keep_login)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.name)
        layout.addWidget(self.save_button)
        layout.addWidget(self.close_button)
        self.setVisible(False)

    def annotated(self, annotation: Annotation) -> None:
        """A highlight was made: the first one of a user never asked opens the strip."""
        if self._named or self.settings.has_author:
            self._named = True
            return
        if self._login is None:
            self._login = self.settings.author  # no name given: the login
        login = self._login
        if annotation.author == login:
            self._signed.append(annotation.id)
        if self.isVisible():
            return
        self.message.setText(
            self.tr(
                "Your highlights are signed “%1”, your login. Which name or initials should "
                "they carry? (Coders are told apart by it.)"
            ).replace("%1", login)
        )
        self.name.setText(login)
        self.name.selectAll()
        self.setVisible(True)

    def save(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.name.setFocus()
            return
        self.settings.author = name
        self.settings.sync()
        signed, self._signed = self._signed, []
        self.setVisible(False)
        self.named.emit(name, signed)

    def keep_login(self) -> None:
        self.name.setText(self.settings.author)
        self.save()


def sign_as(window: MainWindow, name: str, annotation_ids: list[int]) -> None:
    """Use `name` for the open project's next highlights, and re-sign those made before
    it was given; the panels then show it."""
    project = window.project
    if project is None:
        return
    project.author = name
    if annotation_ids:
        project.sign_annotations(annotation_ids, name)
        window.refresh_highlights()
        window.annotations_panel.set_document(window.current_document_id)
