"""Document variables: typed values, definitions, undo data, older files, grouping."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from annotator.core import analysis
from annotator.core.analysis.by_variable import variable_matrix
from annotator.core.project import Project
from annotator.core.variables import Variable, VariableError, infer_type, parse_value
from tests.core.conftest import text_document

AGE = Variable(1, "Âge", "number")
WHEN = Variable(2, "Entretien", "date")
PAID = Variable(3, "Rémunéré", "boolean")
SITE = Variable(4, "Site", "category", ("Lyon", "Paris"))


@pytest.mark.parametrize(
    ("variable", "raw", "stored"),
    [
        (AGE, "42", "42"),
        (AGE, " 42,5 ", "42.5"),
        (AGE, "1 200", "1200"),
        (AGE, 7.0, "7"),
        (AGE, "-3.25", "-3.25"),
        (WHEN, "2024-03-05", "2024-03-05"),
        (WHEN, "2024-03-05T10:00:00", "2024-03-05"),
        (WHEN, date(2024, 3, 5), "2024-03-05"),
        (PAID, "Oui", "yes"),
        (PAID, "FALSE", "no"),
        (PAID, True, "yes"),
        (SITE, "paris", "Paris"),
        (SITE, "", None),
        (Variable(5, "Note", "text"), "  a  b ", "a b"),
    ],
)
def test_values_are_kept_in_one_canonical_form(variable, raw, stored) -> None:
    assert parse_value(variable, raw) == stored


@pytest.mark.parametrize(
    ("variable", "raw", "message"),
    [
        (AGE, "quarante", "Âge: 'quarante' is not a number"),
        (AGE, "1,200.5", "is not a number"),
        (WHEN, "03/04/2020", "Entretien: '03/04/2020' is not a date written YYYY-MM-DD"),
        (WHEN, "2024-02-30", "is not a date"),
        (PAID, "peut-être", "Rémunéré: 'peut-être' is not yes or no"),
        (SITE, "Lille", "Site: 'Lille' is not one of its categories (Lyon, Paris)"),
    ],
)
def test_a_value_that_does_not_fit_is_refused_never_guessed(variable, raw, message) -> None:
    with pytest.raises(VariableError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_value(variable, raw)


def test_types_are_inferred_narrowest_first() -> None:
    assert infer_type(["12", "", "3,5"]) == "number"
    assert infer_type(["2024-01-02", "2023-12-31"]) == "date"
    assert infer_type(["oui", "Non"]) == "boolean"
    assert infer_type(["1", "0"]) == "number"
    assert infer_type(["12", "douze"]) == "text"
    assert infer_type(["", " "]) == "text"


@pytest.fixture
def documents(project: Project):
    first = project.add_document(text_document("Un entretien à Lyon.", title="E1")).document
    second = project.add_document(
        text_document("Un autre, à Paris, plus long.", title="E2", source="b.txt")
    ).document
    return project, first.id, second.id


def test_define_set_clear_and_undo_values(documents) -> None:
    project, first, second = documents
    age = project.define_variable("Âge", "number")
    site = project.define_variable("Site", "category", ["Lyon", "Paris", "Lyon"])
    assert site.choices == ("Lyon", "Paris")
    assert [v.name for v in project.variables()] == ["Âge", "Site"]
    assert project.variable_by_name("âGE") == age
    undo = project.set_variable_value(first, age.id, "42")
    project.set_variable_value(second, site.id, "paris")
    assert project.variable_values() == {first: {age.id: "42"}, second: {site.id: "Paris"}}
    project.set_variable_values(undo)
    assert project.variable_values() == {second: {site.id: "Paris"}}
    project.set_variable_value(second, site.id, " ")  # an empty value clears
    assert project.variable_values() == {}


def test_definitions_are_checked(documents) -> None:
    project, _, _ = documents
    project.define_variable("Site", "text")
    for args, message in (
        (("site", "text"), "already a variable named 'site'"),
        (("", "text"), "a variable needs a name"),
        (("X", "colour"), "unknown type 'colour'"),
        (("X", "category"), "a category needs its list of choices"),
        (("X", "number", ["a"]), "only a category has a list"),
    ):
        with pytest.raises(VariableError, match=message):
            project.define_variable(*args)


def test_removing_a_variable_or_a_document_can_be_undone_with_the_values(documents) -> None:
    project, first, second = documents
    age = project.define_variable("Âge", "number")
    project.set_variable_value(first, age.id, "42")
    project.set_variable_value(second, age.id, "30")
    deletion = project.remove_variable(age.id)
    assert (project.variables(), project.variable_values()) == ([], {})
    project.restore_variable(deletion)
    assert project.variables() == [age]
    assert project.variable_values() == {first: {age.id: "42"}, second: {age.id: "30"}}
    removed = project.remove_document(first)
    assert project.variable_values() == {second: {age.id: "30"}}
    project.restore_document(removed)
    assert project.variable_values()[first] == {age.id: "42"}


def test_a_version_3_file_reads_without_variables_and_upgrades(tmp_path: Path) -> None:
    path = tmp_path / "v3.annot"
    with Project.create(path) as project:
        project.add_document(text_document())
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE document_variables")
    conn.execute("DROP TABLE variables")
    conn.execute("DROP TABLE set_members")  # added by version 5
    conn.execute("DROP TABLE document_sets")
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    with Project.open(path, read_only=True) as project:
        assert project.variables() == []
        assert project.variable_values() == {}
    with Project.open(path) as project:
        variable = project.define_variable("Âge", "number")
        project.set_variable_value(project.documents()[0].id, variable.id, "3")
        assert project.check() == []


def test_concepts_by_variable_values(documents) -> None:
    project, first, second = documents
    third = project.add_document(text_document("Sans valeur.", title="E3", source="c.txt"))
    site = project.define_variable("Site", "category", ["Paris", "Lyon"])
    project.set_variable_value(first, site.id, "Lyon")
    project.set_variable_value(second, site.id, "Paris")
    theme = project.add_concept("Ville").id
    project.annotate(first, 15, 19, [theme])  # "Lyon"
    project.annotate(second, 12, 17, [theme])  # "Paris"
    project.annotate(second, 0, 8, [theme])
    project.annotate(third.document.id, 0, 4, [theme])
    data = analysis.load(project)
    values = {d: found[site.id] for d, found in project.variable_values().items()}
    matrix = variable_matrix(data, site, values)
    assert matrix.columns == ("value:Paris", "value:Lyon", "value:")  # the choices' order
    assert [matrix.labels[c] for c in matrix.columns] == ["Paris", "Lyon", "(no value)"]
    assert [matrix.count(theme, c) for c in matrix.columns] == [2, 1, 1]
    assert matrix.coverage(theme, "value:Paris") == pytest.approx(13 / 29)
    assert matrix.coverage(theme, "value:Lyon") == pytest.approx(4 / 20)


def test_numbers_and_yes_no_group_in_their_order() -> None:
    from annotator.core.analysis.by_variable import _order

    values = ["10", "9", "100"]
    assert sorted(values, key=lambda v: _order(AGE, v)) == ["9", "10", "100"]
    assert sorted(["no", "yes"], key=lambda v: _order(PAID, v)) == ["yes", "no"]
