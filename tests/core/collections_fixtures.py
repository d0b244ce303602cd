"""A local web site for collection tests: real corpus pages and PDFs, and misbehaving routes.

Served on 127.0.0.1 only, never the internet. Each route can redirect,
fail a few times first (503 with Retry-After, a dropped connection), answer
slowly or send far too much; the site counts requests and how many it
served at once.
"""

from __future__ import annotations

import contextlib
import html
import socket
import struct
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

# Corpus pages and PDFs the site serves, under /articles/<name> and /docs/<name>.
PAGES = ("lemonde-1", "liberation-1", "daringfireball-1", "tumblr", "heise", "ars-1",
         "dropbox-blog", "medium-1", "gitlab-blog", "rtl-1", "hukumusume", "wordpress")
PDFS = ("2023-06-20-PV.pdf", "word365_structure.pdf")
SLOW_SECONDS = 5.0  # how long a slow route waits if nobody hangs up


@dataclass
class Route:
    """How the site answers one path."""

    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    location: str | None = None  # redirect there
    fail_first: int = 0  # answer `fail_status` this many times before the body
    fail_status: int = 503
    retry_after: str | None = None
    reset_first: int = 0  # drop the connection this many times before the body
    slow: bool = False  # wait SLOW_SECONDS before answering
    stream_bytes: int = 0  # send this many bytes without a length instead of the body


class Site:
    """Routes, and what the server saw."""

    def __init__(self, routes: dict[str, Route]) -> None:
        self.routes = routes
        self.hits: Counter[str] = Counter()
        self.user_agents: set[str] = set()
        self.times: dict[str, list[float]] = {}
        self.active = 0
        self.max_active = 0  # requests served at once, all servers of this site together
        self.active_by_server: Counter[int] = Counter()
        self.max_by_server: Counter[int] = Counter()  # the same, per server (port)
        self.lock = threading.Lock()
        self.closing = threading.Event()


class Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.0"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def do_GET(self) -> None:  # noqa: N802
        site = self.server.site
        port = self.server.server_address[1]
        with site.lock:
            site.hits[self.path] += 1
            hit = site.hits[self.path]
            site.user_agents.add(self.headers.get("User-Agent", ""))
            site.times.setdefault(self.path, []).append(time.monotonic())
            site.active += 1
            site.max_active = max(site.max_active, site.active)
            site.active_by_server[port] += 1
            site.max_by_server[port] = max(site.max_by_server[port], site.active_by_server[port])
        try:
            with contextlib.suppress(OSError):  # the client hangs up on slow or huge answers
                self.answer(site, site.routes.get(self.path), hit)
        finally:
            with site.lock:
                site.active -= 1
                site.active_by_server[port] -= 1

    def answer(self, site: Site, route: Route | None, hit: int) -> None:
        time.sleep(0.05)  # long enough for concurrent requests to overlap
        if route is None:
            self.send_error(404)
            return
        if hit <= route.reset_first:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                       struct.pack("ii", 1, 0))
            self.connection.close()  # RST: the client sees the connection reset
            return
        if hit <= route.reset_first + route.fail_first:
            self.send_response(route.fail_status)
            if route.retry_after is not None:
                self.send_header("Retry-After", route.retry_after)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if route.slow and site.closing.wait(SLOW_SECONDS):
            return
        if route.location is not None:
            self.send_response(302)
            self.send_header("Location", route.location)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(route.status)
        self.send_header("Content-Type", route.content_type)
        if route.stream_bytes:
            self.end_headers()
            chunk = b"<p>" + b"y" * 65533
            for _ in range(route.stream_bytes // len(chunk)):
                self.wfile.write(chunk)
            return
        self.send_header("Content-Length", str(len(route.body)))
        self.end_headers()
        self.wfile.write(route.body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    site: Site


@contextlib.contextmanager
def serve(site: Site) -> Iterator[str]:
    """Serve `site` on 127.0.0.1 in a thread; yields the base URL."""
    httpd = _Server(("127.0.0.1", 0), Handler)
    httpd.site = site
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        site.closing.set()
        httpd.shutdown()
        httpd.server_close()


def corpus_routes(html_dir: Path, pdf_dir: Path) -> dict[str, Route]:
    """Real pages and PDFs, plus the misbehaving routes the tests use."""
    routes = {
        f"/articles/{name}": Route((html_dir / name / "source.html").read_bytes())
        for name in PAGES
    }
    for name in PDFS:
        routes[f"/docs/{name}"] = Route((pdf_dir / name).read_bytes(), "application/pdf")
    page = routes["/articles/gitlab-blog"].body
    routes.update({
        "/moved": Route(location="/articles/medium-1"),
        "/flaky": Route(page, fail_first=1),
        "/busy": Route(page, fail_first=1, fail_status=429, retry_after="1"),
        "/very-busy": Route(page, fail_first=5, retry_after="3600"),
        "/always-down": Route(fail_first=100),
        "/dropped": Route(page, reset_first=1),
        "/slow": Route(page, slow=True),
        "/huge": Route(stream_bytes=3_000_000),
        "/image.png": Route(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20, "image/png"),
        "/copy-of-lemonde": Route(routes["/articles/lemonde-1"].body),
    })
    return routes


def bookmarks_html(entries: list[tuple[str, str, str]], title: str = "Bookmarks") -> bytes:
    """A bookmarks export as browsers write it, from (folder, url, title); "" is the top level."""
    lines = ["<!DOCTYPE NETSCAPE-Bookmark-file-1>",
             "<!-- This is an automatically generated file. -->",
             '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
             f"<TITLE>{title}</TITLE>", f"<H1>{title}</H1>", "<DL><p>"]
    folders: dict[str, list[tuple[str, str]]] = {}
    for folder, url, name in entries:
        folders.setdefault(folder, []).append((url, name))
    for url, name in folders.pop("", []):
        lines.append(f'    <DT><A HREF="{html.escape(url)}" ADD_DATE="1700000000">'
                     f"{html.escape(name)}</A>")
    for folder, links in folders.items():
        lines.append(f'    <DT><H3 ADD_DATE="1700000000">{html.escape(folder)}</H3>')
        lines.append("    <DL><p>")
        for url, name in links:
            lines.append(f'        <DT><A HREF="{html.escape(url)}">{html.escape(name)}</A>')
        lines.append("    </DL><p>")
    lines.append("</DL><p>")
    return "\n".join(lines).encode("utf-8")


# The dozen links of the end-to-end tests: eleven documents and one clear failure.
DOZEN = [
    ("Presse", "/articles/lemonde-1", "Loi renseignement"),
    ("Presse", "/articles/liberation-1", "Séisme au Népal"),
    ("Presse", "/articles/heise", "1Password"),
    ("Blogs", "/articles/daringfireball-1", "Daring Fireball"),
    ("Blogs", "/articles/tumblr", "Minecraft 1.8"),
    ("Blogs", "/articles/ars-1", "Minecraft exploit"),
    ("Blogs", "/articles/dropbox-blog", "Dropbox ATF"),
    ("Blogs", "/moved", "Open Journalism (moved)"),
    ("Blogs", "/flaky", "GitLab survey (503 once)"),
    ("Rapports", "/docs/2023-06-20-PV.pdf", "Procès-verbal du comité"),
    ("Rapports", "/docs/word365_structure.pdf", "Structure Word"),
    ("Rapports", "/gone", "Page disparue"),
]


# Fixture bodies: a test module declares them with the names its tests use, e.g.
#   _site = pytest.fixture(name="site")(local_site)
def local_site(html_dir: Path, pdf_dir: Path) -> Site:
    return Site(corpus_routes(html_dir, pdf_dir))


def local_base_url(site: Site) -> Iterator[str]:
    with serve(site) as url:
        yield url


def without_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Talk to the local server directly even where a proxy is configured."""
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy",
                 "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)


def dozen_bookmarks(base_url: str) -> bytes:
    return bookmarks_html([(folder, base_url + path, name) for folder, path, name in DOZEN])
