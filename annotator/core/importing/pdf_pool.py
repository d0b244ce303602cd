"""Worker processes that read a PDF's pages, under a memory cap and a time limit.

Workers are started from a fork server (or spawned where there is none),
never forked from the caller, which may have Qt loaded. The first worker
opens the PDF and reports its page count; long PDFs (PARALLEL_MIN_PAGES pages
or more) then get more workers, or have them from the start when the file is
big (EARLY_WORKERS_BYTES: most likely long, and opening it takes a while).
Pages are handed out in small ranges to whichever worker is free, and come
back one message per page, so progress is reported per page and the time
limit and `cancel` are checked between pages (every POLL_SECONDS at most).
Stopping kills the workers at once, even in the middle of a page's OCR. A
worker announces each page it reads by OCR before starting it: the caller is
told, the time limit grows by the OCR time, and a short PDF read by one worker
gets more, up to `workers`, for its remaining pages.
"""

from __future__ import annotations

import contextlib
import functools
import math
import multiprocessing
import time
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.context import ForkServerContext, SpawnContext
from multiprocessing.process import BaseProcess
from typing import Any

from annotator.core.errors import Cancelled, ImportCause, ImportFailure, PasswordRequired
from annotator.core.importing.base import CancelToken, ProgressCallback
from annotator.core.importing.ocr_languages import OcrSetup
from annotator.core.importing.pdf_protocol import MEMORY_EXIT, WORKER_MODULE, PageResult, run_worker

# From this many pages on, several worker processes share the pages.
PARALLEL_MIN_PAGES = 9
# From this size on, all workers start at once instead of after the page count is known.
EARLY_WORKERS_BYTES = 256 * 1024
POLL_SECONDS = 0.05  # how often cancel and the time limit are checked


@dataclass(frozen=True)
class ExtractionLimits:
    """Guards against PDFs that make the parser loop or swell.

    Each worker process may grow its address space by `memory_bytes` beyond
    its size at start, Python and pdfplumber loaded (None: no limit; not
    enforced where the platform lacks RLIMIT_AS, e.g. Windows).
    The whole extraction may take `seconds` plus `seconds_per_page` per page,
    plus `seconds_per_ocr_page` per page read by OCR (Tesseract takes 1 to 10
    seconds for a page on an ordinary laptop core).
    """

    memory_bytes: int | None = 1536 * 1024 * 1024
    seconds: float = 30.0
    seconds_per_page: float = 3.0
    seconds_per_ocr_page: float = 60.0

    def time_limit(self, page_count: int, ocr_pages: int = 0) -> float:
        return (
            self.seconds
            + self.seconds_per_page * page_count
            + self.seconds_per_ocr_page * ocr_pages
        )


def read_in_workers(
    data: bytes,
    source: str,
    password: str | None,
    progress: ProgressCallback | None,
    cancel: CancelToken | None,
    workers: int,
    limits: ExtractionLimits,
    ocr: OcrSetup | None = None,
    ocr_progress: ProgressCallback | None = None,
) -> tuple[int, dict[str, str], list[PageResult]]:
    """Page count, document information and the pages, read by up to `workers` processes.

    With `ocr`, pages without a usable text layer are read by OCR;
    `ocr_progress(page_number, page_count)` is called as each one starts.
    """
    return _Extraction(
        data, source, password, progress, cancel, workers, limits, ocr, ocr_progress
    ).run()


def reader_failure(source: str, kind: str, detail: str, password: str | None) -> ImportFailure:
    """The error for a PDF the reader could not open (see pdf_worker.OpenFailure kinds)."""
    if kind == "password":
        cause = ImportCause.WRONG_PASSWORD if password else ImportCause.PASSWORD_REQUIRED
        return PasswordRequired.coded(source, cause)
    if kind == "crash":
        return ImportFailure.coded(source, ImportCause.PDF_READER_FAILED, detail=detail)
    if kind == "encrypted":
        return ImportFailure.coded(source, ImportCause.PDF_ENCRYPTION, detail=detail)
    return ImportFailure.coded(source, ImportCause.PDF_DAMAGED, detail=detail)


