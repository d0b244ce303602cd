"""The Properties dialog of a document: correct its title, author, date and address,
write its memo, and see how it was imported (file, pages, OCR, warnings)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.core.document_properties import DocumentProperties, ImportDetails
from annotator.gui.editor import Editor


class DocumentPropertiesDialog(QDialog):
    """Edits one document's description; OK saves it as one undoable edit."""

    def __init__(self, editor: Editor, document_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentPropertiesDialog")
        self.setWindowTitle(self.tr("Document Properties"))
        self._editor = editor
        self._document_id = document_id
        self._saved = editor.project.document_properties(document_id)

        self.title = self._line(self._saved.title, self.tr("Title"))
        self.author = self._line(self._saved.author, self.tr("Author"))
        self.date = self._line(self._saved.date, self.tr("Date"))
        self.date.setPlaceholderText(self.tr("e.g. 2024-03-15"))
        self.url = self._line(self._saved.url, self.tr("Source address"))
        self.url.setPlaceholderText("https://…")
        self.memo = QPlainTextEdit(self._saved.memo, self)
        self.memo.setAccessibleName(self.tr("Document memo"))
        self.memo.setPlaceholderText(self.tr("What this document is, why it matters…"))
        self.memo.setTabChangesFocus(True)

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Author:"), self.author)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("Source &address:"), self.url)
        form.addRow(self.tr("&Memo:"), self.memo)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._details_box(editor.project.import_details(document_id)))
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def _line(self, text: str, name: str) -> QLineEdit:
        line = QLineEdit(text, self)
        line.setAccessibleName(name)
        line.setCursorPosition(0)  # a long title shows its beginning
        return line

    def _details_box(self, details: ImportDetails) -> QGroupBox:
        box = QGroupBox(self.tr("Import"), self)
        form = QFormLayout(box)
        kinds = {"pdf": self.tr("PDF"), "web": self.tr("Web page"), "text": self.tr("Text")}
        rows = [
            (self.tr("Kind:"), kinds.get(details.kind, details.kind)),
            (self.tr("From:"), details.file_name),
            (self.tr("Imported:"), details.imported_at.replace("T", " ")[:16]),
            (self.tr("Characters:"), self.locale().toString(details.characters)),
        ]
        if details.page_count:
            rows.append((self.tr("Pages:"), self.locale().toString(details.page_count)))
        if details.ocr_pages:
            rows.append((self.tr("OCR:"), self.tr("%n page(s) read by OCR (%1)", "",
                                                  len(details.ocr_pages))
                         .replace("%1", details.ocr_languages or "?")))
        for label, value in rows:
            form.addRow(label, self._value(value))
        if details.warnings:
            form.addRow(self.tr("Warnings:"), self._value("\n".join(details.warnings)))
        return box

    def _value(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)  # titles and file names are data
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def properties(self) -> DocumentProperties:
        """What the fields hold now."""
        return DocumentProperties(
            title=self.title.text(), author=self.author.text(), date=self.date.text(),
            url=self.url.text(), memo=self.memo.toPlainText())

    def accept(self) -> None:
        edited = self.properties()
        if edited != self._saved and not self._editor.set_document_properties(
                self._document_id, edited):
            return  # the editor said why; the dialog stays so nothing typed is lost
        super().accept()
