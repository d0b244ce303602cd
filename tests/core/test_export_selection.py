"""What an export selection yields: documents, concepts with their sub-concepts, pages, progress."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.errors import AnnotatorError, Cancelled, ProjectError
from annotator.core.exporting import FORMATS, ExportSelection, export
from annotator.core.exporting.selection import export_rows, selected_annotations
from tests.core import exporting_fixtures
from tests.core.exporting_fixtures import Sample

sample = exporting_fixtures.sample


def test_a_concept_brings_its_sub_concepts_and_hides_the_others(sample: Sample) -> None:
    selection = ExportSelection(concept_ids=[sample.concepts["Gouvernance"]])
    items = list(selected_annotations(sample.project, selection))
    names = {item.annotation.id: [c.name for c in item.concepts] for item in items}
    ids = sample.annotations
    assert names == {
        ids["key_idea"]: ["Gouvernance"],  # its other concept is not selected
        ids["member"]: ["Décision"], ids["closing"]: ["Gouvernance"],
        ids["two_pages"]: ["Gouvernance"],
    }


def test_documents_come_in_title_order_and_untagged_only_without_a_concept_filter(
    sample: Sample,
) -> None:
    rows = list(export_rows(sample.project, ExportSelection(document_ids=[
        sample.documents["essay"], sample.documents["article"]])))
    assert [r.document_title for r in rows] == ["Article"] + ["Essai — communauté 😀"] * 4
    assert [r.quote for r in rows][1] == "Le mythe"
    only_tagged = ExportSelection(document_ids=[sample.documents["essay"]],
                                  concept_ids=list(sample.concepts.values()))
    assert "Le mythe" not in {r.quote for r in export_rows(sample.project, only_tagged)}


def test_unknown_ids_are_reported(sample: Sample) -> None:
    with pytest.raises(ProjectError, match="no document with id 999"):
        list(export_rows(sample.project, ExportSelection(document_ids=[999])))
    with pytest.raises(ProjectError, match="no concept with id 999"):
        list(export_rows(sample.project, ExportSelection(concept_ids=[999])))


def test_progress_counts_annotations_and_can_cancel(sample: Sample, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    list(export_rows(sample.project, progress=lambda done, total: calls.append((done, total))))
    total = len(sample.annotations)
    assert calls[0] == (0, total) and calls[-1] == (total, total)

    def cancel(done: int, total: int) -> None:
        raise Cancelled("export")

    out = tmp_path / "out"
    out.mkdir()
    for name in FORMATS:
        if name == "qdc":  # the codebook alone: no annotations to count, nothing to cancel
            continue
        with pytest.raises(Cancelled):
            export(sample.project, name, out / name, progress=cancel)
    assert list(out.iterdir()) == []


def test_an_unknown_format_is_a_clear_error(sample: Sample, tmp_path: Path) -> None:
    with pytest.raises(AnnotatorError, match="unknown export format 'doc'.*csv"):
        export(sample.project, "doc", tmp_path / "out.doc")
