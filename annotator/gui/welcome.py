"""The welcome dialog shown on first launch: the three steps of the work, briefly."""

from __future__ import annotations

from PySide6.QtCore import Qt
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
    """Import, highlight and tag, export; "Don't show this again" is ticked by default."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Welcome to %s") % APP_NAME)
        self.setMinimumWidth(540)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(18)
        layout.addLayout(self._header())

        self.steps = [
            (self.tr("Import"),
             self.tr("Add PDFs and saved web pages with <b>File ▸ Import files…</b>, or drag "
                     "them onto the window. Everything is kept in one project file.")),
            (self.tr("Highlight and tag"),
             self.tr("Select a passage, then press a concept's number key (1 to 9) or "
                     "<b>Ctrl+K</b> to choose a concept. <b>Ctrl+M</b> adds a memo.")),
            (self.tr("Export"),
             self.tr("<b>File ▸ Export…</b> takes your tagged passages to a spreadsheet, an "
                     "HTML report, annotated PDFs or another qualitative analysis program.")),
        ]
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(14)
        for row, (title, text) in enumerate(self.steps):
            grid.addWidget(self._badge(row + 1), row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self._step_text(title, text), row, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)

        hint = QLabel(self.tr("You can come back to the demo at any time with "
                              "<b>File ▸ Open demo project</b>."), self)
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
        self.start_button = buttons.addButton(self.tr("Get started"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        footer.addWidget(buttons)
        layout.addLayout(footer)
        # Wrapped labels: size the dialog for its width, without a gap below the text.
        self.resize(self.minimumWidth(), layout.totalHeightForWidth(self.minimumWidth()))
        self.finished.connect(self._remember)

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
        intro = QLabel(self.tr("The demo project is open: a report and a few articles, already "
                               "highlighted and tagged, for you to try things out. Your own work "
                               "takes three steps."), self)
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


def show_welcome_if_first_run(settings: AppSettings, parent: QWidget | None = None,
                              ) -> WelcomeDialog | None:
    """Open the welcome dialog (without blocking) unless the user asked not to see it."""
    if settings.welcome_shown:
        return None
    dialog = WelcomeDialog(settings, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog

