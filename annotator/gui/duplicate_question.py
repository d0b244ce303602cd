"""Asks what to do with an imported document whose text another one already has.

The same file imported twice is caught by its bytes; a copy saved again (same text,
other bytes: re-exported, re-downloaded, metadata touched) came in silently as a
second document, and its passages were counted twice.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from annotator.core.model import Document
from annotator.core.project import DocumentSummary
from annotator.gui.editor import Editor


def tr(text: str) -> str:
    return QCoreApplication.translate("DuplicateQuestion", text)


def ask_about_duplicate(
    parent: QWidget | None, editor: Editor, document: Document, others: list[DocumentSummary]
) -> QMessageBox:
    """A box (not blocking) naming the document already there; "Skip this copy"
    removes the new one (undoable), "Keep both" keeps it."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        tr("Same text as another document"),
        tr(
            "“%1” has the same text as “%2”, already in the project: it looks "
            "like a copy of the same document saved again."
        )
        .replace("%1", document.title)
        .replace("%2", others[0].title),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # titles are data
    box.setInformativeText(tr("Its highlights would be counted twice in the analysis."))
    box.setObjectName("duplicateTextBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    skip = box.addButton(tr("Skip this copy"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(tr("Keep both"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(skip)
    document_id = document.id
    box.buttonClicked.connect(
        lambda button: editor.remove_document(document_id) if button is skip else None
    )
    box.open()
    return box
