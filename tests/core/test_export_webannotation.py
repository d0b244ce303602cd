"""W3C Web Annotation export: the collection, each annotation's target, selectors and bodies."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from annotator.core.exporting import ExportSelection, export
from annotator.core.exporting.webannotation import ANNO_CONTEXT, write_webannotation
from tests.core import exporting_fixtures
from tests.core.exporting_fixtures import ARTICLE_URL, HOSTILE, Sample

sample = exporting_fixtures.sample


def load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


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


def test_targets_name_the_source_and_select_by_quote_and_code_points(
    sample: Sample, tmp_path: Path
) -> None:
    items = by_quote(load(write_webannotation(sample.project, tmp_path / "out.jsonld")))
    article = items["communauté se cultive"]
    assert article["target"]["source"] == ARTICLE_URL
    emoji = items["communauté 😀 vivante"]
    essay = sample.project.document(sample.documents["essay"])
    assert emoji["target"]["source"] == f"urn:sha256:{essay.sha256}"
    quote, position = emoji["target"]["selector"]
    assert quote == {"type": "TextQuoteSelector", "exact": "communauté 😀 vivante",
                     "prefix": essay.text[147 - 32 : 147], "suffix": "."}
    assert position == {"type": "TextPositionSelector", "start": 147, "end": 167}
    assert essay.text[position["start"] : position["end"]] == quote["exact"]


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
