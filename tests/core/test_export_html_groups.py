"""The HTML report's documents table gives each document's variables and sets."""

from __future__ import annotations

from pathlib import Path

import lxml.html

from annotator.core.exporting.html_report import write_html_report
from tests.core import exporting_fixtures
from tests.core.exporting_fixtures import Sample

sample = exporting_fixtures.sample


def documents_table(sample: Sample, tmp_path: Path) -> list[list[str]]:
    path = write_html_report(sample.project, tmp_path / "report.html")
    page = lxml.html.fromstring(path.read_bytes())
    rows = page.xpath("//section[@id='documents']//tr")
    return [[" ".join(cell.text_content().split()) for cell in row] for row in rows]


def test_variables_and_sets_are_columns_of_the_documents_table(
    sample: Sample, tmp_path: Path
) -> None:
    project, ids = sample.project, sample.documents
    assert documents_table(sample, tmp_path)[0] == ["Title", "Kind", "Source", "Passages"]
    age = project.define_variable("Âge", "number")
    site = project.define_variable("Site <b>", "category", ["Lyon & co", "Paris"])
    project.set_variable_value(ids["essay"], age.id, "42")
    project.set_variable_value(ids["essay"], site.id, "lyon & co")
    project.set_variable_value(ids["pdf"], age.id, "7.5")
    project.create_set("Pilote", [ids["essay"], ids["pdf"]])
    project.create_set("Autres", [ids["essay"]])
    table = documents_table(sample, tmp_path)
    assert table[0] == ["Title", "Kind", "Source", "Passages", "Âge", "Site <b>", "Sets"]
    titles = {project.document(i).title: key for key, i in ids.items()}
    by_key = {titles[row[0]]: row[4:] for row in table[1:]}
    assert by_key == {
        "essay": ["42", "Lyon & co", "Autres, Pilote"],
        "pdf": ["7.5", "", "Pilote"],
        "formulas": ["", "", ""],
        "article": ["", "", ""],
    }
