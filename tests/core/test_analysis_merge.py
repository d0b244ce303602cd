"""Merging another coder's copy: documents by bytes, concepts by path, passages once."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from annotator.core.analysis import merge_project
from annotator.core.errors import ProjectError
from annotator.core.model import Page
from annotator.core.project import Project
from tests.core.analysis_fixtures import document

SHARED = document("shared", 120)
PAGES = (Page(1, 595.0, 842.0, 0, 60), Page(2, 595.0, 842.0, 61, 120))
REPORT = replace(document("report", 120, kind="pdf"), pages=PAGES)


@pytest.fixture
def copies(tmp_path: Path):
    """Claire's project, and Bob's copy of it where he coded more and added a report."""
    mine = Project.create(tmp_path / "claire.annot", author="claire")
    shared = mine.add_document(SHARED).document
    trust = mine.add_concept("Trust", color="#112233")
    mine.annotate(shared.id, 0, 10, [trust.id])
    mine.close()
    shutil.copy(tmp_path / "claire.annot", tmp_path / "bob.annot")
    with Project.open(tmp_path / "bob.annot", author="bob") as theirs:
        report = theirs.add_document(REPORT).document
        care = theirs.add_concept("Care", parent_id=theirs.concept_by_path("Trust").id,
                                  color="#abcdef", description="Looking after others")
        money = theirs.add_concept("money")
        theirs.annotate(shared.id, 20, 30, [care.id, money.id], memo="see p. 3")
        theirs.annotate(report.id, 5, 15, [money.id])
        theirs.annotate(report.id, 70, 80, [])  # a highlight with no concept yet
    yield tmp_path / "claire.annot", tmp_path / "bob.annot"


def test_merge_adds_documents_concepts_and_passages_once(copies) -> None:
    mine_path, theirs_path = copies
    with Project.open(mine_path) as mine, Project.open(theirs_path, read_only=True) as theirs:
        first = merge_project(mine, theirs)
        assert (first.documents_added, first.documents_matched) == (1, 1)
        assert first.concepts_added == 2
        # Bob's copy holds Claire's passage too: it is recognised, not doubled
        assert (first.annotations_added, first.annotations_already_here) == (3, 1)
        assert first.unplaced == []
        second = merge_project(mine, theirs)
        assert (second.documents_added, second.concepts_added, second.annotations_added) == (
            0, 0, 0)
        assert second.annotations_already_here == 4
        assert mine.info().annotations == 4
        assert mine.info().documents == 2


def test_merged_passages_keep_author_memo_and_concepts_by_path(copies) -> None:
    mine_path, theirs_path = copies
    with Project.open(mine_path) as mine, Project.open(theirs_path, read_only=True) as theirs:
        merge_project(mine, theirs)
        care = mine.concept_by_path("Trust/Care")
        assert care is not None
        assert (care.color, care.description) == ("#abcdef", "Looking after others")
        money = mine.concept_by_path("Money")  # matched ignoring case
        assert money is not None
        bobs = [a for a in mine.annotations() if a.author == "bob"]
        assert len(bobs) == 3
        tagged = next(a for a in bobs if a.memo)
        assert (tagged.start, tagged.end, tagged.memo) == (20, 30, "see p. 3")
        assert set(tagged.concept_ids) == {care.id, money.id}
        assert {a.author for a in mine.annotations()} == {"claire", "bob"}


def test_merged_document_keeps_its_original_and_pages(copies) -> None:
    mine_path, theirs_path = copies
    with Project.open(mine_path) as mine, Project.open(theirs_path, read_only=True) as theirs:
        merge_project(mine, theirs)
        report = next(d for d in mine.documents() if d.title == "report")
        assert mine.original_bytes(report.id) == REPORT.original
        assert [(p.number, p.start, p.end) for p in mine.pages(report.id)] == [
            (1, 0, 60), (2, 61, 120)]
        assert mine.check() == []


def test_passages_are_found_again_when_the_text_differs(tmp_path: Path) -> None:
    """Same bytes, text extracted differently (another version of the importer)."""
    original = SHARED.original
    with Project.create(tmp_path / "a.annot") as mine, \
            Project.create(tmp_path / "b.annot", author="bob") as theirs:
        mine.add_document(SHARED)
        shifted = replace(SHARED, text="Preface.\n" + SHARED.text, original=original)
        doc = theirs.add_document(shifted).document
        theirs.annotate(doc.id, 9 + 20, 9 + 40, [])
        theirs.annotate(doc.id, 0, 8, [])  # "Preface." is not in the other text
        report = merge_project(mine, theirs)
        [placed] = mine.annotations()
        assert (placed.start, placed.end) == (20, 40)
        assert report.annotations_added == 1
        assert len(report.unplaced) == 1 and "Preface" in report.unplaced[0]


def test_a_project_cannot_be_merged_into_itself(tmp_path: Path) -> None:
    with Project.create(tmp_path / "a.annot") as mine, \
            Project.open(tmp_path / "a.annot", read_only=True) as same, \
            pytest.raises(ProjectError, match="into itself"):
        merge_project(mine, same)
