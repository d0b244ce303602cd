"""The background page renderer: renders on request, newest wish list wins, stops cleanly."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from annotator.gui.viewers.pdf_render import (
    PDFIUM_LOCK,
    TILE,
    ImageCache,
    PageRenderer,
    RenderJob,
    tiled,
)

LINE_HEIGHT = 16.0
FONT_SIZE = 12.0
CHAR_WIDTH = 6.0  # a rough Helvetica average: the synthetic boxes need not hug the glyphs


def synthetic_pdf(page_count: int, lines: int = 3,
                  size: tuple[float, float] = (612.0, 792.0)) -> bytes:
    """A valid PDF of `page_count` pages, each with `lines` lines "Page N line K"."""
    width, height = size
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for number in range(1, page_count + 1):
        stream = b"".join(
            b"BT /F1 %g Tf 72 %g Td (%s) Tj ET\n"
            % (FONT_SIZE, height - 72 - (k + 1) * LINE_HEIGHT + 4, line_text(number, k).encode())
            for k in range(lines))
        objects.append(b"<< /Length %d >>\nstream\n%sendstream" % (len(stream), stream))
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %g %g] /Contents %d 0 R"
                       b" /Resources << /Font << /F1 3 0 R >> >> >>"
                       % (width, height, len(objects)))
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Count %d /Kids [%s] >>" % (page_count, b" ".join(kids))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def line_text(page: int, line: int) -> str:
    return f"Page {page} line {line + 1}"


@pytest.fixture
def renderer(qtbot):
    renderer = PageRenderer()
    yield renderer
    renderer.close()


def test_renders_a_requested_page_at_the_requested_width(qtbot, renderer, pdf_dir: Path):
    renderer.open((pdf_dir / "2023-06-20-PV.pdf").read_bytes())
    with qtbot.waitSignal(renderer.pageReady, timeout=3000) as ready:
        renderer.request([RenderJob(1, 400)])
    assert ready.args == [1]
    image = renderer.cache.get(RenderJob(1, 400))
    assert image is not None and image.width() == 400
    assert image.height() == pytest.approx(400 * 1008 / 612, abs=1)  # legal-size page
    assert image.pixelColor(5, 5).lightness() > 240  # paper is white
    assert renderer.rendered_count == 1


def test_a_new_wish_list_drops_pages_scrolled_away(qtbot, renderer):
    renderer.open(synthetic_pdf(300))
    renderer.request([RenderJob(page, 300) for page in range(300)])
    renderer.request([RenderJob(250, 300)])
    qtbot.waitUntil(lambda: renderer.cache.get(RenderJob(250, 300)) is not None, timeout=3000)
    assert renderer.pending() == []
    assert renderer.rendered_count <= 3  # at most what was already on the thread, plus 250


def test_cached_pages_are_not_rendered_again(qtbot, renderer):
    renderer.open(synthetic_pdf(2))
    with qtbot.waitSignal(renderer.pageReady, timeout=3000):
        renderer.request([RenderJob(0, 200)])
    renderer.request([RenderJob(0, 200)])
    assert renderer.pending() == []


def test_switching_documents_discards_the_old_renderings(qtbot, renderer):
    renderer.open(synthetic_pdf(3))
    renderer.request([RenderJob(0, 200)])
    renderer.open(synthetic_pdf(1, size=(300.0, 300.0)))
    with qtbot.waitSignal(renderer.pageReady, timeout=3000):
        renderer.request([RenderJob(0, 150)])
    assert renderer.cache.best(0, 200).height() == 150  # the square page, not the old one
    assert renderer.rendered_count == 1


def test_a_page_asked_of_the_next_document_is_not_mistaken_for_the_old_ones(qtbot, renderer):
    renderer.open(synthetic_pdf(2))
    with qtbot.waitSignal(renderer.pageReady, timeout=3000):
        renderer.request([RenderJob(1, 200)])
    with PDFIUM_LOCK:  # hold the thread inside the old document's page 0
        renderer.request([RenderJob(0, 200)])
        qtbot.waitUntil(lambda: renderer.pending() == [])
        renderer.open(synthetic_pdf(1, size=(612.0, 306.0)))
        renderer.request([RenderJob(0, 200)])  # same page, same width: another document
    qtbot.waitUntil(lambda: renderer.cache.get(RenderJob(0, 200)) is not None, timeout=3000)
    assert renderer.cache.get(RenderJob(0, 200)).height() == 100


def test_unreadable_bytes_are_reported(qtbot, renderer, pdf_dir: Path):
    with qtbot.waitSignal(renderer.failed, timeout=3000) as failed:
        renderer.open(b"%PDF-1.4 this is not a PDF")
    assert failed.args[0] is False
    with qtbot.waitSignal(renderer.failed, timeout=3000) as failed:
        renderer.open((pdf_dir / "password-example.pdf").read_bytes())
    assert failed.args[0] is True  # password needed


def test_close_stops_the_thread(qtbot, pdf_dir: Path):
    before = set(threading.enumerate())
    renderer = PageRenderer()
    renderer.open((pdf_dir / "2023-06-20-PV.pdf").read_bytes())
    renderer.request([RenderJob(0, 600), RenderJob(1, 600)])
    renderer.close()
    assert set(threading.enumerate()) <= before
    renderer.close()  # twice is harmless


def test_cache_drops_least_recently_used_pages_beyond_its_byte_budget():
    image = QImage(100, 100, QImage.Format.Format_RGBX8888)  # 40,000 bytes
    cache = ImageCache(capacity=100_000)
    for page in range(3):
        cache.put(RenderJob(page, 100), image)
        if page == 1:
            cache.get(RenderJob(0, 100))  # page 0 used again: page 1 is now the oldest
    assert cache.get(RenderJob(1, 100)) is None
    assert cache.get(RenderJob(0, 100)) is not None and cache.get(RenderJob(2, 100)) is not None
    assert cache.size_bytes == 80_000


def test_cache_offers_another_width_of_a_page_while_the_sharp_one_renders():
    cache = ImageCache()
    cache.put(RenderJob(0, 100), QImage(100, 130, QImage.Format.Format_RGBX8888))
    cache.put(RenderJob(0, 400), QImage(400, 520, QImage.Format.Format_RGBX8888))
    assert cache.best(0, 350).width() == 400
    assert cache.best(1, 350) is None


def test_a_tile_renders_its_own_square_of_a_huge_page(qtbot, renderer):
    """At 76,900 px wide, a 14,400-point page renders as tiles: the corner holds the text."""
    renderer.open(synthetic_pdf(1, lines=1, size=(14_400.0, 14_400.0)))
    width = 76_900  # 75 whole tiles across, then a last one 100 px wide
    assert tiled(width, width)
    corner, edge = RenderJob(0, width, (0, 0)), RenderJob(0, width, (75, 3))
    with qtbot.waitSignals([renderer.pageReady, renderer.pageReady], timeout=5000):
        renderer.request([corner, edge, RenderJob(0, width)])  # the whole page: refused
    qtbot.waitUntil(lambda: not renderer.busy(), timeout=5000)
    image = renderer.cache.get(corner)
    assert image is not None and (image.width(), image.height()) == (TILE, TILE)
    scale = width / 14_400
    text_row = round((72 + LINE_HEIGHT - 4 - FONT_SIZE / 3) * scale)  # inside the glyphs
    row = [image.pixelColor(x, text_row).lightness()
           for x in range(round(72 * scale), round(150 * scale))]
    assert min(row) < 100  # "Page 1 line 1" is drawn where it belongs
    edge_image = renderer.cache.get(edge)
    assert edge_image is not None and (edge_image.width(), edge_image.height()) == (100, TILE)
    assert renderer.cache.get(RenderJob(0, width)) is None
    assert renderer.largest_image_bytes == TILE * TILE * 4
