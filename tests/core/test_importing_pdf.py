"""Tests for the PDF importer on the shared corpus and on small PDFs written here."""

from __future__ import annotations

import multiprocessing
import random
import re
import threading
import time
import zlib
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from annotator.core.errors import Cancelled, ImportFailure, PasswordRequired
from annotator.core.geometry import EMPTY_BOX, decode_boxes, is_empty
from annotator.core.importing.base import ImportedDocument
from annotator.core.importing.pdf import NO_TEXT_WARNING, ExtractionLimits, import_pdf
from annotator.core.importing.pdf_layout import PdfChar, layout_page
from annotator.core.importing.pdf_metadata import choose_title, pdf_date

CORPUS_PDFS = [
    "2023-06-20-PV.pdf",
    "annotations.pdf",
    "chelsea_pdta.pdf",
    "bug1868759.pdf",
    "federal-register-2020-17221.pdf",
    "image_structure.pdf",
    "issue-33-lorem-ipsum.pdf",
    "issue-71-duplicate-chars.pdf",
    "issue6127.pdf",
    "malformed-from-issue-932.pdf",
    "nics-background-checks-2015-11-rotated.pdf",
    "password-example.pdf",
    "scotus-transcript-p1.pdf",
    "tracemonkey.pdf",
    "word365_structure.pdf",
]
# Pages without a text layer: OCR reads them, and its own tests cover them.
SCANNED_PDFS = ("issue7229.pdf",)
PASSWORDS = {"password-example.pdf": "test"}


@pytest.fixture(scope="module")
def imported(pdf_dir: Path) -> Callable[[str], ImportedDocument]:
    """Import a corpus PDF once per module (default workers), by file name."""
    cache: dict[str, ImportedDocument] = {}

    def get(name: str) -> ImportedDocument:
        if name not in cache:
            data = (pdf_dir / name).read_bytes()
            cache[name] = import_pdf(data, str(pdf_dir / name), password=PASSWORDS.get(name))
        return cache[name]

    return get


def page_text(document: ImportedDocument, number: int) -> str:
    page = document.pages[number - 1]
    return document.text[page.start : page.end]


# -- small PDFs written by hand ---------------------------------------------------------


