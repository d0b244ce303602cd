"""A PDF's title and author: stale document information is set aside, with a warning."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest

from annotator.core.importing.base import ImportedDocument
from annotator.core.importing.pdf import import_pdf
from annotator.core.importing.pdf_heading import page_heading
from annotator.core.importing.pdf_metadata import generic_author
from annotator.core.importing.pdf_worker import extract_page, open_pdf
from tests.core.test_importing_pdf import make_pdf, text_at

BODY = [
    "Cycling paths were counted along every road of the municipality during spring.",
    "Residents answered questions about walking, commuting and school journeys.",
    "Several crossings near parks and schools need safer markings and lighting.",
    "Funding requests will follow the priorities chosen by the council next year.",
]


def with_info(pdf: bytes, **info: str) -> bytes:
    """`pdf` with this document information (Title=..., Author=...)."""
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(pdf)))
    writer.add_metadata({f"/{key}": value for key, value in info.items()})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def report(heading: list[tuple[str, int]], top: float = 720) -> bytes:
    """A one-page PDF: these (line, size) at the top, then body lines in 10 points."""
    content = b""
    y = top
    for line, size in heading:
        content += text_at(72, y, line, size)
        y -= size * 1.3
    for line in BODY:
        y -= 16
        content += text_at(72, y, line, 10)
    return make_pdf([content])


def title_warnings(document: ImportedDocument) -> list[str]:
    return [w for w in document.warnings if "title" in w]


# -- the corpus -------------------------------------------------------------------------


def test_a_stale_title_gives_way_to_the_cover_heading_and_is_named(pdf_dir: Path) -> None:
    """chelsea_pdta.pdf keeps another report's Title and "office-2007" as Author."""
    original = pypdf.PdfReader(pdf_dir / "chelsea_pdta.pdf")
    writer = pypdf.PdfWriter()
    for page in original.pages[:3]:  # the pages the title is checked against, quicker
        writer.add_page(page)
    writer.add_metadata(dict(original.metadata or {}))
    out = io.BytesIO()
    writer.write(out)
    document = import_pdf(out.getvalue(), "/data/chelsea_pdta.pdf")
    assert document.title == "Plan directeur de transport actif de la municipalité de Chelsea"
    assert "author" not in document.metadata
    assert title_warnings(document) == [
        "the PDF's own title \"Plan stratégique du sentier récréatif régional de Prescott et "
        'Russell" does not match the text of its first pages and was set aside: the title '
        "comes from the heading of page 1"
    ]


def test_a_form_named_after_its_template_takes_the_file_name(pdf_dir: Path) -> None:
    document = import_pdf((pdf_dir / "issue6127.pdf").read_bytes(), "/data/issue6127.pdf")
    assert document.title == "issue6127"  # no text on page 1 stands out enough to be sure
    assert "author" not in document.metadata  # "SARNETTE-01940", an account
    [warning] = title_warnings(document)
    assert '"RNIAM-MODELE_DOUBLE_RATTACHT 1"' in warning
    assert warning.endswith("the title comes from the file name")


def test_a_right_title_and_a_person_stay(pdf_dir: Path) -> None:
    minutes = import_pdf((pdf_dir / "2023-06-20-PV.pdf").read_bytes(), "2023-06-20-PV.pdf")
    assert minutes.title == (
        "Comité de démolition - Procès-verbal de la séance publique du 20 juin 2023"
    )
    assert title_warnings(minutes) == []
    page = import_pdf((pdf_dir / "word365_structure.pdf").read_bytes(), "word365_structure.pdf")
    assert page.metadata["author"] == "David Huggins-Daines"


def test_a_chinese_title_is_checked_character_by_character(pdf_dir: Path) -> None:
    data = (pdf_dir / "issue-71-duplicate-chars.pdf").read_bytes()
    kept = import_pdf(with_info(data, Title="丹巴磨子电站爆破方案"), "cv.pdf", workers=0)
    assert kept.title == "丹巴磨子电站爆破方案"  # written without spaces, found on page 1
    stale = import_pdf(with_info(data, Title="Annual financial statement"), "cv.pdf", workers=0)
    assert stale.title == "cv"
    assert '"Annual financial statement"' in title_warnings(stale)[0]


