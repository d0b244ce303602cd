"""File ▸ Import REFI-QDA project or codebook…: the import in the background, then its report.

The import reads the archive, extracts its PDFs and plans every addition
before it writes anything, then writes all of it in one transaction. All of
that runs on a worker thread through a second connection to the project file
(SQLite in WAL mode lets the window keep reading meanwhile), so the window
stays responsive during long PDF extractions and Cancel works until the
writing starts. A window-modal progress dialog keeps the user from editing
while it runs. Once it is done the window rereads the project. The import is
not undoable: its additions are not recorded as commands, and the commands
already on the undo stack may refer to a state the import has built on, so
the stack is cleared and the report says so.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from annotator.core.errors import AnnotatorError, Cancelled
from annotator.core.importing.refi_file import import_refi
from annotator.core.importing.refi_import import RefiImportReport
from annotator.core.project import Project
from annotator.gui.messages import describe, user_message
from annotator.gui.workers import Job, JobRunner

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

class RefiImportController(QObject):
    """Runs one REFI-QDA import at a time for the window's project."""

    started = Signal(object)  # the Job
    imported = Signal(object)  # the RefiImportReport
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("refiImportController")
        self.window = window
        self.runner = JobRunner(max_threads=1, parent=self)
        self.progress_dialog: ImportProgressDialog | None = None

    @classmethod
    def for_window(cls, window: MainWindow) -> RefiImportController:
        found = window.findChild(cls, "refiImportController")
        return found if found is not None else cls(window)

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def choose_and_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import a REFI-QDA project or codebook"), str(Path.home()),
            self.tr("REFI-QDA (*.qdpx *.qdc *.qde);;All files (*)"))
        if path:
            self.start(Path(path))

    def start(self, source: Path) -> Job | None:
        """Import `source` into the window's project; None if no project is open or one runs."""
        project = self.window.project
        if project is None or self.busy:
            return None
        project_path, author = project.location, project.author
        stop = threading.Event()
        dialog = self._progress_dialog(source.name, stop)

        def work(progress: Callable[[int, int], None], _job_cancel: threading.Event):
            def report(done: int, total: int) -> None:
                if stop.is_set():
                    raise Cancelled("REFI-QDA import")
                progress(done, total)

            with Project.open(project_path, author=author) as connection:
                return import_refi(connection, source, progress=report)

        job = Job(self.tr("Import of %s") % source.name, work)
        queued = Qt.ConnectionType.QueuedConnection
        job.signals.progressed.connect(self._progressed, queued)
        job.signals.succeeded.connect(lambda report: self._succeeded(source, report), queued)
        job.signals.failed.connect(lambda error: self._failed(source, error), queued)
        job.signals.cancelled.connect(lambda: self._cancelled(source), queued)
        job.signals.finished.connect(dialog.finish, queued)
        self.progress_dialog = dialog
        self.runner.start(job)
        self.started.emit(job)
        return job

    def _progress_dialog(self, name: str, stop: threading.Event) -> ImportProgressDialog:
        dialog = ImportProgressDialog(self.tr("Reading %s…") % name, self.window)
        dialog.cancelRequested.connect(stop.set)
        dialog.open()
        return dialog

    def _progressed(self, done: int, total: int) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.progress(done, total)

    def _succeeded(self, source: Path, report: RefiImportReport) -> None:
        self.progress_dialog = None
        changed = bool(report.documents_added or report.concepts_added
                       or report.annotations_added)
        editor = self.window.editor
        if changed and editor is not None:
            editor.undo_stack.clear()
            editor.publish_everything()
        project = self.window.project
        if (changed and project is not None and self.window.current_document_id is None
                and project.documents()):
            self.window.open_document(project.documents()[0].id)
        RefiReportDialog(source.name, report, undo_cleared=changed, parent=self.window).open()
        self.window.statusBar().showMessage(
            user_message(f"{source.name}: {report.summary()}"), 8000)
        self.imported.emit(report)

    def _failed(self, source: Path, error: AnnotatorError) -> None:
        self.progress_dialog = None
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("REFI-QDA import failed"),
                          self.tr("Could not import %s. Nothing was changed in the project.")
                          % source.name, QMessageBox.StandardButton.Close, self.window)
        box.setObjectName("refiFailedBox")
        box.setInformativeText(describe(error))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.failed.emit(describe(error))

    def _cancelled(self, source: Path) -> None:
        self.progress_dialog = None
        self.window.statusBar().showMessage(
            self.tr("Import of %s cancelled: nothing was changed") % source.name, 8000)
        self.cancelled.emit()


class ImportProgressDialog(QDialog):
    """Progress with a Cancel button that asks the job to stop; it closes when the job ends."""

    cancelRequested = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refiProgress")
        self.setWindowTitle(self.tr("REFI-QDA import"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.label = QLabel(text, self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy until the first report
        self.bar.setAccessibleName(self.tr("Import progress"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self._finished = False

    def progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        if total and done >= total:  # all read: what remains is one write that cannot stop
            self.label.setText(self.tr("Saving into the project…"))
            self.buttons.setEnabled(False)

    def reject(self) -> None:
        """Escape, the Cancel button or the close box: ask the job to stop, stay until it does."""
        if self._finished:
            super().reject()
            return
        if self.buttons.isEnabled():
            self.label.setText(self.tr("Cancelling…"))
            self.buttons.setEnabled(False)
            self.cancelRequested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._finished:
            super().closeEvent(event)
        else:
            event.ignore()
            self.reject()

    def finish(self) -> None:
        self._finished = True
        self.close()


class RefiReportDialog(QDialog):
    """What a REFI-QDA import added, what it found already there, and what it left out."""

    def __init__(self, name: str, report: RefiImportReport, *, undo_cleared: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refiReportDialog")
        self.setWindowTitle(self.tr("REFI-QDA import"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        rows = [
            (self.tr("Documents"), report.documents_added, report.documents_reused),
            (self.tr("Concepts"), report.concepts_added, report.concepts_reused),
            (self.tr("Highlights"), report.annotations_added, report.annotations_present),
        ]
        cells = "".join(
            f"<tr><td>{what}</td><td align='right'>&nbsp;&nbsp;{added}</td>"
            f"<td align='right'>&nbsp;&nbsp;{present}</td></tr>" for what, added, present in rows)
        added, present = self.tr("added"), self.tr("already there")
        self.counts = QLabel(
            self.tr("<p><b>%s</b> is imported.</p>") % _escape(name)
            + f"<table><tr><td></td><th>&nbsp;&nbsp;{added}</th>"
            f"<th>&nbsp;&nbsp;{present}</th></tr>{cells}</table>", self)
        self.counts.setObjectName("refiCounts")
        layout.addWidget(self.counts)
        lines = report.skipped + report.notes
        if lines:
            title = QLabel(self.tr("Left out (%d) and notes (%d):")
                           % (len(report.skipped), len(report.notes)), self)
            self.details = QPlainTextEdit("\n".join(lines), self)
            self.details.setObjectName("refiSkipped")
            self.details.setReadOnly(True)
            self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
            title.setBuddy(self.details)
            layout.addWidget(title)
            layout.addWidget(self.details, 1)
        if undo_cleared:
            undo = QLabel(self.tr("This import cannot be undone with Edit ▸ Undo, and the "
                                  "edits made before it can no longer be undone either."), self)
            undo.setWordWrap(True)
            undo.setObjectName("refiUndoNote")
            layout.addWidget(undo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 420 if lines else 220)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
