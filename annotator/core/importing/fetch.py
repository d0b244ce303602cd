"""Download a page or document over http(s), bounded in time and in size."""

from __future__ import annotations

import contextlib
import http.client
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from typing import IO, Any
from urllib.parse import urlsplit

from annotator import APP_NAME, __version__
from annotator.core.errors import AnnotatorError, Cancelled, ImportCause, ImportFailure
from annotator.core.importing.base import CancelToken

USER_AGENT = f"{APP_NAME}/{__version__}"
MAX_REDIRECTS = 5
_CHUNK = 64 * 1024
_POLL_SECONDS = 0.05


@dataclass(frozen=True)
class FetchResult:
    """What a server sent: the body, its Content-Type header, the URL after redirects."""

    data: bytes
    content_type: str | None
    final_url: str


def fetch_url(
    url: str,
    *,
    timeout: float = 20,
    max_bytes: int = 20_000_000,
    cancel: CancelToken | None = None,
) -> FetchResult:
    """Download `url` (http or https only), following at most 5 redirects.

    `timeout` bounds the whole download, not each network read: a server that
    trickles bytes is cut off when it runs out. Raises ImportFailure with a
    message for the user, or Cancelled when `cancel` is set meanwhile.
    """
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise ImportFailure.coded(url, ImportCause.NOT_HTTP)
    if not parts.hostname:
        raise ImportFailure.coded(url, ImportCause.NO_HOST)
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,*/*;q=0.5",
            "Accept-Encoding": "identity",
        },
    )
    with _Watchdog(timeout, cancel) as watchdog:
        opener = urllib.request.build_opener(
            _LimitedRedirects(),
            _WatchedHTTPHandler(watchdog),
            _WatchedHTTPSHandler(watchdog),
        )
        try:
            with opener.open(request, timeout=timeout) as response:
                data = _read_body(response, url, max_bytes, watchdog)
                result = FetchResult(data, response.headers.get("Content-Type"), response.geturl())
        except (OSError, http.client.HTTPException, ValueError) as error:
            raise _failure(url, error, watchdog) from error
    return result


def _read_body(response: Any, url: str, max_bytes: int, watchdog: _Watchdog) -> bytes:
    """Read the body in chunks, refusing it as soon as it passes `max_bytes`."""
    too_large = ImportFailure.coded(
        url, ImportCause.DOWNLOAD_TOO_LARGE, limit=f"{max_bytes / 1_000_000:g}"
    )
    declared = response.headers.get("Content-Length", "")
    if declared.strip().isdigit() and int(declared) > max_bytes:
        raise too_large
    chunks: list[bytes] = []
    received = 0
    while chunk := response.read1(_CHUNK):
        received += len(chunk)
        if received > max_bytes:
            raise too_large
        chunks.append(chunk)
        watchdog.raise_if_stopped(url)
    watchdog.raise_if_stopped(url)
    if declared.strip().isdigit() and received < int(declared):
        raise ImportFailure.coded(url, ImportCause.CONNECTION_CLOSED)
    return b"".join(chunks)


def _failure(url: str, error: Exception, watchdog: _Watchdog) -> AnnotatorError:
    """The user-facing error for an exception raised while downloading."""
    stopped = watchdog.stop_error(url)
    if stopped is not None:
        return stopped
    host = urlsplit(url).hostname or url
    if isinstance(error, urllib.error.HTTPError):
        phrase = error.reason or _status_phrase(error.code)
        return ImportFailure.coded(url, ImportCause.HTTP_STATUS, code=error.code, phrase=phrase)
    reason = error.reason if isinstance(error, urllib.error.URLError) else error
    if isinstance(reason, TimeoutError):
        return watchdog.timed_out(url)
    if isinstance(error, http.client.HTTPException) or isinstance(reason, ConnectionResetError):
        return ImportFailure.coded(url, ImportCause.CONNECTION_CLOSED)
    if isinstance(error, ValueError):
        return ImportFailure.coded(url, ImportCause.BAD_ADDRESS, detail=error)
    if isinstance(reason, ssl.SSLError):
        return ImportFailure.coded(
            url, ImportCause.SECURE_CONNECTION_FAILED, host=host, detail=reason.reason or reason
        )
    detail = getattr(reason, "strerror", None) or str(reason)
    if isinstance(reason, socket.gaierror):
        return ImportFailure.coded(url, ImportCause.UNKNOWN_HOST, host=host, detail=detail)
    return ImportFailure.coded(url, ImportCause.CANNOT_CONNECT, host=host, detail=detail)


def _status_phrase(code: int) -> str:
    try:
        return HTTPStatus(code).phrase
    except ValueError:
        return "error"


class _Watchdog:
    """Cuts open connections when the deadline passes or the user cancels.

    Socket timeouts alone bound each read, not the whole download; this
    thread shuts the sockets down, which unblocks any read in progress.
    """

    def __init__(self, timeout: float, cancel: CancelToken | None) -> None:
        self.timeout = timeout
        self.deadline = time.monotonic() + timeout
        self.cancel = cancel
        self.reason: str | None = None  # "timeout" or "cancel" once it fired
        self._connections: list[http.client.HTTPConnection] = []
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="fetch-watchdog", daemon=True)

    def __enter__(self) -> _Watchdog:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._done.set()
        self._thread.join()

    def remaining(self) -> float:
        return max(0.01, self.deadline - time.monotonic())

    def connection_factory(
        self, connection_class: type[http.client.HTTPConnection]
    ) -> Callable[..., http.client.HTTPConnection]:
        """A drop-in for `connection_class` whose instances this watchdog can cut."""

        def factory(host: str, **kwargs: Any) -> http.client.HTTPConnection:
            kwargs["timeout"] = self.remaining()
            connection = connection_class(host, **kwargs)
            with self._lock:
                self._connections.append(connection)
            return connection

        return factory

    def _watch(self) -> None:
        # Once fired, keep cutting: a connection may open after the first cut.
        while not self._done.wait(_POLL_SECONDS):
            if self.reason is None and self.cancel is not None and self.cancel.is_set():
                self.reason = "cancel"
            elif self.reason is None and time.monotonic() >= self.deadline:
                self.reason = "timeout"
            if self.reason is not None:
                self._cut()

    def _cut(self) -> None:
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            sock = connection.sock
            if sock is None:
                continue
            with contextlib.suppress(OSError):  # already closed
                sock.shutdown(socket.SHUT_RDWR)

    def timed_out(self, url: str) -> ImportFailure:
        return ImportFailure.coded(url, ImportCause.TIMED_OUT, seconds=f"{self.timeout:g}")

    def stop_error(self, url: str) -> AnnotatorError | None:
        """The error to report if the watchdog fired, else None."""
        if self.reason == "cancel":
            return Cancelled("download")
        if self.reason == "timeout":
            return self.timed_out(url)
        return None

    def raise_if_stopped(self, url: str) -> None:
        if self.cancel is not None and self.cancel.is_set():
            self.reason = "cancel"
        error = self.stop_error(url)
        if error is not None:
            raise error


class _LimitedRedirects(urllib.request.HTTPRedirectHandler):
    """Follows at most MAX_REDIRECTS redirects (one download's worth), only to http(s)."""

    # urllib's own loop limits stay out of the way: this handler counts itself.
    max_repeats = max_redirections = MAX_REDIRECTS + 1

    def __init__(self) -> None:
        super().__init__()
        self.followed = 0

    def redirect_request(
        self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str,
        headers: http.client.HTTPMessage, newurl: str,
    ) -> urllib.request.Request | None:
        self.followed += 1
        if self.followed > MAX_REDIRECTS:
            fp.close()
            raise ImportFailure.coded(
                req.full_url, ImportCause.TOO_MANY_REDIRECTS, limit=MAX_REDIRECTS
            )
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            fp.close()
            raise ImportFailure.coded(req.full_url, ImportCause.REDIRECTED_AWAY, address=newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class _WatchedHTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, watchdog: _Watchdog) -> None:
        super().__init__()
        self._watchdog = watchdog

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(self._watchdog.connection_factory(http.client.HTTPConnection), req)


class _WatchedHTTPSHandler(urllib.request.HTTPSHandler):
    _context: ssl.SSLContext | None  # set by HTTPSHandler.__init__; its stubs omit it

    def __init__(self, watchdog: _Watchdog) -> None:
        super().__init__()
        self._watchdog = watchdog

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        factory = self._watchdog.connection_factory(http.client.HTTPSConnection)
        return self.do_open(factory, req, context=self._context)
