"""Fixtures of the hostile-input tests: the corpus, a local server that records every request,
a project with work in it, a guard on outgoing connections, and folder snapshots."""

from __future__ import annotations

import hashlib
import logging
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from annotator.core.importing import import_bytes
from annotator.core.project import Project
from tests.hostile.make_corpus import ZIP_SLIP_NAME, Outcome, text_pdf, write_corpus

ESSAY = ("Une communauté ne se gère pas : elle se rassemble autour d'un intérêt commun. "
         "Les modérateurs protègent les nouveaux venus 🌱 et rappellent les règles.\n") * 20
ARTICLE = ("<!doctype html><html lang='fr'><head><meta charset='utf-8'><title>Le forum</title>"
           "</head><body><article><h1>Le forum</h1>"
           + "<p>Un forum vit de ses habitués, qui accueillent les nouveaux venus.</p>" * 8
           + "</article></body></html>")


class _Recorder(BaseHTTPRequestHandler):
    """Answers anything with a small body, after writing the request down."""

    def _answer(self) -> None:
        self.server.requests.append(f"{self.command} {self.path}")  # type: ignore[attr-defined]
        body = b"recorded"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    do_GET = do_POST = do_HEAD = do_PUT = do_OPTIONS = _answer  # noqa: N815

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


class RecordingServer(ThreadingHTTPServer):
    """An HTTP server on 127.0.0.1 that counts connections and keeps every request line."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Recorder)
        self.requests: list[str] = []
        self.connections = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def verify_request(self, request: object, client_address: object) -> bool:
        self.connections += 1
        return True

    def heard(self) -> list[str]:
        """What reached the server: requests, or bare connections that sent none."""
        return self.requests or [f"{self.connections} connections"] * bool(self.connections)


@pytest.fixture(scope="session")
def recording_server() -> Iterator[RecordingServer]:
    server = RecordingServer()
    thread = threading.Thread(target=server.serve_forever, name="recording-server",
                              daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join(5)


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory,
           recording_server: RecordingServer) -> dict[str, Path]:
    """The hostile corpus, written once per session; tests must not change it."""
    return write_corpus(tmp_path_factory.mktemp("hostile-corpus"), recording_server.url)


@dataclass(frozen=True)
class Work:
    """What a user has in a project before the hostile imports, comparable with ==."""

    documents: dict[int, tuple[str, str, str]]  # id -> title, kind, sha256 of the text
    concepts: list[tuple[int, str, int | None]]
    annotations: list[tuple[int, int, int, int, str, str, tuple[int, ...]]] = field(
        default_factory=list)


def work_in(path: Path) -> Work:
    with Project.open(path, read_only=True) as project:
        documents = {}
        for summary in project.documents():
            text = project.document(summary.id).text
            documents[summary.id] = (summary.title, summary.kind,
                                     hashlib.sha256(text.encode()).hexdigest())
        return Work(
            documents,
            [(c.id, c.name, c.parent_id) for c in project.concepts()],
            [(a.id, a.document_id, a.start, a.end, a.quote, a.memo, tuple(a.concept_ids))
             for a in project.annotations()],
        )


@pytest.fixture
def busy_project(tmp_path: Path) -> Path:
    """A project in its own folder with three documents, a small codebook and annotations."""
    folder = tmp_path / "project"
    folder.mkdir()
    path = folder / "these.annot"
    with Project.create(path, author="claire") as project:
        essay = project.add_document(import_bytes(ESSAY.encode(), "essai.txt")).document
        article = project.add_document(
            import_bytes(ARTICLE.encode(), "https://forum.example/le-forum")).document
        report = project.add_document(import_bytes(
            text_pdf(["Compte rendu de la réunion du forum.", "Décisions et suites."]),
            "compte-rendu.pdf")).document
        parent = project.add_concept("Communauté", color="#5dade2")
        child = project.add_concept("Accueil", parent_id=parent.id)
        for document, needle, concepts in (
                (essay, "se rassemble", [parent.id]),
                (essay, "nouveaux venus 🌱", [parent.id, child.id]),
                (article, "accueillent les nouveaux venus", [child.id]),
                (report, "Décisions", [parent.id])):
            start = document.text.index(needle)
            project.annotate(document.id, start, start + len(needle), concepts,
                             memo=f"mémo : {needle}")
    return path


@pytest.fixture(autouse=True)
def own_log_handlers(monkeypatch: pytest.MonkeyPatch) -> None:
    """No log handler left by an earlier test: it would write into that test's folder,
    which these tests watch for files written where they should not be."""
    monkeypatch.setattr(logging.getLogger(), "handlers", [])


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Refuse, and list, every outgoing TCP connection of this process (local ones too).

    Unix sockets stay allowed: the PDF reader's worker processes are started through one.
    """
    attempts: list[str] = []
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

    def guard(sock: socket.socket, address: object) -> None:
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            attempts.append(repr(address))
            raise OSError(f"network access during a hostile-input test: {address!r}")

    def connect(sock: socket.socket, address: object) -> None:
        guard(sock, address)
        real_connect(sock, address)

    def connect_ex(sock: socket.socket, address: object) -> int:
        guard(sock, address)
        return real_connect_ex(sock, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    return attempts


def folder_state(folder: Path, *, leave_out: Path | tuple[Path, ...]) -> dict[str, tuple[int, int]]:
    """Size and modification time of every file under `folder` but outside `leave_out`
    (a folder, or several: a test's own folder, the user data folder the app writes)."""
    skipped = leave_out if isinstance(leave_out, tuple) else (leave_out,)
    state = {}
    for path in folder.rglob("*"):
        if any(path == s or s in path.parents for s in skipped) or not path.is_file():
            continue
        stat = path.stat()
        state[str(path.relative_to(folder))] = (stat.st_size, stat.st_mtime_ns)
    return state


def document_problems(label: str, expected: Outcome, project: Path, document_id: int) -> list[str]:
    """How an imported document differs from what the corpus expects of it."""
    with Project.open(project, read_only=True) as opened:
        document = opened.document(document_id)
        pages = len(opened.pages(document_id))
    found = []
    if document.kind != expected.kind:
        found.append(f"{label}: imported as {document.kind}, expected {expected.kind}")
    found += [f"{label}: the text lacks {text[:60]!r}" for text in expected.contains
              if text not in document.text]
    found += [f"{label}: the text holds {text!r}" for text in expected.absent
              if text in document.text]
    if expected.max_chars is not None and len(document.text) > expected.max_chars:
        found.append(f"{label}: {len(document.text)} characters, at most "
                     f"{expected.max_chars} expected")
    if expected.pages is not None and pages != expected.pages:
        found.append(f"{label}: {pages} pages, expected {expected.pages}")
    return found


def escaped_zip_slip_files(*places: Path) -> list[Path]:
    """Files a zip-slip would have written, in and around the folders involved."""
    folders = {folder for place in places for folder in (place, *list(place.parents)[:3])}
    return [folder / ZIP_SLIP_NAME for folder in folders if (folder / ZIP_SLIP_NAME).exists()]
