"""The coding loop answers the same on a server project as on a project file.

One scenario of edits and their undos runs on both; every answer is compared.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from annotator.core.project import Project
from tests.core.conftest import text_document
from tests.server.project_fixtures import FRENCH_TEXT


def _scenario(project: Project) -> list[Any]:
    seen: list[Any] = []
    essay = project.add_document(text_document(FRENCH_TEXT, title="École")).document
    again = project.add_document(text_document(FRENCH_TEXT, title="Copie", source="b.txt"))
    seen += [
        project.add_document(text_document(FRENCH_TEXT)).created,
        [d.title for d in project.documents_with_same_text(essay.id)],
    ]
    theme = project.add_concept("Thème")
    place = project.add_concept("Lieu", parent_id=theme.id)
    other = project.add_concept("Autre")
    seen.append(project.move_concept(other.id, theme.id, 0))
    tagged = project.tag_passage(essay.id, 3, 13, theme.id)
    more = project.tag_passage(essay.id, 3, 13, place.id)
    seen += [tagged.annotation, more.annotation, project.annotation_at(essay.id, 3, 13)]
    project.set_memo(tagged.annotation.id, "première")
    project.untag_passage(more)
    second = project.annotate(essay.id, 40, 48, [other.id], memo="débat")
    seen += [
        project.annotations(),
        project.passages([theme.id, other.id])[1],
        project.concept_usage(),
        project.annotation_counts([essay.id, 99]),
    ]
    merge = project.merge_concepts(other.id, theme.id)
    seen += [project.concepts(), project.annotation(second.id).concept_ids]
    project.unmerge_concepts(merge)
    deletion = project.delete_concept(theme.id)
    seen.append(project.concepts())
    project.restore_concepts(deletion)
    seen += [project.concepts(), project.annotations()]
    hits = project.autocode_hits("communaute", place.id)
    batch = project.autocode(place.id, hits)
    seen += [hits, len(project.annotations(concept_id=place.id)), batch is not None]
    site = project.define_variable("Site", "category", ["Lyon", "Paris"])
    project.set_variable_value(essay.id, site.id, "Lyon")
    removed_variable = project.remove_variable(site.id)
    project.restore_variable(removed_variable)
    seen += [project.variables(), project.variable_values([essay.id])]
    group = project.create_set("Entretiens", [essay.id])
    project.add_to_set(group.id, [again.document.id])
    removed_set = project.remove_set(group.id)
    project.restore_set(removed_set)
    seen += [project.document_sets(), project.members_by_set()]
    removed = project.remove_document(essay.id)
    seen.append(project.info())
    project.restore_document(removed)
    seen += [
        project.info(),
        project.annotations(),
        project.variable_values([essay.id]),
        project.document(essay.id),
        project.pages(essay.id),
    ]
    project.rename_document(essay.id, "Rebaptisé")
    missing = project.add_missing_source("https://example.org/x", error="404")
    project.add_missing_source("https://example.org/x", error="500")
    seen.append(project.missing_sources())
    project.remove_missing_source(missing.id)
    project.keep_refi_guids("concept", {theme.id: "11111111-1111-4111-8111-111111111111"})
    project.set_setting("colour", "bleu")
    seen += [
        project.refi_guids(),
        project.setting("colour"),
        project.missing_sources(),
        [(d.title, d.annotation_count, d.length) for d in project.documents()],
    ]
    return [_without_dates(item) for item in seen]


def _without_dates(item: Any) -> Any:
    """Edits stamp the time of day: compare everything else."""
    text = repr(item)
    for marker in ("created=", "updated=", "imported_at=", "added_at=", "tried_at="):
        while marker + "'" in text:
            start = text.index(marker + "'")
            end = text.index("'", start + len(marker) + 1)
            text = text[:start] + text[end + 1 :]
    return text


def test_the_same_edits_give_the_same_answers(server_url: str, tmp_path: Path) -> None:
    with Project.create(tmp_path / "file.annot", author="annotator_admin") as file:
        expected = _scenario(file)
    with Project.open(server_url) as server:
        assert server.author == "annotator_admin"
        got = _scenario(server)
    for number, (mine, theirs) in enumerate(zip(got, expected, strict=True)):
        assert mine == theirs, f"answer {number} differs"
