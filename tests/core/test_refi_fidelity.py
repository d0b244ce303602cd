"""REFI-QDA exchange that loses nothing: memos other tools read, coders, dates, lasting GUIDs."""

from __future__ import annotations

import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from annotator.core.errors import ProjectNotSaved
from annotator.core.exporting import export
from annotator.core.exporting.codebook import Codebook
from annotator.core.exporting.refi_common import IDENTITY_SETTING, PROJECT_NS
from annotator.core.exporting.refi_export import export_qdc, export_qdpx
from annotator.core.exporting.refi_names import repeated_names_warning
from annotator.core.importing.base import ImportedDocument
from annotator.core.importing.refi_import import import_qdpx
from annotator.core.project import Project
from tests.core import refi_fixtures
from tests.core.refi_fixtures import Study, schema, zip_bytes

study = refi_fixtures.study
NS = {"q": PROJECT_NS}
TEXT = "Le conseil a voté la motion. Tout le monde était d'accord 👍, sauf Paul."
DANA = "{6F3E1C2A-0000-4000-8000-00000000000A}"
CODE = "C0DE0000-0000-4000-8000-00000000000A"


def qde_of(path: Path) -> etree._Element:
    return etree.fromstring(zipfile.ZipFile(path).read("project.qde"))


def guids_by_kind(root: etree._Element) -> dict[str, dict[str, str]]:
    """The GUIDs of an exported project, keyed by what they name (read with lxml only)."""
    return {
        "users": {u.get("name"): u.get("guid") for u in root.iterfind("q:Users/q:User", NS)},
        "codes": {c.get("name"): c.get("guid") for c in root.iter(f"{{{PROJECT_NS}}}Code")},
        "sources": {s.get("name"): s.get("guid") for s in root.find("q:Sources", NS)},
        "selections": {
            s.get("name"): s.get("guid") for s in root.iter(f"{{{PROJECT_NS}}}PlainTextSelection")
        },
    }


def test_memos_are_written_where_qualcoder_and_maxqda_read_them(
    study: Study, tmp_path: Path
) -> None:
    root = qde_of(export_qdpx(study.project, tmp_path / "out.qdpx"))
    assert schema("Project.xsd").validate(root), schema("Project.xsd").error_log
    notes = {
        n.get("guid"): n.findtext("q:PlainTextContent", None, NS)
        for n in root.iterfind("q:Notes/q:Note", NS)
    }
    memos = {}
    for selection in root.iter(f"{{{PROJECT_NS}}}PlainTextSelection"):
        description = selection.findtext("q:Description", None, NS)
        referenced = [notes[r.get("targetGUID")] for r in selection.iterfind("q:NoteRef", NS)]
        assert referenced == ([description] if description else [])
        if description:
            memos[selection.get("name")] = description
    wanted = {a.quote: a.memo for a in study.project.annotations() if a.memo}
    assert memos == wanted and len(memos) == 4
    assert memos["communauté 😀 vivante"] == "Bob: l'émoji compte pour un caractère"


def test_a_round_trip_keeps_each_coding_with_its_coder_dates_memo_and_guid(
    study: Study, fresh: Project, tmp_path: Path
) -> None:
    first = export_qdpx(study.project, tmp_path / "first.qdpx")
    import_qdpx(fresh, first)

    def codings(project: Project) -> list[tuple[object, ...]]:
        titles = {d.id: d.title for d in project.documents()}
        return sorted(
            (
                titles[a.document_id],
                a.quote,
                a.author,
                a.created,
                a.updated,
                a.memo,
                tuple(sorted(project.concept_path(c) for c in a.concept_ids)),
            )
            for a in project.annotations()
        )

    assert codings(fresh) == codings(study.project)
    second = export_qdpx(fresh, tmp_path / "second.qdpx")
    assert guids_by_kind(qde_of(second)) == guids_by_kind(qde_of(first))
    assert len(guids_by_kind(qde_of(first))["selections"]) == 7


def one_text_project(path: Path, author: str = "Alice") -> tuple[Project, int, int]:
    project = Project.create(path, author=author)
    document = project.add_document(
        ImportedDocument(
            title="Conseil",
            kind="text",
            source="conseil.txt",
            text=TEXT,
            original=TEXT.encode(),
            media_type="text/plain",
        )
    ).document
    return project, document.id, project.add_concept("Accord").id


