"""PDF importer: canonical text in reading order with one box per character, page by page.

Text and boxes come from `pdf_layout` (see its docstring for the reading
order); pages are read by `pdf_worker` in child processes that have a memory
limit, under a time limit for the whole extraction, so a PDF that makes the
parser loop or swell fails cleanly instead of freezing or killing the app.

Canonical text: each page's text is `text[page.start:page.end]`; the pages
are joined by "\n\n", which belongs to no page. A page without text has an
empty range and adds no separator. `page.boxes` holds one box per character
of the page's range (empty boxes for inserted spaces and line breaks), in
points from the top-left of the page as displayed (after /Rotate, within the
CropBox), the same frame and size a renderer such as pdfium shows.
"""

from __future__ import annotations

import contextlib
import functools
import math
import multiprocessing
import os
import re
import time
from collections import deque
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from multiprocessing.connection import Connection, wait
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from typing import Any

from annotator.core.errors import Cancelled, ImportFailure, PasswordRequired
from annotator.core.importing.base import CancelToken, ImportedDocument, ProgressCallback
from annotator.core.importing.pdf_worker import (
    MEMORY_EXIT,
    OpenFailure,
    PageResult,
    extract_page,
    open_pdf,
    read_metadata,
    worker_main,
)
from annotator.core.model import Page

__all__ = ["ExtractionLimits", "import_pdf"]

MEDIA_TYPE = "application/pdf"
# From this many pages on, several worker processes share the pages.
PARALLEL_MIN_PAGES = 9
NO_TEXT_WARNING = (
    "This PDF has no text layer (scanned?); OCR is not supported, "
    "so its pages can be viewed but no text can be highlighted."
)
_POLL_SECONDS = 0.05  # how often cancel and the time limit are checked


@dataclass(frozen=True)
class ExtractionLimits:
    """Guards against PDFs that make the parser loop or swell.

    Each worker process may grow its address space by `memory_bytes` beyond
    its size at start, Python and pdfplumber loaded (None: no limit; not
    enforced where the platform lacks RLIMIT_AS, e.g. Windows).
    The whole extraction may take `seconds` plus `seconds_per_page` per page.
    """

    memory_bytes: int | None = 1536 * 1024 * 1024
    seconds: float = 30.0
    seconds_per_page: float = 3.0

    def time_limit(self, page_count: int) -> float:
        return self.seconds + self.seconds_per_page * page_count


def import_pdf(
    data: bytes,
    source: str,
    *,
    password: str | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    workers: int | None = None,
    limits: ExtractionLimits | None = None,
) -> ImportedDocument:
    """Import a PDF's bytes; `source` (path or URL) names it in messages and gives a title.

    `workers` worker processes read the pages (default: min(2, CPUs)); PDFs
    under PARALLEL_MIN_PAGES pages use one. `workers=0` reads in the calling
    process, without memory or time limit (for debugging). `progress(done,
    total)` is called per page in the calling thread; `cancel.is_set()` is
    polled and stops the workers (errors.Cancelled).

    Raises ImportFailure (empty, not a PDF, damaged, too slow, too much
    memory), PasswordRequired (encrypted: no or wrong password), Cancelled.
    """
    if not data:
        raise ImportFailure(source, "the file is empty")
    if b"%PDF-" not in data[:1024]:
        raise ImportFailure(source, "not a PDF file (it does not start with %PDF-)")
    if cancel is not None and cancel.is_set():
        raise Cancelled("import")
    limits = limits or ExtractionLimits()
    if workers is None:
        workers = min(2, os.cpu_count() or 1)
    if workers <= 0:
        page_count, info, results = _extract_here(data, source, password, progress, cancel)
    else:
        extraction = _Extraction(data, source, password, progress, cancel, workers, limits)
        page_count, info, results = extraction.run()
    return _assemble(data, source, page_count, info, results)


# -- in the calling process -------------------------------------------------------------


