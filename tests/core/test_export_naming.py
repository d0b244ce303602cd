"""A typed export name's extension: which format it asks for, and the name written."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.exporting import FORMATS, naming


@pytest.mark.parametrize(
    ("picked", "typed", "expected"),
    [
        ("xlsx", "projet.qdpx", "qdpx"),  # another format's own extension wins
        ("xlsx", "PROJET.QDPX", "qdpx"),
        ("csv", "passages.xlsx", "xlsx"),
        ("codebook", "codes.xlsx", "codebook"),  # the codebook table writes either
        ("codebook", "codes.csv", "codebook"),
        ("html", "notes.json", "webannotation"),
        ("csv", "rapport.htm", "html"),
        ("csv", "rapport.pdf", "csv"),  # a folder format is never chosen by a file name
        ("pdf", "exports.csv", "csv"),
        ("xlsx", "tableau.ods", "xlsx"),  # no format writes .ods
        ("xlsx", "passages", "xlsx"),
    ],
)
def test_the_extension_chooses_the_format(picked: str, typed: str, expected: str) -> None:
    assert naming.format_for(picked, Path(typed)) == expected


def test_every_format_writes_under_an_extension_of_its_own() -> None:
    for name, chosen in FORMATS.items():
        written = naming.resolved(name, Path("/exports/vague 2.1"))
        if chosen.folder:
            assert written == Path("/exports/vague 2.1")
        else:
            assert written == Path(f"/exports/vague 2.1{chosen.suffix}")
            assert naming.format_for(name, written) == name


def test_names_keep_an_unknown_extension_as_part_of_the_stem() -> None:
    assert naming.resolved("csv", Path("a/rapport.csv")) == Path("a/rapport.csv")
    assert naming.resolved("csv", Path("a/rapport.v2")) == Path("a/rapport.v2.csv")
    assert naming.stem(Path("rapport.qdpx")) == "rapport"
    assert naming.stem(Path("rapport.v2")) == "rapport.v2"
    assert naming.folder_owner(Path("rapport.PDF")) is FORMATS["pdf"]
    assert naming.folder_owner(Path("rapport.csv")) is None


def test_the_suggested_name_is_the_projects_unless_formats_share_an_extension() -> None:
    assert naming.suggested_name("étude", "qdpx") == "étude.qdpx"
    assert naming.suggested_name("étude", "csv") == "étude.csv"
    assert naming.suggested_name("étude", "codebook") == "étude-codebook.csv"
    assert naming.suggested_name("étude", "pdf") == "étude-pdf"
