"""Document sets through REFI-QDA: <Sets> out and back in, and the <Cases> of NVivo or MAXQDA."""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from annotator.core.exporting.refi_common import PROJECT_NS
from annotator.core.exporting.refi_export import export_qdpx
from annotator.core.importing.refi_import import import_qdpx
from annotator.core.project import Project
from tests.core.conftest import text_document
from tests.core.refi_fixtures import schema, zip_bytes

NS = {"q": PROJECT_NS}


def members(project: Project) -> dict[str, set[str]]:
    titles = {d.id: d.title for d in project.documents()}
    found = project.members_by_set()
    return {s.name: {titles[d] for d in found.get(s.id, ())} for s in project.document_sets()}


def test_sets_are_exported_valid_and_come_back(project: Project, tmp_path: Path) -> None:
    ids = [
        project.add_document(text_document(f"Texte {n}.", f"E{n}", f"{n}.txt")).document.id
        for n in range(3)
    ]
    project.create_set("Lyon & co", ids[:2], description="Premier terrain")
    project.create_set("Vide")
    project.define_variable("Âge", "number")
    project.set_variable_value(ids[0], project.variable_by_name("Âge").id, "42")
    path = export_qdpx(project, tmp_path / "out.qdpx")
    written_xml = zipfile.ZipFile(path).read("project.qde")
    assert b"ns0:" not in written_xml  # the default namespace, as the rest of the file
    root = etree.fromstring(written_xml)
    assert schema("Project.xsd").validate(root), schema("Project.xsd").error_log
    sources = {s.get("guid"): s.get("name") for s in root.find("q:Sources", NS)}
    written = {
        s.get("name"): (
            s.findtext("q:Description", namespaces=NS),
            {sources[m.get("targetGUID")] for m in s.findall("q:MemberSource", NS)},
        )
        for s in root.findall("q:Sets/q:Set", NS)
    }
    assert written == {"Lyon & co": ("Premier terrain", {"E0", "E1"}), "Vide": (None, set())}
    with Project.create(tmp_path / "copy.annot") as copy:
        report = import_qdpx(copy, path)
        assert "document sets: 2 created, 2 documents added" in report.notes
        assert members(copy) == {"Lyon & co": {"E0", "E1"}, "Vide": set()}
        assert copy.set_by_name("Lyon & co").description == "Premier terrain"
        again = import_qdpx(copy, path)
        assert "document sets: 0 created, 0 documents added" in again.notes
        assert len(copy.document_sets()) == 2


AGE = "A0000000-0000-4000-8000-000000000001"
SITE = "A0000000-0000-4000-8000-000000000002"
S1 = "50000000-0000-4000-8000-000000000001"
S2 = "50000000-0000-4000-8000-000000000002"
GONE = "50000000-0000-4000-8000-0000000000FF"


def value(variable: str, element: str, text: str) -> str:
    return (
        f'<VariableValue><VariableRef targetGUID="{variable}"/>'
        f"<{element}>{text}</{element}></VariableValue>"
    )


CASES_QDE = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Cases" origin="NVivo 12">
 <Variables>
  <Variable guid="{AGE}" name="Age" typeOfVariable="Integer"/>
  <Variable guid="{SITE}" name="Site" typeOfVariable="Text"/>
 </Variables>
 <Cases>
  <Case guid="C0000000-0000-4000-8000-000000000001" name="Alice">
   {value(AGE, "IntegerValue", "34")}{value(SITE, "TextValue", "Lyon")}
   <SourceRef targetGUID="{{{S1.lower()}}}"/>
  </Case>
  <Case guid="C0000000-0000-4000-8000-000000000002" name="Bob">
   {value(AGE, "IntegerValue", "51")}
   <SourceRef targetGUID="{S2}"/><SourceRef targetGUID="{GONE}"/>
   <SelectionRef targetGUID="5E100000-0000-4000-8000-000000000001"/>
  </Case>
 </Cases>
 <Sources>
  <TextSource guid="{S1}" name="Entretien Alice">
   <PlainTextContent>Alice parle de Lyon.</PlainTextContent>
   {value(SITE, "TextValue", "Paris")}
  </TextSource>
  <TextSource guid="{S2}" name="Entretien Bob">
   <PlainTextContent>Bob parle de Lille.</PlainTextContent>
  </TextSource>
 </Sources>
 <Sets>
  <Set guid="5E700000-0000-4000-8000-000000000001" name="Pilote">
   <MemberCode targetGUID="C0DE0000-0000-4000-8000-00000000000A"/>
   <MemberSource targetGUID="{S2}"/>
  </Set>
 </Sets>
</Project>"""


def test_cases_become_sets_and_give_their_values_to_their_documents(
    project: Project, tmp_path: Path
) -> None:
    path = tmp_path / "cases.qdpx"
    path.write_bytes(zip_bytes({"project.qde": CASES_QDE}))
    assert schema("Project.xsd").validate(etree.fromstring(CASES_QDE.encode()))
    report = import_qdpx(project, path)
    assert members(project) == {
        "Pilote": {"Entretien Bob"},
        "Alice": {"Entretien Alice"},
        "Bob": {"Entretien Bob"},
    }
    titles = {d.id: d.title for d in project.documents()}
    values = {
        titles[d]: {project.variable(v).name: found[v] for v in found}
        for d, found in project.variable_values().items()
    }
    # Alice's document keeps its own site: the case's is listed, not written over it
    assert values == {
        "Entretien Alice": {"Age": "34", "Site": "Paris"},
        "Entretien Bob": {"Age": "51"},
    }
    assert "case “Alice”: a document keeps its Site 'Paris' (the case says 'Lyon')" in (
        report.notes
    )
    assert report.skipped == [
        "skipped: 1 codes and notes in sets (only documents are grouped here)",
        "skipped: 1 passages and codes of cases (only whole documents are grouped here)",
        "skipped: 1 documents of the set “Bob” (not imported)",
    ]
    assert "document sets: 3 created, 3 documents added" in report.notes
    again = import_qdpx(project, path)
    assert "document sets: 0 created, 0 documents added" in again.notes
    assert "document variables: 0 defined, 0 values set" in again.notes
