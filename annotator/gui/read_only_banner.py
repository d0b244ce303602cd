"""The strip above the reader that says a project is read-only and offers to save a copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from annotator import PROJECT_SUFFIX
from annotator.gui.warning_strip import WarningStrip


class ReadOnlyBanner(WarningStrip):
    """Hidden until `show_for(path)`; "Save a copy…" asks where and emits `copyRequested`."""

    copyRequested = Signal(str)  # the destination the user chose

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("readOnlyBanner", "#fff3cd", "#e6c65c", "#4d3b00", parent)
        self.setAccessibleName(self.tr("Read-only project"))
        self._path: Path | None = None
        self.save_copy_button = QPushButton(self.tr("Save a copy…"), self)
        self.save_copy_button.setToolTip(
            self.tr("Copy this project to a place where you can write, and open the copy"))
        self.save_copy_button.clicked.connect(self.choose_copy_destination)
        self.add_button(self.save_copy_button)

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
        from PySide6.QtWidgets import QFileDialog
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
