"""IRaMuTeQ corpus: read back line by line, as IRaMuTeQ splits texts and starred variables."""

from __future__ import annotations

import re
from pathlib import Path

from annotator.core.exporting import ExportSelection, export
from annotator.core.exporting.iramuteq import passage_text, safe_value, safe_values
from tests.core import exporting_fixtures
from tests.core.exporting_fixtures import Sample

sample = exporting_fixtures.sample
VARIABLE = re.compile(r"\*([A-Za-z0-9]+)_([A-Za-z0-9_]+)")


def texts(path: Path) -> list[tuple[dict[str, str], str]]:
    """([variable: value], text) per text, checking each header line's syntax on the way."""
    content = path.read_bytes().decode("utf-8")
    result = []
    for block in content.split("****")[1:]:
        header, _, body = block.partition("\n")
        tokens = header.split()
        assert tokens and all(VARIABLE.fullmatch(token) for token in tokens), header
        result.append((dict(VARIABLE.fullmatch(t).groups() for t in tokens), body.strip()))
    assert content.startswith("**** ")
    return result


def test_one_text_per_coded_passage_and_concept(sample: Sample, tmp_path: Path) -> None:
    path = export(sample.project, "iramuteq", tmp_path / "corpus")
    assert path.suffix == ".txt"
    corpus = texts(path)
    tagged = sum(
        len(a.concept_ids)
        for d in sample.project.documents()
        for a in sample.project.annotations(document_id=d.id)
    )
    assert len(corpus) == tagged == len(sample.annotations)  # untagged left out, one doubled
    key_idea = [
        (v["concept"], v["coder"]) for v, text in corpus if text == "Communauté ne se gère pas"
    ]
    assert key_idea == [("Communaute_Rassemblement", "Alice"), ("Gouvernance", "Alice")]
    emoji = next(v for v, text in corpus if text == "communauté 😀 vivante")
    assert emoji == {"concept": "Communaute_Audience", "doc": "Essai_communaute", "coder": "Bob"}
    assert {v["concept"] for v, _ in corpus} >= {"Risques_vrais_longs_noms_de_concept_x"}
    assert all(set(v) == {"concept", "doc", "coder"} for v, _ in corpus)
    assert not any(
        line.startswith(("-*", "****")) for _, text in corpus for line in text.splitlines()
    )


def test_a_selection_applies(sample: Sample, tmp_path: Path) -> None:
    selection = ExportSelection(concept_ids=[sample.concepts["Gouvernance/Décision"]])
    corpus = texts(export(sample.project, "iramuteq", tmp_path / "c.txt", selection))
    assert corpus == [
        (
            {"concept": "Gouvernance_Decision", "doc": corpus[0][0]["doc"], "coder": "Alice"},
            "Gaëtan Gagné",
        )
    ]


def test_values_and_texts_are_made_safe() -> None:
    assert safe_value("Élan — vital / *très* long-nom") == "Elan_vital_tres_long_nom"
    assert safe_value("😀") == ""
    assert safe_values([(1, "Café"), (2, "Cafe"), (3, "😀")]) == {1: "Cafe", 2: "Cafe_2", 3: "3"}
    assert passage_text("**** *x_y\n-*theme\n\n  a * b  ") == "x_y\n- theme\na   b"
