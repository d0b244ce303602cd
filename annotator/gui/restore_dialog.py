"""Offered when a project file is damaged: choose one of its backups and put it back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core import backup
from annotator.core.errors import AnnotatorError
from annotator.gui.messages import describe
from annotator.gui.tree_items import top_level_item

BACKUP_ROLE = Qt.ItemDataRole.UserRole


class RestoreDialog(QDialog):
    """Lists the backups (date, size), newest first and chosen; Restore puts the chosen one
    in place of the project after moving the damaged file aside."""

    restored = Signal(object)  # backup.Restored

    def __init__(self, project_path: Path, error: str, backups: list[backup.Backup],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project_path = Path(project_path)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Damaged project"))
        self.setMinimumWidth(520)
        name = f"“{self.project_path.name}”"
        headline = QLabel(self.tr("<b>%s could not be opened: the file is damaged.</b>") % name,
                          self)
        headline.setWordWrap(True)
        details = QLabel(error, self)
        details.setWordWrap(True)
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details.setStyleSheet("color: #555;")
        explanation = QLabel(self.tr(
            "Annotator keeps copies of your projects. Choose one to put back: the damaged "
            "file will be kept beside it as %s, nothing is deleted. What you did after the "
            "copy was made is not in it.") % f"“{self.project_path.name}.damaged-…”", self)
        explanation.setWordWrap(True)

        self.list = QTreeWidget(self)
        self.list.setObjectName("backupList")
        self.list.setAccessibleName(self.tr("Backups of this project"))
        self.list.setHeaderLabels([self.tr("Saved on"), self.tr("Size")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        locale = QLocale()
        for item in backups:
            when = QDateTime.fromSecsSinceEpoch(int(item.created.timestamp()))
            row = QTreeWidgetItem([
                locale.toString(when, QLocale.FormatType.LongFormat),
                locale.formattedDataSize(item.size),
            ])
            row.setData(0, BACKUP_ROLE, item)
            row.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(row)
        self.list.headerItem().setTextAlignment(
            1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.list.resizeColumnToContents(0)
        if backups:
            self.list.setCurrentItem(top_level_item(self.list, 0))
        self.list.itemDoubleClicked.connect(self.restore_selected)

        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setVisible(False)

        buttons = QDialogButtonBox(self)
        self.restore_button = buttons.addButton(
            self.tr("Restore this backup"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setDefault(True)
        self.restore_button.setEnabled(bool(backups))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for widget in (headline, details, explanation, self.list, self.error_label):
            layout.addWidget(widget)
        layout.addWidget(buttons)

    def selected_backup(self) -> backup.Backup | None:
        item = self.list.currentItem()
        return None if item is None else item.data(0, BACKUP_ROLE)

    def restore_selected(self) -> bool:
        """Put the chosen backup in place; on failure say why and stay open."""
        chosen = self.selected_backup()
        if chosen is None:
            return False
        try:
            result = backup.restore(self.project_path, chosen)
        except AnnotatorError as exc:
            self.error_label.setText(describe(exc))
            self.error_label.setVisible(True)
            return False
        self.accept()
        self.restored.emit(result)
        return True
