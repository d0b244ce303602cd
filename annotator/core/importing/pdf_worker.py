"""Reading a PDF with pdfplumber, page by page; runs in a worker process (or in-process)."""

from __future__ import annotations

import io
import logging
import os
import signal
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pdfplumber
from pdfminer.layout import LTChar, LTContainer, LTImage
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from annotator.core.geometry import encode_boxes
from annotator.core.importing.pdf_layout import PdfChar, layout_page

# A worker that runs out of memory exits with this code (MemoryError or not).
MEMORY_EXIT = 3
METADATA_KEYS = ("Title", "Author", "CreationDate", "Producer")


@dataclass(frozen=True)
class PageResult:
    """One page as extracted: size as displayed, text, encoded boxes (one per char)."""

    index: int  # 0-based
    width: float
    height: float
    text: str
    boxes: bytes
    has_images: bool = False
    undecodable: int = 0  # glyphs without a Unicode mapping, shown as U+FFFD
    error: str = ""  # why the page could not be read; then text is ""


class OpenFailure(Exception):
    """The PDF cannot be opened; `kind` is "password", "encrypted" or "malformed"."""

    def __init__(self, kind: str, detail: str) -> None:
        super().__init__(detail)
        self.kind = kind
        self.detail = detail


def open_pdf(data: bytes, password: str | None) -> pdfplumber.PDF:
    """Open the PDF and list its pages, or raise OpenFailure."""
    try:
        pdf = pdfplumber.open(io.BytesIO(data), password=password or "")
    except PdfminerException as error:
        raise _open_failure(error.args[0] if error.args else error) from error
    except Exception as error:
        raise _open_failure(error) from error
    try:
        pdf.pages  # noqa: B018 - walks the page tree, which may be broken
    except Exception as error:
        pdf.close()
        raise _open_failure(error.args[0] if error.args else error) from error
    return pdf


def _open_failure(cause: object) -> OpenFailure:
    if isinstance(cause, PDFPasswordIncorrect):
        return OpenFailure("password", "")
    if isinstance(cause, PDFEncryptionError):
        return OpenFailure("encrypted", str(cause))
    return OpenFailure("malformed", str(cause) or type(cause).__name__)


def read_metadata(pdf: pdfplumber.PDF) -> dict[str, str]:
    """The document-information strings the importer uses (Title, Author...)."""
    found: dict[str, str] = {}
    try:
        info = pdf.metadata
    except Exception:
        return found
    for key in METADATA_KEYS:
        value: Any = info.get(key)
        if isinstance(value, bytes):
            value = value.decode("latin-1")
        if isinstance(value, str):
            value = value.replace("\x00", "").strip()
            if value:
                found[key] = value
    return found


def extract_page(pdf: pdfplumber.PDF, index: int) -> PageResult:
    """Text and boxes of page `index`; the page is closed afterwards to free its objects."""
    page = pdf.pages[index]
    try:
        _normalise_boxes(page)
        left, top, width, height = _visible_area(page)
        try:
            chars, has_images = _page_chars(page)
        except MemoryError:
            raise
        except Exception as error:
            detail = str(error) or type(error).__name__
            return PageResult(index, width, height, "", b"", error=detail)
        text, boxes, undecodable = layout_page(chars, width, height, (left, top))
        return PageResult(index, width, height, text, encode_boxes(boxes), has_images, undecodable)
    finally:
        page.close()


def _page_chars(page: Any) -> tuple[list[PdfChar], bool]:
    """The page's glyphs in drawing order, in pdfminer's device space flipped top-down.

    Walks pdfplumber's parsed layout directly: building pdfplumber's char
    dicts (and dicts for every line and curve) would cost a third more time.
    """
    height = float(page.height)
    chars: list[PdfChar] = []
    has_images = False
    stack: list[Iterator[Any]] = [iter(page.layout)]
    while stack:
        obj = next(stack[-1], None)
        if obj is None:
            stack.pop()
        elif isinstance(obj, LTChar):
            chars.append(
                PdfChar(
                    obj.get_text(),
                    obj.x0,
                    height - obj.y1,
                    obj.x1,
                    height - obj.y0,
                    obj.matrix,
                    obj.fontname,
                    obj.size,
                )
            )
        elif isinstance(obj, LTImage):
            has_images = True
        elif isinstance(obj, LTContainer):
            stack.append(iter(obj))
    return chars, has_images


