"""OCR of PDF pages without a text layer: accuracy, boxes, search, mixed PDFs, cancel, warnings."""

from __future__ import annotations

import json
import re
import threading
import time
from pathlib import Path

import pytest

from annotator.core.errors import Cancelled
from annotator.core.geometry import decode_boxes, is_empty
from annotator.core.importing import ocr_languages, pdf_pool
from annotator.core.importing.base import ImportedDocument
from annotator.core.importing.ocr_languages import (
    choose_ocr,
    installed_languages,
    split_languages,
    tessdata_dir,
)
from annotator.core.importing.pdf import NO_TEXT_WARNING, ExtractionLimits, import_pdf
from annotator.core.importing.pdf_ocr import PageOcr, needs_ocr
from annotator.core.project import Project
from tests.core.ocr_fixtures import (
    FRENCH,
    degrade,
    noise_page,
    pdf_of,
    typeset,
    word_accuracy,
)

pytestmark = pytest.mark.skipif(
    not choose_ocr("fra+eng").setup or choose_ocr("fra+eng").missing,
    reason="Tesseract with French and English data is needed",
)

STRIP = (595.0, 160.0)  # a strip of an A4 page: four lines of 11-point text


def page_text(document: ImportedDocument, number: int) -> str:
    page = document.pages[number - 1]
    return document.text[page.start : page.end]


def test_a_scanned_french_page_comes_out_word_for_word() -> None:
    image, words = typeset(page=STRIP, max_lines=4)
    data = pdf_of([degrade(image, angle=1.0, blur=0.7, noise=25)])
    document = import_pdf(data, "scan.pdf", workers=0)
    expected = " ".join(word.text for word in words)
    assert word_accuracy(expected, document.text) >= 0.97
    assert document.metadata["ocr"]["languages"] == "fra+eng"
    assert document.metadata["ocr"]["pages"] == [1]
    assert document.metadata["ocr"]["confidence"] > 80
    assert document.warnings == ()
    [page] = document.pages
    assert len(decode_boxes(page.boxes)) == len(document.text)
    assert "\n" in document.text  # lines kept apart


def test_ocr_boxes_lie_on_the_words_in_the_page_image() -> None:
    image, words = typeset(page=STRIP, max_lines=4)
    document = import_pdf(pdf_of([image]), "scan.pdf", workers=0)
    boxes = decode_boxes(document.pages[0].boxes)
    read = list(re.finditer(r"\S+", document.text))
    assert [match[0] for match in read] == [word.text for word in words]
    for index in (1, 12, len(words) - 2):  # "recherche", mid-text, near the end
        drawn, start = words[index], read[index].start()
        found = [box for box in boxes[start : start + len(drawn.text)] if not is_empty(box)]
        assert len(found) == len(drawn.text)
        x0, top, x1, bottom = drawn.box
        assert min(b[0] for b in found) == pytest.approx(x0, abs=1.5)
        assert max(b[2] for b in found) == pytest.approx(x1, abs=1.5)
        for box in found:  # each character spans the text line around the word
            assert box[1] <= top + 1.5 and box[3] >= bottom - 1.5
            assert box[3] - box[1] < 2 * (bottom - top)
    spaces = [boxes[i] for i, ch in enumerate(document.text) if ch.isspace()]
    assert spaces and all(is_empty(box) for box in spaces)


def test_search_finds_an_ocr_word(tmp_path: Path) -> None:
    image, _words = typeset(page=STRIP, max_lines=4)
    imported = import_pdf(pdf_of([degrade(image)]), "scan.pdf", workers=0)
    with Project.create(tmp_path / "ocr.annot", author="A") as project:
        document = project.add_document(imported).document
        hits = project.search("qualitative")
        assert [hit.document_id for hit in hits] == [document.id]
        assert document.text[hits[0].start : hits[0].end] == "qualitative"
        assert project.search("entretiens")
        assert document.metadata["ocr"]["pages"] == [1]


def test_a_mixed_pdf_reads_only_its_scanned_page_by_ocr() -> None:
    image, _words = typeset(page=STRIP, max_lines=2)
    data = pdf_of(["Typed page", degrade(image), "Typed again"])
    announced: list[tuple[int, int]] = []
    progress: list[tuple[int, int]] = []
    document = import_pdf(
        data,
        "mixed.pdf",
        workers=1,
        progress=lambda done, total: progress.append((done, total)),
        ocr_progress=lambda page, total: announced.append((page, total)),
    )
    assert announced == [(2, 3)]
    assert progress[-1] == (3, 3) and len(progress) >= 4  # per page, from (0, 3)
    assert page_text(document, 1) == "Typed page"
    assert page_text(document, 3) == "Typed again"
    assert page_text(document, 2).startswith("La recherche qualitative")
    assert document.metadata["ocr"]["pages"] == [2]
    assert document.warnings == ()


