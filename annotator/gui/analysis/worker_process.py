"""The Analysis window's worker process: requests go down a pipe, answers come back.

Driven from the window's thread alone, by polling the pipe: no helper thread
of ours or of concurrent.futures runs Python beside the GUI (a thread that
happens to collect a cycle holding Qt objects would destroy them off the GUI
thread), and no Qt object is touched elsewhere.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from multiprocessing.context import SpawnContext
from typing import Any

from PySide6.QtCore import QObject, QTimer

from annotator.core.analysis import worker
from annotator.core.errors import AnnotatorError
from annotator.core.store.postgres.passwords import session_passwords

POLL_MS = 15  # how often answers are looked for while some are awaited
STOP_WAIT_S = 2.0


def worker_context() -> SpawnContext:
    """Spawn: a fresh interpreter, never a fork of this process (Qt is loaded here).

    Not the fork server: the first process it starts makes the caller wait
    until the server is up (0.2-0.3 s of a frozen window on a busy machine),
    while spawning returns at once and the child boots and imports on its own.
    """
    return multiprocessing.get_context("spawn")


Answer = Callable[[Any], None]
Failure = Callable[[str | AnnotatorError], None]  # a typed error, else its text


class WorkerProcess(QObject):
    """One process running `core.analysis.worker.serve`, started at the first request."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._process: Any = None  # a multiprocessing Process (its class depends on the context)
        self._connection: Any = None
        self._awaited: list[tuple[Answer, Failure]] = []  # answers come back in request order
        # the answer coming in pieces: its head, how many pieces, those received
        self._receiving: tuple[Any, int, list[Any]] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._collect)

    @property
    def process(self) -> Any:
        """The running process (a multiprocessing Process), or None before or after."""
        return self._process

    def request(
        self, answered: Answer, failed: Failure, function: Callable[..., Any], *args: Any
    ) -> None:
        """Run `function(*args)` there; then call `answered(result)` or `failed(message)`."""
        if self._process is None:
            context = worker_context()
            self._connection, child = context.Pipe()
            self._process = context.Process(
                target=worker.serve,
                args=(child, session_passwords()),
                daemon=True,
                name="annotator-analysis",
            )
            self._process.start()
            child.close()
        try:
            self._connection.send((function, args))
        except (BrokenPipeError, OSError) as error:
            self.stop()
            failed(self._stopped(error))
            return
        self._awaited.append((answered, failed))
        self._timer.start()

    def _collect(self) -> None:
        """Take what answers arrived; a piece of a long one per call, between two events."""
        while self._awaited:
            try:
                if not self._connection.poll():
                    break
                message = self._connection.recv()
            except (EOFError, OSError) as error:
                failures = [failed for _answered, failed in self._awaited]
                self.stop()
                for failed in failures:
                    failed(self._stopped(error))
                return
            if self._receiving is not None:
                head, expected, pieces = self._receiving
                pieces.append(message)
                if len(pieces) < expected:
                    return  # the next piece at the next call: the window answers meanwhile
                self._receiving = None
                self._awaited.pop(0)[0](worker.join(head, pieces))
                continue
            ok, value, expected = message
            if expected:
                self._receiving = (value, expected, [])
                self._timer.setInterval(0)
                return
            answered, failed = self._awaited.pop(0)
            if ok:
                answered(value)
            else:
                failed(value)
        if self._receiving is None:
            self._timer.setInterval(POLL_MS)
        if not self._awaited:
            self._timer.stop()

    def _stopped(self, error: BaseException) -> str:
        return self.tr("The analysis process stopped (%1).").replace(
            "%1", str(error) or type(error).__name__
        )

    def stop(self) -> None:
        """End the process now (whatever it was computing) and forget what was awaited."""
        self._timer.stop()
        self._awaited.clear()
        self._receiving = None
        process, connection = self._process, self._connection
        self._process = self._connection = None
        if connection is not None:
            connection.close()
        if process is not None:
            process.terminate()
            process.join(STOP_WAIT_S)
