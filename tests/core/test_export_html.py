"""HTML report: self-contained, escaped, with the expected headings and passages."""

from __future__ import annotations

from pathlib import Path

import lxml.html

from annotator.core.exporting import ExportSelection, export
from annotator.core.exporting.codebook import NO_CONCEPT_COLOR, hex_color
from annotator.core.exporting.html_report import write_html_report
from annotator.core.model import Concept
from tests.core import exporting_fixtures
from tests.core.exporting_fixtures import HOSTILE, LONG_CONCEPT, Sample

sample = exporting_fixtures.sample


def report(sample: Sample, tmp_path: Path, selection: ExportSelection | None = None):
    path = write_html_report(sample.project, tmp_path / "report.html", selection)
    return path.read_text(encoding="utf-8"), lxml.html.fromstring(path.read_bytes())


def text(element) -> str:
    return " ".join(element.text_content().split())


def test_self_contained_without_scripts_or_outside_resources(
    sample: Sample, tmp_path: Path
) -> None:
    source, page = report(sample, tmp_path)
    assert "<script" not in source
    assert page.xpath("//script | //link | //img | //iframe | //object | //embed") == []
    assert page.xpath("//@src") == []
    assert all(href.startswith("#") for href in page.xpath("//@href"))
    assert not [name for element in page.iter() for name in element.attrib
                if name.startswith("on")]
    assert "url(" not in source
    assert len(page.xpath("//head/style")) == 1


def test_title_summary_and_headings(sample: Sample, tmp_path: Path) -> None:
    _, page = report(sample, tmp_path)
    assert page.findtext(".//title") == "sample — annotation report"
    assert page.findtext(".//h1") == "sample"
    assert [text(h) for h in page.iter("h2")] == [
        "Contents", "Codebook", "Documents", "Passages by concept"]
    summary = {dt.text: dt.getnext().text for dt in page.iter("dt")}
    assert summary == {"Documents": "4", "Concepts": "6", "Passages": "13", "Coders": "2"}
    headings = [text(h) for h in page.xpath("//section[@id='passages']//*[self::h3 or self::h4]")]
    assert headings == ["Communauté", "Communauté/Rassemblement", "Communauté/Audience",
                        "Gouvernance", "Gouvernance/Décision", LONG_CONCEPT,
                        "Passages without a concept"]


def test_codebook_table_and_contents_link_to_every_concept(sample: Sample, tmp_path: Path) -> None:
    _, page = report(sample, tmp_path)
    rows = page.xpath("//section[@id='codebook']//tbody/tr")
    assert [(text(r[0]), r[2].text) for r in rows] == [
        ("Communauté", "1"), ("Rassemblement", "2"), ("Audience", "1"), ("Gouvernance", "3"),
        ("Décision", "1"), (LONG_CONCEPT, "5")]
    swatches = [r.find(".//span[@class='swatch']").get("style") for r in rows]
    assert swatches[0] == "background:#58d68d"
    assert swatches[-1] == f"background:{NO_CONCEPT_COLOR}"  # its colour was not a colour
    links = page.xpath("//nav//a/@href")
    for concept_id in sample.concepts.values():
        assert f"#concept-{concept_id}" in links
        assert page.get_element_by_id(f"concept-{concept_id}").tag == "section"


def test_passages_show_quote_document_page_memo_and_author(sample: Sample, tmp_path: Path) -> None:
    _, page = report(sample, tmp_path)
    section = page.get_element_by_id(f"concept-{sample.concepts['Gouvernance']}")
    passages = section.xpath("article[@class='passage']")
    assert [text(p.find("blockquote")) for p in passages] == [
        "tion le 7 juin 2023; ATTENDU l’", "La séance est levée à 16h05.",
        "Communauté ne se gère pas"]
    closing = text(passages[1].find("p"))
    assert closing.startswith("Comité de démolition") and "p. 2 · Bob" in closing
    key_idea = passages[2]
    assert key_idea.find("p[@class='memo']").text_content() == (
        f"Idée clé {HOSTILE}\nsur deux lignes")
    assert "also Communauté/Rassemblement" in text(key_idea)


def test_user_text_is_escaped(sample: Sample, tmp_path: Path) -> None:
    source, page = report(sample, tmp_path)
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co" in source
    titles = page.xpath("//section[@id='documents']//tbody/tr/td[1]")
    assert HOSTILE in [t.text for t in titles]
    cites = {c.text for c in page.iter("cite")}
    assert HOSTILE in cites


def test_a_selection_narrows_the_report(sample: Sample, tmp_path: Path) -> None:
    selection = ExportSelection(document_ids=[sample.documents["pdf"]],
                                concept_ids=[sample.concepts["Gouvernance"]])
    path = export(sample.project, "html", tmp_path / "gouvernance", selection)
    assert path.name == "gouvernance.html"
    page = lxml.html.fromstring(path.read_bytes())
    assert [text(h) for h in page.xpath("//h3 | //h4")] == ["Gouvernance", "Gouvernance/Décision"]
    assert len(page.xpath("//article")) == 3


def test_only_hex_colours_reach_the_style_attributes() -> None:
    assert hex_color(Concept(1, "a", color="#abc")) == "#aabbcc"
    assert hex_color(Concept(1, "a", color="#A0B1C2")) == "#a0b1c2"
    assert hex_color(None) == NO_CONCEPT_COLOR
    for hostile in ("red;background:url(x)", "#12345", "#abc\"", "expression(1)"):
        assert hex_color(Concept(1, "a", color=hostile)) == NO_CONCEPT_COLOR
