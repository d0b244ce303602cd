"""Merging a coder's copy brings its document variables and sets, once, by name."""

from __future__ import annotations

import shutil
from pathlib import Path

from annotator.cli import main
from annotator.core.analysis import merge_project
from annotator.core.project import Project
from tests.core.conftest import text_document


def titled(project: Project) -> dict[str, int]:
    return {d.title: d.id for d in project.documents()}


def test_variables_and_sets_come_across_once(tmp_path: Path, capsys) -> None:
    mine_path, theirs_path = tmp_path / "claire.annot", tmp_path / "bob.annot"
    with Project.create(mine_path) as mine:
        for n in (1, 2):
            mine.add_document(text_document(f"Texte {n}.", f"E{n}", f"{n}.txt"))
        site = mine.define_variable("Site", "category", ["Lyon", "Paris"])
        mine.set_variable_value(titled(mine)["E1"], site.id, "Lyon")
        mine.create_set("Pilote", [titled(mine)["E1"]])
    shutil.copy(mine_path, theirs_path)
    with Project.open(theirs_path) as theirs:
        ids = {
            **titled(theirs),
            "E3": theirs.add_document(text_document("Texte 3.", "E3", "3.txt")).document.id,
        }
        site = theirs.variable_by_name("Site")
        theirs.set_variable_value(ids["E1"], site.id, "Paris")  # differs: Claire's is kept
        theirs.set_variable_value(ids["E3"], site.id, "Paris")
        age = theirs.define_variable("Âge", "number")
        theirs.set_variable_value(ids["E2"], age.id, "42")
        pilot = theirs.set_by_name("pilote")
        theirs.add_to_set(pilot.id, [ids["E3"]])
        theirs.create_set("Lille", [ids["E2"], ids["E3"]])
    with Project.open(mine_path) as mine, Project.open(theirs_path, read_only=True) as theirs:
        groups = merge_project(mine, theirs).groups
        assert (groups.variables_added, groups.values_set) == (1, 2)
        assert (groups.sets_added, groups.set_documents_added) == (1, 3)
        assert groups.notes == ["“E1” keeps its Site 'Lyon' (the copy says 'Paris')"]
        ids = titled(mine)
        names = {v.id: v.name for v in mine.variables()}
        values = {
            title: {names[v]: value for v, value in mine.variable_values().get(i, {}).items()}
            for title, i in ids.items()
        }
        assert values == {"E1": {"Site": "Lyon"}, "E2": {"Âge": "42"}, "E3": {"Site": "Paris"}}
        members = {s.name: mine.set_members(s.id) for s in mine.document_sets()}
        assert members == {"Pilote": {ids["E1"], ids["E3"]}, "Lille": {ids["E2"], ids["E3"]}}
    capsys.readouterr()
    assert main(["merge", str(mine_path), str(theirs_path)]) == 0
    captured = capsys.readouterr()
    assert "0 variables added, 0 values set; 0 sets added, 0 documents put in sets" in captured.out
    assert "“E1” keeps its Site 'Lyon' (the copy says 'Paris')" in captured.err
    with Project.open(mine_path, read_only=True) as mine:
        assert len(mine.variables()) == 2 and len(mine.document_sets()) == 2