def test_a_second_coders_identical_coding_is_kept(fresh: Project, tmp_path: Path) -> None:
    project, document, concept = one_text_project(tmp_path / "two.annot")
    with project:
        start = TEXT.index("Tout le monde")
        for coder in ("Alice", "Bob"):
            project.annotate(document, start, start + 13, [concept], author=coder)
        path = export_qdpx(project, tmp_path / "two.qdpx")
    creators = [
        s.get("creatingUser") for s in qde_of(path).iter(f"{{{PROJECT_NS}}}PlainTextSelection")
    ]
    assert len(set(creators)) == 2  # two coders in the file
    report = import_qdpx(fresh, path)
    assert sorted(a.author for a in fresh.annotations()) == ["Alice", "Bob"]
    assert report.annotations_added == 2
    assert import_qdpx(fresh, path).annotations_present == 2  # and no more the second time


def foreign_qde(selections: str, users: str = f'<User guid="{DANA}" name="Dana"/>') -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Terrain" origin="MAXQDA 2022">
 <Users>{users}</Users>
 <CodeBook><Codes><Code guid="{CODE}" name="Accord" isCodable="true"/></Codes></CodeBook>
 <Sources>
  <TextSource guid="50000000-0000-4000-8000-000000000001" name="Conseil"
     plainTextPath="internal://conseil.txt">{selections}
  </TextSource>
 </Sources>
