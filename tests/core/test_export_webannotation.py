"""W3C Web Annotation export: the collection, each annotation's target, selectors and bodies."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

from annotator.core.demo import build_demo
from annotator.core.exporting import ExportSelection, export
from annotator.core.exporting.pdf_fingerprint import pdf_fingerprint
from annotator.core.exporting.webannotation import ANNO_CONTEXT, write_webannotation
from annotator.core.project import Project
from tests.core import exporting_fixtures
from tests.core.exporting_fixtures import ARTICLE_URL, HOSTILE, Sample

sample = exporting_fixtures.sample


def load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def text_urn(text: str) -> str:
    return "urn:sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def by_quote(collection: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {item["target"]["selector"][0]["exact"]: item for item in collection["first"]["items"]}


def test_an_annotation_collection_with_one_page_of_items(sample: Sample, tmp_path: Path) -> None:
    collection = load(write_webannotation(sample.project, tmp_path / "out.jsonld"))
    assert collection["@context"] == ANNO_CONTEXT
    assert collection["type"] == "AnnotationCollection"
    assert collection["label"] == "Annotations of sample"
    page = collection["first"]
    assert page["type"] == "AnnotationPage"
    assert collection["total"] == len(page["items"]) == len(sample.annotations)
    ids = [collection["id"], page["id"], *(item["id"] for item in page["items"])]
    assert len(set(ids)) == len(ids) and all(i.startswith("urn:uuid:") for i in ids)
    assert all(item["type"] == "Annotation" for item in page["items"])


def test_ids_are_stable_across_exports(sample: Sample, tmp_path: Path) -> None:
    first = load(write_webannotation(sample.project, tmp_path / "a.jsonld"))
    second = load(write_webannotation(sample.project, tmp_path / "b.jsonld"))
    assert first == second


def test_targets_name_the_text_and_select_by_quote_and_code_points(
    sample: Sample, tmp_path: Path
) -> None:
    items = by_quote(load(write_webannotation(sample.project, tmp_path / "out.jsonld")))
    article = items["communauté se cultive"]["target"]
    page = sample.project.document(sample.documents["article"])
    assert article["type"] == "SpecificResource"
    assert article["source"] == {"id": text_urn(page.text), "type": "Text",
                                 "format": "text/plain"}
    assert article["scope"] == [ARTICLE_URL, f"urn:sha256:{page.sha256}"]
    emoji = items["communauté 😀 vivante"]["target"]
    essay = sample.project.document(sample.documents["essay"])
    assert emoji["source"]["id"] == text_urn(essay.text)
    assert emoji["scope"] == f"urn:sha256:{essay.sha256}"
    quote, position = emoji["selector"]
    assert quote == {"type": "TextQuoteSelector", "exact": "communauté 😀 vivante",
                     "prefix": essay.text[147 - 32 : 147], "suffix": "."}
    assert position == {"type": "TextPositionSelector", "start": 147, "end": 167}


def test_every_position_applied_to_the_named_text_gives_the_quote(
    sample: Sample, tmp_path: Path
) -> None:
    project = sample.project
    texts = {text_urn(project.document(d.id).text): project.document(d.id).text
             for d in project.documents()}
    collection = load(write_webannotation(project, tmp_path / "out.jsonld"))
    fitting = 0
    for item in collection["first"]["items"]:
        target = item["target"]
        quote, position = target["selector"]
        text = texts[target["source"]["id"]]
        assert text[position["start"] : position["end"]] == quote["exact"]
        assert text[: position["start"]].endswith(quote["prefix"])
        assert text[position["end"] :].startswith(quote["suffix"])
        fitting += 1
    assert fitting == len(sample.annotations)


def test_a_pdf_is_also_named_as_hypothesis_names_it(sample: Sample, tmp_path: Path) -> None:
    items = by_quote(load(write_webannotation(sample.project, tmp_path / "out.jsonld")))
    pdf = sample.project.document(sample.documents["pdf"])
    # the first /ID entry of the file's trailer, in hex, as PDF.js reads it
    first_id = re.search(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>", sample.project.original_bytes(pdf.id))
    assert items["Gaëtan Gagné"]["target"]["scope"] == [
        f"urn:x-pdf:{first_id.group(1).decode().lower()}", f"urn:sha256:{pdf.sha256}"]


def test_without_an_id_a_pdf_is_fingerprinted_by_its_first_bytes() -> None:
    data = b"%PDF-1.4\n" + b"x" * 2000
    assert pdf_fingerprint(data) == hashlib.md5(data[:1024]).hexdigest()


def test_concepts_are_tags_and_the_memo_a_comment(sample: Sample, tmp_path: Path) -> None:
    items = by_quote(load(write_webannotation(sample.project, tmp_path / "out.jsonld")))
    key_idea = items["Communauté ne se gère pas"]
    assert key_idea["body"] == [
        {"type": "TextualBody", "purpose": "tagging", "value": "Communauté/Rassemblement",
         "format": "text/plain"},
        {"type": "TextualBody", "purpose": "tagging", "value": "Gouvernance",
         "format": "text/plain"},
        {"type": "TextualBody", "purpose": "commenting",
         "value": f"Idée clé {HOSTILE}\nsur deux lignes", "format": "text/plain"},
    ]
    assert key_idea["creator"] == {"type": "Person", "name": "Alice"}
    assert key_idea["created"].endswith("Z") and key_idea["modified"].endswith("Z")
    assert key_idea["motivation"] == "highlighting"
    untagged = items["Le mythe"]
    assert [b["purpose"] for b in untagged["body"]] == ["commenting"]


def test_the_registry_writes_jsonld_for_a_selection(sample: Sample, tmp_path: Path) -> None:
    selection = ExportSelection(concept_ids=[sample.concepts["Gouvernance/Décision"]])
    path = export(sample.project, "webannotation", tmp_path / "decisions", selection)
    assert path.suffix == ".jsonld"
    collection = load(path)
    assert collection["total"] == 1
    (item,) = collection["first"]["items"]
    assert item["target"]["selector"][0]["exact"] == "Gaëtan Gagné"
    assert [b["value"] for b in item["body"]] == ["Gouvernance/Décision", "Membre"]


def test_an_empty_selection_is_an_empty_collection(sample: Sample, tmp_path: Path) -> None:
    selection = ExportSelection(document_ids=[sample.documents["article"]],
                                concept_ids=[sample.concepts["Gouvernance"]])
    collection = load(write_webannotation(sample.project, tmp_path / "out.jsonld", selection))
    assert collection["total"] == 0 and collection["first"]["items"] == []


def test_on_the_demo_every_web_target_fits_its_named_text(tmp_path: Path) -> None:
    build_demo(tmp_path / "demo.annot")
    with Project.open(tmp_path / "demo.annot", read_only=True) as project:
        texts = {}
        for summary in project.documents():
            document = project.document(summary.id)
            texts[text_urn(document.text)] = document.text
        items = load(write_webannotation(project, tmp_path / "demo.jsonld"))["first"]["items"]
    web = [item["target"] for item in items if "https://" in json.dumps(item["target"]["scope"])]
    assert len(web) == 16 and len(items) == 42
    for target in (item["target"] for item in items):
        quote, position = target["selector"]
        assert texts[target["source"]["id"]][position["start"] : position["end"]] == quote["exact"]
