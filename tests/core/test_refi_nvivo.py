"""NVivo counts REFI-QDA positions in UTF-16 code units: read and written so passages stay put."""

from __future__ import annotations

import zipfile
from collections import Counter
from pathlib import Path

from lxml import etree

from annotator.core.exporting import export
from annotator.core.exporting.refi_common import PROJECT_NS, Utf16Positions
from annotator.core.importing.base import ImportedDocument
from annotator.core.importing.refi_import import import_qdpx
from annotator.core.project import Project
from tests.core.refi_fixtures import SCHEMAS, schema, zip_bytes

NVIVO = SCHEMAS / "real" / "nvivo12-windows-oltas0517.qdpx"
NS = {"q": PROJECT_NS}
EMOJI_TEXT = "Oltás 😀😀 jó? 🙂 Igen, a vakcina 💉 véd.\r\nNem 👎 hiszem."
CODE = "c0de0000-0000-4000-8000-00000000000a"


def nvivo_readings(path: Path) -> tuple[list[tuple[str, str, str, str]], dict[str, str]]:
    """Each selection of the file as NVivo means it, read here without our importer:
    (source name, text at its UTF-16 positions with CR LF as LF, coder, creation date)."""
    archive = zipfile.ZipFile(path)
    root = etree.fromstring(archive.read("project.qde"))
    users = {u.get("guid"): u.get("name") for u in root.iterfind("q:Users/q:User", NS)}
    found = []
    for source in root.iterfind("q:Sources/q:TextSource", NS):
        member = "Sources/" + source.get("plainTextPath").removeprefix("internal://")
        units = archive.read(member).decode("utf-8-sig").encode("utf-16-le")
        for selection in source.iterfind("q:PlainTextSelection", NS):
            start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
            quote = units[2 * start : 2 * end].decode("utf-16-le").replace("\r\n", "\n")
            coding = selection.find("q:Coding", NS)
            found.append(
                (
                    source.get("name"),
                    quote,
                    users[coding.get("creatingUser")],
                    coding.get("creationDateTime"),
                )
            )
    return found, users


def test_every_passage_of_a_real_nvivo_project_lands_on_the_text_nvivo_coded(
    fresh: Project,
) -> None:
    expected, users = nvivo_readings(NVIVO)
    report = import_qdpx(fresh, NVIVO)
    titles = {d.id: d.title for d in fresh.documents()}
    imported = [
        (titles[a.document_id], a.quote, a.author, a.created.replace("+00:00", "Z"))
        for a in fresh.annotations()
    ]
    assert len(expected) == 303
    assert Counter(imported) == Counter(expected)  # quote, coder and date of each one
    assert report.skipped == []
    assert (
        "positions of 2 sources read as UTF-16 code units, as NVivo for Windows 12.6 counts them"
    ) in report.notes
    # Read as code points, most of them would have moved: the test can tell.
    archive = zipfile.ZipFile(NVIVO)
    text = archive.read("Sources/68bbdc14-c361-4432-b4dd-ae1dbfc12890.txt").decode("utf-8-sig")
    assert Utf16Positions(text).differ
    assert {a.author for a in fresh.annotations()} <= set(users.values())


def nvivo_like(positions: str, origin: str) -> bytes:
    """A small project with a selection at each "start end" pair of `positions`."""
    numbers = positions.split()
    selections = "".join(
        f'<PlainTextSelection guid="5e100000-0000-4000-8000-00000000000{i}" '
        f'startPosition="{numbers[i]}" endPosition="{numbers[i + 1]}">'
        f'<Coding guid="5c000000-0000-4000-8000-00000000000{i}"><CodeRef targetGUID="{CODE}"/>'
        "</Coding></PlainTextSelection>"
        for i in range(0, len(numbers), 2)
    )
    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="p" origin="{origin}">
 <CodeBook><Codes><Code guid="{CODE}" name="Vakcina" isCodable="true"/></Codes></CodeBook>
 <Sources>
  <TextSource guid="50000000-0000-4000-8000-000000000001" name="Komment"
     plainTextPath="internal://50000000-0000-4000-8000-000000000001.txt">{selections}
  </TextSource>
 </Sources>
