"""Help ▸ Keyboard shortcuts: every action that has one, in a searchable sheet."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

EXTRA_KEYS = (
    ("Shift+Arrows / Ctrl+Shift+Arrows", "Extend the selection in the text view"),
    ("Enter (in a panel)", "Open the document, passage or concept"),
    ("F2 (concepts)", "Rename the concept"),
    ("Delete (in a panel)", "Delete the highlight or concept"),
    ("Ctrl+Enter (memo)", "Save the memo"),
    ("Ctrl+Wheel (page view)", "Zoom"),
)


class ShortcutsDialog(QDialog):
    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = [
            (action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
             action.text().replace("&", ""))
            for action in actions if not action.shortcut().isEmpty()
        ] + [(keys, self.tr(what)) for keys, what in EXTRA_KEYS]
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        for row, (keys, what) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 560)
