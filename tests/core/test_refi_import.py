"""REFI-QDA import: round trips, other tools' liberties, and hostile files that change nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from annotator.core.errors import AnnotatorError, ImportFailure
from annotator.core.exporting.refi_export import export_qdc, export_qdpx
from annotator.core.importing import import_bytes
from annotator.core.importing.refi_archive import MAX_RATIO
from annotator.core.importing.refi_import import (
    MAX_CODE_DEPTH,
    RefiImportReport,
    import_qdc,
    import_qdpx,
)
from annotator.core.palette import PALETTE
from annotator.core.project import Project
from tests.core import refi_fixtures
from tests.core.refi_fixtures import PV_PDF, Study, zip_bytes

study = refi_fixtures.study
U1 = "{6F3E1C2A-0000-4000-8000-00000000000A}"  # braces and capitals, as some tools write
U2 = "6f3e1c2a-0000-4000-8000-00000000000b"
CODE_A = "C0DE0000-0000-4000-8000-00000000000A"
CODE_B = "C0DE0000-0000-4000-8000-00000000000B"
CODE_C = "C0DE0000-0000-4000-8000-00000000000C"
INTERVIEW = "Première ligne.\r\nDeuxième ligne, avec un café ☕.\r\nFin."


def snapshot(project: Project) -> tuple[object, ...]:
    """Everything an import could change, to compare before and after."""
    documents = [(d.title, d.kind, project.document(d.id).text) for d in project.documents()]
    concepts = [(project.concept_path(c.id), c.color, c.description) for c in project.concepts()]
    annotations = sorted(
        (project.document(a.document_id).title, a.quote,
         tuple(sorted(project.concept_path(c) for c in a.concept_ids)), a.author, a.memo)
        for a in project.annotations()
    )
    return documents, concepts, annotations


def originals(project: Project) -> dict[str, str]:
    return {d.title: hashlib.sha256(project.original_bytes(d.id)).hexdigest()
            for d in project.documents()}


def test_a_round_trip_keeps_documents_concepts_and_annotations(
    study: Study, fresh: Project, tmp_path: Path
) -> None:
    steps: list[tuple[int, int]] = []
    path = export_qdpx(study.project, tmp_path / "out.qdpx")
    report = import_qdpx(fresh, path, progress=lambda done, total: steps.append((done, total)))
    assert steps[0] == (0, 3) and steps[-1] == (3, 3)
    assert (report.documents_added, report.concepts_added, report.annotations_added) == (3, 5, 7)
    assert report.skipped == [] and report.notes == []
    assert snapshot(fresh) == snapshot(study.project)
    assert originals(fresh) == originals(study.project)  # the PDF and the page's HTML too
    kinds = {d.title: d.kind for d in fresh.documents()}
    assert sorted(kinds.values()) == ["pdf", "text", "web"]
    pdf = next(d for d in fresh.documents() if d.kind == "pdf")
    assert fresh.pages(pdf.id)  # re-imported as a PDF, with its pages
    emoji = next(a for a in fresh.annotations() if "😀 vivante" in a.quote)
    assert (emoji.start, emoji.end, emoji.author) == (147, 167, "Bob")


def test_a_second_import_adds_nothing(study: Study, fresh: Project, tmp_path: Path) -> None:
    path = export_qdpx(study.project, tmp_path / "out.qdpx")
    import_qdpx(fresh, path)
    before = snapshot(fresh)
    again = import_qdpx(fresh, path)
    assert (again.documents_added, again.concepts_added, again.annotations_added) == (0, 0, 0)
    assert (again.documents_reused, again.concepts_reused, again.annotations_present) == (3, 5, 7)
    assert snapshot(fresh) == before
    into_origin = import_qdpx(study.project, path)
    assert (into_origin.documents_added, into_origin.annotations_added) == (0, 0)


def test_a_text_file_in_another_encoding_keeps_its_original(
    study: Study, fresh: Project, tmp_path: Path
) -> None:
    latin = import_bytes("Un café à Montréal.\r\nDeux lignes.".encode("cp1252"), "notes.txt")
    document = study.project.add_document(latin).document
    study.project.annotate(document.id, 3, 7, [study.concepts["Communauté"]], "café")
    import_qdpx(fresh, export_qdpx(study.project, tmp_path / "out.qdpx"))
    assert originals(fresh) == originals(study.project)
    assert snapshot(fresh) == snapshot(study.project)


def test_a_codebook_round_trip(study: Study, fresh: Project, tmp_path: Path) -> None:
    path = export_qdc(study.project, tmp_path / "codes.qdc")
    report = import_qdc(fresh, path)
    assert (report.concepts_added, report.concepts_reused) == (5, 0)
    assert snapshot(fresh)[1] == snapshot(study.project)[1]
    assert import_qdc(fresh, path).concepts_added == 0


def study_qde(sources: str, notes: str = "") -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="My Study" origin="Other tool 3">
 <Users><User guid="{U1}" name="Dana"/><User guid="{U2}" name="Eli"/></Users>
 <CodeBook><Codes>
  <Code guid="{CODE_A}" name="Motivation" isCodable="true">
   <Description>Why people take part</Description>
   <Code guid="{CODE_B}" name="Pros/Cons" isCodable="true"/>
  </Code>
  <Code guid="{CODE_C}" name="  Lieux   communs " isCodable="false" color="#ABC"/>
 </Codes></CodeBook>
 <Sources>{sources}</Sources>
 {notes}
</Project>"""


