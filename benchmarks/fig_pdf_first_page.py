"""Time to the first rendered page of a long PDF, against rendering that page alone."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from annotator.core.project import Project
from benchmarks.corpus import Corpus, Sizes
from benchmarks.table import Row

TARGET_S = 0.3
VIEW_SIZE = (1000, 700)


def labels(sizes: Sizes) -> list[str]:
    return [
        f"first page painted, {sizes.pdf_pages}-page PDF (PdfView.show_document)",
        f"first page painted, {sizes.pdf_pages_small}-page PDF (same, for flatness)",
        f"window: open a {sizes.pdf_pages}-page PDF's project until page 1 is painted",
    ]


def _stored(path: Path):
    with Project.open(path, read_only=True) as project:
        summary = project.documents()[0]
        return (project.document(summary.id), project.pages(summary.id),
                project.original_bytes(summary.id))


def _first_paint(view, show) -> float:
    """Seconds from calling `show()` to the first paint of `view` after page 1 arrived."""
    from benchmarks.qt_tools import PaintWatch, wait_until

    arrived: list[float] = []

    def page_ready(index: int) -> None:
        if index == 0 and not arrived:
            arrived.append(time.perf_counter())

    view.pageRendered.connect(page_ready)
    watch = PaintWatch(view.viewport())
    started = time.perf_counter()
    show()
    wait_until(lambda: bool(arrived) and watch.last_paint > arrived[0], 60, "page 1 painted")
    elapsed = watch.last_paint - started
    watch.remove()
    view.pageRendered.disconnect(page_ready)
    return elapsed


def _pdfium_page_one(data: bytes, width: int) -> float:
    """Open the PDF and render page 1 at `width` pixels into a QImage, as the viewer does."""
    import pypdfium2 as pdfium
    from PySide6.QtGui import QImage

    from annotator.gui.viewers.pdf_render import PDFIUM_LOCK

    with PDFIUM_LOCK:
        started = time.perf_counter()
        document = pdfium.PdfDocument(data)
        page = document[0]
        bitmap = page.render(scale=width / page.get_width(), rev_byteorder=True,
                             prefer_bgrx=True)
        QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
               QImage.Format.Format_RGBX8888).copy()
        elapsed = time.perf_counter() - started
        bitmap.close()
        page.close()
        document.close()
    return elapsed


def _view_figure(label: str, path: Path, repeats: int) -> Row:
    from annotator.gui.viewers.pdf_view import PdfView
    from benchmarks.qt_tools import process_events_for

    document, pages, data = _stored(path)
    view = PdfView()
    view.resize(*VIEW_SIZE)
    view.show()
    process_events_for(0.2)
    times = [_first_paint(view, lambda: view.show_document(document, pages, data))
             for _ in range(repeats)]
    width = round(view.page_rect(0).width() * view.viewport().devicePixelRatioF())
    baseline = statistics.median(_pdfium_page_one(data, width) for _ in range(repeats))
    view.close()
    view.deleteLater()
    process_events_for(0.1)
    return Row(label, statistics.median(times), "s", baseline, "max", TARGET_S,
               note=f"median of {repeats}, worst {max(times):.3f} s; view {VIEW_SIZE[0]}x"
                    f"{VIEW_SIZE[1]}, page 1 rendered {width} px wide; baseline: open + "
                    "render page 1 with pypdfium2 into a QImage, no viewer")


def _window_figure(label: str, corpus: Corpus, work: Path) -> Row:
    from benchmarks.qt_tools import main_window

    window = main_window(work)
    view = window.reader.pdf_view
    elapsed = _first_paint(view, lambda: window.open_project(corpus.pdf_project))
    window.close()
    return Row(label, elapsed, "s", note="MainWindow.open_project: opening the file, the "
               "panels, Reader.show_document (page view and text view) and page 1; "
               "no target, for context")


def run(corpus: Corpus, sizes: Sizes, work: Path) -> list[Row]:
    from benchmarks.qt_tools import application

    application()
    names = labels(sizes)
    return [
        _view_figure(names[0], corpus.pdf_project, sizes.repeats),
        _view_figure(names[1], corpus.pdf_small_project, sizes.repeats),
        _window_figure(names[2], corpus, work),
    ]