def _normalise_boxes(page: Any) -> None:
    """Order the corners of MediaBox/CropBox as pdfminer's renderer expects.

    Some writers give MediaBox as [0 842 595 0]; pdfminer then shifts every
    character off the page.
    """
    obj = page.page_obj
    for name in ("mediabox", "cropbox"):
        box = getattr(obj, name, None)
        if box and len(box) == 4:
            x0, y0, x1, y1 = (float(v) for v in box)
            setattr(obj, name, (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)))


def _visible_area(page: Any) -> tuple[float, float, float, float]:
    """The CropBox in the glyphs' coordinates: left, top, width, height.

    Glyphs are in pdfminer's device space (MediaBox origin, /Rotate applied)
    flipped to a top-left origin; the CropBox is mapped the same way and
    clipped to the MediaBox.
    """
    obj = page.page_obj
    page_width, page_height = float(page.width), float(page.height)
    mx0, my0, mx1, my1 = obj.mediabox
    cx0, cy0, cx1, cy1 = getattr(obj, "cropbox", None) or obj.mediabox
    rotate = int(getattr(obj, "rotate", 0) or 0) % 360
    if rotate == 90:
        ctm = (0.0, -1.0, 1.0, 0.0, -my0, mx1)
    elif rotate == 180:
        ctm = (-1.0, 0.0, 0.0, -1.0, mx1, my1)
    elif rotate == 270:
        ctm = (0.0, 1.0, -1.0, 0.0, my1, -mx0)
    else:
        ctm = (1.0, 0.0, 0.0, 1.0, -mx0, -my0)
    a, b, c, d, e, f = ctm
    xs, ys = [], []
    for x, y in ((cx0, cy0), (cx1, cy1)):
        xs.append(a * x + c * y + e)
        ys.append(b * x + d * y + f)
    left = max(min(xs), 0.0)
    right = min(max(xs), page_width)
    top = max(page_height - max(ys), 0.0)
    bottom = min(page_height - min(ys), page_height)
    if right - left < 1 or bottom - top < 1:  # a nonsensical CropBox: show the MediaBox
        return 0.0, 0.0, page_width, page_height
    return left, top, right - left, bottom - top


# -- the worker process -----------------------------------------------------------------


def limit_memory(limit: int | None) -> None:
    """Cap this process's address space (where the platform allows it)."""
    if not limit:
        return
    try:
        import resource
    except ImportError:  # not on this platform
        return
    try:
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        soft = limit if hard == resource.RLIM_INFINITY else min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
    except (ValueError, OSError):
        pass


def worker_main(conn: Any, data: bytes, password: str | None, memory_limit: int | None) -> None:
    """Process entry point: open the PDF, then extract the page ranges asked for.

    Messages sent: ("info", page_count, metadata) once opened, then for each
    range ("page", PageResult) per page and ("idle",) at its end; or
    ("error", kind, detail). Messages received: ("pages", start, end) or
    ("stop",). A worker out of memory exits with MEMORY_EXIT.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the caller decides when to stop
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    logging.getLogger("pdfplumber").setLevel(logging.ERROR)
    limit_memory(memory_limit)
    try:
        _serve(conn, data, password)
    except MemoryError:
        os._exit(MEMORY_EXIT)
    except (EOFError, BrokenPipeError):
        pass  # the caller went away
    finally:
        conn.close()


def _serve(conn: Any, data: bytes, password: str | None) -> None:
    try:
        pdf = open_pdf(data, password)
    except OpenFailure as failure:
        conn.send(("error", failure.kind, failure.detail))
        return
    with pdf:
        conn.send(("info", len(pdf.pages), read_metadata(pdf)))
        while True:
            message = conn.recv()
            if message[0] != "pages":
                return
            for index in range(message[1], message[2]):
                conn.send(("page", extract_page(pdf, index)))
            conn.send(("idle",))