def _extract_here(
    data: bytes,
    source: str,
    password: str | None,
    progress: ProgressCallback | None,
    cancel: CancelToken | None,
) -> tuple[int, dict[str, str], list[PageResult]]:
    try:
        pdf = open_pdf(data, password)
    except OpenFailure as failure:
        raise _failure(source, failure.kind, failure.detail, password) from None
    with pdf:
        count = len(pdf.pages)
        info = read_metadata(pdf)
        results: list[PageResult] = []
        if progress is not None:
            progress(0, count)
        for index in range(count):
            if cancel is not None and cancel.is_set():
                raise Cancelled("import")
            results.append(extract_page(pdf, index))
            if progress is not None:
                progress(index + 1, count)
    return count, info, results


def _failure(source: str, kind: str, detail: str, password: str | None) -> ImportFailure:
    if kind == "password":
        return PasswordRequired(source, "wrong password" if password else "password required")
    if kind == "crash":
        return ImportFailure(source, f"the PDF reader failed ({detail})")
    if kind == "encrypted":
        return ImportFailure(source, f"this PDF's encryption is not supported ({detail})")
    return ImportFailure(source, f"not a readable PDF; the file may be damaged ({detail})")


# -- in worker processes ----------------------------------------------------------------


@functools.cache
def _context() -> BaseContext:
    """Workers never fork the caller (it may have Qt loaded); a fork server or spawn."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([worker_main.__module__])
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

    def run(self) -> tuple[int, dict[str, str], list[PageResult]]:
        started = time.monotonic()
        try:
            self._start_worker()
            while self.page_count is None or self.done < self.page_count:
                if self.cancel is not None and self.cancel.is_set():
                    raise Cancelled("import")
                limit = self.limits.time_limit(self.page_count or 0)
                remaining = started + limit - time.monotonic()
                if remaining <= 0:
                    raise ImportFailure(
                        self.source,
                        f"reading the PDF took too long (more than {limit:.0f} s); "
                        "the file may be damaged or too complex",
                    )
                self._step(min(_POLL_SECONDS, remaining))
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
            target=worker_main,
            args=(child_conn, self.data, self.password, self.limits.memory_bytes),
            name="annotator-pdf-reader",
            daemon=True,
        )
        process.start()
        child_conn.close()
        self.workers.append(_Worker(process, conn))

    def _step(self, timeout: float) -> None:
        live = [w for w in self.workers if not w.gone]
        if not live:
            raise ImportFailure(self.source, "the PDF reader stopped unexpectedly")
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
        elif kind == "info":
            if self.page_count is None:
                self._plan(message[1], message[2])
            self._give_work(worker)
        elif kind == "idle":
            self._give_work(worker)
        elif kind == "error":
            raise _failure(self.source, message[1], message[2], self.password)

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
        for _ in range(min(workers, len(self.ranges)) - 1):
            self._start_worker()

    def _give_work(self, worker: _Worker) -> None:
        if worker.stopping:
            return
        if self.ranges:
            start, end = self.ranges.popleft()
            worker.conn.send(("pages", start, end))
        else:
            worker.stopping = True
            worker.conn.send(("stop",))

    def _exited(self, worker: _Worker) -> None:
        worker.gone = True
        worker.process.join(1.0)
        if worker.stopping:
            return
        code = worker.process.exitcode
        if code in (MEMORY_EXIT, -9):  # -9: killed, as the system does when memory runs out
            limit = self.limits.memory_bytes
            amount = f" (more than {limit / 2**20:.0f} MB)" if limit else ""
            raise ImportFailure(
                self.source,
                f"reading the PDF used too much memory{amount}; "
                "the file may be damaged or too complex",
            )
        raise ImportFailure(
            self.source,
            f"the PDF reader stopped unexpectedly (exit code {code}); the file may be damaged",
        )

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


# -- the document -----------------------------------------------------------------------


def _assemble(
    data: bytes, source: str, page_count: int, info: dict[str, str], results: list[PageResult]
) -> ImportedDocument:
    if page_count == 0:
        raise ImportFailure(source, "the PDF has no pages; the file may be truncated or damaged")
    failed = [r for r in results if r.error]
    if len(failed) == len(results):
        raise ImportFailure(source, f"no page of the PDF could be read ({failed[0].error})")
    parts: list[str] = []
    pages: list[Page] = []
    position = 0
    for result in results:
        if result.text and position:
            parts.append("\n\n")
            position += 2
        start = position
        parts.append(result.text)
        position += len(result.text)
        pages.append(
            Page(result.index + 1, result.width, result.height, start, position, result.boxes)
        )
    text = "".join(parts)
    return ImportedDocument(
        title=_title(info.get("Title", ""), source),
        kind="pdf",
        source=source,
        text=text,
        original=data,
        media_type=MEDIA_TYPE,
        metadata=_metadata(info, page_count),
        pages=tuple(pages),
        warnings=_warnings(text, results, failed),
    )


def _page_list(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:10])
    return shown + (", …" if len(numbers) > 10 else "")


def _warnings(text: str, results: list[PageResult], failed: list[PageResult]) -> tuple[str, ...]:
    warnings: list[str] = []
    if not text.strip():
        warnings.append(NO_TEXT_WARNING)
    else:
        scanned = [r.index + 1 for r in results if not r.text and r.has_images and not r.error]
        if scanned:
            warnings.append(
                f"{len(scanned)} of {len(results)} pages have no text layer (scanned?): "
                f"page {_page_list(scanned)}; OCR is not supported"
            )
    if failed:
        numbers = [r.index + 1 for r in failed]
        warnings.append(
            f"page {_page_list(numbers)} could not be read and is left empty ({failed[0].error})"
        )
    undecodable = sum(r.undecodable for r in results)
    if undecodable:
        warnings.append(
            f"{undecodable} characters could not be decoded (fonts without a Unicode map) "
            "and appear as \ufffd"
        )
    return tuple(warnings)


def _metadata(info: dict[str, str], page_count: int) -> dict[str, Any]:
    metadata: dict[str, Any] = {}
    if info.get("Author"):
        metadata["author"] = info["Author"]
    date = _pdf_date(info.get("CreationDate", ""))
    if date:
        metadata["date"] = date
    if info.get("Producer"):
        metadata["producer"] = info["Producer"]
    metadata["page_count"] = page_count
    return metadata


_FILE_NAME = re.compile(
    r"^[^\s/\\]*\.(?:pdf|docx?|odt|rtf|txt|tex|dvi|ps|eps|indd|qxd|pptx?|xlsx?|html?|exe|tmp)$",
    re.IGNORECASE,
)
_APP_PREFIX = re.compile(r"^(?:Microsoft (?:Word|PowerPoint|Excel) - )", re.IGNORECASE)
_PLACEHOLDERS = {"untitled", "untitled document", "document", "title", "unknown", "none"}


def _title(raw: str, source: str) -> str:
    """The metadata Title if it names the document, else the file name without extension."""
    title = " ".join(_APP_PREFIX.sub("", raw or "").split())
    meaningful = (
        title
        and any(ch.isalpha() for ch in title)
        and title.lower() not in _PLACEHOLDERS
        and not _FILE_NAME.match(title)
    )
    return title if meaningful else _stem(source)


def _stem(source: str) -> str:
    path = re.split(r"[?#]", source.strip(), maxsplit=1)[0]
    name = re.split(r"[/\\]", path.rstrip("/\\"))[-1]
    stem = re.sub(r"\.pdf$", "", name, flags=re.IGNORECASE)
    return stem or name or source or "Untitled PDF"


_PDF_DATE = re.compile(
    r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?"
    r"\s*(Z|[+-]\d{2})?'?(\d{2})?'?"
)


def _pdf_date(raw: str) -> str | None:
    """A PDF date ("D:20230621093027-04'00'") as ISO 8601, at the precision given."""
    match = _PDF_DATE.match(raw.strip())
    if not match:
        return None
    year, month, day, hour, minute, second, zone, zone_minutes = match.groups()
    try:
        if hour is None:
            return datetime(int(year), int(month or 1), int(day or 1)).date().isoformat()
        tz = None
        if zone == "Z":
            tz = UTC
        elif zone:
            offset = timedelta(hours=int(zone[1:]), minutes=int(zone_minutes or 0))
            tz = timezone(offset if zone[0] == "+" else -offset)
        moment = datetime(
            int(year),
            int(month or 1),
            int(day or 1),
            int(hour),
            int(minute or 0),
            int(second or 0),
            tzinfo=tz,
        )
    except ValueError:
        return None
    return moment.isoformat()
