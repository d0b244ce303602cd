"""Tests for recognising sources by content, and for the import dispatcher built on it."""

from __future__ import annotations

import codecs
import os
import pwd
import random
import sys
import types
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from annotator.core.errors import Cancelled, ImportFailure
from annotator.core.importing import BINARY_MESSAGE, import_bytes, import_source
from annotator.core.importing.base import ImportedDocument
from annotator.core.importing.sniff import sniff

HTML_PAGE = (
    b"<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>Essai</title></head>"
    b"<body><article><h1>Le titre</h1><p>"
    + "Une communauté se rassemble autour d'un intérêt commun. ".encode() * 8
    + b"</p></article></body></html>"
)


def random_bytes(size: int, seed: int = 7) -> bytes:
    return random.Random(seed).randbytes(size)


# --- sniff ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"\n  %PDF-1.4\n",
        b"\x00\x05\x16\x07\x00\x02binary junk%PDF-1.4\n1 0 obj",
        b"text junk before the header\n%PDF-1.5\n1 0 obj\n" + b"x" * 5000 + b"\n%%EOF\n",
    ],
)
def test_pdf_is_recognised_by_its_header(data: bytes) -> None:
    assert sniff(data) == "pdf"


@pytest.mark.parametrize(
    "data",
    [
        HTML_PAGE,
        b"\n\n  <!-- saved from url=(0014)about:internet -->\n<html><body>Hi</body></html>",
        b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0'
        b' Strict//EN" "x"><html xmlns="http://www.w3.org/1999/xhtml"></html>',
        codecs.BOM_UTF8 + b"<!doctype html><title>x</title>",
        b"<div class='post'><p>A fragment of a page</p></div>",
        b"<P>Shouting fragment</P>",
    ],
)
def test_html_is_recognised_by_its_markup(data: bytes) -> None:
    assert sniff(data) == "html"


def test_utf16_html_with_a_bom_is_html() -> None:
    assert sniff("<!DOCTYPE html><html><body>été</body></html>".encode("utf-16")) == "html"


@pytest.mark.parametrize(
    "data",
    [
        b"# Notes\n\nSome *Markdown* with <b>inline</b> HTML.\n",
        b"<3 this is not a tag, just affection\n",
        "Le cœur a ses raisons.\n".encode("cp1252"),
        "Texte en UTF-16, l’été.\n".encode("utf-16"),
        b"Line one\r\nLine two\r\n\x0c\tTabbed page\r\n",
        b"<custom-element>not HTML we know</custom-element>",
        b"Every PDF opens with a header such as %PDF-1.7, then objects.\n",
    ],
)
def test_text_and_markdown_are_text(data: bytes) -> None:
    assert sniff(data) == "text"


def test_a_server_label_makes_a_tag_soup_html() -> None:
    data = b"<custom-element>served as a web page</custom-element>"
    assert sniff(data, content_type="text/html; charset=utf-8") == "html"
    assert sniff(b"plain words", content_type="text/html") == "text"


@pytest.mark.parametrize(
    "data",
    [
        random_bytes(4096),
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + random_bytes(300),
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random_bytes(300),
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + random_bytes(300),
        b"\x1f\x8b\x08\x00" + random_bytes(300),
        b"a\x00b\x00c\x00" * 200,  # NUL-heavy (e.g. UTF-16 without its BOM)
    ],
)
def test_binary_data_is_binary(data: bytes) -> None:
    assert sniff(data) == "binary"


def test_every_saved_page_of_the_corpus_is_html(html_dir: Path) -> None:
    pages = sorted(html_dir.glob("*/source.html"))
    assert len(pages) == 20
    assert {page.parent.name: sniff(page.read_bytes()) for page in pages} == {
        page.parent.name: "html" for page in pages
    }


def test_corpus_pdfs_are_pdf(pdf_dir: Path) -> None:
    for name in ("2023-06-20-PV.pdf", "password-example.pdf", "issue-33-lorem-ipsum.pdf"):
        assert sniff((pdf_dir / name).read_bytes()) == "pdf", name


# --- import_source: local files ------------------------------------------------------------


