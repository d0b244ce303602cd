"""Annotated PDF: highlights over the right words, original content untouched, rotated pages."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pypdf
import pypdfium2
import pytest

from annotator.core.demo import build_demo
from annotator.core.exporting import ExportFailure, ExportSelection, export, export_annotated_pdf
from annotator.core.exporting.pdf_export import HIGHLIGHT_OPACITY, file_names
from annotator.core.geometry import decode_boxes, line_rects
from annotator.core.importing import import_source
from annotator.core.project import Project
from tests.core import exporting_fixtures
from tests.core.exporting_fixtures import Sample

sample = exporting_fixtures.sample


def highlights(path: Path) -> list[list[dict]]:
    """Per page, its highlight annotations as plain dicts."""
    reader = pypdf.PdfReader(path)
    return [
        [a.get_object() for a in page.get("/Annots", [])
         if a.get_object()["/Subtype"] == "/Highlight"]
        for page in reader.pages
    ]


def quads(annotation: dict) -> list[tuple[float, float, float, float]]:
    """Each quad as (x0, y0, x1, y1) in PDF user space."""
    points = [float(v) for v in annotation["/QuadPoints"]]
    result = []
    for i in range(0, len(points), 8):
        xs, ys = points[i : i + 8 : 2], points[i + 1 : i + 8 : 2]
        result.append((min(xs), min(ys), max(xs), max(ys)))
    return result


def words_under(pdf: pdfplumber.PDF, page_index: int, annotation: dict) -> str:
    """The text pdfplumber finds inside the annotation's quads, without whitespace."""
    page = pdf.pages[page_index]
    found = []
    for x0, y0, x1, y1 in quads(annotation):
        box = (x0 - 0.5, page.height - y1 - 0.5, x1 + 0.5, page.height - y0 + 0.5)
        found.append(page.within_bbox(box).extract_text())
    return "".join("".join(found).split())


def squash(text: str) -> str:
    return "".join(text.split())


def test_one_highlight_per_passage_and_page_over_the_right_words(
    sample: Sample, tmp_path: Path
) -> None:
    project = sample.project
    path = export_annotated_pdf(project, sample.documents["pdf"], tmp_path / "out.pdf")
    pages = highlights(path)
    names = [[a["/NM"] for a in page] for page in pages]
    ids = sample.annotations
    assert sorted(names[0]) == sorted(
        f"annotator-{ids[k]}-p1" for k in ("member", "two_lines", "two_pages"))
    assert sorted(names[1]) == sorted(f"annotator-{ids[k]}-p2" for k in ("closing", "two_pages"))
    by_id = {a.id: a for a in project.annotations(sample.documents["pdf"])}
    with pdfplumber.open(path) as pdf:
        for index, page in enumerate(pages):
            for annotation in page:
                if annotation["/NM"].startswith(f"annotator-{ids['two_pages']}-"):
                    continue
                quote = by_id[int(annotation["/NM"].split("-")[1])].quote
                assert words_under(pdf, index, annotation) == squash(quote)
        split = [words_under(pdf, i, a) for i, page in enumerate(pages) for a in page
                 if a["/NM"].startswith(f"annotator-{ids['two_pages']}-")]
    assert "".join(split) == squash(by_id[ids["two_pages"]].quote)
    assert split[0].endswith("2023;") and split[1].startswith("ATTENDU")


def test_colour_popup_text_and_author(sample: Sample, tmp_path: Path) -> None:
    path = export_annotated_pdf(sample.project, sample.documents["pdf"], tmp_path / "out.pdf")
    annotations = {a["/NM"]: a for page in highlights(path) for a in page}
    member = annotations[f"annotator-{sample.annotations['member']}-p1"]
    assert [round(float(c), 3) for c in member["/C"]] == [0.961, 0.69, 0.255]  # #f5b041
    assert member["/Contents"] == "Gouvernance/Décision\n\nMembre"
    assert member["/T"] == "Alice"
    assert member["/M"].startswith("D:20") and member["/F"] == 4  # printed
    x0, y0, x1, y1 = (float(v) for v in member["/Rect"])
    assert quads(member) == [pytest.approx((x0, y0, x1, y1), abs=0.01)]


def test_the_original_content_is_left_as_it_was(sample: Sample, tmp_path: Path) -> None:
    original = sample.project.original_bytes(sample.documents["pdf"])
    path = export_annotated_pdf(sample.project, sample.documents["pdf"], tmp_path / "out.pdf")
    written = path.read_bytes()
    assert written.startswith(original) and len(written) > len(original)
    before = pypdf.PdfReader(io.BytesIO(original)).pages
    after = pypdf.PdfReader(path).pages
    assert len(before) == len(after)
    for old, new in zip(before, after, strict=True):
        assert old.get_contents().get_data() == new.get_contents().get_data()
        assert old.mediabox == new.mediabox


def test_a_concept_selection_limits_the_highlights(sample: Sample, tmp_path: Path) -> None:
    selection = ExportSelection(concept_ids=[sample.concepts["Gouvernance/Décision"]])
    path = export_annotated_pdf(sample.project, sample.documents["pdf"], tmp_path / "out.pdf",
                                selection)
    assert [[a["/Contents"] for a in page] for page in highlights(path)] == [
        ["Gouvernance/Décision\n\nMembre"], []]