def test_a_liberal_import_of_another_tools_project(fresh: Project, tmp_path: Path) -> None:
    qde = study_qde(
        sources=f"""
  <TextSource guid="50000000-0000-4000-8000-000000000001" name="Interview"
     plainTextPath="internal://50000000-0000-4000-8000-000000000001.txt">
   <PlainTextSelection guid="5E100000-0000-4000-8000-000000000001" startPosition="17"
      endPosition="32" creatingUser="{U1}">
    <Description>described, not noted</Description>
    <Coding guid="5C000000-0000-4000-8000-000000000001"><CodeRef targetGUID="{CODE_B}"/></Coding>
   </PlainTextSelection>
   <PlainTextSelection guid="5E100000-0000-4000-8000-000000000002" startPosition="5"
      endPosition="5" creatingUser="{U1}"/>
   <PlainTextSelection guid="5E100000-0000-4000-8000-000000000003" startPosition="40"
      endPosition="900" creatingUser="{U1}"/>
   <PlainTextSelection guid="5E100000-0000-4000-8000-000000000004" startPosition="0"
      endPosition="15" creatingUser="{U2.upper()}">
    <Coding guid="5C000000-0000-4000-8000-000000000002"><CodeRef targetGUID="{CODE_C}"/></Coding>
    <Coding guid="5C000000-0000-4000-8000-000000000003">
     <CodeRef targetGUID="DEAD0000-0000-4000-8000-000000000000"/></Coding>
    <NoteRef targetGUID="40000000-0000-4000-8000-000000000001"/>
   </PlainTextSelection>
  </TextSource>
  <TextSource guid="50000000-0000-4000-8000-000000000002" name="Inline notes">
   <PlainTextContent>Un texte écrit dans le fichier 😀 même.</PlainTextContent>
   <PlainTextSelection guid="5E100000-0000-4000-8000-000000000005" startPosition="23"
      endPosition="32" modifyingUser="{U2}">
    <Coding guid="5C000000-0000-4000-8000-000000000004"><CodeRef targetGUID="{CODE_A}"/></Coding>
   </PlainTextSelection>
  </TextSource>
  <TextSource guid="50000000-0000-4000-8000-000000000003" name="Lost"
     plainTextPath="relative:///elsewhere/lost.txt">
   <PlainTextSelection guid="5E100000-0000-4000-8000-000000000006" startPosition="0"
      endPosition="4"/>
  </TextSource>
  <PictureSource guid="50000000-0000-4000-8000-000000000004" name="Photo"
     path="internal://photo.png"/>""",
        notes="""<Notes>
  <Note guid="40000000-0000-4000-8000-000000000001" name="n1">
   <PlainTextContent>Une note sur le début</PlainTextContent></Note>
  <Note guid="40000000-0000-4000-8000-000000000002" name="journal">
   <PlainTextContent>Journal de terrain</PlainTextContent></Note>
 </Notes>""",
    )
    path = tmp_path / "My Study.qdpx"
    path.write_bytes(zip_bytes({
        "My Study.qde": qde,
        "Sources/50000000-0000-4000-8000-000000000001.txt": INTERVIEW.encode("utf-8"),
    }))
    report = import_qdpx(fresh, path)

    concepts = {fresh.concept_path(c.id): c for c in fresh.concepts()}
    assert list(concepts) == ["Motivation", "Motivation/Pros∕Cons", "Lieux communs"]
    assert concepts["Motivation"].description == "Why people take part"
    assert concepts["Lieux communs"].color == "#aabbcc"
    assert {concepts["Motivation"].color, concepts["Motivation/Pros∕Cons"].color} <= set(PALETTE)
    assert report.notes == ["code “Pros/Cons” imported as “Pros∕Cons”"]

    documents = {d.title: fresh.document(d.id) for d in fresh.documents()}
    assert sorted(documents) == ["Inline notes", "Interview"]
    interview = documents["Interview"]
    assert interview.text == INTERVIEW.replace("\r\n", "\n")  # as the text importer reads it
    found = {(a.quote, tuple(fresh.concept_path(c) for c in a.concept_ids), a.author, a.memo)
             for a in fresh.annotations()}
    assert found == {
        ("Deuxième ligne,", ("Motivation/Pros∕Cons",), "Dana", "described, not noted"),
        ("Première ligne.", ("Lieux communs",), "Eli", "Une note sur le début"),
        ("fichier 😀", ("Motivation",), "Eli", ""),
    }
    assert report.skipped == [
        "skipped: passage 5–5 of “Interview”: empty selection",
        "skipped: passage 40–900 of “Interview”: outside the text (0–54)",
        "skipped: 1 codings of passage 0–15 of “Interview” “Première ligne.”: their code is not "
        "in the codebook",
        "skipped: source “Lost”: its text relative:///elsewhere/lost.txt is not in the archive "
        "(1 passages not imported)",
        "skipped: picture source “Photo” (only text and PDF sources are imported)",
        "skipped: 1 notes attached to no passage (project, document or code memos)",
    ]
    assert (report.documents_added, report.concepts_added, report.annotations_added) == (2, 3, 3)