def test_the_administrator_account_is_no_author(pdf_dir: Path) -> None:
    data = (pdf_dir / "password-example.pdf").read_bytes()
    document = import_pdf(data, "password-example.pdf", password="test")
    assert "author" not in document.metadata  # its Author is "Administrator"


# -- small PDFs -------------------------------------------------------------------------


def test_the_largest_text_at_the_top_replaces_a_title_missing_from_the_page() -> None:
    pdf = report([("Safer streets for walking", 24), ("and cycling in Chelsea", 24)])
    data = with_info(pdf, Title="Quarterly budget template", Author="Marie Tremblay")
    document = import_pdf(data, "/data/plan.pdf", workers=0)
    assert document.title == "Safer streets for walking and cycling in Chelsea"
    assert document.metadata["author"] == "Marie Tremblay"
    [warning] = title_warnings(document)
    assert '"Quarterly budget template"' in warning and "heading of page 1" in warning


def test_a_title_whose_words_are_on_the_page_is_kept_without_a_warning() -> None:
    data = with_info(report([("Safer streets", 24)]), Title="Cycling paths and school journeys")
    document = import_pdf(data, "/data/plan.pdf", workers=0)
    assert document.title == "Cycling paths and school journeys"
    assert document.warnings == ()


def test_without_a_clear_heading_the_file_name_is_the_title() -> None:
    data = with_info(report([("Safer streets", 11)]), Title="Quarterly budget template")
    document = import_pdf(data, "/data/Plan de mobilité.pdf", workers=0)
    assert document.title == "Plan de mobilité"
    assert title_warnings(document)[0].endswith("the title comes from the file name")


def test_a_page_with_too_few_words_to_judge_keeps_the_title() -> None:
    data = with_info(make_pdf([text_at(72, 700, "Annexe 3", 12)]), Title="Budget 2021")
    assert import_pdf(data, "a.pdf", workers=0).title == "Budget 2021"


def test_an_author_equal_to_the_creator_is_no_author() -> None:
    data = with_info(report([]), Author="Report Builder", Creator="Report Builder")
    assert "author" not in import_pdf(data, "a.pdf", workers=0).metadata


@pytest.mark.parametrize(
    "author",
    [
        "office-2007",
        "Microsoft Word",
        "Microsoft Office User",
        "Administrator",
        "Administrateur",
        "user",
        "Owner",
        "Utilisateur Windows",
        "SARNETTE-01940",
        "PC0412",
        "Acrobat Distiller 6.0",
        "Writer",
        "---",
    ],
)
def test_programs_accounts_and_machines_are_generic_authors(author: str) -> None:
    assert generic_author(author, {"Producer": "Acrobat Distiller 6.0 (Windows)"})


@pytest.mark.parametrize(
    "author",
    ["David Huggins-Daines", "Supreme", "Ville de Chelsea", "Équipe Vélo Québec", "O'Brien"],
)
def test_names_of_people_and_bodies_are_authors(author: str) -> None:
    assert not generic_author(author, {"Producer": "Microsoft Word", "Creator": "Writer"})


def test_producer_or_creator_as_author_is_generic() -> None:
    info = {"Producer": "cairo 1.17.4", "Creator": "Firefox Nightly 122.0a1"}
    assert generic_author("Firefox  Nightly 122.0A1", info)
    assert generic_author("CAIRO 1.17.4", info)


# -- the heading of a page --------------------------------------------------------------


def heading_of(pdf: bytes) -> str | None:
    with open_pdf(pdf, None) as opened:
        page = extract_page(opened, 0)
    return page_heading(page.text, page.boxes, page.height)


def test_no_heading_when_the_largest_size_is_in_two_places() -> None:
    content = text_at(72, 720, "Safer streets report", 24) + text_at(72, 300, "Annex tables", 24)
    content += b"".join(text_at(72, 600 - 16 * i, line, 10) for i, line in enumerate(BODY))
    assert heading_of(make_pdf([content])) is None


def test_no_heading_low_on_the_page_nor_of_one_word_nor_barely_larger() -> None:
    assert heading_of(report([("Safer streets report", 24)], top=300)) is None
    assert heading_of(report([("Chelsea", 24)])) is None
    assert heading_of(report([("Safer streets report", 11)])) is None
    assert heading_of(report([("Safer streets report", 14)])) == "Safer streets report"
