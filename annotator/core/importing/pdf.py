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

Pages without a usable text layer (scanned) are read by OCR in the same
workers when OCR languages are given and Tesseract is installed (see
`pdf_ocr`); their text and boxes take the same form, and the document's
metadata["ocr"] says which pages, with which languages and confidence.
"""

from __future__ import annotations

import os

from annotator.core.errors import Cancelled, ImportCause, ImportFailure
from annotator.core.importing.base import CancelToken, ImportedDocument, ProgressCallback
from annotator.core.importing.ocr_languages import DEFAULT_OCR_LANGUAGES, OcrChoice, choose_ocr
from annotator.core.importing.pdf_metadata import choose_title, pdf_metadata
from annotator.core.importing.pdf_ocr import PageOcr
from annotator.core.importing.pdf_pool import ExtractionLimits, read_in_workers, reader_failure
from annotator.core.importing.pdf_protocol import PageResult
from annotator.core.importing.pdf_warnings import (
    OCR_OFF,
    no_text_warning,
    ocr_metadata,
    pdf_warnings,
    title_warnings,
)
from annotator.core.model import Page

__all__ = ["ExtractionLimits", "import_pdf"]

MEDIA_TYPE = "application/pdf"
# The warning for a PDF without text when OCR is turned off.
NO_TEXT_WARNING = no_text_warning(OCR_OFF)


def import_pdf(
    data: bytes,
    source: str,
    *,
    password: str | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    workers: int | None = None,
    limits: ExtractionLimits | None = None,
    ocr_languages: str | None = DEFAULT_OCR_LANGUAGES,
    ocr_progress: ProgressCallback | None = None,
) -> ImportedDocument:
    """Import a PDF's bytes; `source` (path or URL) names it in messages and gives a title.

    `workers` worker processes read the pages (default: min(2, CPUs)); PDFs
    under pdf_pool.PARALLEL_MIN_PAGES pages use one (unless the file is big enough for
    all to start at once). `workers=0` reads in the calling
    process, without memory or time limit (for debugging). `progress(done,
    total)` is called per page in the calling thread; `cancel.is_set()` is
    polled and stops the workers (errors.Cancelled).

    Pages without a usable text layer are read by OCR with `ocr_languages`
    ("fra+eng"; None or "" turns OCR off) when Tesseract and those languages'
    data are installed; `ocr_progress(page_number, page_count)` is called as
    each such page starts (OCR takes seconds a page). In the calling process
    (`workers=0`) cancel is checked between pages only.

    Raises ImportFailure (empty, not a PDF, damaged, too slow, too much
    memory), PasswordRequired (encrypted: no or wrong password), Cancelled.

    As with any multiprocessing code, a script that calls this must guard its
    top level with `if __name__ == "__main__":` (workers import the caller's
    main script, though not a package's __main__ module).
    """
    if not data:
        raise ImportFailure.coded(source, ImportCause.EMPTY_FILE)
    if b"%PDF-" not in data[:1024]:
        raise ImportFailure.coded(source, ImportCause.NOT_A_PDF)
    if cancel is not None and cancel.is_set():
        raise Cancelled("import")
    limits = limits or ExtractionLimits()
    if workers is None:
        workers = min(2, os.cpu_count() or 1)
    try:
        choice = choose_ocr(ocr_languages)
    except ValueError as error:
        raise ImportFailure.coded(
            source, ImportCause.SCANNED_PAGES_UNREADABLE, detail=error
        ) from None
    if workers <= 0:
        page_count, info, results = _extract_here(
            data, source, password, progress, cancel, choice, ocr_progress
        )
    else:
        page_count, info, results = read_in_workers(
            data, source, password, progress, cancel, workers, limits, choice.setup, ocr_progress
        )
    document = _assemble(data, source, page_count, info, results, choice)
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
    choice: OcrChoice,
    ocr_progress: ProgressCallback | None,
) -> tuple[int, dict[str, str], list[PageResult]]:
    # the PDF libraries load here only: with workers, the calling process never needs them
    from annotator.core.importing.pdf_worker import OpenFailure, open_pdf, read_metadata, read_page

    try:
        pdf = open_pdf(data, password)
    except OpenFailure as failure:
        raise reader_failure(source, failure.kind, failure.detail, password) from None
    ocr = PageOcr(data, password, choice.setup) if choice.setup is not None else None
    with pdf:
        count = len(pdf.pages)
        info = read_metadata(pdf)
        results: list[PageResult] = []
        if progress is not None:
            progress(0, count)

        def announce(index: int) -> None:
            if ocr_progress is not None:
                ocr_progress(index + 1, count)

        try:
            for index in range(count):
                if cancel is not None and cancel.is_set():
                    raise Cancelled("import")
                results.append(read_page(pdf, index, ocr, announce))
                if progress is not None:
                    progress(index + 1, count)
        finally:
            if ocr is not None:
                ocr.close()
    return count, info, results


# -- the document -----------------------------------------------------------------------


def _assemble(
    data: bytes,
    source: str,
    page_count: int,
    info: dict[str, str],
    results: list[PageResult],
    choice: OcrChoice,
) -> ImportedDocument:
    if page_count == 0:
        raise ImportFailure.coded(source, ImportCause.PDF_NO_PAGES)
    failed = [r for r in results if r.error]
    if len(failed) == len(results):
        raise ImportFailure.coded(
            source, ImportCause.PDF_NO_PAGE_READ, detail=failed[0].error
        )
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
    metadata = pdf_metadata(info, page_count)
    ocr = ocr_metadata(results, choice)
    if ocr is not None:
        metadata["ocr"] = ocr
    title = choose_title(info.get("Title", ""), source, results)
    return ImportedDocument(
        title=title.title,
        kind="pdf",
        source=source,
        text=text,
        original=data,
        media_type=MEDIA_TYPE,
        metadata=metadata,
        pages=tuple(pages),
        warnings=pdf_warnings(text, results, choice) + title_warnings(title),
    )
