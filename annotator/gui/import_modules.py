"""The modules an import loads, loaded first in the GUI thread, one per event-loop turn.

An import runs as a background job, but the first one loads about 25 modules on the
job's thread (the PDF side of the importer, multiprocessing and the client of its fork
server, pickle, sockets). Loading a module holds the interpreter while it is read,
compiled (every time when no bytecode is cached) and run, and PySide6's import hook
then reads its source: the window stopped answering for 40 to 170 ms at the start of
the first import. Loaded here beforehand, one module per turn of the event loop, each
holds the window for a few milliseconds only; the job starts once they are all there,
a few tens of milliseconds later.
"""

from __future__ import annotations

import importlib
import logging
import sys
from collections import deque
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

# In the order they load each other: each step finds what it needs already loaded.
PDF_MODULES = (
    "pickle",
    "socket",
    "selectors",
    "subprocess",
    "multiprocessing",  # with its context, process and reduction modules
    "multiprocessing.util",
    "multiprocessing.connection",
    "multiprocessing.spawn",
    "multiprocessing.resource_tracker",
    "multiprocessing.forkserver",
    "multiprocessing.popen_fork",
    "multiprocessing.popen_forkserver",
    "annotator.core.importing.pdf_protocol",
    "annotator.core.importing.pdf_metadata",
    "annotator.core.importing.pdf_ocr",
    "annotator.core.importing.pdf_warnings",
    "annotator.core.importing.pdf_pool",
    "annotator.core.importing.pdf",
    "_strptime",  # dates read back from the project while the document is saved
)


def modules_for(source: str) -> tuple[str, ...]:
    """The modules importing `source` loads in the window's process, by its name."""
    return PDF_MODULES if source.lower().endswith(".pdf") else ()


class ModuleLoader(QObject):
    """Loads modules one per event-loop turn, then runs what waited for them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: deque[str] = deque()
        self._waiting: list[Callable[[], None]] = []
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)

    @property
    def loading(self) -> bool:
        return bool(self._queue)

    def then(self, modules: Sequence[str], action: Callable[[], None]) -> None:
        """Run `action` once `modules` are loaded: at once when they already are."""
        missing = [name for name in modules if name not in sys.modules]
        if not missing and not self._queue:
            action()
            return
        self._queue.extend(name for name in missing if name not in self._queue)
        self._waiting.append(action)
        self._timer.start()

    def _step(self) -> None:
        while self._queue and self._queue[0] in sys.modules:
            self._queue.popleft()
        if self._queue:
            name = self._queue.popleft()
            try:
                importlib.import_module(name)
            except ImportError:  # the job loads it again and reports the failure
                log.warning("cannot load %s before an import", name, exc_info=True)
            return
        self._timer.stop()
        waiting, self._waiting = self._waiting, []
        for action in waiting:
            action()
