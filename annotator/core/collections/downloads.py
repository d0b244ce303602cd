"""Download and convert links in worker threads, politely.

At most three downloads at once and one per server (host and port), each
bounded in time and size, with the app's name as User-Agent; temporary
failures (5xx, 429, a connection reset) are tried again after a growing
pause, or after the pause the server asks for (Retry-After) when reasonable.
"""

from __future__ import annotations

import http.client
import logging
import queue
import threading
import urllib.error
from collections import OrderedDict, deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from enum import StrEnum

from annotator.core.collections.parsing import Link
from annotator.core.collections.urls import server_key
from annotator.core.errors import AnnotatorError, Cancelled, ImportCause, ImportFailure
from annotator.core.importing import import_bytes
from annotator.core.importing.base import ImportedDocument
from annotator.core.importing.fetch import FetchResult, fetch_url

log = logging.getLogger(__name__)

MAX_WORKERS = 3
TEMPORARY_STATUSES = frozenset({429, 500, 502, 503, 504})
_TICK_SECONDS = 0.05


class LinkStatus(StrEnum):
    WAITING = "waiting"
    FETCHING = "fetching"
    RETRYING = "retrying"
    IMPORTED = "imported"
    DUPLICATE = "duplicate"  # its content was already in the project
    SKIPPED = "skipped"  # its address was already in the project
    FAILED = "failed"  # kept in the project as a missing source
    CANCELLED = "cancelled"

    @property
    def final(self) -> bool:
        return self not in (LinkStatus.WAITING, LinkStatus.FETCHING, LinkStatus.RETRYING)


@dataclass(frozen=True)
class LinkResult:
    """Where one link stands; `index` is its place in the list given."""

    index: int
    link: Link
    status: LinkStatus
    detail: str = ""  # why it failed or was skipped, what it duplicates, when it is retried
    document_id: int | None = None
    title: str = ""  # the document's title once in the project
    attempts: int = 0


@dataclass(frozen=True)
class BatchOptions:
    """Limits of a batch; the defaults suit real sites, tests shorten them."""

    workers: int = MAX_WORKERS  # downloads at once (never more than MAX_WORKERS)
    timeout: float = 60.0  # seconds for one whole download
    max_bytes: int = 50_000_000
    retries: int = 3  # further tries after a temporary failure
    backoff: float = 2.0  # seconds before the first retry; doubles each time
    max_retry_after: float = 60.0  # a longer Retry-After gives up instead of waiting


@dataclass(frozen=True)
class Fetched:
    """What came of downloading and converting one link (not yet stored)."""

    index: int
    link: Link
    imported: ImportedDocument | None = None
    error: str = ""
    attempts: int = 0
    cancelled: bool = False


UpdateCallback = Callable[[LinkResult], None]


def fetch_links(
    items: Sequence[tuple[int, Link]],
    *,
    options: BatchOptions | None = None,
    cancel: threading.Event | None = None,
    on_update: UpdateCallback | None = None,
) -> Iterator[Fetched]:
    """Download and convert each (index, link), yielding outcomes as they come.

    The work runs in up to three threads; `on_update` (fetching, retrying)
    and the iteration itself stay in the calling thread. When `cancel` is
    set, downloads under way are cut and the links left are yielded cancelled.
    """
    options = options or BatchOptions()
    cancel = cancel or threading.Event()
    stop = threading.Event()  # cancel, or the caller stopped iterating
    updates: queue.SimpleQueue[LinkResult] = queue.SimpleQueue()
    waiting = _ServerQueue(items)
    running: dict[Future, tuple[str, int, Link]] = {}
    workers = max(1, min(options.workers, MAX_WORKERS))

    def report(result: LinkResult) -> None:
        if on_update is not None:
            on_update(result)

    pool = ThreadPoolExecutor(workers, thread_name_prefix="collection")
    try:
        while waiting or running:
            if cancel.is_set():
                stop.set()
            if stop.is_set():
                for index, link in waiting.drain():
                    yield Fetched(index, link, cancelled=True)
            downloads = sum(1 for phase, _, _ in running.values() if phase == "download")
            while downloads < workers and (item := waiting.take()) is not None:
                index, link = item
                report(LinkResult(index, link, LinkStatus.FETCHING))
                future = pool.submit(_download, index, link, options, stop, updates.put)
                running[future] = ("download", index, link)
                downloads += 1
            done, _ = wait(running, timeout=_TICK_SECONDS, return_when=FIRST_COMPLETED)
            while not updates.empty():
                report(updates.get())
            for future in done:
                phase, index, link = running.pop(future)
                outcome = future.result()
                if phase == "download":
                    waiting.release(link.url)
                if isinstance(outcome, Fetched):
                    yield outcome
                else:
                    data, attempts = outcome
                    future = pool.submit(_convert, index, link, data, attempts, stop)
                    running[future] = ("convert", index, link)
    finally:
        stop.set()  # before waiting: downloads under way are cut
        pool.shutdown(wait=True, cancel_futures=True)