def test_pdf_passages_are_reanchored_when_the_other_tools_text_differs(
    fresh: Project, tmp_path: Path, pdf_dir: Path
) -> None:
    pdf = (pdf_dir / PV_PDF).read_bytes()
    other_text = (  # another extractor: other line breaks, spacing and a little of the text
        "COMITÉ DE DÉMOLITION  PROCÈS-VERBAL\r\n\r\nSéance publique tenue le 20 juin, "
        "à 16h00 à la salle du conseil Présences Membres : M. Gaëtan   Gagné, "
        "conseiller municipal\r\n[figure]\r\nLa séance est levée à 16h05."
    )
    wanted = ["Séance publique tenue le 20 juin", "Gaëtan   Gagné", "La séance est levée"]
    selections = "".join(
        f'<PlainTextSelection guid="5E100000-0000-4000-8000-00000000000{i}" '
        f'startPosition="{other_text.index(q)}" endPosition="{other_text.index(q) + len(q)}">'
        f'<Coding guid="5C000000-0000-4000-8000-00000000000{i}"><CodeRef targetGUID="{CODE_A}"/>'
        "</Coding></PlainTextSelection>"
        for i, q in enumerate([*wanted, "[figure]"])
    )
    qde = study_qde(f"""
  <PDFSource guid="50000000-0000-4000-8000-000000000009" name="PV.pdf" path="internal://pv.pdf">
   <PDFSelection guid="5E100000-0000-4000-8000-0000000000AA" page="1" firstX="1" firstY="1"
      secondX="9" secondY="9"/>
   <Representation guid="50000000-0000-4000-8000-00000000000A" plainTextPath="internal://pv.txt">
    {selections}
   </Representation>
  </PDFSource>""")
    path = tmp_path / "pdf.qdpx"
    path.write_bytes(zip_bytes({"project.qde": qde, "sources/pv.pdf": pdf,
                                "sources/pv.txt": other_text}))
    report = import_qdpx(fresh, path)
    (document,) = fresh.documents()
    assert document.kind == "pdf" and document.title == "PV.pdf"
    quotes = [a.quote for a in fresh.annotations()]
    assert quotes == ["Séance publique tenue le 20 juin", "Gaëtan Gagné", "La séance est levée"]
    assert ("3 passages of “PV.pdf” were placed by their quote: the texts differ (e.g. “Séance "
            "publique tenue le 20 juin”)") in report.notes
    figure = other_text.index("[figure]")
    assert report.skipped == [
        "skipped: 1 area selections in the PDF “PV.pdf” (only text passages are imported)",
        f"skipped: passage {figure}–{figure + 8} of “PV.pdf” “[figure]”: not found in the "
        "imported text",
    ]


