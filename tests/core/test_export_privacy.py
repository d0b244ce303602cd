"""No export carries a local path: files are named by their file name, web pages by their URL."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import pytest

from annotator.core.exporting import export
from annotator.core.exporting.origin import source_label, web_address
from tests.core import exporting_fixtures
from tests.core.exporting_fixtures import Sample, text_document

sample = exporting_fixtures.sample

INTERVIEW = "Entretien : la communauté décide ensemble."


def exported_text(path: Path) -> str:
    """Every byte an export wrote, as text (an XLSX is a zip: all its members)."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as book:
            return "".join(book.read(name).decode("utf-8") for name in book.namelist())
    return path.read_text(encoding="utf-8-sig")


@pytest.fixture
def private_sample(sample: Sample, tmp_path: Path) -> Sample:
    """The sample plus a file in a home-like folder and a page saved from the web."""
    project = sample.project
    local = tmp_path / "home" / "jdupont" / "Entretiens" / "entretien-3.txt"
    saved = Path.home() / "Téléchargements" / "article.html"
    for source, kind, metadata in (
        (str(local), "text", {}),
        (str(saved), "web", {"url": "https://example.org/saved"}),
    ):
        document = project.add_document(
            text_document(
                f"Copie de {Path(source).name}",
                INTERVIEW + kind,
                source,
                kind,
                **metadata,
            )
        ).document
        project.annotate(document.id, 0, 13, [sample.concepts["Communauté"]], "", "Alice")
    return sample


@pytest.mark.parametrize(
    "format_name", ["csv", "xlsx", "html", "webannotation", "codebook", "iramuteq"]
)
def test_no_export_contains_the_temporary_folder_or_the_home(
    private_sample: Sample, tmp_path: Path, pdf_dir: Path, format_name: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    written = export(private_sample.project, format_name, out / "export")
    content = exported_text(written)
    if format_name in ("csv", "xlsx", "html"):
        assert "entretien-3.txt" in content
    for private in (str(tmp_path), str(Path.home()), str(pdf_dir), "jdupont"):
        assert private not in content


def test_csv_names_files_by_file_name_and_pages_by_url(
    private_sample: Sample, tmp_path: Path
) -> None:
    path = export(private_sample.project, "csv", tmp_path / "out.csv")
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = {r["Document"]: (r["Source"], r["URL"]) for r in csv.DictReader(f)}
    assert rows["Copie de entretien-3.txt"] == ("entretien-3.txt", "")
    assert rows["Copie de article.html"] == ("article.html", "https://example.org/saved")
    assert rows["Article"] == ("https://example.org/article", "https://example.org/article")
    assert rows["Essai — communauté 😀"] == ("essai.txt", "")


def test_source_labels_and_web_addresses() -> None:
    assert source_label(r"C:\Users\jdupont\Documents\rapport.pdf") == "rapport.pdf"
    assert source_label("/home/jdupont/rapport.pdf") == "rapport.pdf"
    assert source_label("https://example.org/a/b") == "https://example.org/a/b"
    assert web_address("/home/x/page.html", {"url": "https://example.org/p"}) == (
        "https://example.org/p"
    )
    assert web_address("https://example.org/q", {}) == "https://example.org/q"
    assert web_address("/home/x/page.html", {"url": "file:///home/x/page.html"}) == ""
