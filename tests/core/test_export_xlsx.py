"""XLSX export, read back from the zip and with openpyxl: sheets, header, widths, verbatim text."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
from lxml import etree

from annotator.core.exporting import export
from annotator.core.exporting.table import HEADERS
from annotator.core.exporting.xlsx_export import MAX_CELL_CHARS, TRUNCATED, sheet_names, write_xlsx
from annotator.core.project import Project
from tests.core import exporting_fixtures
from tests.core.exporting_fixtures import LONG_CONCEPT, Sample, text_document

sample = exporting_fixtures.sample
NS = {
    "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def sheet_xml(book: zipfile.ZipFile) -> dict[str, etree._Element]:
    """{sheet name: its worksheet XML}, in workbook order."""
    workbook = etree.fromstring(book.read("xl/workbook.xml"))
    rels = etree.fromstring(book.read("xl/_rels/workbook.xml.rels"))
    targets = {rel.get("Id"): rel.get("Target") for rel in rels}
    return {
        sheet.get("name"): etree.fromstring(book.read("xl/" + targets[sheet.get(REL)]))
        for sheet in workbook.iterfind("m:sheets/m:sheet", NS)
    }


def grid(sheet: etree._Element) -> list[list[str | float | None]]:
    """The sheet's cells as rows of values (inline strings and numbers)."""
    rows = []
    for row in sheet.iterfind("m:sheetData/m:row", NS):
        values: list[str | float | None] = [None] * len(HEADERS)
        for cell in row.iterfind("m:c", NS):
            column = ord(re.match(r"[A-Z]+", cell.get("r")).group()) - ord("A")
            if cell.get("t") == "inlineStr":
                values[column] = "".join(cell.xpath("m:is//m:t/text()", namespaces=NS))
            else:
                values[column] = float(cell.findtext("m:v", namespaces=NS))
        rows.append(values)
    return rows


def read(path: Path) -> tuple[zipfile.ZipFile, dict[str, etree._Element]]:
    book = zipfile.ZipFile(path)
    return book, sheet_xml(book)


def test_an_all_sheet_and_one_per_top_level_concept(sample: Sample, tmp_path: Path) -> None:
    _, sheets = read(write_xlsx(sample.project, tmp_path / "out.xlsx"))
    assert list(sheets) == ["All", "Communauté", "Gouvernance", "=Risques_ _vrais__ _longs_ noms"]
    rows = {name: grid(sheet) for name, sheet in sheets.items()}
    assert all(tuple(r[0]) == HEADERS for r in rows.values())
    assert len(rows["All"]) == 1 + len(sample.annotations) + 1
    ids = sample.annotations
    assert sorted(r[0] for r in rows["Gouvernance"][1:]) == sorted(
        ids[k] for k in ("key_idea", "member", "closing", "two_pages"))
    assert {r[HEADERS.index("Concept path")] for r in rows["Communauté"][1:]} == {
        "Communauté", "Communauté/Rassemblement", "Communauté/Audience"}
    emoji = next(r for r in rows["All"] if r[0] == ids["emoji"])
    assert emoji[1:9] == ["Essai — communauté 😀", "essai.txt", None, "text", None, 147.0,
                          167.0, "communauté 😀 vivante"]


def test_header_is_bold_and_frozen_and_long_text_wraps(sample: Sample, tmp_path: Path) -> None:
    book, sheets = read(write_xlsx(sample.project, tmp_path / "out.xlsx"))
    styles = etree.fromstring(book.read("xl/styles.xml"))
    fonts = styles.findall("m:fonts/m:font", NS)
    formats = styles.findall("m:cellXfs/m:xf", NS)
    for sheet in sheets.values():
        pane = sheet.find("m:sheetViews/m:sheetView/m:pane", NS)
        assert (pane.get("state"), pane.get("ySplit")) == ("frozen", "1")
        header = sheet.find("m:sheetData/m:row/m:c", NS)
        font = fonts[int(formats[int(header.get("s"))].get("fontId"))]
        assert font.find("m:b", NS) is not None
        columns = sheet.findall("m:cols/m:col", NS)
        wrapped = {
            int(c.get("min")) for c in columns
            if formats[int(c.get("style"))].find("m:alignment[@wrapText='1']", NS) is not None
        }
        assert wrapped == {HEADERS.index("Quote") + 1, HEADERS.index("Memo") + 1}
        assert sheet.find("m:autoFilter", NS).get("ref").startswith("A1:O")


def test_no_formulas_and_every_text_cell_equals_the_stored_text(
    sample: Sample, tmp_path: Path
) -> None:
    path = write_xlsx(sample.project, tmp_path / "out.xlsx")
    _, sheets = read(path)
    assert all(sheet.find(".//m:f", NS) is None for sheet in sheets.values())
    project = sample.project
    stored = {a.id: a for d in project.documents() for a in project.annotations(document_id=d.id)}
    titles = {d.title for d in project.documents()}
    paths = {project.concept_path(c.id) for c in project.concepts()}
    names = {c.name for c in project.concepts()}
    rows = list(openpyxl.load_workbook(path, read_only=True)["All"].iter_rows(values_only=True))
    assert rows[0] == HEADERS
    column = {header: index for index, header in enumerate(HEADERS)}
    for row in rows[1:]:
        annotation = stored[row[column["Annotation"]]]
        assert row[column["Quote"]] == annotation.quote
        assert (row[column["Memo"]] or "") == annotation.memo
        assert row[column["Author"]] == annotation.author
        assert row[column["Document"]] in titles
        assert row[column["Concept path"]] is None or row[column["Concept path"]] in paths
        assert row[column["Concept"]] is None or row[column["Concept"]] in names
    quotes = {row[column["Quote"]] for row in rows[1:]}
    assert {'=HYPERLINK("http://example.com","x")', "+33 1 23 45", "-2 degrés", "@SUM(A1:A2)",
            "\tTabulé"} <= quotes
    assert LONG_CONCEPT in {row[column["Concept"]] for row in rows[1:]}


def test_sheet_names_are_sanitised_and_unique() -> None:
    names = sheet_names(["All", "all", "a/b:c", "x" * 40, "x" * 40, "", "History", "'q'"])
    assert names == ["All", "all (2)", "a_b_c", "x" * 31, "x" * 27 + " (2)", "Concept",
                     "History (2)", "q"]
    assert all(len(n) <= 31 and not re.search(r"[\[\]:*?/\\]", n) for n in names)


def test_over_long_cells_are_cut_at_excels_limit(tmp_path: Path) -> None:
    text = "mot " * 10_000
    with Project.create(tmp_path / "long.annot", author="A") as project:
        document = project.add_document(text_document("Long", text, "long.txt")).document
        project.annotate(document.id, 0, len(text) - 1)
        path = export(project, "xlsx", tmp_path / "long")
    assert path.name == "long.xlsx"
    quote = grid(read(path)[1]["All"])[1][HEADERS.index("Quote")]
    assert len(quote) == MAX_CELL_CHARS and quote.endswith(TRUNCATED)