def make_pdf(
    pages: list[bytes], size: tuple[int, int] = (612, 792), *, deflate: bool = False
) -> bytes:
    """A PDF whose pages have these content streams (font /F1 Helvetica, image /Im1)."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog, tree = add(b""), add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    image = add(
        b"<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray"
        b" /BitsPerComponent 8 /Length 4 >>\nstream\n\x00\xff\xff\x00\nendstream"
    )
    kids = []
    for content in pages:
        flate = b""
        if deflate:
            content, flate = zlib.compress(content, 9), b" /Filter /FlateDecode"
        stream = add(b"<< /Length %d%s >>\nstream\n%s\nendstream" % (len(content), flate, content))
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources"
                b" << /Font << /F1 %d 0 R >> /XObject << /Im1 %d 0 R >> >> /Contents %d 0 R >>"
                % (tree, size[0], size[1], font, image, stream)
            )
        )
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % tree
    objects[tree - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % kid for kid in kids),
        len(kids),
    )
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        catalog,
        xref,
    )
    return bytes(out)


def text_at(x: float, y: float, text: str, size: int = 10) -> bytes:
    return b"BT /F1 %d Tf %.1f %.1f Td (%s) Tj ET\n" % (size, x, y, text.encode("latin-1"))


IMAGE_ONLY_PAGE = b"q 200 0 0 200 100 400 cm /Im1 Do Q"


# -- every corpus PDF -------------------------------------------------------------------


def test_every_corpus_pdf_is_tested(pdf_dir: Path) -> None:
    assert sorted(path.name for path in pdf_dir.glob("*.pdf")) == sorted(
        [*CORPUS_PDFS, *SCANNED_PDFS, "empty.pdf"]
    )


@pytest.mark.parametrize("name", CORPUS_PDFS)
def test_corpus_pdf_imports_with_consistent_pages(
    name: str, imported: Callable[[str], ImportedDocument], pdf_dir: Path
) -> None:
    document = imported(name)
    data = (pdf_dir / name).read_bytes()
    assert document.kind == "pdf"
    assert document.media_type == "application/pdf"
    assert document.original == data
    assert document.text.strip()
    assert document.metadata["page_count"] == len(document.pages) >= 1
    rendered = pdfium.PdfDocument(data, password=PASSWORDS.get(name))
    position = 0
    for number, page in enumerate(document.pages, 1):
        assert page.number == number
        # the size a renderer shows, so boxes can be drawn over its image
        width, height = rendered[number - 1].get_size()
        assert page.width == pytest.approx(width, abs=0.01)
        assert page.height == pytest.approx(height, abs=0.01)
        assert len(decode_boxes(page.boxes)) == page.end - page.start
        if page.end > page.start:
            separator = document.text[position : page.start]
            assert separator == ("\n\n" if position else "")
            assert not page_text(document, number).startswith("\n")
            assert not page_text(document, number).endswith("\n")
            position = page.end
        else:
            assert page.start == position
    assert position == len(document.text)


@pytest.mark.parametrize(
    "name",
    ["chelsea_pdta.pdf", "federal-register-2020-17221.pdf", "2023-06-20-PV.pdf"]
    + ["nics-background-checks-2015-11-rotated.pdf", "issue-71-duplicate-chars.pdf"]
    + ["tracemonkey.pdf", "issue6127.pdf"],
)
def test_boxes_align_with_the_glyphs_a_renderer_finds_there(
    name: str, imported: Callable[[str], ImportedDocument], pdf_dir: Path
) -> None:
    document = imported(name)
    rendered = pdfium.PdfDocument((pdf_dir / name).read_bytes())
    rng = random.Random(7)
    checked = 0
    for page in rng.sample(document.pages, min(6, len(document.pages))):
        boxes = decode_boxes(page.boxes)
        text = document.text[page.start : page.end]
        assert len(boxes) == len(text) == page.end - page.start
        for char, box in zip(text, boxes, strict=True):
            if char.isspace():
                assert box == EMPTY_BOX  # inserted by the importer
            else:
                assert not is_empty(box)
                assert 0 <= box[0] < box[2] <= page.width + 0.01
                assert 0 <= box[1] < box[3] <= page.height + 0.01
        pdf_page = rendered[page.number - 1]
        textpage = pdf_page.get_textpage()
        # an undecodable glyph (U+FFFD) is whatever code the renderer reports
        solid = [k for k, char in enumerate(text) if not char.isspace() and char != "\ufffd"]
        for k in rng.sample(solid, min(25, len(solid))):
            x0, top, x1, bottom = boxes[k]
            if pdf_page.get_rotation() == 90:  # pdfium answers in unrotated page space
                found = textpage.get_text_bounded(left=top, bottom=x0, right=bottom, top=x1)
            else:
                assert pdf_page.get_rotation() == 0
                height = page.height
                found = textpage.get_text_bounded(
                    left=x0, bottom=height - bottom, right=x1, top=height - top
                )
            assert text[k] in found, (page.number, k, text[k], found)
            checked += 1
    assert checked >= 25


# -- errors -----------------------------------------------------------------------------


def test_empty_file_is_refused(pdf_dir: Path) -> None:
    with pytest.raises(ImportFailure, match="the file is empty") as caught:
        import_pdf((pdf_dir / "empty.pdf").read_bytes(), "empty.pdf")
    assert caught.value.source == "empty.pdf"


def test_bytes_that_are_not_a_pdf_are_refused() -> None:
    with pytest.raises(ImportFailure, match="not a PDF file"):
        import_pdf(b"<html><body>hello</body></html>", "page.pdf")


def test_header_without_a_document_is_damaged() -> None:
    with pytest.raises(ImportFailure, match="not a readable PDF.*damaged"):
        import_pdf(b"%PDF-1.4\n%%EOF\n", "stub.pdf")


def test_truncated_pdf_is_refused(pdf_dir: Path) -> None:
    data = (pdf_dir / "chelsea_pdta.pdf").read_bytes()[:100_000]
    with pytest.raises(ImportFailure, match="truncated or damaged"):
        import_pdf(data, "cut.pdf")


def test_malformed_pdf_from_issue_932_imports_its_text_on_the_page(
    imported: Callable[[str], ImportedDocument],
) -> None:
    # Its MediaBox is written upside down ([0 841.68 631.08 0]); the text must
    # still land where the page shows it (the date under the signature).
    document = imported("malformed-from-issue-932.pdf")
    assert document.text == "2021 3 31"
    page = document.pages[0]
    for box in decode_boxes(page.boxes):
        if not is_empty(box):
            assert 400 < box[1] < 600
    # the page shows far more (Chinese text drawn without readable characters), which OCR
    # with French and English reads as nonsense: the date is kept, and both are said
    little, ocr = document.warnings
    assert little.startswith("very little text")
    assert ocr.startswith("OCR (fra+eng) could not read page 1 reliably (")


def test_encrypted_pdf_needs_its_password(pdf_dir: Path) -> None:
    data = (pdf_dir / "password-example.pdf").read_bytes()
    with pytest.raises(PasswordRequired, match="password required"):
        import_pdf(data, "secret.pdf")
    with pytest.raises(PasswordRequired, match="wrong password"):
        import_pdf(data, "secret.pdf", password="nope")
    document = import_pdf(data, "secret.pdf", password="test")
    assert "Backup4all" in document.text
    assert len(document.pages) == 4


def test_pdf_without_text_layer_imports_with_a_warning() -> None:
    data = make_pdf([IMAGE_ONLY_PAGE, IMAGE_ONLY_PAGE])
    document = import_pdf(data, "scan.pdf")
    assert document.text == ""
    # the image covers 8% of each page: too little to be a scanned page worth OCR
    assert document.warnings == (
        "This PDF has no text layer (scanned?) and no image on its pages is large enough for "
        "OCR, so its pages can be viewed but no text can be highlighted",
    )
    assert [(p.start, p.end, p.boxes) for p in document.pages] == [(0, 0, b"")] * 2
    assert import_pdf(data, "scan.pdf", ocr_languages=None).warnings == (NO_TEXT_WARNING,)
    assert "has no text layer (scanned?) and OCR is turned off" in NO_TEXT_WARNING


def test_scanned_pages_among_text_pages_are_named() -> None:
    pages = [text_at(72, 700, "Typed page"), IMAGE_ONLY_PAGE, text_at(72, 700, "Typed again")]
    document = import_pdf(make_pdf(pages), "mixed.pdf")
    assert document.text == "Typed page\n\nTyped again"
    assert [(p.start, p.end) for p in document.pages] == [(0, 10), (10, 10), (12, 23)]
    assert document.warnings == (
        "page 2 of 3 without a text layer (scanned?) and no image on them is large enough "
        "for OCR, so their text cannot be highlighted",
    )


# -- text -------------------------------------------------------------------------------


def test_french_accents_survive(imported: Callable[[str], ImportedDocument]) -> None:
    chelsea = imported("chelsea_pdta.pdf").text
    for word in ("révision", "Évaluation", "préoccupation", "municipalité", "stratégie"):
        assert word in chelsea
    minutes = imported("2023-06-20-PV.pdf").text
    assert "PROCÈS-VERBAL" in minutes
    assert "Séance publique tenue le 20 juin" in minutes
    assert "1. Liste numérotée" in imported("word365_structure.pdf").text


def test_accents_drawn_as_separate_glyphs_are_composed(
    imported: Callable[[str], ImportedDocument],
) -> None:
    # The register spells "Agência Nacional de Aviação Civil" with e + "ˆ", c + "¸"...
    text = imported("federal-register-2020-17221.pdf").text
    assert "Agência Nacional de\nAviação Civil (ANAC)" in text
    assert "ˆ" not in text and "¸" not in text


def test_tex_paper_words_are_spaced_and_its_hyphenation_undone(
    imported: Callable[[str], ImportedDocument],
) -> None:
    # TeX draws no spaces: its words are 0.2 font sizes apart, its accents separate glyphs
    text = imported("tracemonkey.pdf").text
    assert "is available, traditional compilers need to emit generic code that can" in text
    assert "naïve" in text and "¨" not in text
    assert "compilation" in text and "compi-\nlation" not in text
    assert "IEEE-754 floating-point" in text  # a compound broken at its hyphen stays one
    assert "\u00ad" not in text


def test_two_justified_columns_of_references_are_read_one_after_the_other(
    imported: Callable[[str], ImportedDocument],
) -> None:
    # few lines of a reference list start with a small letter, but both columns are
    # justified; the wide spaces of a justified line do not make it a table row
    text = page_text(imported("tracemonkey.pdf"), 14)
    numbers = re.findall(r"^\[(\d+)\]", text, re.MULTILINE)
    assert numbers == [str(n) for n in range(1, 20)]


def test_form_words_stay_whole_despite_misplaced_space_glyphs(
    imported: Callable[[str], ImportedDocument],
) -> None:
    # issue6127 draws space glyphs over letters that touch ("ASSUR E", "per manente")
    text = imported("issue6127.pdf").text
    assert "DEMANDE DE RATTACHEMENT A UN ASSURE\n" in text
    assert "totale et permanente" in text
    for split in ("ASSUR E", "per manente", "demand e", "qui conque"):
        assert split not in text


def test_fake_bold_duplicates_are_removed(imported: Callable[[str], ImportedDocument]) -> None:
    text = imported("issue-71-duplicate-chars.pdf").text
    assert text.startswith("项目描述：负责四川省甘孜州")
    assert "项项目目" not in text


def test_ligature_is_split_into_letters_with_a_box_each() -> None:
    # In Helvetica's standard encoding, octal 256 is the "fi" ligature glyph.
    document = import_pdf(make_pdf([text_at(72, 700, "\\256nal")]), "final.pdf")
    assert document.text == "final"
    f_box, i_box, n_box = decode_boxes(document.pages[0].boxes)[:3]
    assert f_box[2] == pytest.approx(i_box[0])  # the ligature's box, cut in two
    assert i_box[2] == pytest.approx(n_box[0], abs=0.5)


def test_two_text_columns_are_read_one_after_the_other() -> None:
    # Two columns of 45 characters at 10 pt, as in many articles, lines level.
    left = [
        "The left column opens the article and its",
        "lines run down the page as far as the last",
        "one, which ends the first column of text.",
    ]
    right = [
        "The right column follows on the very same",
        "baselines, so reading across the page would",
        "mix the two columns; it ends the article.",
    ]
    content = text_at(72, 740, "A title across both columns of the page", 14)
    for row, (a, b) in enumerate(zip(left, right, strict=True)):
        y = 700 - 12 * row
        content += text_at(60, y, a) + text_at(320, y, b)
    document = import_pdf(make_pdf([content]), "columns.pdf")
    expected = "\n".join(["A title across both columns of the page", *left, *right])
    assert document.text == expected


def test_a_full_width_line_between_two_bands_of_columns_is_read_between_them() -> None:
    top_left = ["First band, left column, with its own", "sentence spread over two lines here."]
    top_right = ["First band, right column, also with a", "sentence spread over two lines there."]
    caption = "Figure 1: a caption spanning the whole width of the page, between the two bands."
    low_left = ["Second band, left column, after the", "caption and before the right column."]
    low_right = ["Second band, right column, the last", "text of the page, read at the end."]
    content = b""
    for row in range(2):
        content += text_at(60, 700 - 12 * row, top_left[row])
        content += text_at(320, 700 - 12 * row, top_right[row])
        content += text_at(60, 600 - 12 * row, low_left[row])
        content += text_at(320, 600 - 12 * row, low_right[row])
    content += text_at(60, 650, caption)
    document = import_pdf(make_pdf([content]), "bands.pdf")
    expected = [*top_left, *top_right, caption, *low_left, *low_right]
    assert document.text == "\n".join(expected)


def test_issue_33_table_is_read_row_by_row_before_the_text_under_it(
    imported: Callable[[str], ImportedDocument],
) -> None:
    # issue-33 holds a 7-column table of short cells, not text columns: its
    # rows read left to right (as printed), then the paragraphs below it.
    text = page_text(imported("issue-33-lorem-ipsum.pdf"), 1)
    first_row = "Tempora co Neque labo Aliquam qu Quaerat ip Quisquam t Sit dolore Quaerat do"
    assert text.startswith(first_row + "\nVoluptatem Voluptatem Quiquia do")
    assert text.index("Labore sit Dolorem ma") < text.index("Ipsum labore ut consectetur.")


def test_federal_register_three_columns_are_read_in_order(
    imported: Callable[[str], ImportedDocument],
) -> None:
    text = page_text(imported("federal-register-2020-17221.pdf"), 2)
    column_starts = [
        "Hatta International Airport in Jakarta,\nIndonesia, resulting in 189 fatalities.",
        "altitude disagree alert,5 and may affect",
        "and the Ethiopian Civil Aviation\nAuthority (ECAA).",
    ]
    positions = [text.index(start) for start in column_starts]
    assert positions == sorted(positions)
    # the last line of column 1 is followed by the first of column 2
    assert "nose-down horizontal" in text[positions[0] : positions[1]]


def test_transcript_line_numbers_stay_on_their_lines(
    imported: Callable[[str], ImportedDocument],
) -> None:
    text = imported("scotus-transcript-p1.pdf").text
    assert "\n1 IN THE SUPREME COURT OF THE UNITED STATES\n" in text
    assert "\n12 The above-entitled matter came on for oral\n" in text


def test_sideways_table_reads_row_by_row(imported: Callable[[str], ImportedDocument]) -> None:
    text = imported("nics-background-checks-2015-11-rotated.pdf").text
    assert text.startswith("NICS Firearm Background Checks\nNovember - 2015\n")
    assert "\nAlabama 18,870 23,022 22,650 859 1,178 " in text


def test_layout_composes_combining_marks_and_replaces_unmapped_glyphs() -> None:
    chars = [
        PdfChar("e", 10, 10, 15, 20),
        PdfChar("\u0301", 11, 8, 14, 18),
        PdfChar("t", 15, 10, 18, 20),
        PdfChar("(cid:7)", 18, 10, 23, 20),
        PdfChar(" ", 23, 10, 26, 20),
        PdfChar("x", 26, 10, 31, 20),
        PdfChar("y", 900, 10, 905, 20),  # off the page
    ]
    text, boxes, undecodable = layout_page(chars, 600, 800)
    assert text == "ét\ufffd x"
    assert boxes[0] == (10, 8, 15, 20)
    assert boxes[3] == EMPTY_BOX
    assert undecodable == 1


# -- metadata ---------------------------------------------------------------------------


def test_metadata_and_title(imported: Callable[[str], ImportedDocument]) -> None:
    minutes = imported("2023-06-20-PV.pdf")
    assert minutes.title.startswith("Comité de démolition - Procès-verbal")
    assert minutes.metadata == {
        "date": "2023-06-21T09:30:27-04:00",
        "producer": "Adobe PDF Library 11.0",
        "page_count": 2,
    }
    transcript = imported("scotus-transcript-p1.pdf")
    assert transcript.title == "scotus-transcript-p1"  # its Title is "10811.exe"
    assert transcript.metadata["author"] == "Supreme"
    assert imported("issue-33-lorem-ipsum.pdf").title == "issue-33-lorem-ipsum"  # Title ""


@pytest.mark.parametrize(
    ("raw", "source", "title"),
    [
        ("Microsoft Word - Rapport annuel", "x.pdf", "Rapport annuel"),
        ("Microsoft Word - rapport.docx", "/home/a/Rapport final.PDF", "Rapport final"),
        ("untitled", "C:\\Users\\a\\notes.pdf", "notes"),
        ("  ", "https://example.org/papers/study.pdf?download=1", "study"),
        ("123", "scan", "scan"),
    ],
)
def test_title_falls_back_to_the_file_name(raw: str, source: str, title: str) -> None:
    assert choose_title(raw, source, []).title == title


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("D:20230621093027-04'00'", "2023-06-21T09:30:27-04:00"),
        ("D:20200806095125Z", "2020-08-06T09:51:25+00:00"),
        ("D:20170223172548Z00'00'", "2017-02-23T17:25:48+00:00"),
        ("D:20080501", "2008-05-01"),
        ("D:2008", "2008-01-01"),
        ("D:20081340", None),
        ("yesterday", None),
    ],
)
def test_pdf_dates_become_iso(raw: str, iso: str | None) -> None:
    assert pdf_date(raw) == iso


# -- workers, progress, cancel, limits --------------------------------------------------


def test_workers_give_the_same_document_as_one_process(
    imported: Callable[[str], ImportedDocument], pdf_dir: Path
) -> None:
    parallel = imported("chelsea_pdta.pdf")  # 65 pages over two workers
    data = (pdf_dir / "chelsea_pdta.pdf").read_bytes()
    single = import_pdf(data, str(pdf_dir / "chelsea_pdta.pdf"), workers=1)
    assert single == parallel


@pytest.mark.parametrize(
    ("name", "started"),
    [
        ("federal-register-2020-17221.pdf", [None, None]),  # 714 KB: both at once
        ("2023-06-20-PV.pdf", [None]),  # 36 KB, a few pages: one, after its page count
    ],
)
def test_a_big_file_has_its_workers_started_at_once(
    pdf_dir: Path, monkeypatch, name: str, started: list[int | None]
) -> None:
    """Opening a big PDF takes a while: the second worker opens it meanwhile."""
    from annotator.core.importing import pdf_pool

    page_counts: list[int | None] = []  # the page count known as each worker started
    start = pdf_pool._Extraction._start_worker

    def counted(extraction: pdf_pool._Extraction) -> None:
        page_counts.append(extraction.page_count)
        start(extraction)

    monkeypatch.setattr(pdf_pool._Extraction, "_start_worker", counted)
    data = (pdf_dir / name).read_bytes()
    document = import_pdf(data, name, workers=2, ocr_languages=None)
    assert page_counts == started
    assert document == import_pdf(data, name, workers=0, ocr_languages=None)


def test_in_process_reading_gives_the_same_document(
    imported: Callable[[str], ImportedDocument], pdf_dir: Path
) -> None:
    name = "federal-register-2020-17221.pdf"
    in_process = import_pdf((pdf_dir / name).read_bytes(), str(pdf_dir / name), workers=0)
    assert in_process == imported(name)


def test_progress_is_reported_per_page(pdf_dir: Path) -> None:
    calls: list[tuple[int, int]] = []
    data = (pdf_dir / "federal-register-2020-17221.pdf").read_bytes()
    import_pdf(data, "fr.pdf", progress=lambda done, total: calls.append((done, total)))
    assert calls[0] == (0, 15)
    assert calls[-1] == (15, 15)
    assert [done for done, _ in calls] == list(range(16))


def test_cancel_stops_the_workers(pdf_dir: Path) -> None:
    cancel = threading.Event()
    calls: list[int] = []

    def progress(done: int, total: int) -> None:
        calls.append(done)
        if done >= 3:
            cancel.set()

    data = (pdf_dir / "chelsea_pdta.pdf").read_bytes()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        import_pdf(data, "chelsea.pdf", progress=progress, cancel=cancel)
    assert time.monotonic() - started < 5
    assert calls[-1] == 3
    assert multiprocessing.active_children() == []


def test_cancel_before_start() -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        import_pdf(make_pdf([text_at(72, 700, "x")]), "x.pdf", cancel=cancel)


def test_time_limit_stops_the_extraction(pdf_dir: Path) -> None:
    data = (pdf_dir / "chelsea_pdta.pdf").read_bytes()
    limits = ExtractionLimits(seconds=0.0, seconds_per_page=0.0)
    with pytest.raises(ImportFailure, match="took too long"):
        import_pdf(data, "chelsea.pdf", limits=limits)
    assert multiprocessing.active_children() == []


def memory_bomb_pdf(megabytes: int) -> bytes:
    """A small PDF whose page content inflates to `megabytes` MB (the reader holds it all)."""
    return make_pdf([b"% " + b" " * (megabytes * 2**20)], deflate=True)


def test_memory_limit_stops_the_extraction() -> None:
    pytest.importorskip("resource")
    data = memory_bomb_pdf(96)
    assert len(data) < 200_000
    limits = ExtractionLimits(memory_bytes=32 * 2**20)
    with pytest.raises(ImportFailure, match="used too much memory"):
        import_pdf(data, "bomb.pdf", limits=limits)
    assert multiprocessing.active_children() == []


def test_a_worker_that_dies_fails_the_import_instead_of_hanging(pdf_dir: Path) -> None:
    def progress(done: int, total: int) -> None:
        if done == 2:
            for child in multiprocessing.active_children():
                child.terminate()

    data = (pdf_dir / "chelsea_pdta.pdf").read_bytes()
    with pytest.raises(ImportFailure, match=r"stopped unexpectedly \(exit code -15\)"):
        import_pdf(data, "chelsea.pdf", progress=progress)
    assert multiprocessing.active_children() == []


def test_a_pdf_with_almost_no_readable_text_is_imported_with_a_warning(pdf_dir) -> None:
    from annotator.core.importing import import_source

    imported = import_source(pdf_dir / "malformed-from-issue-932.pdf")
    assert any("very little text" in warning for warning in imported.warnings)
    assert not import_source(pdf_dir / "2023-06-20-PV.pdf").warnings


def test_a_pdf_opened_with_its_password_is_marked_encrypted(pdf_dir) -> None:
    from annotator.core.importing import import_source

    imported = import_source(pdf_dir / "password-example.pdf", password="test")
    assert imported.metadata["encrypted"] is True