def test_a_missing_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ImportFailure, match="file not found"):
        import_source(tmp_path / "nowhere.html")


def test_a_directory_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ImportFailure, match="folder, not a file"):
        import_source(tmp_path)


def test_an_empty_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    with pytest.raises(ImportFailure, match="the file is empty") as raised:
        import_source(path)
    assert raised.value.source == str(path)


def test_the_corpus_empty_pdf_is_reported(pdf_dir: Path) -> None:
    with pytest.raises(ImportFailure, match="the file is empty"):
        import_source(pdf_dir / "empty.pdf")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_an_unreadable_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("hidden")
    path.chmod(0)
    try:
        with _without_privileges(), pytest.raises(ImportFailure, match="permission denied"):
            import_source(path)
    finally:
        path.chmod(0o600)


@contextmanager
def _without_privileges() -> Iterator[None]:
    """As an administrator (CI runs as root), read files as an ordinary account would:
    the effective user becomes `nobody` for the block, then root again."""
    if os.geteuid() != 0:
        yield
        return
    os.seteuid(pwd.getpwnam("nobody").pw_uid)
    try:
        yield
    finally:
        os.seteuid(0)


def test_binary_junk_named_html_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(random_bytes(20_000))
    with pytest.raises(ImportFailure) as raised:
        import_source(str(path))
    assert str(raised.value) == f"{path}: {BINARY_MESSAGE}"


def test_a_text_file_named_pdf_is_imported_as_text(tmp_path: Path) -> None:
    path = tmp_path / "notes.pdf"
    path.write_text("Field notes\n\nThe community met on Tuesday.\n", encoding="utf-8")
    document = import_source(path)
    assert document.kind == "text"
    assert document.media_type == "text/plain"
    assert document.title == "Field notes"
    assert document.source == str(path)
    assert document.original == path.read_bytes()


def test_an_html_page_named_txt_is_imported_as_a_web_page(tmp_path: Path) -> None:
    path = tmp_path / "saved.txt"
    path.write_bytes(HTML_PAGE)
    document = import_source(path)
    assert document.kind == "web"
    assert "Une communauté se rassemble" in document.text


def test_a_nul_heavy_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "data.txt"
    path.write_bytes("plain words".encode("utf-16-le") * 50)
    with pytest.raises(ImportFailure, match="binary data"):
        import_source(path)


def test_a_user_home_path_is_expanded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "memo.md").write_text("# Memo\n\nText.\n", encoding="utf-8")
    assert import_source("~/memo.md").title == "Memo"


# --- import_bytes: dispatch ----------------------------------------------------------------


def test_pdf_bytes_go_to_the_pdf_importer(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []

    def import_pdf(data, source, *, password=None, progress=None, cancel=None, **_ocr):
        calls.append((data, source, password, progress, cancel))
        return ImportedDocument("Report", "pdf", source, "text", data, "application/pdf")

    fake = types.ModuleType("annotator.core.importing.pdf")
    fake.import_pdf = import_pdf  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "annotator.core.importing.pdf", fake)

    def progress(done: int, total: int) -> None:
        pass

    data = b"%PDF-1.4\nfake"
    document = import_bytes(
        data, "page.html", url="https://example.org/r.pdf", password="test", progress=progress
    )
    assert calls == [(data, "page.html", "test", progress, None)]
    assert document.metadata["url"] == "https://example.org/r.pdf"


def test_empty_bytes_are_refused() -> None:
    with pytest.raises(ImportFailure, match="the file is empty"):
        import_bytes(b"", "x.txt")


def test_a_cancelled_import_stops_before_work() -> None:
    class Always:
        def is_set(self) -> bool:
            return True

    with pytest.raises(Cancelled):
        import_bytes(HTML_PAGE, "x.html", cancel=Always())


def test_progress_is_reported_for_web_and_text() -> None:
    seen: list[tuple[int, int]] = []
    import_bytes(HTML_PAGE, "x.html", progress=lambda done, total: seen.append((done, total)))
    import_bytes(b"words", "x.txt", progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 1), (1, 1)]
