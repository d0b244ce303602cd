"""A long report as a PDF: seeded French-like text on A4 pages, headings and page numbers.

With reportlab installed (the `demo-build` extra) the PDF is drawn by it, as
a real report generator would; without it, this module writes the PDF bytes
itself (standard Helvetica fonts, WinAnsi encoding, one content stream per
page), so the benchmarks run on a plain test install too. Both lay out the
same lines, so the text a reader extracts is the same either way.
"""

from __future__ import annotations

import textwrap
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from benchmarks.text_corpus import FrenchText

PAGE_WIDTH, PAGE_HEIGHT = 595.0, 842.0  # A4 in points
MARGIN = 56.0
FONT_SIZE = 10.5
LEADING = 14.0
HEADING_SIZE = 14.0
LINE_CHARS = 92  # Helvetica 10.5 pt across 483 pt averages about this many characters
LINES_PER_PAGE = int((PAGE_HEIGHT - 2 * MARGIN - 20) // LEADING)


REPORT_TITLE = "Rapport d'étude sur les communautés en ligne"


@dataclass(frozen=True)
class Line:
    text: str
    heading: bool = False


def report_pages(pages: int, seed: int = 7) -> Iterator[list[Line]]:
    """The lines of each page: a heading now and then, wrapped paragraphs, blank lines."""
    prose = FrenchText(seed)
    pending: list[Line] = []
    for number in range(1, pages + 1):
        # a report's title heads its first page (the import checks the metadata title there)
        page: list[Line] = [Line(REPORT_TITLE, heading=True), Line("")] if number == 1 else []
        if number % 4 == 1:
            title = prose.sentence(prose.rng.randint(3, 7)).rstrip(".?!… ")
            page += [Line(f"{number // 4 + 1}. {title}", heading=True), Line("")]
        while len(page) < LINES_PER_PAGE:
            if not pending:
                paragraph = prose.paragraph(prose.rng.randint(40, 140))
                pending = [Line(text) for text in textwrap.wrap(paragraph, LINE_CHARS)]
                pending.append(Line(""))
            page.append(pending.pop(0))
        yield page


def write_report_pdf(path: Path, pages: int, seed: int = 7) -> str:
    """Write a `pages`-page report to `path`; returns which writer made it."""
    try:
        from reportlab.pdfgen.canvas import Canvas  # noqa: F401 (only probing)
    except ImportError:
        path.write_bytes(minimal_pdf(pages, seed))
        return "built-in PDF writer"
    _reportlab_pdf(path, pages, seed)
    return "reportlab"


def _reportlab_pdf(path: Path, pages: int, seed: int) -> None:
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=(PAGE_WIDTH, PAGE_HEIGHT), invariant=1)
    canvas.setTitle(REPORT_TITLE)
    canvas.setAuthor("Benchmark corpus")
    for number, lines in enumerate(report_pages(pages, seed), start=1):
        y = PAGE_HEIGHT - MARGIN
        for line in lines:
            if line.heading:
                canvas.setFont("Helvetica-Bold", HEADING_SIZE)
            else:
                canvas.setFont("Helvetica", FONT_SIZE)
            if line.text:
                canvas.drawString(MARGIN, y, line.text)
            y -= LEADING
        canvas.setFont("Helvetica", 9)
        canvas.drawCentredString(PAGE_WIDTH / 2, MARGIN / 2, f"— {number} —")
        canvas.showPage()
    canvas.save()


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _content_stream(lines: list[Line], number: int) -> bytes:
    parts = [b"BT", b"%.2f TL" % LEADING, b"%.2f %.2f Td" % (MARGIN, PAGE_HEIGHT - MARGIN)]
    font = None
    for line in lines:
        wanted = (b"/F2 %.1f Tf" % HEADING_SIZE) if line.heading else (b"/F1 %.1f Tf" % FONT_SIZE)
        if wanted != font:
            parts.append(wanted)
            font = wanted
        if line.text:
            parts.append(_pdf_string(line.text) + b" Tj")
        parts.append(b"T*")
    parts += [b"ET", b"BT /F1 9 Tf %.2f %.2f Td " % (PAGE_WIDTH / 2 - 12, MARGIN / 2)
              + _pdf_string(f"— {number} —") + b" Tj ET"]
    return b"\n".join(parts)


def minimal_pdf(pages: int, seed: int = 7) -> bytes:
    """The report as PDF bytes written here: catalog, page tree, two fonts, a stream a page."""
    objects: list[bytes] = []  # object n is objects[n - 1]

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in below, once the page tree's number is known
    info = add(b"<< /Title " + _pdf_string(REPORT_TITLE)
               + b" /Producer (benchmarks) >>")
    regular = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                  b"/Encoding /WinAnsiEncoding >>")
    bold = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold "
               b"/Encoding /WinAnsiEncoding >>")
    tree = add(b"")
    kids = []
    for number, lines in enumerate(report_pages(pages, seed), start=1):
        data = zlib.compress(_content_stream(lines, number))
        stream = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data)
                     + data + b"\nendstream")
        kids.append(add(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>"
            % (tree, PAGE_WIDTH, PAGE_HEIGHT, stream, regular, bold)))
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % tree
    objects[tree - 1] = (b"<< /Type /Pages /Count %d /Kids [" % len(kids)
                         + b" ".join(b"%d 0 R" % kid for kid in kids) + b"] >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objects) + 1, catalog, info, xref))
    return bytes(out)
