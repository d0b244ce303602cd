"""Tests for downloading over http(s), against a local server only (never the internet)."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from annotator.core.errors import Cancelled, ImportFailure
from annotator.core.importing import import_source
from annotator.core.importing.fetch import USER_AGENT, fetch_url

PAGE = (
    "<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>Le mythe</title></head>"
    "<body><article><h1>Le mythe du community manager</h1><p>"
    + "L’œuvre d’un cœur généreux rassemble une communauté autour d’un intérêt commun. " * 6
    + "</p></article></body></html>"
).encode("utf-8")
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
TEXT_1252 = "Notes d’entretien : l’été, la fête, le cœur.\n".encode("cp1252")
TRICKLE_SECONDS = 5  # how long a slow response goes on if nobody hangs up


class Handler(BaseHTTPRequestHandler):
    """Serves canned answers by path; remembers the User-Agent it was sent."""

    user_agents: list[str] = []

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass  # keep test output clean

    def do_GET(self) -> None:  # noqa: N802
        Handler.user_agents.append(self.headers.get("User-Agent", ""))
        route = {
            "/page.html": self.page,
            "/doc.pdf": lambda: self.reply(PDF, "application/pdf"),
            "/notes.txt": lambda: self.reply(TEXT_1252, "text/plain; charset=windows-1252"),
            "/empty": lambda: self.reply(b"", "text/html"),
            "/redirect": lambda: self.redirect("/page.html"),
            "/chain": lambda: self.redirect("/redirect"),
            "/loop": lambda: self.redirect("/loop"),
            "/to-ftp": lambda: self.redirect("ftp://127.0.0.1/file.txt"),
            "/slow-body": self.slow_body,
            "/slow-headers": self.slow_headers,
            "/huge-declared": self.huge_declared,
            "/huge-streamed": self.huge_streamed,
            "/short": self.short_body,
        }.get(self.path)
        if self.path.startswith("/hops/"):
            route = self.hops
        if route is None:
            self.send_error(404)
            return
        with contextlib.suppress(OSError):  # the client hangs up on slow or huge answers
            route()

    def page(self) -> None:
        self.reply(PAGE, "text/html; charset=utf-8")

    def hops(self) -> None:
        """/hops/3 -> /hops/2 -> /hops/1 -> /hops/0, which is the page."""
        left = int(self.path.rsplit("/", 1)[1])
        if left:
            self.redirect(f"/hops/{left - 1}")
        else:
            self.page()

    def reply(self, body: bytes, content_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def slow_body(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "100000")
        self.end_headers()
        self.trickle(b"<p>" + b"x" * 100000)

    def slow_headers(self) -> None:
        self.trickle(b"HTTP/1.0 200 OK\r\nX-Padding: " + b"a" * 100000)

    def trickle(self, data: bytes) -> None:
        ends = time.monotonic() + TRICKLE_SECONDS
        for byte in data:
            if time.monotonic() > ends:
                return
            self.wfile.write(bytes([byte]))
            self.wfile.flush()
            time.sleep(0.02)

    def huge_declared(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(50_000_000))
        self.end_headers()
        self.stream(50_000_000)

    def huge_streamed(self) -> None:
        self.send_response(200)  # no length: the body ends when the connection closes
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self.stream(5_000_000)

    def stream(self, size: int) -> None:
        chunk = b"<p>" + b"y" * 65533
        for _ in range(size // len(chunk)):
            self.wfile.write(chunk)

    def short_body(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "1000")
        self.end_headers()
        self.wfile.write(b"<p>only part of it")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """A local HTTP server in a thread; yields its base URL."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Talk to the local server directly even where a proxy is configured."""
    for name in (
        "http_proxy",
        "https_proxy",
        "all_proxy",
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
    ):
        monkeypatch.delenv(name, raising=False)


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# --- fetch_url -----------------------------------------------------------------------------


def test_a_page_is_downloaded_with_our_user_agent(server: str) -> None:
    result = fetch_url(f"{server}/page.html")
    assert result.data == PAGE
    assert result.content_type == "text/html; charset=utf-8"
    assert result.final_url == f"{server}/page.html"
    assert Handler.user_agents[-1] == USER_AGENT
    assert USER_AGENT.startswith("Annotator/")


