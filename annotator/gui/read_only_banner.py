"""The strip above the reader that says a project is read-only and offers to save a copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QWidget,
)

from annotator import PROJECT_SUFFIX


class ReadOnlyBanner(QFrame):
    """Hidden until `show_for(path)`; "Save a copy…" asks where and emits `copyRequested`."""

    copyRequested = Signal(str)  # the destination the user chose

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setAccessibleName(self.tr("Read-only project"))
        self.setStyleSheet(
            "#readOnlyBanner { background: #fff3cd; border-bottom: 1px solid #e6c65c; }"
            "#readOnlyBanner QLabel { color: #4d3b00; }")
        self._path: Path | None = None
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.save_copy_button = QPushButton(self.tr("Save a copy…"), self)
        self.save_copy_button.setToolTip(
            self.tr("Copy this project to a place where you can write, and open the copy"))
        self.save_copy_button.clicked.connect(self.choose_copy_destination)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(icon)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.save_copy_button)
        self.setVisible(False)

    def show_for(self, path: Path | None) -> None:
        """Show the banner for this read-only project file; None hides it."""
        self._path = path
        self.setVisible(path is not None)
        if path is None:
            return
        self.message.setText(self.tr(
            "<b>This project is read-only:</b> %s cannot be written (a shared or read-only "
            "folder, a locked file). Your changes cannot be saved. Save a copy to keep "
            "working on it.") % f"“{path.name}”")

    def choose_copy_destination(self) -> None:
        if self._path is None:
            return
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        copy = self.tr("copy")
        suggested = Path(folder) / f"{self._path.stem} ({copy}){PROJECT_SUFFIX}"
        destination, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy of the project"), str(suggested),
            self.tr("Annotator projects (*%s)") % PROJECT_SUFFIX)
        if destination:
            if not destination.endswith(PROJECT_SUFFIX):
                destination += PROJECT_SUFFIX
            self.copyRequested.emit(destination)
