"""Renders PDF pages to QImages on one background thread, with a byte-bounded cache.

Why pypdfium2 and not QtPdf (QPdfDocument)
------------------------------------------
PySide6-Essentials does not ship QtPdf; it comes only with PySide6-Addons
(a 175 MB wheel, +417 MB installed). Measured on page 1 of the 65-page
chelsea_pdta.pdf at 150 dpi (1275x1651 px), offscreen, Python 3.11:

=========================  ============================  =============================
                           pypdfium2 5.15                QtPdf 6.11.3 (Addons)
=========================  ============================  =============================
module import              30-45 ms                      3-6 ms
open + render page 1       ~27 ms (+2 ms copy to QImage) ~31 ms
all 65 pages, median/max   7-11 ms / 40-108 ms           12 ms / 66 ms
peak RSS after 65 pages    106 MB (Qt app alone: 38 MB)  98 MB
=========================  ============================  =============================

Both are PDFium underneath, so speed and memory are a wash; pypdfium2 is
already a dependency, so it costs nothing more to ship. Through this
module's thread, that page reaches the GUI thread 25-38 ms after `open`.

Threading
---------
PDFium is not thread-safe, not even across documents. One thread per
renderer owns its pdfium document: it opens, renders and closes it, fed by
a queue that each `request` replaces (the newest wish list wins; pages
scrolled away are dropped before they are rendered). Every pdfium call it
makes holds `PDFIUM_LOCK`, which also keeps two viewers' threads apart;
other code calling pypdfium2 while a viewer is open must hold it too.
"""

from __future__ import annotations

import atexit
import math
import threading
import weakref
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QImage

if TYPE_CHECKING:
    import pypdfium2 as pdfium

PDFIUM_LOCK = threading.RLock()
DEFAULT_CACHE_BYTES = 200 * 1024 * 1024
# A page whose rendering would be larger than this many pixels (32 MB at 4
# bytes each) is rendered in TILE x TILE pieces, only those on screen: at 400 %
# a 14,400-point page (PDF's largest) would be one image of about 15 GB.
WHOLE_PAGE_PIXELS = 8 * 1024 * 1024
TILE = 1024


@dataclass(frozen=True)
class RenderJob:
    """Render page `page` (0-based) `width` device pixels wide, whole or one tile of it.

    `tile` is (column, row): the TILE-pixel square at (column * TILE, row * TILE)
    of that rendering, cut at the page's right and bottom edges.
    """

    page: int
    width: int
    tile: tuple[int, int] | None = None


def tiled(width: int, height: int) -> bool:
    """Whether a page rendered `width` x `height` device pixels is rendered in tiles."""
    return width * height > WHOLE_PAGE_PIXELS


def tile_rect(job: RenderJob, height: int) -> tuple[int, int, int, int]:
    """(x, y, width, height) in device pixels of `job`'s tile in a page `height` pixels high."""
    column, row = job.tile or (0, 0)
    x, y = column * TILE, row * TILE
    if job.tile is None:
        return 0, 0, job.width, height
    return x, y, max(0, min(TILE, job.width - x)), max(0, min(TILE, height - y))


class ImageCache:
    """Rendered pages, least recently used dropped first once over `capacity` bytes."""

    def __init__(self, capacity: int = DEFAULT_CACHE_BYTES) -> None:
        self.capacity = capacity
        self._images: OrderedDict[RenderJob, QImage] = OrderedDict()
        self._bytes = 0

    def __len__(self) -> int:
        return len(self._images)

    @property
    def size_bytes(self) -> int:
        return self._bytes

    def get(self, job: RenderJob) -> QImage | None:
        image = self._images.get(job)
        if image is not None:
            self._images.move_to_end(job)
        return image

    def best(self, page: int, width: int) -> QImage | None:
        """The exact rendering if cached, else the closest width of that page (to stretch).

        Whole-page renderings only: tiles are looked up one by one with `get`.
        """
        exact = self.get(RenderJob(page, width))
        if exact is not None:
            return exact
        others = [job for job in self._images if job.page == page and job.tile is None]
        if not others:
            return None
        return self._images[min(others, key=lambda job: abs(job.width - width))]

    def put(self, job: RenderJob, image: QImage) -> None:
        old = self._images.pop(job, None)
        if old is not None:
            self._bytes -= old.sizeInBytes()
        self._images[job] = image
        self._bytes += image.sizeInBytes()
        while self._bytes > self.capacity and len(self._images) > 1:
            _, dropped = self._images.popitem(last=False)
            self._bytes -= dropped.sizeInBytes()

    def clear(self) -> None:
        self._images.clear()
        self._bytes = 0


_LIVE: weakref.WeakSet[PageRenderer] = weakref.WeakSet()


class PageRenderer(QObject):
    """Owns the rendering thread and the cache; lives in (and signals to) the GUI thread."""

    pageReady = Signal(int)  # page index; its image (or one of its tiles) is now in `cache`
    failed = Signal(bool, str)  # the document could not be opened: (password needed, why)
    _delivered = Signal(int, object, QImage)  # generation, job, image
    _failed = Signal(int, bool, str)

    def __init__(self, parent: QObject | None = None,
                 cache_bytes: int = DEFAULT_CACHE_BYTES) -> None:
        super().__init__(parent)
        self.cache = ImageCache(cache_bytes)
        self.rendered_count = 0  # pages (or tiles) rendered for the current document
        self.largest_image_bytes = 0  # of the renderings received for the current document
        self._condition = threading.Condition()
        self._jobs: list[RenderJob] = []
        self._in_flight: tuple[int, RenderJob] | None = None  # (generation, job)
        self._unreceived = 0  # renderings sent to the GUI thread, not yet received there
        self._new_data: bytes | None = None
        self._close_document = False
        self._stopping = False
        self._generation = 0
        self._thread: threading.Thread | None = None
        self._delivered.connect(self._on_delivered)
        self._failed.connect(self._on_failed)
        _LIVE.add(self)

    def open(self, data: bytes | None) -> None:
        """Switch to another PDF (None: none); the previous one is closed on the thread."""
        with self._condition:
            self._generation += 1
            self._jobs = []
            self._new_data = data
            self._close_document = data is None
            self._condition.notify()
        self.cache.clear()
        self.rendered_count = 0
        self.largest_image_bytes = 0
        if data is not None:
            self.start()

    def start(self) -> None:
        """Start the rendering thread (it loads pypdfium2, about 40 ms holding the
        interpreter) now rather than when the first PDF is shown, which may be right as
        an import ends and the window has other work to do."""
        if self._thread is None:
            self._stopping = False  # closed before: start afresh
            self._thread = threading.Thread(
                target=self._run, name="pdf-page-renderer", daemon=True)
            self._thread.start()

    def request(self, jobs: list[RenderJob]) -> None:
        """Replace the pending wish list (most wanted first); cached pages are skipped."""
        with self._condition:
            self._jobs = [job for job in dict.fromkeys(jobs)
                          if (self._generation, job) != self._in_flight
                          and self.cache.get(job) is None]
            self._condition.notify()

    def pending(self) -> list[RenderJob]:
        with self._condition:
            return list(self._jobs)

    def busy(self) -> bool:
        """Whether requested renderings are waiting or being rendered."""
        with self._condition:
            return bool(self._jobs) or self._in_flight is not None or self._unreceived > 0

    def close(self) -> None:
        """Stop the thread and close the pdfium document; safe to call twice."""
        with self._condition:
            self._stopping = True
            self._jobs = []
            self._condition.notify()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join()
        self.cache.clear()

    # -- GUI thread side of the hand-over ------------------------------------------
    @Slot(int, object, QImage)
    def _on_delivered(self, generation: int, job: RenderJob, image: QImage) -> None:
        with self._condition:
            self._unreceived -= 1
        if generation != self._generation:
            return
        self.rendered_count += 1
        self.largest_image_bytes = max(self.largest_image_bytes, image.sizeInBytes())
        self.cache.put(job, image)
        self.pageReady.emit(job.page)

    @Slot(int, bool, str)
    def _on_failed(self, generation: int, password: bool, message: str) -> None:
        if generation == self._generation:
            self.failed.emit(password, message)

    # -- the rendering thread ---------------------------------------------------------
    def _run(self) -> None:
        # Imported here, in the rendering thread: pypdfium2 takes about 40 ms to load,
        # which the window's start need not wait for.
        import pypdfium2 as pdfium

        document: pdfium.PdfDocument | None = None
        generation = 0
        try:
            while True:
                with self._condition:
                    while not (self._stopping or self._jobs or self._new_data is not None
                               or self._close_document):
                        self._condition.wait()
                    if self._stopping:
                        return
                    data, self._new_data = self._new_data, None
                    drop, self._close_document = self._close_document, False
                    if data is not None or drop:
                        generation = self._generation
                        job = None
                    else:
                        job = self._jobs.pop(0)
                        self._in_flight = (generation, job)
                if data is not None or drop:
                    _close(document)
                    document = self._open(data, generation) if data is not None else None
                    continue
                if document is not None and job is not None:
                    try:
                        image = _render(document, job)
                    except pdfium.PdfiumError:
                        image = None  # a damaged page stays blank; the others still render
                    if image is not None:
                        with self._condition:
                            self._unreceived += 1
                        self._delivered.emit(generation, job, image)
                with self._condition:
                    self._in_flight = None
        finally:
            _close(document)

    def _open(self, data: bytes, generation: int) -> pdfium.PdfDocument | None:
        import pypdfium2 as pdfium  # loaded already by _run

        try:
            with PDFIUM_LOCK:
                document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            password = getattr(exc, "err_code", None) == pdfium.raw.FPDF_ERR_PASSWORD
            self._failed.emit(generation, password, str(exc))
            return None
        _run_exit_hook_first()
        return document