</Project>"""


def selection(guid: str, quote: str, attributes: str, inner: str = "") -> str:
    start = TEXT.index(quote)
    coding = f'<Coding guid="{guid[:-1]}f"><CodeRef targetGUID="{CODE}"/></Coding>'
    return (
        f'<PlainTextSelection guid="{guid}" startPosition="{start}" '
        f'endPosition="{start + len(quote)}" {attributes}>{inner}{coding}'
        "</PlainTextSelection>"
    )


def test_coders_and_dates_come_from_the_file_never_from_the_importer(
    fresh: Project, tmp_path: Path
) -> None:
    qde = foreign_qde(
        "".join(
            [
                selection(
                    "5e100000-0000-4000-8000-000000000001",
                    "Le conseil",
                    f'creatingUser="{DANA}" '
                    'creationDateTime="2021-03-04T10:11:12Z" '
                    'modifiedDateTime="2021-05-06T07:08:09Z"',
                    "<Description>Décision formelle</Description>",
                ),
                selection(
                    "5e100000-0000-4000-8000-000000000002",
                    "la motion",
                    'creatingUser="99999999-0000-4000-8000-000000000000" '
                    'creationDateTime="2022-01-02T03:04:05+02:00"',
                ),
                selection("5e100000-0000-4000-8000-000000000003", "sauf Paul", ""),
            ]
        )
    )
    path = tmp_path / "terrain.qdpx"
    path.write_bytes(zip_bytes({"project.qde": qde, "sources/conseil.txt": TEXT}))
    import_qdpx(fresh, path)
    found = {a.quote: (a.author, a.created, a.updated, a.memo) for a in fresh.annotations()}
    unknown = "unknown coder (terrain.qdpx)"
    assert found["Le conseil"] == (
        "Dana",
        "2021-03-04T10:11:12+00:00",
        "2021-05-06T07:08:09+00:00",
        "Décision formelle",
    )
    assert found["la motion"][:3] == (
        unknown,
        "2022-01-02T01:04:05+00:00",
        "2022-01-02T01:04:05+00:00",
    )
    assert found["sauf Paul"][0] == unknown  # no date in the file: the import's
    assert "Importer" not in {author for author, *_ in found.values()}


def test_a_memo_in_both_places_is_read_once_and_different_texts_are_both_kept(
    fresh: Project, tmp_path: Path
) -> None:
    note = "40000000-0000-4000-8000-00000000000{}"
    qde = foreign_qde(
        "".join(
            [
                selection(
                    "5e100000-0000-4000-8000-000000000001",
                    "Le conseil",
                    f'creatingUser="{DANA}"',
                    "<Description>Même texte</Description>"
                    f'<NoteRef targetGUID="{note.format(1)}"/>',
                ),
                selection(
                    "5e100000-0000-4000-8000-000000000002",
                    "la motion",
                    f'creatingUser="{DANA}"',
                    f'<Description>Décrit</Description><NoteRef targetGUID="{note.format(2)}"/>',
                ),
            ]
        )
    ).replace(
        "</Project>",
        f"""<Notes>
  <Note guid="{note.format(1)}"><PlainTextContent>Même texte</PlainTextContent></Note>
  <Note guid="{note.format(2)}"><PlainTextContent>Noté</PlainTextContent></Note>
 </Notes></Project>""",
    )
    path = tmp_path / "memos.qdpx"
    path.write_bytes(zip_bytes({"project.qde": qde, "sources/conseil.txt": TEXT}))
    import_qdpx(fresh, path)
    assert {a.quote: a.memo for a in fresh.annotations()} == {
        "Le conseil": "Même texte",
        "la motion": "Noté\n\nDécrit",
    }


def test_foreign_guids_are_kept_and_written_back(fresh: Project, tmp_path: Path) -> None:
    qde = foreign_qde(
        selection("5E100000-0000-4000-8000-00000000000A", "la motion", f'creatingUser="{DANA}"')
    )
    path = tmp_path / "terrain.qdpx"
    path.write_bytes(zip_bytes({"project.qde": qde, "sources/conseil.txt": TEXT}))
    import_qdpx(fresh, path)
    fresh.annotate(fresh.documents()[0].id, 0, 2, author="Dana")  # made here: our own GUID
    guids = guids_by_kind(qde_of(export_qdpx(fresh, tmp_path / "back.qdpx")))
    assert guids["users"] == {"Dana": DANA.strip("{}")}
    assert guids["codes"] == {"Accord": CODE}
    assert guids["sources"] == {"Conseil": "50000000-0000-4000-8000-000000000001"}
    assert guids["selections"]["la motion"] == "5E100000-0000-4000-8000-00000000000A"
    assert guids["selections"]["Le"] not in qde


def test_a_guid_that_is_not_one_is_not_written_back(fresh: Project, tmp_path: Path) -> None:
    qde = foreign_qde("").replace("50000000-0000-4000-8000-000000000001", "../../evil")
    path = tmp_path / "odd.qdpx"
    path.write_bytes(zip_bytes({"project.qde": qde, "sources/conseil.txt": TEXT}))
    import_qdpx(fresh, path)
    assert fresh.refi_guids()["document"] == {}
    names = zipfile.ZipFile(export_qdpx(fresh, tmp_path / "back.qdpx")).namelist()
    assert not any("evil" in name for name in names)


def code_guids(project_path: Path, export_to: Path) -> set[str]:
    with Project.open(project_path, read_only=True) as project:  # as exports open it
        return set(guids_by_kind(qde_of(export_qdpx(project, export_to)))["codes"].values())


def test_copies_keep_their_guids_and_unrelated_projects_never_share_them(tmp_path: Path) -> None:
    for folder in ("one", "two"):
        (tmp_path / folder).mkdir()
        project, _, _ = one_text_project(tmp_path / folder / "project.annot")
        project.close()
    one = code_guids(tmp_path / "one" / "project.annot", tmp_path / "one.qdpx")
    two = code_guids(tmp_path / "two" / "project.annot", tmp_path / "two.qdpx")
    assert one.isdisjoint(two)  # same file name, same concept ids: different projects
    copy = tmp_path / "coder B's copy.annot"
    shutil.copy(tmp_path / "one" / "project.annot", copy)
    assert code_guids(copy, tmp_path / "copy.qdpx") == one


def make_older(path: Path, last_export: str | None) -> None:
    """A project as schema 2 wrote it: no identity kept, no refi_guids table (nor the
    document variables of schema 4, nor the sets of schema 5)."""
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM settings WHERE key = ?", (IDENTITY_SETTING,))
    if last_export:
        conn.execute("INSERT INTO settings VALUES ('export.format', ?)", (last_export,))
    for table in ("refi_guids", "document_variables", "variables", "set_members",
                  "document_sets"):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()


def test_an_older_project_that_exported_keeps_the_guids_it_exported_with(tmp_path: Path) -> None:
    for name, last_export in (("exported.annot", "qdpx"), ("never.annot", "csv")):
        path = tmp_path / name
        one_text_project(path)[0].close()
        make_older(path, last_export)
        with Project.open(path, read_only=True) as project:
            assert project.refi_guids()["concept"] == {}  # readable without the new table
        before = code_guids(path, tmp_path / "before.qdpx")  # from the file's name
        Project.open(path).close()  # the first writable open keeps an identity
        shutil.move(path, tmp_path / "renamed.annot")
        after = code_guids(tmp_path / "renamed.annot", tmp_path / "after.qdpx")
        assert (after == before) == (last_export == "qdpx"), name
        shutil.move(tmp_path / "renamed.annot", path)


def repeated_codebook(tmp_path: Path) -> Project:
    project = Project.create(tmp_path / "names.annot", author="A")
    for parent in ("Acteurs", "Lieux"):
        parent_id = project.add_concept(parent).id
        project.add_concept("Autre", parent_id=parent_id)
    project.add_concept("Autre (Lieux)", parent_id=project.concepts()[0].id)
    return project


def test_names_several_concepts_share_are_warned_about_and_can_be_qualified(tmp_path: Path) -> None:
    with repeated_codebook(tmp_path) as project:
        codebook = Codebook(project.concepts())
        assert repeated_names_warning(codebook, None) == (
            "1 concept names are used by several concepts (e.g. “Autre”: “Acteurs/Autre”, "
            "“Lieux/Autre”); QualCoder needs unique names: qualify them as Parent/Child or "
            "Child (Parent)"
        )
        assert repeated_names_warning(codebook, "path") == ""
        written = {}
        for style in (None, "path", "parent"):
            path = export(project, "qdpx", tmp_path / f"{style}.qdpx", qualify_names=style)
            root = qde_of(path)
            assert schema("Project.xsd").validate(root), schema("Project.xsd").error_log
            written[style] = [c.get("name") for c in root.iter(f"{{{PROJECT_NS}}}Code")]
        qdc = etree.parse(str(export_qdc(project, tmp_path / "c.qdc", qualify_names="path")))
    assert written[None] == ["Acteurs", "Autre", "Autre (Lieux)", "Lieux", "Autre"]
    assert written["path"] == ["Acteurs", "Acteurs/Autre", "Autre (Lieux)", "Lieux", "Lieux/Autre"]
    # "Autre (Lieux)" is taken by another concept: the repeated one gets its path instead
    assert written["parent"] == [
        "Acteurs",
        "Autre (Acteurs)",
        "Autre (Lieux)",
        "Lieux",
        "Lieux/Autre",
    ]
    assert [c.get("name") for c in qdc.iter("{urn:QDA-XML:codebook:1.0}Code")] == written["path"]


def test_a_project_whose_identity_cannot_be_kept_still_opens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "full.annot"
    one_text_project(path)[0].close()
    make_older(path, "qdpx")
    before = code_guids(path, tmp_path / "before.qdpx")

    def disk_full(self: Project, key: str, value: str) -> None:
        raise ProjectNotSaved(f"{self.path}: the disk is full: this change was not saved")

    monkeypatch.setattr(Project, "set_setting", disk_full)
    with Project.open(path) as project:
        assert project.setting(IDENTITY_SETTING) is None
        assert (
            set(guids_by_kind(qde_of(export_qdpx(project, tmp_path / "x.qdpx")))["codes"].values())
            == before
        )


def test_codings_by_two_coders_in_one_selection_become_two_passages(
    fresh: Project, tmp_path: Path
) -> None:
    eli = "6f3e1c2a-0000-4000-8000-00000000000b"
    start = TEXT.index("la motion")
    qde = foreign_qde(
        f'<PlainTextSelection guid="5e100000-0000-4000-8000-000000000001" '
        f'startPosition="{start}" endPosition="{start + 9}" creatingUser="{DANA}">'
        "<Description>Vote unanime</Description>"
        f'<Coding guid="5c000000-0000-4000-8000-000000000001" creatingUser="{eli}" '
        f'creationDateTime="2023-01-01T00:00:00Z"><CodeRef targetGUID="{CODE}"/></Coding>'
        "</PlainTextSelection>",
        users=f'<User guid="{DANA}" name="Dana"/><User guid="{eli}" name="Eli"/>',
    )
    path = tmp_path / "two.qdpx"
    path.write_bytes(zip_bytes({"project.qde": qde, "sources/conseil.txt": TEXT}))
    import_qdpx(fresh, path)
    found = sorted((a.author, a.memo, len(a.concept_ids), a.created) for a in fresh.annotations())
    assert found[0] == ("Dana", "Vote unanime", 0, found[0][3])  # the selection's own coder
    assert found[1] == ("Eli", "", 1, "2023-01-01T00:00:00+00:00")  # who applied the code
    dana = next(a for a in fresh.annotations() if a.author == "Dana")
    assert fresh.refi_guids()["annotation"] == {dana.id: "5e100000-0000-4000-8000-000000000001"}