def test_cancel_stops_the_worker_in_the_middle_of_ocr() -> None:
    image, _words = typeset(" ".join([FRENCH] * 4))  # a full page: seconds of OCR
    cancel = threading.Event()
    cancelled_at: list[float] = []

    def started(_page: int, _total: int) -> None:
        cancelled_at.append(time.monotonic())
        cancel.set()

    with pytest.raises(Cancelled):
        import_pdf(pdf_of([image]), "scan.pdf", workers=1, cancel=cancel, ocr_progress=started)
    assert cancelled_at, "OCR should have started"
    assert time.monotonic() - cancelled_at[0] < 1.0


def test_a_page_ocr_cannot_read_gets_a_warning_naming_it() -> None:
    image, _words = typeset(page=STRIP, max_lines=2)
    document = import_pdf(pdf_of([degrade(image), noise_page()]), "noise.pdf", workers=0)
    assert page_text(document, 2) == ""
    assert document.metadata["ocr"]["pages"] == [1, 2]
    assert document.warnings == (
        "no text layer (scanned?) on page 2 of 2, and OCR (fra+eng) found no text there "
        "either: they can be viewed but not highlighted",
    )


def test_scanned_russian_form_issue7229_stores_both_pages_and_doubts_its_text(
    pdf_dir: Path,
) -> None:
    data = (pdf_dir / "issue7229.pdf").read_bytes()
    announced: list[int] = []
    document = import_pdf(data, "issue7229.pdf", ocr_progress=lambda n, _: announced.append(n))
    # the file's first cross-reference table is off by one object: both pages must come
    assert [page.number for page in document.pages] == [1, 2]
    # a 1.1 MB file has both workers from the start: they read its two pages side by side
    assert sorted(announced) == [1, 2]
    assert page_text(document, 1) and page_text(document, 2)
    assert document.metadata["page_count"] == 2
    ocr = document.metadata["ocr"]
    assert ocr["languages"] == "fra+eng" and ocr["pages"] == [1, 2]
    assert ocr["confidence"] < 60  # Cyrillic read with French and English models
    [warning] = document.warnings
    assert warning.startswith("OCR (fra+eng) read pages 1, 2 with low confidence (")
    assert "the text may be wrong" in warning


def test_with_ocr_turned_off_a_scan_keeps_the_no_text_warning(pdf_dir: Path) -> None:
    data = (pdf_dir / "issue7229.pdf").read_bytes()
    document = import_pdf(data, "issue7229.pdf", workers=0, ocr_languages=None)
    assert document.text == ""
    assert len(document.pages) == 2
    assert document.warnings == (NO_TEXT_WARNING,)
    assert "ocr" not in document.metadata


def test_without_language_data_the_warning_says_how_to_get_ocr(monkeypatch) -> None:
    monkeypatch.setattr(ocr_languages, "tessdata_dir", lambda: None)
    image, _words = typeset(page=STRIP, max_lines=1)
    document = import_pdf(pdf_of([image]), "scan.pdf", workers=0)
    assert document.text == ""
    [warning] = document.warnings
    assert warning.startswith("This PDF has no text layer (scanned?) and OCR is not available (")
    assert "tesseract-ocr-fra" in warning and "TESSDATA_PREFIX" in warning


def test_missing_languages_are_left_out_and_named() -> None:
    choice = choose_ocr("fra+zzz")
    assert choice.setup is not None and choice.setup.languages == "fra"
    assert choice.missing == ("zzz",)
    assert choose_ocr("zzz").setup is None
    assert "no language data for zzz" in choose_ocr("zzz").unavailable
    assert choose_ocr("").setup is None and choose_ocr("").unavailable == ""
    assert split_languages(" fra + eng+fra ") == ["fra", "eng"]
    with pytest.raises(ValueError, match="not a Tesseract language code"):
        split_languages("fra;rm -rf")


def test_tessdata_prefix_comes_first(tmp_path: Path, monkeypatch) -> None:
    system = tessdata_dir()
    assert system is not None
    (tmp_path / "eng.traineddata").symlink_to(system / "eng.traineddata")
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))
    assert tessdata_dir() == tmp_path
    assert installed_languages() == ["eng"]


def test_which_pages_need_ocr() -> None:
    assert needs_ocr("", 0.9)
    assert needs_ocr("  12 ", 0.9)  # a page number over a scan
    assert not needs_ocr("", 0.05)  # a small picture on an empty page
    assert not needs_ocr("x" * 60, 1.0)  # text over a background picture
    assert not needs_ocr("Figure 3", 0.3)  # a photograph with its caption


def test_time_limit_grows_with_pages_read_by_ocr() -> None:
    limits = ExtractionLimits()
    assert limits.time_limit(10, 4) == limits.time_limit(10) + 4 * limits.seconds_per_ocr_page


