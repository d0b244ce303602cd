"""Exports from the window: the dialog, then the export in the background with a progress row,
cancel, and a message saying where the file went (or why it could not be written)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QStatusBar,
    QToolButton,
    QWidget,
)

from annotator.core.errors import AnnotatorError, Cancelled
from annotator.core.exporting import FORMATS, export
from annotator.core.project import Project
from annotator.gui.export_dialog import ExportDialog, ExportRequest
from annotator.gui.messages import describe
from annotator.gui.workers import Job, JobRunner


class ExportRow(QWidget):
    """A progress row in the status bar: what is written, a bar, a cancel button."""

    def __init__(
        self, name: str, cancel: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        label = QLabel(self.tr("Exporting %s") % name[:40], self)
        label.setToolTip(name)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy until the first report
        self.bar.setMaximumWidth(140)
        self.bar.setMaximumHeight(14)
        self.bar.setAccessibleName(self.tr("Export progress of %s") % name)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setText("✕")
        self.cancel_button.setToolTip(self.tr("Cancel this export"))
        self.cancel_button.setAccessibleName(self.tr("Cancel export of %s") % name)
        self.cancel_button.clicked.connect(cancel)
        layout.addWidget(label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)

    def progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)


class ExportController(QObject):
    """Opens the export dialog and runs what it asks for, one background job per export."""

    started = Signal(object)  # the Job, once it is queued
    exported = Signal(str)  # the path written
    failed = Signal(str)  # a message naming the destination and the cause
    cancelled = Signal()

    def __init__(self, window: QWidget, status_bar: QStatusBar | None = None) -> None:
        super().__init__(window)
        self.setObjectName("exportController")
        self._window = window
        self._status_bar = status_bar
        self.runner = JobRunner(max_threads=1, parent=self)
        self.recent_folder: Path | None = None  # the last one exported to, suggested next
        window.installEventFilter(self)

    @classmethod
    def for_window(cls, window: QWidget, status_bar: QStatusBar | None = None) -> ExportController:
        """The window's controller, made on first use (it loads every exporter)."""
        found = window.findChild(cls, "exportController")
        return found if found is not None else cls(window, status_bar)

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """When the window closes, an export under way is finished rather than lost."""
        if watched is self._window and event.type() == QEvent.Type.Close and self.busy:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.runner.wait()
            finally:
                QGuiApplication.restoreOverrideCursor()
        return False

    def open_dialog(self, project: Project, current_document_id: int | None = None) -> ExportDialog:
        dialog = ExportDialog(project, current_document_id, self._window, self.recent_folder)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        path = project.location
        dialog.accepted.connect(lambda: self._accepted(path, dialog.request()))
        dialog.open()
        return dialog

    def _accepted(self, project_path: str | Path, request: ExportRequest) -> None:
        self.recent_folder = request.destination.parent
        self.start(project_path, request)

    def start(self, project_path: str | Path, request: ExportRequest) -> Job:
        """Export on a worker thread, through its own read-only connection to the project.

        The cancel button sets an event of our own rather than the job's: a cancel
        that arrives after the file is in place cannot undo it, so the export is
        then reported as done, never as cancelled with a file left behind.
        """
        stop = threading.Event()

        def work(progress: Callable[[int, int], None], _job_cancel: threading.Event) -> Path:
            def report(done: int, total: int) -> None:
                if stop.is_set():
                    raise Cancelled("export")
                progress(done, total)

            with Project.open(project_path, read_only=True) as project:
                return export(
                    project,
                    request.format_name,
                    request.destination,
                    request.selection,
                    report,
                    **request.options,
                )

        name = request.destination.name
        job = Job(self.tr("Export to %s") % name, work)
        row = ExportRow(name, stop.set, self._status_bar)
        if self._status_bar is not None:
            self._status_bar.addPermanentWidget(row)
            self._status_bar.showMessage(self.tr("Exporting to %s…") % request.destination)
        queued = Qt.ConnectionType.QueuedConnection
        job.signals.progressed.connect(row.progress, queued)
        job.signals.succeeded.connect(lambda path: self._succeeded(request, Path(path)), queued)
        job.signals.failed.connect(lambda error: self._failed(request, error), queued)
        job.signals.cancelled.connect(lambda: self._cancelled(request), queued)
        job.signals.finished.connect(lambda: self._remove_row(row), queued)
        self.runner.start(job)
        self.started.emit(job)
        return job

    def _remove_row(self, row: ExportRow) -> None:
        if self._status_bar is not None:
            self._status_bar.removeWidget(row)
        row.deleteLater()

    def _succeeded(self, request: ExportRequest, path: Path) -> None:
        folder_format = FORMATS[request.format_name].folder
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Export finished"),
            self.tr("The export is saved in %s") % path.name,
            QMessageBox.StandardButton.Close,
            self._window,
        )
        box.setObjectName("exportDoneBox")
        box.setInformativeText(str(path))
        if not folder_format:
            open_file = box.addButton(self.tr("Open file"), QMessageBox.ButtonRole.ActionRole)
            open_file.clicked.connect(lambda: open_location(path))
        open_folder = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        open_folder.clicked.connect(lambda: open_location(path if folder_format else path.parent))
        self._show(box)
        if self._status_bar is not None:
            self._status_bar.showMessage(self.tr("Exported to %s") % path, 8000)
        self.exported.emit(str(path))

    def _failed(self, request: ExportRequest, error: AnnotatorError) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            self.tr("Export failed"),
            self.tr("Could not export to %s.") % request.destination.name,
            QMessageBox.StandardButton.Close,
            self._window,
        )
        box.setObjectName("exportFailedBox")
        box.setInformativeText(describe(error))
        self._show(box)
        if self._status_bar is not None:
            self._status_bar.clearMessage()
        self.failed.emit(describe(error))

    def _cancelled(self, request: ExportRequest) -> None:
        if self._status_bar is not None:
            self._status_bar.showMessage(
                self.tr("Export to %s cancelled: nothing was written") % request.destination.name,
                8000,
            )
        self.cancelled.emit()

    def _show(self, box: QMessageBox) -> None:
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self._window.isVisible():
            box.open()
        else:  # the window closed while the export finished: no box to keep the app alive
            box.deleteLater()


def open_location(path: Path) -> None:
    """Show a file or folder in the system's own application for it."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
