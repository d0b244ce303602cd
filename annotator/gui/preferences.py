"""Edit ▸ Preferences: the window's language, the coder's name, the size of the text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from annotator.gui import translations
from annotator.gui.settings import AppSettings

# Each language is named in its own words, whatever the window's language.
LANGUAGE_NAMES = {"fr": "Français", "en": "English"}
MIN_TEXT_PERCENT, MAX_TEXT_PERCENT = 60, 300


class PreferencesDialog(QDialog):
    """Shows the current preferences; OK saves them and announces what changed."""

    authorChanged = Signal(str)
    fontScaleChanged = Signal(float)

    def __init__(self, settings: AppSettings, parent: QWidget | None = None,
                 settings_file: Path | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._settings_file = settings_file
        self.setWindowTitle(self.tr("Preferences"))

        self.language = QComboBox(self)
        system = LANGUAGE_NAMES[translations.system_language()]
        self.language.addItem(self.tr("System language (%1)").replace("%1", system), "")
        for code in translations.SUPPORTED:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(translations.stored_language(settings_file))))
        self.language.setAccessibleName(self.tr("Language"))
        self._initial_language = self.language.currentData()
        self.restart_note = QLabel(
            self.tr("The new language applies the next time Annotator starts."), self)
        self.restart_note.setWordWrap(True)
        self.restart_note.setVisible(False)
        self.language.currentIndexChanged.connect(self._language_changed)

        self.author = QLineEdit(settings.author, self)
        self.author.setAccessibleName(self.tr("Coder name"))
        self.author.setToolTip(self.tr("Your name or initials, recorded on each highlight "
                                       "you make"))
        self.text_size = QSpinBox(self)
        self.text_size.setRange(MIN_TEXT_PERCENT, MAX_TEXT_PERCENT)
        self.text_size.setSingleStep(10)
        self.text_size.setSuffix(self.tr(" %"))
        self.text_size.setValue(round(settings.font_scale * 100))
        self.text_size.setAccessibleName(self.tr("Text size"))
        self.text_size.setToolTip(self.tr("Size of the document text in the text view; "
                                          "View ▸ Larger text (Ctrl+Shift+=) does the same"))

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.restart_note)
        form.addRow(self.tr("&Coder name:"), self.author)
        form.addRow(self.tr("&Text size:"), self.text_size)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def _language_changed(self) -> None:
        self.restart_note.setVisible(self.language.currentData() != self._initial_language)

    def accept(self) -> None:
        translations.store_language(self.language.currentData(), self._settings_file)
        name = self.author.text().strip()
        if name and name != self.settings.author:
            self.settings.author = name
            self.authorChanged.emit(name)
        scale = self.text_size.value() / 100
        if abs(scale - self.settings.font_scale) > 1e-6:
            self.settings.font_scale = scale
            self.fontScaleChanged.emit(scale)
        super().accept()