@functools.cache
def _context() -> ForkServerContext | SpawnContext:
    """Workers never fork the caller (it may have Qt loaded); a fork server or spawn."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([WORKER_MODULE])  # the PDF libraries, loaded there once
        return context
    return multiprocessing.get_context("spawn")


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    stopping: bool = False  # told to stop: its exit is expected
    gone: bool = False


class _Extraction:
    """Runs worker processes over page ranges and collects their pages in order."""

    def __init__(
        self,
        data: bytes,
        source: str,
        password: str | None,
        progress: ProgressCallback | None,
        cancel: CancelToken | None,
        workers: int,
        limits: ExtractionLimits,
        ocr: OcrSetup | None = None,
        ocr_progress: ProgressCallback | None = None,
    ) -> None:
        self.data = data
        self.source = source
        self.password = password
        self.progress = progress
        self.cancel = cancel
        self.max_workers = workers
        self.limits = limits
        self.workers: list[_Worker] = []
        self.ranges: deque[tuple[int, int]] = deque()
        self.page_count: int | None = None
        self.info: dict[str, str] = {}
        self.results: list[PageResult | None] = []
        self.done = 0
        self.ocr = ocr
        self.ocr_progress = ocr_progress
        self.ocr_pages = 0  # pages announced for OCR so far

    def run(self) -> tuple[int, dict[str, str], list[PageResult]]:
        started = time.monotonic()
        try:
            for _ in range(self.max_workers if len(self.data) >= EARLY_WORKERS_BYTES else 1):
                self._start_worker()
            while self.page_count is None or self.done < self.page_count:
                if self.cancel is not None and self.cancel.is_set():
                    raise Cancelled("import")
                limit = self.limits.time_limit(self.page_count or 0, self.ocr_pages)
                remaining = started + limit - time.monotonic()
                if remaining <= 0:
                    raise ImportFailure.coded(
                        self.source, ImportCause.PDF_TOO_SLOW, seconds=f"{limit:.0f}"
                    )
                self._step(min(POLL_SECONDS, remaining))
        except BaseException:
            self._kill_all()
            raise
        self._stop_all()
        pages = [result for result in self.results if result is not None]
        return self.page_count, self.info, pages

    def _start_worker(self) -> None:
        context = _context()
        conn, child_conn = context.Pipe()
        process = context.Process(
            target=run_worker,
            args=(child_conn, self.data, self.password, self.limits.memory_bytes, self.ocr),
            name="annotator-pdf-reader",
            daemon=True,
        )
        try:
            process.start()
        except (OSError, RuntimeError) as error:  # e.g. the caller's main script fails
            conn.close()
            raise ImportFailure.coded(
                self.source, ImportCause.PDF_READER_NOT_STARTED, detail=error
            ) from error
        finally:
            child_conn.close()
        self.workers.append(_Worker(process, conn))

    def _step(self, timeout: float) -> None:
        live = [w for w in self.workers if not w.gone]
        if not live:
            raise ImportFailure.coded(self.source, ImportCause.PDF_READER_STOPPED)
        handles: list[Any] = [w.conn for w in live] + [w.process.sentinel for w in live]
        ready = wait(handles, timeout)
        for worker in live:
            if worker.conn in ready:
                self._receive(worker)
        for worker in live:
            if not worker.gone and worker.process.sentinel in ready and not worker.conn.poll():
                self._exited(worker)

    def _receive(self, worker: _Worker) -> None:
        while not worker.gone and worker.conn.poll():
            try:
                message = worker.conn.recv()
            except (EOFError, OSError):
                self._exited(worker)
                return
            self._handle(worker, message)

    def _handle(self, worker: _Worker, message: tuple[Any, ...]) -> None:
        kind = message[0]
        if kind == "page":
            result: PageResult = message[1]
            if self.results[result.index] is None:
                self.done += 1
            self.results[result.index] = result
            if self.progress is not None:
                self.progress(self.done, self.page_count or 0)
                if self.cancel is not None and self.cancel.is_set():
                    raise Cancelled("import")
        elif kind == "ocr":
            self.ocr_pages += 1
            if self.ranges and len(self.workers) < self.max_workers:
                # OCR takes seconds a page: a short PDF read by one worker gets another
                self._start_worker()
            if self.ocr_progress is not None:
                self.ocr_progress(message[1] + 1, self.page_count or 0)
        elif kind == "info":
            if self.page_count is None:
                self._plan(message[1], message[2])
            self._give_work(worker)
        elif kind == "idle":
            self._give_work(worker)
        elif kind == "error":
            raise reader_failure(self.source, message[1], message[2], self.password)

    def _plan(self, page_count: int, info: dict[str, str]) -> None:
        self.page_count = page_count
        self.info = info
        self.results = [None] * page_count
        workers = self.max_workers if page_count >= PARALLEL_MIN_PAGES else 1
        chunk = max(1, min(16, math.ceil(page_count / (4 * workers))))
        self.ranges.extend(
            (start, min(start + chunk, page_count)) for start in range(0, page_count, chunk)
        )
        if self.progress is not None:
            self.progress(0, page_count)
        for _ in range(min(workers, len(self.ranges)) - len(self.workers)):
            self._start_worker()

    def _give_work(self, worker: _Worker) -> None:
        if worker.stopping:
            return
        if self.ranges:
            message: tuple[Any, ...] = ("pages", *self.ranges.popleft())
        else:
            worker.stopping = True
            message = ("stop",)
        try:
            worker.conn.send(message)
        except OSError:  # it died meanwhile
            self._exited(worker)

    def _exited(self, worker: _Worker) -> None:
        worker.gone = True
        worker.process.join(1.0)
        if worker.stopping:
            return
        code = worker.process.exitcode
        if code in (MEMORY_EXIT, -9):  # -9: killed, as the system does when memory runs out
            limit = self.limits.memory_bytes
            amount = f" (more than {limit / 2**20:.0f} MB)" if limit else ""
            raise ImportFailure.coded(self.source, ImportCause.PDF_OUT_OF_MEMORY, amount=amount)
        raise ImportFailure.coded(self.source, ImportCause.PDF_READER_EXITED, code=code)

    def _stop_all(self) -> None:
        for worker in self.workers:
            if not worker.gone and not worker.stopping:
                worker.stopping = True
                with contextlib.suppress(OSError):
                    worker.conn.send(("stop",))
        for worker in self.workers:
            worker.process.join(2.0)
        self._kill_all()

    def _kill_all(self) -> None:
        for worker in self.workers:
            if worker.process.is_alive():
                worker.process.terminate()
        for worker in self.workers:
            worker.process.join(1.0)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join(1.0)
            worker.conn.close()
            worker.gone = True