</Project>"""
    return zip_bytes(
        {
            "project.qde": qde,
            "Sources/50000000-0000-4000-8000-000000000001.txt": "\ufeff" + EMOJI_TEXT,
        }
    )


def test_the_text_decides_when_the_origin_is_wrong_about_the_unit(
    fresh: Project, tmp_path: Path
) -> None:
    start = EMOJI_TEXT.index("vakcina")
    utf16 = Utf16Positions(EMOJI_TEXT)
    cases = [  # origin, positions given, how they count
        ("NVivo 14", f"{utf16.to_utf16(start)} {utf16.to_utf16(start + 7)}", None),
        ("Other tool", f"{start} {start + 7}", None),
        ("NVivo 14", f"{start} {start + 7}", "characters (code points)"),
        ("Other tool", f"{utf16.to_utf16(start)} {utf16.to_utf16(start + 7)}", "UTF-16 code units"),
    ]
    for number, (origin, positions, noted) in enumerate(cases):
        path = tmp_path / f"case{number}.qdpx"
        path.write_bytes(nvivo_like(positions, origin))
        with Project.create(tmp_path / f"case{number}.annot") as project:
            report = import_qdpx(project, path)
            assert [a.quote for a in project.annotations()] == ["vakcina"], origin
        units_notes = [n for n in report.notes if n.startswith("positions in")]
        if noted is None:
            assert units_notes == []
        else:
            assert units_notes[0].startswith(
                f"positions in “Komment” read as {noted}: the selections fit the text that way"
            )


def test_a_position_between_the_two_units_of_an_emoji_is_reported(
    fresh: Project, tmp_path: Path
) -> None:
    inside = EMOJI_TEXT.index("😀") + 1  # UTF-16: the middle of the first emoji
    utf16 = Utf16Positions(EMOJI_TEXT)
    words = " ".join(
        f"{utf16.to_utf16(EMOJI_TEXT.index(word))} "
        f"{utf16.to_utf16(EMOJI_TEXT.index(word) + len(word))}"
        for word in ("vakcina", "Igen", "hiszem")
    )
    path = tmp_path / "split.qdpx"
    path.write_bytes(nvivo_like(f"{words} {inside} {inside + 4}", "NVivo 14"))
    report = import_qdpx(fresh, path)
    assert [a.quote for a in fresh.annotations()] == ["Igen", "vakcina", "hiszem"]
    assert report.skipped == [
        f"skipped: passage {inside}–{inside + 4} of “Komment”: it starts "
        "or ends between the two UTF-16 units of one character"
    ]


def test_export_for_nvivo_counts_utf16_units(fresh: Project, tmp_path: Path) -> None:
    text = EMOJI_TEXT.replace("\r\n", "\n")
    document = fresh.add_document(
        ImportedDocument(
            title="Komment",
            kind="text",
            source="k.txt",
            text=text,
            original=text.encode(),
            media_type="text/plain",
        )
    ).document
    wanted = ["vakcina", "👎 hiszem", "😀😀"]
    for quote in wanted:
        start = text.index(quote)
        fresh.annotate(document.id, start, start + len(quote))
    for units, reading in (("utf16", "utf-16-le"), ("codepoints", "utf-32-le")):
        path = export(fresh, "qdpx", tmp_path / f"{units}.qdpx", positions=units)
        archive = zipfile.ZipFile(path)
        root = etree.fromstring(archive.read("project.qde"))
        assert schema("Project.xsd").validate(root), schema("Project.xsd").error_log
        source = root.find("q:Sources/q:TextSource", NS)
        plain = archive.read("sources/" + source.get("plainTextPath").removeprefix("internal://"))
        encoded, width = plain.decode("utf-8").encode(reading), 2 if units == "utf16" else 4
        quotes = [
            encoded[width * int(s.get("startPosition")) : width * int(s.get("endPosition"))].decode(
                reading
            )
            for s in source.iterfind("q:PlainTextSelection", NS)
        ]
        assert sorted(quotes) == sorted(wanted), units
    path = export(fresh, "qdpx", tmp_path / "again.qdpx", positions="utf16")
    with Project.create(tmp_path / "back.annot") as back:
        import_qdpx(back, path)  # our own origin, but the text shows the unit
        assert sorted(a.quote for a in back.annotations()) == sorted(wanted)