def _render(document: pdfium.PdfDocument, job: RenderJob) -> QImage | None:
    with PDFIUM_LOCK:
        if not 0 <= job.page < len(document):
            return None
        page = document[job.page]
        try:
            page_width = max(page.get_width(), 1.0)
            scale = job.width / page_width
            crop = (0.0, 0.0, 0.0, 0.0)
            if job.tile is not None:
                # pypdfium2 sizes the bitmap as ceil(side * scale) less ceil(crop * scale)
                full_width = math.ceil(page_width * scale)
                full_height = math.ceil(page.get_height() * scale)
                x, y, width, height = tile_rect(RenderJob(job.page, full_width, job.tile),
                                                full_height)
                if width <= 0 or height <= 0:
                    return None
                crop = (_points(x, scale), _points(full_height - y - height, scale),
                        _points(full_width - x - width, scale), _points(y, scale))
            elif tiled(job.width, math.ceil(page.get_height() * scale)):
                return None  # whole, it would be too large: only tiles are rendered
            bitmap = page.render(scale=scale, crop=crop, rev_byteorder=True, prefer_bgrx=True)
            try:
                fmt = (QImage.Format.Format_RGBX8888 if bitmap.n_channels == 4
                       else QImage.Format.Format_Grayscale8 if bitmap.n_channels == 1
                       else QImage.Format.Format_RGB888)
                # copy(): the QImage must own its pixels once the pdfium bitmap is freed
                return QImage(bitmap.buffer, bitmap.width, bitmap.height,
                              bitmap.stride, fmt).copy()
            finally:
                bitmap.close()
        finally:
            page.close()


def _points(pixels: int, scale: float) -> float:
    """A crop of `pixels` device pixels, in points, that pypdfium2 rounds back to `pixels`."""
    return max(0.0, pixels - 0.01) / scale


def _close(document: pdfium.PdfDocument | None) -> None:
    if document is not None:
        with PDFIUM_LOCK:
            document.close()


def _stop_all() -> None:
    """Stop live rendering threads before any exit hook closes pdfium objects under them."""
    for renderer in list(_LIVE):
        renderer.close()


def _run_exit_hook_first() -> None:
    """Make `_stop_all` the newest exit hook, so it runs first.

    pypdfium2 closes its documents and pages at exit through weakref.finalize,
    whose exit hook is registered when the first such object is created; a
    document opened after our hook would otherwise be closed from the main
    thread while the rendering thread is still using it (a segfault).
    """
    atexit.unregister(_stop_all)
    atexit.register(_stop_all)


atexit.register(_stop_all)
