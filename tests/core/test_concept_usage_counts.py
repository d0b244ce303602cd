"""Each concept's number of uses is kept by the file itself (schema 7), and stays equal
to the links actually there through every kind of edit, its undo, a copy and an
upgrade from an older file."""

from __future__ import annotations

import random
import sqlite3
from collections import Counter
from pathlib import Path

from annotator.core.copying import copy_project
from annotator.core.project import Project
from tests.core.conftest import text_document

WORDS = ("communauté", "modération", "audience", "marque", "veille", "crise", "règle")


def counted(project: Project) -> dict[int, int]:
    """Uses counted from the annotations themselves, every concept listed."""
    links = Counter(c for a in project.annotations() for c in a.concept_ids)
    return {concept.id: links[concept.id] for concept in project.concepts()}


def assert_counts_true(project: Project) -> None:
    expected = counted(project)
    assert project.concept_usage() == expected
    assert project.concept_usage(list(expected)) == expected


def coded_project(path: Path, seed: int = 3) -> Project:
    rng = random.Random(seed)
    project = Project.create(path, author="A")
    text = " ".join(rng.choice(WORDS) for _ in range(400))
    documents = [project.add_document(text_document(f"{n} {text}", title=f"Doc {n}",
                                                    source=f"{n}.txt")).document
                 for n in range(3)]
    parents = [project.add_concept(name) for name in ("Rôle", "Crise", "Veille")]
    concepts = parents + [project.add_concept(f"Sous {n}", parent_id=parents[n % 3].id)
                          for n in range(4)]
    for _ in range(60):
        document = rng.choice(documents)
        start = rng.randrange(0, len(document.text) - 40)
        chosen = rng.sample(concepts, rng.randint(0, 2))
        project.annotate(document.id, start, start + rng.randint(5, 35),
                         tuple(c.id for c in chosen))
    return project


def test_counts_follow_every_kind_of_edit_and_its_undo(tmp_path):
    with coded_project(tmp_path / "p.annot") as project:
        assert_counts_true(project)
        concepts = [c.id for c in project.concepts()]
        by_name = {c.name: c.id for c in project.concepts()}
        annotation = project.annotations()[0]
        tagging = project.tag_passage(annotation.document_id, annotation.start,
                                      annotation.end, concepts[-1])  # same range: joins it
        assert_counts_true(project)
        project.untag_passage(tagging)
        assert_counts_true(project)
        old = project.set_annotation_concepts(annotation.id, concepts[:3])
        assert_counts_true(project)
        project.set_annotation_concepts(annotation.id, old)
        assert_counts_true(project)

        deleted = project.delete_annotation(project.annotations()[1].id)
        assert_counts_true(project)
        project.restore_annotation(deleted)
        assert_counts_true(project)

        merge = project.merge_concepts(by_name["Sous 1"], by_name["Sous 2"])
        assert_counts_true(project)
        project.unmerge_concepts(merge)
        assert_counts_true(project)

        deletion = project.delete_concept(by_name["Rôle"])  # and its sub-concepts' links
        assert_counts_true(project)
        project.restore_concepts(deletion)
        assert_counts_true(project)

        removal = project.remove_document(project.documents()[0].id)  # cascades to links
        assert_counts_true(project)
        project.restore_document(removal)
        assert_counts_true(project)


def test_a_copy_rebuilds_the_counts_from_the_links(tmp_path):
    with coded_project(tmp_path / "p.annot") as project:
        expected = counted(project)
    copy_project(tmp_path / "p.annot", tmp_path / "copy.annot")
    with Project.open(tmp_path / "copy.annot") as copy:
        assert copy.concept_usage() == expected
        assert_counts_true(copy)


def test_an_older_file_gets_its_counts_when_upgraded_and_counts_links_when_read_only(tmp_path):
    path = tmp_path / "old.annot"
    with coded_project(path) as project:
        expected = counted(project)
    with sqlite3.connect(path) as raw:  # as schema 6 left it: no kept counts
        raw.executescript(
            "DROP TRIGGER concept_usage_link; DROP TRIGGER concept_usage_unlink; "
            "DROP TRIGGER concept_usage_relink; DROP TABLE concept_usage; "
            "PRAGMA user_version = 6;")
    raw.close()
    with Project.open(path, read_only=True) as old:
        assert old.concept_usage() == expected
        concept = next(iter(expected))
        assert old.concept_usage([concept]) == {concept: expected[concept]}
    with Project.open(path) as upgraded:
        assert_counts_true(upgraded)
        first = upgraded.annotations()[0]
        upgraded.tag_passage(first.document_id, first.start, first.end,
                             upgraded.concepts()[-1].id)
        assert_counts_true(upgraded)
