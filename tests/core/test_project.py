"""Project: documents, the concept tree, annotations, undo data, persistence."""

from __future__ import annotations

import pytest

from annotator.core.errors import ProjectError
from annotator.core.project import Project
from tests.core.conftest import SAMPLE_TEXT, text_document


def test_add_document_is_deduplicated_by_content(project: Project) -> None:
    first = project.add_document(text_document())
    again = project.add_document(text_document(title="Other title", source="copy.txt"))
    assert first.created and not again.created
    assert again.document.id == first.document.id
    assert [d.title for d in project.documents()] == ["Essai"]
    assert project.original_bytes(first.document.id) == SAMPLE_TEXT.encode()


def test_annotation_keeps_code_point_offsets_after_emoji(project: Project) -> None:
    doc = project.add_document(text_document()).document
    start = doc.text.index("vivante")
    annotation = project.annotate(doc.id, start, start + len("vivante"))
    assert annotation.quote == "vivante"
    assert annotation.anchor.prefix.endswith("😀 ")


def test_annotate_rejects_ranges_outside_the_text(project: Project) -> None:
    doc = project.add_document(text_document()).document
    with pytest.raises(ProjectError, match="outside"):
        project.annotate(doc.id, 10, len(doc.text) + 5)
    with pytest.raises(ProjectError):
        project.annotate(doc.id, 5, 5)


def test_everything_survives_reopening(tmp_path) -> None:
    path = tmp_path / "p.annot"
    with Project.create(path, author="B") as project:
        doc = project.add_document(text_document()).document
        parent = project.add_concept("Rôle du CM", color="#ff0000")
        child = project.add_concept("Animer", parent_id=parent.id)
        project.annotate(doc.id, 0, 8, [child.id], memo="mémo")
    with Project.open(path) as reopened:
        [annotation] = reopened.annotations()
        assert annotation.quote == "Le mythe"
        assert annotation.memo == "mémo"
        assert annotation.author == "B"
        assert reopened.concept_path(annotation.concept_ids[0]) == "Rôle du CM/Animer"
        assert reopened.concept(parent.id).color == "#ff0000"


def test_concept_names_are_unique_among_siblings(project: Project) -> None:
    parent = project.add_concept("E-réputation")
    project.add_concept("Veille", parent_id=parent.id)
    with pytest.raises(ProjectError, match="already"):
        project.add_concept("veille", parent_id=parent.id)
    with pytest.raises(ProjectError, match="already"):
        project.add_concept("e-réputation")
    assert project.add_concept("Veille").parent_id is None  # another level: allowed


def test_delete_concept_removes_subtree_and_restore_brings_all_back(project: Project) -> None:
    doc = project.add_document(text_document()).document
    parent = project.add_concept("A")
    child = project.add_concept("B", parent_id=parent.id)
    other = project.add_concept("C")
    annotation = project.annotate(doc.id, 0, 5, [child.id, other.id])
    deletion = project.delete_concept(parent.id)
    assert [c.name for c in project.concepts()] == ["C"]
    assert project.annotation(annotation.id).concept_ids == (other.id,)
    project.restore_concepts(deletion)
    assert [c.name for c in project.concepts()] == ["A", "B", "C"]
    assert project.annotation(annotation.id).concept_ids == (child.id, other.id)


def test_move_concept_reorders_and_refuses_cycles(project: Project) -> None:
    a = project.add_concept("A")
    b = project.add_concept("B")
    c = project.add_concept("C", parent_id=a.id)
    old = project.move_concept(b.id, None, 0)
    assert [x.name for x in project.concepts()] == ["B", "A", "C"]
    project.restore_concept_placement(old)
    assert [x.name for x in project.concepts()] == ["A", "C", "B"]
    with pytest.raises(ProjectError, match="under itself"):
        project.move_concept(a.id, c.id)


def test_merge_moves_tags_and_children_and_can_be_undone(project: Project) -> None:
    doc = project.add_document(text_document()).document
    source = project.add_concept("Audience")
    source_child = project.add_concept("Abonnés", parent_id=source.id)
    target = project.add_concept("Communauté")
    first = project.annotate(doc.id, 0, 5, [source.id])
    both = project.annotate(doc.id, 10, 20, [source.id, target.id])
    merge = project.merge_concepts(source.id, target.id)
    assert project.annotation(first.id).concept_ids == (target.id,)
    assert project.annotation(both.id).concept_ids == (target.id,)
    assert project.concept(source_child.id).parent_id == target.id
    project.unmerge_concepts(merge)
    assert project.annotation(first.id).concept_ids == (source.id,)
    assert project.annotation(both.id).concept_ids == (source.id, target.id)
    assert project.concept(source_child.id).parent_id == source.id


def test_memo_and_concept_edits_return_old_values(project: Project) -> None:
    doc = project.add_document(text_document()).document
    concept = project.add_concept("X")
    annotation = project.annotate(doc.id, 0, 5, memo="avant")
    assert project.set_memo(annotation.id, "après") == "avant"
    assert project.set_annotation_concepts(annotation.id, [concept.id]) == ()
    deleted = project.delete_annotation(annotation.id)
    assert project.annotations() == []
    project.restore_annotation(deleted)
    restored = project.annotation(annotation.id)
    assert restored.memo == "après" and restored.concept_ids == (concept.id,)


def test_remove_document_and_restore_keeps_annotations(project: Project) -> None:
    doc = project.add_document(text_document()).document
    annotation = project.annotate(doc.id, 0, 5, memo="m")
    deletion = project.remove_document(doc.id)
    assert project.documents() == [] and project.annotations() == []
    project.restore_document(deletion)
    assert project.annotation(annotation.id).memo == "m"
    assert project.search("communaute")


def test_annotations_by_concept_span_documents(project: Project) -> None:
    one = project.add_document(text_document()).document
    two = project.add_document(text_document("Autre texte sur la modération.", "Deux", "2.txt"))
    concept = project.add_concept("Modération")
    project.annotate(one.id, 0, 5, [concept.id])
    project.annotate(two.document.id, 0, 5, [concept.id])
    project.annotate(one.id, 6, 10)
    found = project.annotations(concept_id=concept.id)
    assert {a.document_id for a in found} == {one.id, two.document.id}
    assert project.concept_usage()[concept.id] == 2


def test_settings_round_trip(project: Project) -> None:
    project.set_setting("last_document", "3")
    assert project.setting("last_document") == "3"
    assert project.setting("missing", "default") == "default"


def test_concepts_keep_their_number_key_when_the_tree_changes(project: Project) -> None:
    first = project.add_concept("Rôle")
    second = project.add_concept("Crise")
    child = project.add_concept("Veille", parent_id=second.id)
    assert [project.concept(c.id).shortcut for c in (first, second, child)] == ["1", "2", "3"]
    project.move_concept(child.id, None, 0)  # reordering moves no key
    assert project.concept_for_key("3").id == child.id
    project.delete_concept(first.id)  # a deleted concept frees its key
    assert project.concept_for_key("1") is None
    assert project.add_concept("Nouveau").shortcut == "1"
    with pytest.raises(ProjectError, match="already applies"):
        project.update_concept(child.id, shortcut="2")
    project.update_concept(child.id, shortcut="")
    assert project.add_concept("Autre").shortcut == "3"