def test_sources_are_looked_for_only_inside_the_archive(fresh: Project, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("a private file of the user", encoding="utf-8")
    qde = study_qde(f"""
  <TextSource guid="50000000-0000-4000-8000-000000000001" name="Secret"
     plainTextPath="absolute://{secret}"/>""")
    path = tmp_path / "probe.qdpx"
    path.write_bytes(zip_bytes({"project.qde": qde}))
    report = import_qdpx(fresh, path)
    assert fresh.documents() == []
    assert report.skipped == [f"skipped: source “Secret”: its text absolute://{secret} is not in "
                              "the archive"]


def hostile(fresh: Project, path: Path, match: str) -> ImportFailure:
    """Importing `path` fails with an error naming the file and the cause; nothing is written."""
    import_qdc(fresh, one_code_codebook(fresh, path.parent))
    before = snapshot(fresh)
    with pytest.raises(ImportFailure, match=match) as caught:
        import_qdpx(fresh, path)
    assert isinstance(caught.value, AnnotatorError)
    assert str(path) in str(caught.value)
    assert snapshot(fresh) == before
    return caught.value


def one_code_codebook(project: Project, folder: Path) -> Path:
    """A one-code codebook, so that 'nothing written' is checked against a non-empty project."""
    path = folder / "one.qdc"
    path.write_text(
        '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>'
        f'<Code guid="{CODE_A}" name="Déjà là" isCodable="true"/></Codes></CodeBook>',
        encoding="utf-8",
    )
    return path


def test_path_traversal_in_the_archive_is_refused(fresh: Project, tmp_path: Path) -> None:
    path = tmp_path / "evil.qdpx"
    path.write_bytes(zip_bytes({
        "project.qde": study_qde(""),
        "../evil": b"outside",
    }))
    error = hostile(fresh, path, "path traversal")
    assert "'../evil'" in str(error)


def test_entity_expansion_is_refused(fresh: Project, tmp_path: Path) -> None:
    laughs = (
        '<?xml version="1.0"?>\n<!DOCTYPE Project [\n <!ENTITY lol "lol">\n'
        + "".join(f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n'
                  for i in range(1, 10))
        + ']>\n<Project xmlns="urn:QDA-XML:project:1.0" name="&lol9;"/>'
    )
    path = tmp_path / "laughs.qdpx"
    path.write_bytes(zip_bytes({"project.qde": laughs}))
    hostile(fresh, path, "project.qde: refused, the XML declares entities")


def test_a_zip_bomb_is_refused(fresh: Project, tmp_path: Path) -> None:
    path = tmp_path / "bomb.qdpx"
    path.write_bytes(zip_bytes({"project.qde": study_qde("") + " " * (MAX_RATIO * 20_000)}))
    hostile(fresh, path, "project.qde: refused, it expands")


@pytest.mark.parametrize(
    ("members", "match"),
    [
        ({"readme.txt": "no project here"}, "no project \\(.qde file\\) in the archive"),
        ({"a.qde": study_qde(""), "b/b.qde": study_qde("")}, "several projects in the archive"),
        ({"project.qde": "<Project><Sources>"}, "project.qde: not well-formed XML"),
        ({"project.qde": "<CodeBook/>"}, "not a REFI-QDA project \\(its root is <CodeBook>\\)"),
    ],
)
def test_archives_without_one_readable_project_are_refused(
    fresh: Project, tmp_path: Path, members: dict[str, str], match: str
) -> None:
    path = tmp_path / "broken.qdpx"
    path.write_bytes(zip_bytes(members))
    hostile(fresh, path, match)


def test_a_file_that_is_neither_zip_nor_xml_is_refused(fresh: Project, tmp_path: Path) -> None:
    path = tmp_path / "random.qdpx"
    path.write_bytes(b"\x00\x01 not a project")
    hostile(fresh, path, "neither a .qdpx archive nor QDA-XML")


def test_a_bare_qde_is_read_for_its_codebook_and_inline_texts(
    fresh: Project, tmp_path: Path
) -> None:
    path = tmp_path / "bare.qde"
    path.write_text(study_qde("""
  <TextSource guid="50000000-0000-4000-8000-000000000002" name="Inline">
   <PlainTextContent>Texte en ligne.</PlainTextContent>
  </TextSource>"""), encoding="utf-8")
    report = import_qdpx(fresh, path)
    assert (report.documents_added, report.concepts_added) == (1, 3)
    assert isinstance(report, RefiImportReport) and report.skipped == []


def test_codes_nested_absurdly_deep_are_left_out(fresh: Project, tmp_path: Path) -> None:
    depth = MAX_CODE_DEPTH + 5
    path = tmp_path / "deep.qdc"
    path.write_text(
        '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>'
        + "".join(f'<Code guid="{CODE_A[:-3]}{i:03d}" name="c{i}" isCodable="true">'
                  for i in range(depth))
        + "</Code>" * depth + "</Codes></CodeBook>",
        encoding="utf-8",
    )
    report = import_qdc(fresh, path)
    assert report.concepts_added == MAX_CODE_DEPTH
    assert report.skipped == [f"skipped: 5 codes nested more than {MAX_CODE_DEPTH} levels deep"]
