"""The welcome dialog shown on first launch: start your own project, in four steps;
the demo open behind it is a place to try things out."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from annotator import APP_NAME
from annotator.gui.settings import AppSettings

BADGE_SIZE = 30


class WelcomeDialog(QDialog):
    """New project, import, highlight and tag, export; "Don't show this again" is ticked
    by default. `newProjectRequested` asks the window for File ▸ New project…."""

    newProjectRequested = Signal()

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Welcome to %s") % APP_NAME)
        self.setMinimumWidth(560)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(16)
        layout.addLayout(self._header())

        self.steps = [
            (self.tr("Create your project"),
             self.tr("<b>File ▸ New project…</b> asks for a name and a folder, for example "
                     "%s. The project is one file that keeps your documents, highlights and "
                     "memos; every change is saved as you work.")
             % unbroken(html.escape(documents_folder()))),
            (self.tr("Import"),
             self.tr("Add PDFs and saved web pages with <b>File ▸ Import files…</b>, or drag "
                     "them onto the window.")),
            (self.tr("Highlight and tag"),
             self.tr("Select a passage, then press a concept's number key (1 to 9) or "
                     "<b>Ctrl+K</b> to choose a concept. <b>Ctrl+M</b> adds a memo.")),
            (self.tr("Export"),
             self.tr("<b>File ▸ Export…</b> takes your tagged passages to a spreadsheet, an "
                     "HTML report, annotated PDFs or another qualitative analysis program.")),
        ]
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(12)
        for row, (title, text) in enumerate(self.steps):
            grid.addWidget(self._badge(row + 1), row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self._step_text(title, text), row, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)

        hint = QLabel(self.tr("The demo project open behind this window is a place to try "
                              "things out: a report and a few articles, already highlighted "
                              "and tagged. It is kept in the application's own folder, apart "
                              "from your work; <b>File ▸ Open demo project</b> brings it "
                              "back."), self)
        hint.setWordWrap(True)
        muted = hint.palette()
        muted.setColor(QPalette.ColorRole.WindowText,
                       muted.color(QPalette.ColorRole.PlaceholderText))
        hint.setPalette(muted)
        layout.addWidget(hint)

        footer = QHBoxLayout()
        self.dont_show = QCheckBox(self.tr("Don't show this again"), self)
        self.dont_show.setChecked(True)
        footer.addWidget(self.dont_show)
        footer.addStretch(1)
        buttons = QDialogButtonBox(self)
        self.demo_button = buttons.addButton(self.tr("Try the demo"),
                                             QDialogButtonBox.ButtonRole.RejectRole)
        self.new_button = buttons.addButton(self.tr("New project…"),
                                            QDialogButtonBox.ButtonRole.AcceptRole)
        self.new_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        footer.addWidget(buttons)
        layout.addLayout(footer)
        # Wrapped labels: size the dialog for its width, without a gap below the text.
        self.resize(self.minimumWidth(), layout.totalHeightForWidth(self.minimumWidth()))
        self.finished.connect(self._remember)
        self.accepted.connect(self.newProjectRequested)

    def _header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        header.setSpacing(16)
        icon = QLabel(self)
        icon.setPixmap(QApplication.windowIcon().pixmap(64, 64))
        icon.setFixedSize(64, 64)
        header.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(4)
        title = QLabel(self.tr("Welcome to %s") % APP_NAME, self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        column.addWidget(title)
        intro = QLabel(self.tr("Your own work starts with a project of your own, in four "
                               "steps."), self)
        intro.setWordWrap(True)
        column.addWidget(intro)
        header.addLayout(column, 1)
        return header

    def _badge(self, number: int) -> QLabel:
        badge = QLabel(str(number), self)
        badge.setFixedSize(BADGE_SIZE, BADGE_SIZE)
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        badge.setStyleSheet(
            f"background: palette(highlight); color: palette(highlighted-text);"
            f"border-radius: {BADGE_SIZE // 2}px; font-weight: bold;")
        return badge

    def _step_text(self, title: str, text: str) -> QLabel:
        label = QLabel(f"<b>{title}</b><br>{text}", self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        return label

    def _remember(self) -> None:
        if self.dont_show.isChecked():
            self.settings.welcome_shown = True
            self.settings.sync()


def unbroken(path: str) -> str:
    """A path kept on one line: word joiners after its separators (Qt breaks after "/")."""
    return path.replace("/", "/\u2060").replace("\\", "\\\u2060")


def documents_folder() -> str:
    """The user's documents folder, as the system names it (where a project may go)."""
    return QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or "~"


def show_welcome_if_first_run(settings: AppSettings, parent: QWidget | None = None,
                              new_project: Callable[[], None] | None = None,
                              ) -> WelcomeDialog | None:
    """Open the welcome dialog (without blocking) unless the user asked not to see it;
    its New project… button calls `new_project`."""
    if settings.welcome_shown:
        return None
    dialog = WelcomeDialog(settings, parent)
    if new_project is not None:
        dialog.newProjectRequested.connect(new_project)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog

