"""Document variables through REFI-QDA: <Variables> and <VariableValue>, out and back in."""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from annotator.core.exporting.refi_common import PROJECT_NS
from annotator.core.exporting.refi_export import export_qdpx
from annotator.core.importing.refi_import import import_qdpx
from annotator.core.project import Project
from tests.core import refi_fixtures
from tests.core.refi_fixtures import Study, schema

study = refi_fixtures.study
NS = {"q": PROJECT_NS}


def with_variables(study: Study) -> dict[str, int]:
    project, ids = study.project, study.documents
    made = {
        "Âge": project.define_variable("Âge", "number"),
        "Note": project.define_variable("Note", "number"),
        "Entretien": project.define_variable("Entretien", "date"),
        "Rémunéré": project.define_variable("Rémunéré", "boolean"),
        "Site": project.define_variable("Site", "category", ["Lyon", "Paris"]),
        "Remarque": project.define_variable("Remarque", "text"),
    }
    for key, name, value in (
        ("pdf", "Âge", "42"),
        ("essay", "Âge", "31"),
        ("pdf", "Note", "12.5"),
        ("pdf", "Entretien", "2024-03-05"),
        ("essay", "Rémunéré", "no"),
        ("article", "Site", "Paris"),
        ("article", "Remarque", "<b> & co"),
    ):
        project.set_variable_value(ids[key], made[name].id, value)
    return {name: variable.id for name, variable in made.items()}


def test_variables_are_exported_and_validate(study: Study, tmp_path: Path) -> None:
    with_variables(study)
    path = export_qdpx(study.project, tmp_path / "out.qdpx")
    root = etree.fromstring(zipfile.ZipFile(path).read("project.qde"))
    assert schema("Project.xsd").validate(root), schema("Project.xsd").error_log
    declared = {
        v.get("name"): v.get("typeOfVariable") for v in root.findall("q:Variables/q:Variable", NS)
    }
    assert declared == {
        "Âge": "Integer",
        "Note": "Float",
        "Entretien": "Date",
        "Rémunéré": "Boolean",
        "Site": "Text",
        "Remarque": "Text",
    }
    site = root.find("q:Variables/q:Variable[@name='Site']", NS)
    assert site.findtext("q:Description", namespaces=NS) == "Categories: Lyon; Paris"
    guids = {v.get("guid"): v.get("name") for v in root.findall("q:Variables/q:Variable", NS)}
    pdf = root.find("q:Sources/q:PDFSource", NS)
    values = {
        guids[v.find("q:VariableRef", NS).get("targetGUID")]: (
            etree.QName(v[1]).localname,
            v[1].text,
        )
        for v in pdf.findall("q:VariableValue", NS)
    }
    assert values == {
        "Âge": ("IntegerValue", "42"),
        "Note": ("FloatValue", "12.5"),
        "Entretien": ("DateValue", "2024-03-05"),
    }
    article = study.project.document(study.documents["article"]).title
    source = root.find(f"q:Sources/q:TextSource[@name='{article}']", NS)
    remark = [
        v
        for v in source.findall("q:VariableValue", NS)
        if guids[v[0].get("targetGUID")] == "Remarque"
    ]
    assert remark[0][1].text == "<b> & co"


def test_variables_come_back_with_their_types_and_values(study: Study, tmp_path: Path) -> None:
    with_variables(study)
    path = export_qdpx(study.project, tmp_path / "out.qdpx")
    expected = {
        study.project.document(d).title: {
            study.project.variable(v).name: value for v, value in found.items()
        }
        for d, found in study.project.variable_values().items()
    }
    with Project.create(tmp_path / "copy.annot") as copy:
        report = import_qdpx(copy, path)
        assert not [s for s in report.skipped if "variable" in s]
        assert "document variables: 6 defined, 7 values set" in report.notes
        types = {v.name: (v.type, v.choices) for v in copy.variables()}
        assert types == {
            "Âge": ("number", ()),
            "Note": ("number", ()),
            "Entretien": ("date", ()),
            "Rémunéré": ("boolean", ()),
            "Site": ("category", ("Lyon", "Paris")),
            "Remarque": ("text", ()),
        }
        titles = {d.id: d.title for d in copy.documents()}
        got = {
            titles[d]: {copy.variable(v).name: value for v, value in found.items()}
            for d, found in copy.variable_values().items()
        }
        assert got == expected
        # importing again sets nothing; a value changed here is kept, and said so
        site = copy.variable_by_name("Site")
        article = next(d for d, t in titles.items() if t in expected and "Site" in expected[t])
        copy.set_variable_value(article, site.id, "Lyon")
        again = import_qdpx(copy, path)
        assert "document variables: 0 defined, 0 values set" in again.notes
        assert any("keeps its Site 'Lyon' (the file says 'Paris')" in n for n in again.notes)
