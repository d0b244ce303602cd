"""Reading a PDF with pdfplumber, page by page; runs in a worker process (or in-process)."""

from __future__ import annotations

import contextlib
import gc
import io
import logging
import os
import signal
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

import pdfplumber
from pdfminer.layout import LTContainer, LTImage, LTLine, LTRect
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from annotator.core.geometry import Box, encode_boxes
from annotator.core.importing.ocr_languages import OcrSetup
from annotator.core.importing.pdf_device import read_glyphs
from annotator.core.importing.pdf_layout import PdfChar, layout_page
from annotator.core.importing.pdf_ocr import LOW_CONFIDENCE, PageOcr, needs_ocr
from annotator.core.importing.pdf_protocol import MEMORY_EXIT, PageResult
from annotator.core.importing.pdf_rules import rule_boxes
from annotator.core.importing.pdf_xref import repair_page_tree

METADATA_KEYS = ("Title", "Author", "CreationDate", "Producer", "Creator")
FULL_COLLECTION_EVERY = 100  # pages; the youngest objects are collected after each page
# The address-space cap of this worker process, once set.
_memory_cap: int | None = None


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
    except Exception as error:
        raise _open_failure(error) from error
    try:
        pdf.pages  # noqa: B018 - walks the page tree, which may be broken
        repair_page_tree(pdf, data)
    except Exception as error:
        pdf.close()
        raise _open_failure(error) from error
    return pdf


def _open_failure(error: Exception) -> OpenFailure | MemoryError:
    if _out_of_memory(error):
        return MemoryError()
    cause = error.args[0] if isinstance(error, PdfminerException) and error.args else error
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
    """Text and boxes of page `index`; the page is closed afterwards to free its objects.

    A page that cannot be read comes back empty with `error` set; only
    MemoryError propagates.
    """
    page = pdf.pages[index]
    width, height = float(page.width), float(page.height)
    try:
        _normalise_boxes(page)
        left, top, width, height = _visible_area(page)
        chars, images, rules = _page_chars(page)
        text, boxes, undecodable = layout_page(chars, width, height, (left, top), rules)
        cover = _cover(images, (left, top, left + width, top + height))
        return PageResult(
            index,
            width,
            height,
            text,
            encode_boxes(boxes),
            bool(images),
            undecodable,
            image_cover=cover,
        )
    except Exception as error:
        if _out_of_memory(error):
            raise MemoryError from error
        detail = str(error) or type(error).__name__
        return PageResult(index, width, height, "", b"", error=detail)
    finally:
        page.close()


def read_page(
    pdf: pdfplumber.PDF,
    index: int,
    ocr: PageOcr | None,
    announce: Callable[[int], None] | None = None,
) -> PageResult:
    """extract_page, then OCR when `ocr` is given and the page has no usable text layer.

    `announce(index)` is called before OCR starts (it takes seconds). A page
    whose OCR fails keeps its text layer and says why in `ocr_error`; only
    MemoryError propagates. A page that has a few characters keeps them when
    OCR reads it with low confidence (then most of its words would be wrong).
    """
    result = extract_page(pdf, index)
    if ocr is None or result.error or not needs_ocr(result.text, result.image_cover):
        return result
    if announce is not None:
        announce(index)
    try:
        read = ocr.read(index, (result.width, result.height))
    except Exception as error:
        if _out_of_memory(error):
            raise MemoryError from error
        return replace(result, ocr_error=str(error) or type(error).__name__)
    if result.text.strip() and read.confidence < LOW_CONFIDENCE:
        return replace(result, ocr_rejected=read.confidence)
    return replace(
        result,
        text=read.text,
        boxes=encode_boxes(read.boxes),
        undecodable=0,
        ocr_confidences=tuple(read.word_confidences),
    )


def _cover(images: list[tuple[float, float, float, float]], area: tuple[float, ...]) -> float:
    """Fraction of `area` under the images (overlaps counted once per image, capped at 1)."""
    left, top, right, bottom = area
    total = (right - left) * (bottom - top)
    if total <= 0:
        return 0.0
    covered = 0.0
    for x0, y0, x1, y1 in images:
        width = min(x1, right) - max(x0, left)
        height = min(y1, bottom) - max(y0, top)
        if width > 0 and height > 0:
            covered += width * height
    return min(covered / total, 1.0)


