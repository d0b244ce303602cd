"""`annotator export -f qdpx|qdc` with --positions and --qualify-names, read back with lxml."""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from annotator.cli import main
from annotator.core.exporting.refi_common import PROJECT_NS
from annotator.core.importing.base import ImportedDocument
from annotator.core.project import Project

NS = {"q": PROJECT_NS}
TEXT = "Oltás 😀 jó? Igen, a vakcina 💉 véd."


def make_project(path: Path) -> Path:
    """Two concepts named "Autre" under two parents, and a passage after two emoji."""
    with Project.create(path, author="Alice") as project:
        document = project.add_document(
            ImportedDocument(
                title="Komment",
                kind="text",
                source="k.txt",
                text=TEXT,
                original=TEXT.encode(),
                media_type="text/plain",
            )
        ).document
        for parent in ("Acteurs", "Lieux"):
            project.add_concept("Autre", parent_id=project.add_concept(parent).id)
        start = TEXT.index("véd")
        project.annotate(document.id, start, start + 3, [project.concepts()[1].id])
    return path


def exported(path: Path) -> tuple[list[str], tuple[int, int], str]:
    archive = zipfile.ZipFile(path)
    root = etree.fromstring(archive.read("project.qde"))
    names = [c.get("name") for c in root.iter(f"{{{PROJECT_NS}}}Code")]
    selection = root.find("q:Sources/q:TextSource/q:PlainTextSelection", NS)
    source = root.find("q:Sources/q:TextSource", NS)
    plain = archive.read("sources/" + source.get("plainTextPath").removeprefix("internal://"))
    return (
        names,
        (int(selection.get("startPosition")), int(selection.get("endPosition"))),
        plain.decode("utf-8"),
    )


def test_positions_for_nvivo_and_the_warning_about_repeated_names(tmp_path: Path, capsys) -> None:
    project = make_project(tmp_path / "p.annot")
    assert main(["export", str(project), "-f", "qdpx", "-o", str(tmp_path / "std")]) == 0
    names, (start, end), plain = exported(tmp_path / "std.qdpx")
    assert plain[start:end] == "véd"  # code points by default
    err = capsys.readouterr().err
    assert err.startswith(
        "warning: 1 concept names are used by several concepts (e.g. “Autre”: "
        "“Acteurs/Autre”, “Lieux/Autre”)"
    )
    assert names == ["Acteurs", "Autre", "Lieux", "Autre"]

    assert (
        main(
            [
                "export",
                str(project),
                "-f",
                "qdpx",
                "-o",
                str(tmp_path / "nvivo.qdpx"),
                "--positions",
                "utf16",
                "--qualify-names",
            ]
        )
        == 0
    )
    names, (start, end), plain = exported(tmp_path / "nvivo.qdpx")
    units = plain.encode("utf-16-le")
    assert units[2 * start : 2 * end].decode("utf-16-le") == "véd"
    assert (start, end) == (TEXT.index("véd") + 2, TEXT.index("véd") + 5)
    assert names == ["Acteurs", "Acteurs/Autre", "Lieux", "Lieux/Autre"]
    assert "warning" not in capsys.readouterr().err


def test_qualified_codebook_and_options_refused_where_they_do_not_apply(
    tmp_path: Path, capsys
) -> None:
    project = make_project(tmp_path / "p.annot")
    out = tmp_path / "codes.qdc"
    assert (
        main(["export", str(project), "-f", "qdc", "-o", str(out), "--qualify-names", "parent"])
        == 0
    )
    names = [c.get("name") for c in etree.parse(str(out)).iter("{urn:QDA-XML:codebook:1.0}Code")]
    assert names == ["Acteurs", "Autre (Acteurs)", "Lieux", "Autre (Lieux)"]
    capsys.readouterr()
    for arguments in (["-f", "qdc", "--positions", "utf16"], ["-f", "csv", "--qualify-names"]):
        assert main(["export", str(project), "-o", str(tmp_path / "x"), *arguments]) == 2
        assert "does not apply to the" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()
