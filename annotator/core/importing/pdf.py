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

import os

from annotator.core.errors import Cancelled, ImportFailure
from annotator.core.importing.base import CancelToken, ImportedDocument, ProgressCallback
from annotator.core.importing.pdf_metadata import pdf_metadata, pdf_title
from annotator.core.importing.pdf_pool import ExtractionLimits, read_in_workers, reader_failure
from annotator.core.importing.pdf_worker import (
    OpenFailure,
    PageResult,
    extract_page,
    open_pdf,
    read_metadata,
)
from annotator.core.model import Page

__all__ = ["ExtractionLimits", "import_pdf"]

MEDIA_TYPE = "application/pdf"
NO_TEXT_WARNING = (
    "This PDF has no text layer (scanned?); OCR is not supported, "
    "so its pages can be viewed but no text can be highlighted."
)


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
    under pdf_pool.PARALLEL_MIN_PAGES pages use one. `workers=0` reads in the calling
    process, without memory or time limit (for debugging). `progress(done,
    total)` is called per page in the calling thread; `cancel.is_set()` is
    polled and stops the workers (errors.Cancelled).

    Raises ImportFailure (empty, not a PDF, damaged, too slow, too much
    memory), PasswordRequired (encrypted: no or wrong password), Cancelled.

    As with any multiprocessing code, a script that calls this must guard its
    top level with `if __name__ == "__main__":` (workers import the caller's
    main script, though not a package's __main__ module).
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
        page_count, info, results = read_in_workers(
            data, source, password, progress, cancel, workers, limits
        )
    document = _assemble(data, source, page_count, info, results)
    if password:
        # the project keeps the original (encrypted) bytes but not the password
        document.metadata["encrypted"] = True
    return document


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
        raise reader_failure(source, failure.kind, failure.detail, password) from None
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
        title=pdf_title(info.get("Title", ""), source),
        kind="pdf",
        source=source,
        text=text,
        original=data,
        media_type=MEDIA_TYPE,
        metadata=pdf_metadata(info, page_count),
        pages=tuple(pages),
        warnings=_warnings(text, results, failed),
    )


LITTLE_TEXT_PER_PAGE = 40  # characters; a page of prose holds thousands


def _pages_phrase(numbers: list[int]) -> str:
    """ "page 4" or "pages 2, 5, 9" (the first ten, then "…")."""
    shown = ", ".join(str(n) for n in numbers[:10]) + (", …" if len(numbers) > 10 else "")
    return f"page {shown}" if len(numbers) == 1 else f"pages {shown}"


def _warnings(text: str, results: list[PageResult], failed: list[PageResult]) -> tuple[str, ...]:
    warnings: list[str] = []
    scanned = [r.index + 1 for r in results if not r.text and r.has_images and not r.error]
    if not text.strip():
        warnings.append(NO_TEXT_WARNING)
    elif scanned:
        warnings.append(
            f"{_pages_phrase(scanned)} of {len(results)} without a text layer "
            "(scanned?); OCR is not supported, so their text cannot be highlighted"
        )
    elif len(text.strip()) < LITTLE_TEXT_PER_PAGE * len(results):
        warnings.append(
            f"very little text was found ({len(text.strip())} characters on "
            f"{len(results)} page{'s' if len(results) > 1 else ''}): the PDF may be scanned "
            "or use fonts whose text cannot be read, so only that text can be searched and "
            "highlighted"
        )
    if failed:
        numbers = [r.index + 1 for r in failed]
        warnings.append(
            f"{_pages_phrase(numbers)} could not be read and left empty ({failed[0].error})"
        )
    undecodable = sum(r.undecodable for r in results)
    if undecodable:
        warnings.append(
            f"{undecodable} characters could not be decoded (fonts without a Unicode map) "
            "and appear as \ufffd"
        )
    return tuple(warnings)
