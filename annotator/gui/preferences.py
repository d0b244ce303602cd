"""Edit ▸ Preferences: the window's language, the coder's name, the size of the text,
the languages of text recognition (OCR) for scanned PDF pages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from annotator.core.importing.ocr_languages import installed_languages, split_languages
from annotator.gui import translations
from annotator.gui.settings import AppSettings

# Each language is named in its own words, whatever the window's language.
LANGUAGE_NAMES = {"fr": "Français", "en": "English"}
MIN_TEXT_PERCENT, MAX_TEXT_PERCENT = 60, 300
OCR_NAMES = {"fra": "Français", "eng": "English"}


def ocr_language_name(code: str) -> str:
    """A Tesseract language code named in its own words: "Deutsch (deu)"."""
    name = OCR_NAMES.get(code)
    if name is None:
        language = QLocale.codeToLanguage(code.split("_")[0], QLocale.LanguageCodeType.ISO639Part2)
        native = QLocale(language).nativeLanguageName() if language.value else ""
        name = native[:1].upper() + native[1:] if native else code
    return f"{name} ({code})"


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

        self.ocr_languages = self._ocr_list(settings.ocr_languages)

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.restart_note)
        form.addRow(self.tr("&Coder name:"), self.author)
        form.addRow(self.tr("&Text size:"), self.text_size)
        form.addRow(self.tr("Text &recognition (OCR):"), self.ocr_languages)
        if not self.ocr_languages.count():
            missing = QLabel(self.tr(
                "No OCR language data are installed, so scanned PDF pages cannot be read. "
                "Install Tesseract's language data (e.g. tesseract-ocr-fra) or set "
                "TESSDATA_PREFIX."), self)
            missing.setWordWrap(True)
            form.addRow("", missing)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def _ocr_list(self, chosen: str) -> QListWidget:
        """The installed OCR languages, the chosen ones checked and listed first."""
        try:
            wanted = split_languages(chosen)
        except ValueError:
            wanted = []
        installed = installed_languages()
        codes = [c for c in wanted if c in installed] + [c for c in installed if c not in wanted]
        box = QListWidget(self)
        box.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        box.setAccessibleName(self.tr("OCR languages"))
        box.setToolTip(self.tr("Languages used to read scanned PDF pages; check none to turn "
                               "text recognition off"))
        for code in codes:
            item = QListWidgetItem(ocr_language_name(code), box)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in wanted
                               else Qt.CheckState.Unchecked)
        box.setMaximumHeight(box.sizeHintForRow(0) * min(max(len(codes), 1), 5) + 6)
        box.setEnabled(bool(codes))
        return box

    def chosen_ocr_languages(self) -> str:
        """The checked languages joined by "+" ("fra+eng"), "" when none is checked."""
        items = (self.ocr_languages.item(row) for row in range(self.ocr_languages.count()))
        return "+".join(item.data(Qt.ItemDataRole.UserRole) for item in items
                        if item.checkState() == Qt.CheckState.Checked)

    def _language_changed(self) -> None:
        self.restart_note.setVisible(self.language.currentData() != self._initial_language)
        # A wrapped label shown after the dialog was sized got one clipped line: make
        # room for its height at the dialog's width.
        width = self.width()
        layout = self.layout()
        assert layout is not None  # set up in __init__
        layout.activate()
        self.resize(width, max(self.height(), layout.totalHeightForWidth(width)))

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
        if self.ocr_languages.count():  # without data, keep the choice for when they come
            self.settings.ocr_languages = self.chosen_ocr_languages()
        super().accept()