def test_cli_import_reads_scans_and_info_says_so(tmp_path: Path, capsys) -> None:
    from annotator.cli import main

    image, _words = typeset(page=STRIP, max_lines=2)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(pdf_of([degrade(image)]))
    project = tmp_path / "ocr.annot"
    assert main(["import", str(project), str(scan), "--create", "--ocr-languages", "fra"]) == 0
    assert main(["info", str(project)]) == 0
    out = capsys.readouterr().out
    assert "text read by OCR (fra) on page 1, mean word confidence" in out
    assert main(["info", str(project), "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)["documents"]
    assert listed["ocr"]["languages"] == "fra" and listed["ocr"]["pages"] == [1]
    other = tmp_path / "other.pdf"
    other.write_bytes(pdf_of([degrade(image, seed=8)]))
    assert main(["import", str(project), str(other), "--no-ocr"]) == 0
    captured = capsys.readouterr()
    assert "OCR is turned off" in captured.err
    assert "(pdf, 0 characters)" in captured.out


@pytest.mark.parametrize("turned", [False, True])
def test_ocr_boxes_follow_the_page_rotation_and_crop_box(turned: bool) -> None:
    image, words = typeset(page=STRIP, max_lines=2)
    left, top = 20.0, 30.0  # cut off the page's left and top edges
    if turned:  # stored sideways, shown upright by /Rotate 90
        stored = image.rotate(90, expand=True)
        width, height = STRIP[1], STRIP[0]  # the page as stored, before /Rotate
        # the displayed left edge is the stored bottom, the displayed top the stored left
        crop = (top, left, width, height)
        data = pdf_of([stored], rotate=90, crop=crop)
    else:
        width, height = STRIP
        data = pdf_of([image], crop=(left, 0.0, width, height - top))
    document = import_pdf(data, "turned.pdf", workers=0)
    [page] = document.pages
    assert (page.width, page.height) == pytest.approx((STRIP[0] - left, STRIP[1] - top), abs=0.5)
    boxes = decode_boxes(page.boxes)
    read = list(re.finditer(r"\S+", document.text))
    assert [match[0] for match in read] == [word.text for word in words]
    for index in (1, len(words) - 1):
        found = [b for b in boxes[read[index].start() : read[index].end()] if not is_empty(b)]
        x0, _top, x1, _bottom = words[index].box
        assert min(b[0] for b in found) == pytest.approx(x0 - left, abs=1.5)
        assert max(b[2] for b in found) == pytest.approx(x1 - left, abs=1.5)
        middle = (words[index].box[1] + words[index].box[3]) / 2 - top
        assert all(b[1] < middle < b[3] for b in found)


def test_a_rendering_of_another_size_is_not_read_as_the_page() -> None:
    image, _words = typeset(page=STRIP, max_lines=1)
    ocr = PageOcr(pdf_of([image]), None, choose_ocr("fra").setup)
    try:
        with pytest.raises(ValueError, match="another size"):
            ocr.read(0, (100.0, 100.0))
        with pytest.raises(ValueError, match="no page 2"):
            ocr.read(1)
    finally:
        ocr.close()


def test_a_page_whose_ocr_fails_is_named_and_keeps_its_own_text(monkeypatch) -> None:
    def fail(self, index, size=None):
        raise ValueError("the renderer finds no page 9")

    monkeypatch.setattr(PageOcr, "read", fail)
    image, _words = typeset(page=STRIP, max_lines=1)
    document = import_pdf(pdf_of(["Typed page", image]), "failing.pdf", workers=0)
    assert document.text == "Typed page"
    assert (
        "OCR failed on page 2 (the renderer finds no page 9), so their own text is kept"
        in document.warnings
    )
    assert "ocr" not in document.metadata


def test_a_short_scan_gets_a_second_worker_once_ocr_starts(monkeypatch) -> None:
    started: list[int] = []
    start_worker = pdf_pool._Extraction._start_worker

    def counted(self) -> None:
        started.append(self.ocr_pages)
        start_worker(self)

    monkeypatch.setattr(pdf_pool._Extraction, "_start_worker", counted)
    strips = [
        typeset(f"Page numéro {n} du dossier.", page=(300.0, 50.0), margin=12.0)[0]
        for n in (1, 2, 3)
    ]
    announced: list[int] = []
    document = import_pdf(
        pdf_of(strips), "short.pdf", workers=2, ocr_progress=lambda n, _: announced.append(n)
    )
    assert sorted(announced) == [1, 2, 3]
    assert started == [0, 1]  # one worker for 3 pages, a second when OCR begins
    assert [page_text(document, n) for n in (1, 2, 3)] == [
        f"Page numéro {n} du dossier." for n in (1, 2, 3)
    ]
    assert document.metadata["ocr"]["pages"] == [1, 2, 3]
