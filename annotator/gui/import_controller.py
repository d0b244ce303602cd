"""Imports from the window: background extraction, one progress row per job, cancel,
a password prompt for encrypted PDFs, and one summary of what failed."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.adding import add_source
from annotator.core.document_properties import WARNINGS_KEY
from annotator.core.errors import AnnotatorError, ImportCause, PasswordRequired
from annotator.core.importing.ocr_languages import DEFAULT_OCR_LANGUAGES
from annotator.core.project import AddResult
from annotator.gui.duplicate_question import ask_about_duplicate
from annotator.gui.editor import Editor
from annotator.gui.import_modules import ModuleLoader, modules_for
from annotator.gui.messages import describe, user_message
from annotator.gui.settings import AppSettings
from annotator.gui.workers import Job, JobRunner

NOTE_SHARE = 0.001  # undecodable characters up to this share of the text are a note


def is_note(warning: str, text: str) -> bool:
    """A warning about a few characters shown as U+FFFD in an otherwise readable text:
    worth a note, not a box to dismiss (one stray byte stopped the work with a modal)."""
    return "\ufffd" in warning and text.count("\ufffd") <= max(1, len(text) * NOTE_SHARE)


def display_name(source: str) -> str:
    if source.startswith(("http://", "https://")):
        return source
    return Path(source).name


class JobRow(QWidget):
    """A compact progress row: name, bar, cancel button."""

    # (page number, page count) as OCR starts on a page; emitted from the job's thread
    ocrPage = Signal(int, int)

    def __init__(self, job: Job, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job = job
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        name = QLabel(job.title[:40], self)
        name.setTextFormat(Qt.TextFormat.PlainText)
        name.setToolTip(job.title)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy until the first progress report
        self.bar.setMaximumWidth(140)
        self.bar.setMaximumHeight(14)
        self.bar.setAccessibleName(self.tr("Import progress of %s") % job.title)
        cancel = QToolButton(self)
        cancel.setText("✕")
        cancel.setToolTip(self.tr("Cancel this import"))
        cancel.setAccessibleName(self.tr("Cancel import of %s") % job.title)
        cancel.clicked.connect(job.cancel)
        layout.addWidget(name)
        layout.addWidget(self.bar)
        layout.addWidget(cancel)
        job.signals.progressed.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        self.ocrPage.connect(self._ocr_page, Qt.ConnectionType.QueuedConnection)

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _ocr_page(self, page: int, total: int) -> None:
        text = self.tr("OCR page %1 of %2").replace("%1", str(page)).replace("%2", str(total))
        self.bar.setFormat(text)
        self.bar.setTextVisible(True)
        self.bar.setToolTip(text)


class ImportController(QObject):
    """Starts imports and reports their outcome to the window."""

    documentImported = Signal(int)  # document id, new or already present
    batchFinished = Signal(list)  # messages of the failures, empty if none
    message = Signal(str)  # a status-bar line

    def __init__(self, editor: Editor, progress_area: QWidget,
                 ask_password: Callable[[str], str | None] | None = None,
                 parent: QObject | None = None, settings: AppSettings | None = None) -> None:
        """`ask_password(question)` asks for an encrypted PDF's password (None: skip the
        file); by default a dialog."""
        super().__init__(parent)
        self.editor = editor
        self._settings = settings
        self.runner = JobRunner(max_threads=2, parent=self)
        self._modules = ModuleLoader(self)
        self._area = progress_area
        # the window keeps one progress area for every project it opens
        layout = progress_area.layout()
        if layout is None:
            layout = QVBoxLayout(progress_area)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.setSpacing(0)
        self._area_layout = layout
        self._ask_password = ask_password or self._password_dialog
        self._pending = 0
        self._failures: list[str] = []

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def import_sources(self, sources: list[str]) -> None:
        for source in sources:
            self._start(source, None)

    def _start(self, source: str, password: str | None) -> None:
        languages = (self._settings.ocr_languages if self._settings is not None
                     else DEFAULT_OCR_LANGUAGES)

        project = self.editor.project
        if project.read_only:
            self.editor.refuse_read_only()
            return
        path, author = project.location, project.author

        def work(progress: Callable[[int, int], None], cancel: threading.Event) -> AddResult:
            # read, hashed, extracted and saved in the job, on its own connection
            return add_source(path, source, author=author, password=password,
                              progress=progress, cancel=cancel, ocr_languages=languages,
                              ocr_progress=row.ocrPage.emit)

        job = Job(display_name(source), work)
        row = JobRow(job, self._area)
        row.ocrPage.connect(
            lambda page, total: self.message.emit(
                self.tr("%1: OCR page %2 of %3").replace("%1", display_name(source))
                .replace("%2", str(page)).replace("%3", str(total))),
            Qt.ConnectionType.QueuedConnection)
        self._area_layout.addWidget(row)
        self._area.setVisible(True)
        self._pending += 1
        queued = Qt.ConnectionType.QueuedConnection
        job.signals.succeeded.connect(lambda doc: self._succeeded(source, doc), queued)
        job.signals.failed.connect(lambda error: self._failed(source, error), queued)
        job.signals.cancelled.connect(
            lambda: self.message.emit(self.tr("Import of %s cancelled") % display_name(source)),
            queued)
        job.signals.finished.connect(lambda: self._finished(row), queued)
        self.message.emit(self.tr("Importing %s…") % display_name(source))
        # the modules the job would load on its thread (freezing the window meanwhile)
        # are loaded first here, in short steps; cancelling reaches the job meanwhile
        self.runner.hold(job)
        self._modules.then(modules_for(source), lambda: self.runner.release(job))

    def _succeeded(self, source: str, result: AddResult) -> None:
        if result.created:
            self.editor.record_added_document(result)
            text = self.tr("Imported %s") % result.document.title
            for warning in result.document.metadata.get(WARNINGS_KEY) or ():
                shown = user_message(f"{display_name(source)}: {warning}")
                if is_note(warning, result.document.text):
                    text += " — " + shown  # in the status bar and the document's properties
                else:
                    self._failures.append(shown)
            others = self.editor.project.documents_with_same_text(result.document.id)
            if others:
                ask_about_duplicate(self._area.window(), self.editor, result.document, others)
        else:
            text = self.tr("%s is already in the project") % result.document.title
        self.documentImported.emit(result.document.id)  # may open it, showing its title
        self.message.emit(text)  # then what came of the import, its notes included

    def _failed(self, source: str, error: AnnotatorError) -> None:
        if isinstance(error, PasswordRequired):
            name = display_name(source)
            typed = self._ask_password(
                self.tr("The password given for %s is wrong. Enter it again:") % name
                if error.code is ImportCause.WRONG_PASSWORD
                else self.tr("%s is encrypted. Enter its password:") % name)
            if typed:
                self._start(source, typed)
                return
        self._failures.append(describe(error))

    def _finished(self, row: JobRow) -> None:
        row.deleteLater()
        self._pending -= 1
        if self._pending == 0:
            self._area.setVisible(False)
            failures, self._failures = self._failures, []
            self.batchFinished.emit(failures)

    def _password_dialog(self, question: str) -> str | None:
        parent = self._area.window()
        text, ok = QInputDialog.getText(
            parent, self.tr("Password required"), question, QLineEdit.EchoMode.Password)
        return text if ok and text else None