def retry_delay(error: AnnotatorError, attempt: int, options: BatchOptions) -> float | None:
    """Seconds to wait before trying again after `error`, or None if it is not worth it."""
    if attempt > options.retries:
        return None
    cause = error.__cause__
    if isinstance(cause, urllib.error.HTTPError):
        if cause.code not in TEMPORARY_STATUSES:
            return None
        asked = retry_after_seconds(cause.headers.get("Retry-After") if cause.headers else None)
        if asked is not None:
            return asked if asked <= options.max_retry_after else None
    elif not _connection_dropped(cause):
        return None
    return options.backoff * 2 ** (attempt - 1)


def retry_after_seconds(value: str | None) -> float | None:
    """A Retry-After header (seconds or an HTTP date) as seconds from now; None if unreadable."""
    if not value or not value.strip():
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _connection_dropped(cause: BaseException | None) -> bool:
    if isinstance(cause, urllib.error.URLError):
        cause = cause.reason if isinstance(cause.reason, BaseException) else None
    return isinstance(cause, (ConnectionResetError, ConnectionAbortedError, BrokenPipeError,
                              http.client.RemoteDisconnected, http.client.IncompleteRead))


def _download(
    index: int, link: Link, options: BatchOptions, stop: threading.Event,
    report: Callable[[LinkResult], None],
) -> tuple[FetchResult, int] | Fetched:
    """Download one link, trying again after temporary failures (runs in a worker thread)."""
    attempt = 0
    while True:
        attempt += 1
        try:
            fetched = fetch_url(link.url, timeout=options.timeout, max_bytes=options.max_bytes,
                                cancel=stop)
            if not fetched.data:
                raise ImportFailure.coded(link.url, ImportCause.EMPTY_RESPONSE)
            return fetched, attempt
        except Cancelled:
            return Fetched(index, link, attempts=attempt, cancelled=True)
        except AnnotatorError as error:
            delay = retry_delay(error, attempt, options)
            message = _message(error)
            if delay is None:
                return Fetched(index, link, error=_final_message(error, message),
                               attempts=attempt)
            report(LinkResult(index, link, LinkStatus.RETRYING,
                              f"{message}; trying again in {_seconds(delay)}", attempts=attempt))
            if stop.wait(delay):
                return Fetched(index, link, attempts=attempt, cancelled=True)
        except Exception as error:  # a bug: this link fails, the batch goes on
            log.exception("downloading %s failed", link.url)
            return Fetched(index, link, error=f"unexpected error ({error!r})", attempts=attempt)


def _convert(
    index: int, link: Link, fetched: FetchResult, attempts: int, stop: threading.Event
) -> Fetched:
    """Turn downloaded bytes into a document (runs in a worker thread)."""
    try:
        imported = import_bytes(fetched.data, link.url, url=fetched.final_url,
                                content_type=fetched.content_type, cancel=stop)
    except Cancelled:
        return Fetched(index, link, attempts=attempts, cancelled=True)
    except AnnotatorError as error:
        return Fetched(index, link, error=_message(error), attempts=attempts)
    except Exception as error:  # a bug: this link fails, the batch goes on
        log.exception("importing %s failed", link.url)
        return Fetched(index, link, error=f"unexpected error ({error!r})", attempts=attempts)
    return Fetched(index, link, imported=imported, attempts=attempts)


def _message(error: AnnotatorError) -> str:
    """The cause alone: the link's address is shown beside it."""
    return error.cause if isinstance(error, ImportFailure) else str(error)


def _final_message(error: AnnotatorError, message: str) -> str:
    cause = error.__cause__
    if isinstance(cause, urllib.error.HTTPError) and cause.code in TEMPORARY_STATUSES:
        asked = retry_after_seconds(cause.headers.get("Retry-After") if cause.headers else None)
        if asked is not None and asked > 0:
            return f"{message} (the server asks to wait {_seconds(asked)}; try again later)"
    return message


def _seconds(seconds: float) -> str:
    return f"{seconds:.0f} s" if seconds >= 1 else f"{seconds:.1f} s"


class _ServerQueue:
    """Links waiting, taken one server at a time: at most one download per server."""

    def __init__(self, items: Sequence[tuple[int, Link]]) -> None:
        self._by_server: dict[str, deque[tuple[int, Link]]] = {}
        for item in items:
            self._by_server.setdefault(server_key(item[1].url), deque()).append(item)
        self._ready: OrderedDict[str, None] = OrderedDict.fromkeys(self._by_server)
        self._left = len(items)

    def __bool__(self) -> bool:
        return self._left > 0

    def take(self) -> tuple[int, Link] | None:
        """The next link of a server not busy, round robin; None when all are busy."""
        if not self._ready:
            return None
        server, _ = self._ready.popitem(last=False)
        self._left -= 1
        return self._by_server[server].popleft()

    def release(self, url: str) -> None:
        """The download from this server is over: its next link may go."""
        server = server_key(url)
        if self._by_server.get(server):
            self._ready[server] = None

    def drain(self) -> list[tuple[int, Link]]:
        """Every link still waiting, in list order; the queue is left empty."""
        left = sorted((item for items in self._by_server.values() for item in items),
                      key=lambda item: item[0])
        for items in self._by_server.values():
            items.clear()
        self._ready.clear()
        self._left = 0
        return left