def test_pdf_bytes_come_back_intact(server: str) -> None:
    result = fetch_url(f"{server}/doc.pdf")
    assert result.data == PDF
    assert result.content_type == "application/pdf"


def test_redirects_are_followed(server: str) -> None:
    result = fetch_url(f"{server}/chain")
    assert result.data == PAGE
    assert result.final_url == f"{server}/page.html"


def test_five_redirects_are_followed_but_not_six(server: str) -> None:
    assert fetch_url(f"{server}/hops/5").final_url == f"{server}/hops/0"
    with pytest.raises(ImportFailure, match=r"too many redirects \(more than 5\)"):
        fetch_url(f"{server}/hops/6")


def test_a_redirect_loop_is_cut(server: str) -> None:
    with pytest.raises(ImportFailure, match="too many redirects"):
        fetch_url(f"{server}/loop")


def test_a_redirect_off_the_web_is_refused(server: str) -> None:
    with pytest.raises(ImportFailure, match="not a web address"):
        fetch_url(f"{server}/to-ftp")


def test_http_errors_are_named(server: str) -> None:
    with pytest.raises(ImportFailure) as raised:
        fetch_url(f"{server}/missing")
    assert str(raised.value) == f"{server}/missing: HTTP 404 Not Found"


def test_an_unreachable_server_is_reported() -> None:
    url = f"http://127.0.0.1:{closed_port()}/page.html"
    with pytest.raises(ImportFailure, match="could not connect"):
        fetch_url(url, timeout=5)


@pytest.mark.parametrize("path", ["/slow-body", "/slow-headers"])
def test_a_trickling_server_hits_the_deadline(server: str, path: str) -> None:
    started = time.monotonic()
    with pytest.raises(ImportFailure, match=r"timed out after 0\.5 s"):
        fetch_url(f"{server}{path}", timeout=0.5)
    assert time.monotonic() - started < 1.5


@pytest.mark.parametrize("path", ["/huge-declared", "/huge-streamed"])
def test_huge_answers_are_refused(server: str, path: str) -> None:
    started = time.monotonic()
    with pytest.raises(ImportFailure, match="larger than 1 MB"):
        fetch_url(f"{server}{path}", max_bytes=1_000_000)
    assert time.monotonic() - started < 2


def test_a_truncated_body_is_reported(server: str) -> None:
    with pytest.raises(ImportFailure, match="closed before the download finished"):
        fetch_url(f"{server}/short", timeout=5)


def test_a_download_can_be_cancelled(server: str) -> None:
    cancel = threading.Event()
    threading.Timer(0.2, cancel.set).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        fetch_url(f"{server}/slow-body", timeout=10, cancel=cancel)
    assert time.monotonic() - started < 1.5


@pytest.mark.parametrize(
    "url", ["file://localhost/notes.html", "ftp://127.0.0.1/file.txt", "javascript:alert(1)"]
)
def test_only_web_addresses_are_fetched(url: str) -> None:
    with pytest.raises(ImportFailure, match="only http:// and https://"):
        fetch_url(url)


def test_an_address_without_a_host_is_refused() -> None:
    with pytest.raises(ImportFailure, match="no host name"):
        fetch_url("http:///page.html")


# --- import_source with URLs ---------------------------------------------------------------


def test_a_web_page_is_imported_from_its_url(server: str) -> None:
    url = f"{server}/redirect"
    document = import_source(url)
    assert document.kind == "web"
    assert document.source == url
    assert document.metadata["url"] == f"{server}/page.html"
    assert "L’œuvre d’un cœur généreux" in document.text
    assert document.original == PAGE


def test_a_text_url_honours_the_server_charset(server: str) -> None:
    document = import_source(f"{server}/notes.txt")
    assert document.kind == "text"
    assert document.text == "Notes d’entretien : l’été, la fête, le cœur.\n"
    assert document.metadata["url"] == f"{server}/notes.txt"
    assert document.warnings == ()


def test_an_empty_answer_is_refused(server: str) -> None:
    with pytest.raises(ImportFailure, match="empty response"):
        import_source(f"{server}/empty")


def test_an_unreachable_url_fails_cleanly() -> None:
    with pytest.raises(ImportFailure, match="could not connect"):
        import_source(f"http://127.0.0.1:{closed_port()}/")