def _page_chars(page: Any) -> tuple[list[PdfChar], list[Box], list[Box]]:
    """The page's glyphs in drawing order, its images' boxes and its rules (see
    `pdf_rules`), in pdfminer's device space flipped top-down.

    The glyphs come from `pdf_device` (an LTChar's numbers without the
    LTChar); images and rules from the rest of the parsed layout, walked
    directly: building pdfplumber's dicts for every line and curve would cost
    more time.
    """
    height = float(page.height)
    chars, layout = read_glyphs(page)
    images: list[Box] = []
    rules: list[Box] = []
    stack: list[Iterator[Any]] = [iter(layout)]
    while stack:
        obj = next(stack[-1], None)
        if obj is None:
            stack.pop()
        elif isinstance(obj, LTImage):
            images.append((obj.x0, height - obj.y1, obj.x1, height - obj.y0))
        elif isinstance(obj, (LTRect, LTLine)):
            stroked = isinstance(obj, LTRect) and obj.stroke  # a slanted line is no rule
            rules += rule_boxes(obj.x0, height - obj.y1, obj.x1, height - obj.y0, stroked)
        elif isinstance(obj, LTContainer):
            stack.append(iter(obj))
    return chars, images, rules


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


def _address_space() -> tuple[int, int] | None:
    """This process's (current, peak) virtual memory size in bytes, where /proc tells."""
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            fields = dict(line.split(":", 1) for line in status if ":" in line)
        return int(fields["VmSize"].split()[0]) * 1024, int(fields["VmPeak"].split()[0]) * 1024
    except (OSError, KeyError, ValueError):
        return None


def limit_memory(extra: int | None) -> int | None:
    """Cap this process's address space at its present size plus `extra` bytes.

    Returns the cap, or None where the platform sets none (no RLIMIT_AS, as on
    Windows). Without /proc (macOS), `extra` is the whole cap.
    """
    if not extra:
        return None
    try:
        import resource
    except ImportError:
        return None
    sizes = _address_space()
    cap = extra + (sizes[0] if sizes else 0)
    try:
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            cap = min(cap, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ValueError, OSError):
        return None
    return cap


def _out_of_memory(error: BaseException) -> bool:
    """Whether `error` comes from running out of memory.

    pdfplumber wraps errors (a MemoryError too) in PdfminerException; C code
    may fail in other ways when the cap is reached.
    """
    seen: list[BaseException] = []
    pending: list[object] = [error]
    while pending and len(seen) < 20:
        current = pending.pop()
        if not isinstance(current, BaseException) or current in seen:
            continue
        if isinstance(current, MemoryError):
            return True
        seen.append(current)
        pending.extend((current.__cause__, current.__context__, *current.args))
    sizes = _address_space()
    cap = _memory_cap
    return cap is not None and sizes is not None and sizes[1] >= cap - 16 * 2**20


def worker_main(
    conn: Any,
    data: bytes,
    password: str | None,
    memory_limit: int | None,
    ocr: OcrSetup | None = None,
) -> None:
    """Process entry point: open the PDF, then extract the page ranges asked for.

    Messages sent: ("info", page_count, metadata) once opened, then for each
    range ("page", PageResult) per page and ("idle",) at its end; or
    ("error", kind, detail). A page read by OCR (`ocr` given) is announced by
    ("ocr", index) before OCR starts. Messages received: ("pages", start, end)
    or ("stop",). A worker out of memory exits with MEMORY_EXIT.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the caller decides when to stop
    # A page makes tens of thousands of short-lived objects, freed with their last
    # reference; automatic collection, run every 700 allocations, scanned them for
    # cycles at a cost of a tenth of the reading time. _serve collects after each page.
    gc.disable()
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    logging.getLogger("pdfplumber").setLevel(logging.ERROR)
    global _memory_cap
    _memory_cap = limit_memory(memory_limit)
    try:
        _serve(conn, data, password, ocr)
    except (EOFError, BrokenPipeError):
        pass  # the caller went away
    except BaseException as error:
        if _out_of_memory(error):
            os._exit(MEMORY_EXIT)
        with contextlib.suppress(Exception):
            conn.send(("error", "crash", f"{type(error).__name__}: {error}"))
        os._exit(1)
    finally:
        conn.close()


def _serve(conn: Any, data: bytes, password: str | None, setup: OcrSetup | None) -> None:
    try:
        pdf = open_pdf(data, password)
    except OpenFailure as failure:
        conn.send(("error", failure.kind, failure.detail))
        return
    ocr = PageOcr(data, password, setup) if setup is not None else None
    try:
        with pdf:
            conn.send(("info", len(pdf.pages), read_metadata(pdf)))
            while True:
                message = conn.recv()
                if message[0] != "pages":
                    return
                for index in range(message[1], message[2]):
                    result = read_page(pdf, index, ocr, lambda i: conn.send(("ocr", i)))
                    conn.send(("page", result))
                    del result
                    gc.collect(2 if index % FULL_COLLECTION_EVERY == 0 else 0)
                conn.send(("idle",))
    finally:
        if ocr is not None:
            ocr.close()
