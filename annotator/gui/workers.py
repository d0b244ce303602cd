"""Background jobs: run a slow core call off the GUI thread, with progress and cancel.

A job only computes (extracts a PDF, fetches a page); whatever it returns is
handed back to the GUI thread, which alone writes to the project.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from annotator.core.errors import AnnotatorError, Cancelled, FaultCause

log = logging.getLogger(__name__)

# work(progress, cancel) -> result; progress(done, total); cancel.is_set()
Work = Callable[[Callable[[int, int], None], threading.Event], Any]


class JobSignals(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # an AnnotatorError with a message fit for the user
    cancelled = Signal()
    finished = Signal()


class Job(QRunnable):
    """One unit of background work; connect to `signals` before starting it."""

    def __init__(self, title: str, work: Work) -> None:
        super().__init__()
        self.title = title
        self._work = work
        self.cancel_event = threading.Event()
        self.signals = JobSignals()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self.cancel_event.set()

    def run(self) -> None:
        try:
            result = self._work(self.signals.progressed.emit, self.cancel_event)
        except Cancelled:
            self.signals.cancelled.emit()
        except AnnotatorError as exc:
            self.signals.failed.emit(exc)
        except Exception as exc:  # a bug: report it, keep the app alive
            log.exception("background job %s failed", self.title)
            failure = AnnotatorError.coded(self.title, FaultCause.UNEXPECTED, detail=repr(exc))
            self.signals.failed.emit(failure)
        else:
            if self.cancel_event.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()


class JobRunner(QObject):
    """Runs jobs a few at a time and keeps them alive until they finish."""

    def __init__(self, max_threads: int = 2, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._running: set[Job] = set()

    def start(self, job: Job) -> None:
        self.hold(job)
        self.release(job)

    def hold(self, job: Job) -> None:
        """Keep a job to start later with `release`: meanwhile it counts as running
        and `cancel_all` reaches it."""
        if job not in self._running:
            self._running.add(job)
            job.signals.finished.connect(lambda: self._running.discard(job))

    def release(self, job: Job) -> None:
        """Start a held job; one cancelled meanwhile ends without running."""
        if job.cancel_event.is_set():
            job.signals.cancelled.emit()
            job.signals.finished.emit()
            return
        self._pool.start(job)

    def cancel_all(self) -> None:
        for job in list(self._running):
            job.cancel()

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        return bool(self._running)
