"""Opening a project file of an older version: backed up and migrated on a worker thread
behind a progress dialog, so that the window keeps painting through the seconds a file
with thousands of PDF pages takes (its page boxes are rewritten).

The dialog is window-modal and has no Cancel button: the migration is one transaction
that either lands whole or leaves the file as it was, and a half-done one would only
be thrown away.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, Slot
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

from annotator.core.errors import AnnotatorError
from annotator.core.importing.base import ProgressCallback
from annotator.core.project import Project
from annotator.gui.workers import Job, JobRunner


class _Outcome(QObject):
    """Receives the job's result on the GUI thread (a QObject: queued across threads)."""

    def __init__(self, loop: QEventLoop) -> None:
        super().__init__()
        self.loop = loop
        self.project: Project | None = None
        self.error: AnnotatorError | None = None

    @Slot(object)
    def opened(self, project: Project) -> None:
        self.project = project

    @Slot(object)
    def failed(self, error: AnnotatorError) -> None:
        self.error = error

    @Slot()
    def finished(self) -> None:
        self.loop.quit()


class UpgradeDialog(QProgressDialog):
    """How far the upgrade of a project file went; busy until the first count arrives."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("upgradeDialog")
        self.setWindowTitle(self.tr("Upgrading the project"))
        label = QLabel(self.tr(
            "Bringing “%1” up to this version of Annotator. A copy of the file as it was "
            "is kept with its backups.").replace("%1", path.name), self)
        label.setWordWrap(True)
        label.setMinimumWidth(self.fontMetrics().averageCharWidth() * 52)
        self.setLabel(label)
        self.setCancelButton(None)  # no Cancel button (see the module)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(0)
        self.setRange(0, 0)

    @Slot(int, int)
    def progressed(self, done: int, total: int) -> None:
        self.setRange(0, total)
        self.setValue(done)


def open_upgrading(
    parent: QWidget, path: Path, open_file: Callable[[ProgressCallback], Project]
) -> Project:
    """`open_file(progress)` on a worker thread, the dialog showing its progress, the
    window's events handled meanwhile; its project, or its AnnotatorError raised here."""
    loop = QEventLoop()
    outcome = _Outcome(loop)
    dialog = UpgradeDialog(path, parent)
    job = Job(path.name, lambda progress, _cancel: open_file(progress))
    job.signals.progressed.connect(dialog.progressed)
    job.signals.succeeded.connect(outcome.opened)
    job.signals.failed.connect(outcome.failed)
    job.signals.finished.connect(outcome.finished)
    runner = JobRunner(max_threads=1, parent=dialog)
    dialog.show()
    runner.start(job)
    loop.exec()
    runner.wait()
    dialog.close()
    dialog.deleteLater()
    if outcome.error is not None:
        raise outcome.error
    assert outcome.project is not None  # the job either opened it or failed
    return outcome.project
