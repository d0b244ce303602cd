"""Import a file or URL: read it, recognise it by content, hand it to its importer.

The content decides, never the name: a PDF saved as "page.html" is a PDF, and
a text file named "notes.pdf" is imported as text (its content is text, so
refusing it would only frustrate). Bytes that are none of PDF, HTML or text
(images, archives, random data) are refused with a clear message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from annotator.core.errors import Cancelled, ImportCause, ImportFailure
from annotator.core.importing.base import CancelToken, ImportedDocument, ProgressCallback
from annotator.core.importing.ocr_languages import DEFAULT_OCR_LANGUAGES
from annotator.core.importing.sniff import sniff

__all__ = ["LoadedSource", "import_bytes", "import_source", "load_source"]

# SQLite's default maximum BLOB size: the project file keeps each source's bytes.
MAX_FILE_BYTES = 1_000_000_000
# Downloads may be long PDF reports; web pages stay capped by web.MAX_HTML_BYTES.
MAX_DOWNLOAD_BYTES = 200_000_000
DOWNLOAD_SECONDS = 120
BINARY_MESSAGE = ImportCause.BINARY.value

_URL = re.compile(r"[a-zA-Z][a-zA-Z0-9+.\-]*://")


@dataclass(frozen=True)
class LoadedSource:
    """A source's bytes, read from disk or downloaded, before any extraction."""

    data: bytes
    name: str  # how messages and the project name it
    url: str | None = None  # where it was downloaded from
    content_type: str | None = None  # the server's Content-Type header


def load_source(source: str | Path, *, cancel: CancelToken | None = None) -> LoadedSource:
    """The bytes of a local file, or of an http(s) URL given as a string ("https://...")."""
    name = str(source)
    if isinstance(source, str) and _URL.match(source.strip()):
        from annotator.core.importing.fetch import fetch_url  # the network code: on first URL

        name = source.strip()
        fetched = fetch_url(
            name, timeout=DOWNLOAD_SECONDS, max_bytes=MAX_DOWNLOAD_BYTES, cancel=cancel
        )
        if not fetched.data:
            raise ImportFailure.coded(name, ImportCause.EMPTY_RESPONSE)
        return LoadedSource(fetched.data, name, fetched.final_url, fetched.content_type)
    return LoadedSource(read_file(Path(source).expanduser(), name), name)


def import_source(
    source: str | Path,
    *,
    password: str | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    ocr_languages: str | None = DEFAULT_OCR_LANGUAGES,
    ocr_progress: ProgressCallback | None = None,
) -> ImportedDocument:
    """Import a local file, or an http(s) URL given as a string ("https://...").

    `ocr_languages` and `ocr_progress` apply to PDFs (see pdf.import_pdf).
    """
    loaded = load_source(source, cancel=cancel)
    return import_bytes(
        loaded.data,
        loaded.name,
        url=loaded.url,
        content_type=loaded.content_type,
        password=password,
        progress=progress,
        cancel=cancel,
        ocr_languages=ocr_languages,
        ocr_progress=ocr_progress,
    )


def import_bytes(
    data: bytes,
    source: str,
    *,
    url: str | None = None,
    content_type: str | None = None,
    password: str | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    ocr_languages: str | None = DEFAULT_OCR_LANGUAGES,
    ocr_progress: ProgressCallback | None = None,
) -> ImportedDocument:
    """Import bytes already in memory; `source` names them in messages and in the project.

    `url` is where they were downloaded from and `content_type` the server's
    Content-Type header (its charset is honoured; the type itself is not trusted).
    """
    if not data:
        raise ImportFailure.coded(source, ImportCause.EMPTY_FILE)
    if cancel is not None and cancel.is_set():
        raise Cancelled("import")
    kind = sniff(data, content_type=content_type)
    if kind == "binary":
        raise ImportFailure.coded(source, ImportCause.BINARY)
    if kind == "pdf":
        from annotator.core.importing.pdf import import_pdf  # heavy: load on first PDF

        document = import_pdf(
            data,
            source,
            password=password,
            progress=progress,
            cancel=cancel,
            ocr_languages=ocr_languages,
            ocr_progress=ocr_progress,
        )
    elif kind == "html":
        from annotator.core.importing.web import import_html  # lxml, trafilatura: when needed

        document = import_html(data, source, url=url, content_type=content_type)
    else:
        from annotator.core.importing.text import import_text

        document = import_text(data, source, content_type=content_type)
    if url and not document.metadata.get("url"):
        document = replace(document, metadata={**document.metadata, "url": url})
    if progress is not None and kind != "pdf":
        progress(1, 1)
    return document


def read_file(path: Path, source: str) -> bytes:
    """A local file's bytes, or an ImportFailure saying why they cannot be had."""
    try:
        if path.is_dir():
            raise ImportFailure.coded(source, ImportCause.FOLDER)
        if not path.exists():
            raise ImportFailure.coded(source, ImportCause.FILE_NOT_FOUND)
        if not path.is_file():
            raise ImportFailure.coded(source, ImportCause.NOT_REGULAR_FILE)
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFailure.coded(
                source,
                ImportCause.TOO_LARGE,
                size=f"{size / 1_000_000:.0f}",
                limit=MAX_FILE_BYTES // 1_000_000,
            )
        data = path.read_bytes()
    except PermissionError as error:
        raise ImportFailure.coded(source, ImportCause.PERMISSION_DENIED) from error
    except OSError as error:
        raise ImportFailure.coded(
            source, ImportCause.UNREADABLE, detail=error.strerror or error
        ) from error
    if not data:
        raise ImportFailure.coded(source, ImportCause.EMPTY_FILE)
    return data
