"""REFI-QDA export: a .qdpx that validates against Project.xsd and says what the project says."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree

from annotator.core.errors import Cancelled
from annotator.core.exporting.atomic import ExportFailure
from annotator.core.exporting.refi_common import PROJECT_NS
from annotator.core.exporting.refi_export import export_qdc, export_qdpx
from annotator.core.project import Project
from tests.core import refi_fixtures
from tests.core.refi_fixtures import Study, schema

study = refi_fixtures.study
NS = {"q": PROJECT_NS}


def read_qde(path: Path) -> tuple[etree._Element, zipfile.ZipFile]:
    archive = zipfile.ZipFile(path)
    return etree.fromstring(archive.read("project.qde")), archive


def member(archive: zipfile.ZipFile, reference: str) -> bytes:
    assert reference.startswith("internal://")
    return archive.read("sources/" + reference.removeprefix("internal://"))


def test_the_project_validates_against_the_schema(study: Study, tmp_path: Path) -> None:
    root, _ = read_qde(export_qdpx(study.project, tmp_path / "out.qdpx"))
    project_schema = schema("Project.xsd")
    assert project_schema.validate(root), project_schema.error_log
    assert root.get("name") == "study"
    assert root.get("origin").startswith("Annotator")


def test_sources_carry_originals_and_canonical_plain_text(study: Study, tmp_path: Path) -> None:
    root, archive = read_qde(export_qdpx(study.project, tmp_path / "out.qdpx"))
    project = study.project
    pdf = project.document(study.documents["pdf"])
    (pdf_source,) = root.findall("q:Sources/q:PDFSource", NS)
    assert pdf_source.get("name") == pdf.title
    assert member(archive, pdf_source.get("path")) == project.original_bytes(pdf.id)
    representation = pdf_source.find("q:Representation", NS)
    assert member(archive, representation.get("plainTextPath")).decode("utf-8") == pdf.text

    texts = {s.get("name"): s for s in root.findall("q:Sources/q:TextSource", NS)}
    essay = project.document(study.documents["essay"])
    article = project.document(study.documents["article"])
    assert set(texts) == {essay.title, article.title}
    for document in (essay, article):
        plain = texts[document.title].get("plainTextPath")
        assert member(archive, plain).decode("utf-8") == document.text
    # the web page's HTML goes beside its plain text; the essay's bytes are its plain text
    guid = texts[article.title].get("guid")
    assert archive.read(f"sources/{guid}.original.html") == project.original_bytes(article.id)
    names = archive.namelist()
    assert not any(".original." in n and texts[essay.title].get("guid") in n for n in names)
    assert len(names) == 6  # project.qde, the PDF and its text, two texts, one original


def test_selections_count_code_points_and_carry_codes_authors_memos(
    study: Study, tmp_path: Path
) -> None:
    root, archive = read_qde(export_qdpx(study.project, tmp_path / "out.qdpx"))
    users = {u.get("guid"): u.get("name") for u in root.findall("q:Users/q:User", NS)}
    assert sorted(users.values()) == ["Alice", "Bob"]
    codes = {c.get("guid"): c.get("name") for c in root.iter(f"{{{PROJECT_NS}}}Code")}
    notes = {n.get("guid"): n for n in root.findall("q:Notes/q:Note", NS)}
    found = {}
    for holder in root.iter(f"{{{PROJECT_NS}}}TextSource", f"{{{PROJECT_NS}}}Representation"):
        plain = member(archive, holder.get("plainTextPath")).decode("utf-8")
        for selection in holder.findall("q:PlainTextSelection", NS):
            start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
            memo = [notes[ref.get("targetGUID")].findtext("q:PlainTextContent", None, NS)
                    for ref in selection.findall("q:NoteRef", NS)]
            found[plain[start:end]] = (
                users[selection.get("creatingUser")],
                sorted(codes[ref.get("targetGUID")]
                       for ref in selection.findall("q:Coding/q:CodeRef", NS)),
                memo,
            )
    assert found == {
        "Communauté ne se gère pas": ("Alice", ["Gouvernance", "Rassemblement"],
                                      ["Idée clé — à creuser 😀\nsur deux lignes"]),
        "communauté 😀 vivante": ("Bob", ["Audience"], ["Bob: l'émoji compte pour un caractère"]),
        "Le mythe": ("Alice", [], ["à revoir"]),
        "se cultive 🌱, elle ne se décrète pas": ("Bob", ["Communauté"], []),
        "elle ne se décrète pas": ("Alice", ["Décision"], []),
        "Gaëtan Gagné": ("Alice", ["Décision"], ["Membre"]),
        "La séance est levée à 16h05.": ("Bob", ["Gouvernance"], []),
    }
    emoji = study.project.annotation(study.annotations["emoji"])
    (selection,) = [s for s in root.iter(f"{{{PROJECT_NS}}}PlainTextSelection")
                    if s.get("name") == "communauté 😀 vivante"]
    assert (selection.get("startPosition"), selection.get("endPosition")) == ("147", "167")
    assert (emoji.start, emoji.end) == (147, 167)
    note = notes[selection.find("q:NoteRef", NS).get("targetGUID")]
    assert users[note.get("creatingUser")] == "Bob"
    assert note.get("creationDateTime").endswith("Z") and note.get("modifiedDateTime")


def test_codes_nest_with_colours_and_descriptions(study: Study, tmp_path: Path) -> None:
    root, _ = read_qde(export_qdpx(study.project, tmp_path / "out.qdpx"))
    top = root.findall("q:CodeBook/q:Codes/q:Code", NS)
    assert [c.get("name") for c in top] == ["Communauté", "Gouvernance"]
    assert [c.get("name") for c in top[0].findall("q:Code", NS)] == ["Rassemblement", "Audience"]
    decision = top[1].find("q:Code", NS)
    assert decision.get("color") == "#f5b041" and decision.get("isCodable") == "true"
    assert decision.findtext("q:Description", None, NS) == "Qui décide & comment <vraiment>"


def test_guids_are_stable_across_exports(study: Study, tmp_path: Path) -> None:
    first = zipfile.ZipFile(export_qdpx(study.project, tmp_path / "a.qdpx"))
    second = zipfile.ZipFile(export_qdpx(study.project, tmp_path / "b.qdpx"))
    assert first.read("project.qde") == second.read("project.qde")
    assert first.namelist() == second.namelist()


def test_text_xml_cannot_hold_is_dropped_and_bad_colours_left_out(
    study: Study, tmp_path: Path
) -> None:
    project = study.project
    project.set_memo(study.annotations["untagged"], "bell\x07 and form feed\x0c kept out")
    project.update_concept(study.concepts["Gouvernance"], color="red;background:url(x)")
    root, _ = read_qde(export_qdpx(project, tmp_path / "out.qdpx"))
    assert schema("Project.xsd").validate(root), schema("Project.xsd").error_log
    contents = [n.findtext("q:PlainTextContent", None, NS)
                for n in root.findall("q:Notes/q:Note", NS)]
    assert "bell and form feed kept out" in contents
    governance = root.find("q:CodeBook/q:Codes/q:Code[@name='Gouvernance']", NS)
    assert governance.get("color") is None


def test_an_empty_project_still_validates(tmp_path: Path) -> None:
    with Project.create(tmp_path / "empty.annot", author="A") as project:
        root, archive = read_qde(export_qdpx(project, tmp_path / "empty.qdpx"))
    assert schema("Project.xsd").validate(root), schema("Project.xsd").error_log
    assert archive.namelist() == ["project.qde"]


def test_a_cancelled_export_leaves_nothing(study: Study, tmp_path: Path) -> None:
    def cancel(done: int, total: int) -> None:
        if done:
            raise Cancelled("export")

    with pytest.raises(Cancelled):
        export_qdpx(study.project, tmp_path / "out.qdpx", progress=cancel)
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("study.annot")] == []


def test_the_codebook_alone_validates_as_a_qdc(study: Study, tmp_path: Path) -> None:
    path = export_qdc(study.project, tmp_path / "codes.qdc")
    document = etree.parse(str(path))
    assert schema("Codebook.xsd").validate(document), schema("Codebook.xsd").error_log
    names = [c.get("name") for c in document.iter("{urn:QDA-XML:codebook:1.0}Code")]
    assert names == ["Communauté", "Rassemblement", "Audience", "Gouvernance", "Décision"]
    qde_codes = read_qde(export_qdpx(study.project, tmp_path / "p.qdpx"))[0]
    assert [c.get("guid") for c in document.iter("{urn:QDA-XML:codebook:1.0}Code")] == [
        c.get("guid") for c in qde_codes.iter(f"{{{PROJECT_NS}}}Code")
    ]


def test_an_empty_codebook_is_refused_without_writing(tmp_path: Path) -> None:
    with Project.create(tmp_path / "empty.annot", author="A") as project, pytest.raises(
        ExportFailure, match="codebook is empty"
    ):
        export_qdc(project, tmp_path / "codes.qdc")
    assert not (tmp_path / "codes.qdc").exists()


def test_titles_and_quotes_holding_markup_characters_come_back_as_written(
    tmp_path: Path
) -> None:
    from annotator.core.importing.base import ImportedDocument

    title = 'R&D <"cité">\tbilan \x07'
    text = 'Le "bilan" <brut> & les a priori — tout y est.'
    with Project.create(tmp_path / "marks.annot", author='Zoé & "co"') as project:
        document = project.add_document(ImportedDocument(
            title=title, kind="text", source="m.txt", text=text, original=text.encode(),
            media_type="text/plain")).document
        project.annotate(document.id, 0, len(text), [project.add_concept("Bilan").id])
        root, _ = read_qde(export_qdpx(project, tmp_path / "marks.qdpx"))
    assert schema("Project.xsd").validate(root), schema("Project.xsd").error_log
    assert root.find("q:Sources/q:TextSource", NS).get("name") == 'R&D <"cité">\tbilan '
    selection = root.find("q:Sources/q:TextSource/q:PlainTextSelection", NS)
    assert selection.get("name") == text
    assert root.find("q:Users/q:User", NS).get("name") == 'Zoé & "co"'


def test_guids_are_the_uuid5_of_earlier_exports() -> None:
    import uuid

    from annotator.core.exporting.refi_common import Guids

    identity = uuid.UUID("0f3c6a52-8d1e-4b7a-9c55-2e1f0a9b7d64")
    guids = Guids(identity)
    for kind, key in (("code", 7), ("user", "Zoé"), ("coding", "abc\n12"), ("note", 10**9)):
        assert guids(kind, key) == str(uuid.uuid5(identity, f"{kind}\n{key}"))