def test_the_registry_writes_one_file_per_pdf_into_a_folder(
    sample: Sample, tmp_path: Path
) -> None:
    folder = export(sample.project, "pdf", tmp_path / "annotated")
    title = sample.project.document(sample.documents["pdf"]).title
    assert [p.name for p in folder.iterdir()] == [f"{title} (annotated).pdf"]
    text_only = ExportSelection(document_ids=[sample.documents["essay"]])
    with pytest.raises(ExportFailure, match="no PDF in the selection"):
        export(sample.project, "pdf", tmp_path / "none", text_only)
    assert not (tmp_path / "none").exists()
    with pytest.raises(ExportFailure, match="not a folder"):
        export(sample.project, "pdf", sample.project.path)
    with pytest.raises(ExportFailure, match="not a PDF"):
        export_annotated_pdf(sample.project, sample.documents["essay"], tmp_path / "e.pdf")


def test_file_names_are_safe_and_unique() -> None:
    assert file_names([(1, 'a/b:c*?"<>|'), (2, "A/B:C*?\"<>|"), (3, " .. "), (4, "x" * 300)]) == [
        "a_b_c_ (annotated).pdf", "A_B_C_ (2) (annotated).pdf", "document 3 (annotated).pdf",
        "x" * 120 + " (annotated).pdf"]


def test_highlights_land_on_the_words_of_a_rotated_page(tmp_path: Path, pdf_dir: Path) -> None:
    with Project.create(tmp_path / "rotated.annot") as project:
        document = project.add_document(
            import_source(pdf_dir / "nics-background-checks-2015-11-rotated.pdf")).document
        green = project.add_concept("Mois", color="#00ff00")
        start = document.text.index("November - 2015")
        project.annotate(document.id, start, start + len("November - 2015"), [green.id])
        path = export_annotated_pdf(project, document.id, tmp_path / "rotated.pdf")
        (page,) = project.pages(document.id)
    assert pypdf.PdfReader(path).pages[0].rotation == 90
    (highlight,) = highlights(path)[0]
    # rendered as displayed (rotated), the stored boxes of the passage are painted a light green:
    # pure green at the highlight's opacity over white paper
    image = pypdfium2.PdfDocument(path)[0].render(scale=1, may_draw_forms=True).to_pil()
    rects = line_rects(decode_boxes(page.boxes), start - page.start,
                       start + len("November - 2015") - page.start)
    for x0, top, x1, bottom in rects:
        colours = image.crop((int(x0) + 1, int(top) + 1, int(x1), int(bottom))).getcolors(10_000)
        green_share = sum(n for n, rgb in colours
                          if rgb[1] > 200 and 120 < rgb[0] < 190 and 120 < rgb[2] < 190) / sum(
            n for n, _ in colours)
        assert green_share > 0.5
    assert len(quads(highlight)) == len(rects)


def test_a_password_protected_pdf_is_refused_clearly(tmp_path: Path, pdf_dir: Path) -> None:
    with Project.create(tmp_path / "locked.annot") as project:
        document = project.add_document(
            import_source(pdf_dir / "password-example.pdf", password="test")).document
        with pytest.raises(ExportFailure, match="password-protected"):
            export_annotated_pdf(project, document.id, tmp_path / "locked.pdf")
    assert not (tmp_path / "locked.pdf").exists()


def read_back(path: Path) -> list[tuple[str, str]]:
    """(title, contents) of every highlight, read by pdfplumber and checked against pypdf."""
    with pdfplumber.open(path, raise_unicode_errors=True) as pdf:
        plumbed = [(a["title"] or "", a["contents"] or "") for page in pdf.pages
                   for a in page.annots if a["data"]["Subtype"].name == "Highlight"]
    read = [(str(a.get("/T", "")), str(a.get("/Contents", "")))
            for page in highlights(path) for a in page]
    assert plumbed == read
    return read


def test_accented_text_is_read_back_by_pdfplumber_and_pypdf(tmp_path: Path, pdf_dir: Path) -> None:
    with Project.create(tmp_path / "accents.annot") as project:
        document = project.add_document(exporting_fixtures.imported_pdf(
            pdf_dir / exporting_fixtures.PV_PDF)).document
        concept = project.add_concept("Décision", parent_id=project.add_concept("Œuvre").id)
        memo = "Élu à l’unanimité — « déjà vu » 😀"
        start = document.text.index("Gaëtan Gagné")
        project.annotate(document.id, start, start + 12, [concept.id], memo, "Gaëlle Müller")
        path = export_annotated_pdf(project, document.id, tmp_path / "out.pdf")
    assert read_back(path) == [("Gaëlle Müller", f"Œuvre/Décision\n\n{memo}")]
    (annotation,) = highlights(path)[0]
    assert annotation.raw_get("/Contents").get_original_bytes().startswith(b"\xfe\xff")


def test_highlights_are_translucent(sample: Sample, tmp_path: Path) -> None:
    path = export_annotated_pdf(sample.project, sample.documents["pdf"], tmp_path / "out.pdf")
    opacities = [float(a["/CA"]) for page in highlights(path) for a in page]
    assert len(opacities) == 5 and set(opacities) == {HIGHLIGHT_OPACITY}
    assert 0.3 <= HIGHLIGHT_OPACITY <= 0.45


def test_every_highlight_of_the_demo_reads_back(tmp_path: Path) -> None:
    build_demo(tmp_path / "demo.annot")
    with Project.open(tmp_path / "demo.annot", read_only=True) as project:
        folder = export(project, "pdf", tmp_path / "annotated")
        expected = sum(d.annotation_count for d in project.documents() if d.kind == "pdf")
    (path,) = folder.iterdir()
    read = read_back(path)
    passages = {a["/NM"].split("-")[1] for page in highlights(path) for a in page}
    assert len(passages) == expected > 0
    assert any(not contents.isascii() for _, contents in read)
