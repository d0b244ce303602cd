"""Tests for importing plain-text and Markdown files."""

from __future__ import annotations

import codecs

import pytest

from annotator.core.errors import ImportFailure
from annotator.core.importing.base import ImportedDocument
from annotator.core.importing.encoding import decode
from annotator.core.importing.text import import_text

FRENCH = "L’été à Paris : l’œuvre d’un cœur généreux, déjà là. Où est la forêt ?\n"

MARKDOWN = """# Entretien n° 3

Première réponse,
sur deux lignes.

## Codage

- premier point
- second point
  qui continue

> Une citation
> sur deux lignes

```
code
# pas un titre
```
Fin.
"""


def spans_of(document: ImportedDocument) -> list[tuple[str, str]]:
    return [(span.kind, document.text[span.start : span.end]) for span in document.spans]


def assert_spans_well_formed(document: ImportedDocument) -> None:
    previous_end = 0
    for span in document.spans:
        assert previous_end <= span.start < span.end <= len(document.text)
        assert document.text[span.start : span.end].strip()
        previous_end = span.end


@pytest.mark.parametrize(
    "data",
    [
        FRENCH.encode("utf-8"),
        codecs.BOM_UTF8 + FRENCH.encode("utf-8"),
        FRENCH.encode("utf-16"),  # with its BOM
        codecs.BOM_UTF16_BE + FRENCH.encode("utf-16-be"),
        codecs.BOM_UTF16_LE + FRENCH.encode("utf-16-le"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "utf-16-be-bom", "utf-16-le-bom"],
)
def test_unicode_files_decode_exactly(data: bytes) -> None:
    document = import_text(data, "entretien.txt")
    assert document.text == FRENCH
    assert document.original == data
    assert document.warnings == ()


def test_windows_1252_french_is_detected() -> None:
    document = import_text(FRENCH.encode("cp1252"), "entretien.txt")
    assert document.text == FRENCH
    for char in "éàœ’":
        assert char in document.text
    assert document.metadata["encoding"] == "cp1252"
    assert document.warnings == ("no character encoding declared: read as cp1252",)


def test_latin_1_german_is_detected() -> None:
    text = "Größere Übungen für Schüler: die Straße, die Äpfel, das Öl.\n"
    assert import_text(text.encode("latin-1"), "notiz.txt").text == text


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Привет, как дела? Это тест кодировки для русского текста. Москва — столица.", "cp1251"),
        (
            "肉をくわえたイヌが、橋を渡っていました。ふと下を見ると、川の中にも肉をくわえたイヌがいます。",
            "shift_jis",
        ),
        (
            "Zażółć gęślą jaźń. Właściwie każdy człowiek powinien mieć swoją własną książkę.",
            "cp1250",
        ),
    ],
)
def test_other_legacy_encodings_are_guessed(text: str, encoding: str) -> None:
    assert decode(text.encode(encoding)).text == text


def test_a_declared_charset_is_honoured() -> None:
    data = "Ça coûte 5 €".encode("iso-8859-15")
    document = import_text(data, "prix.txt", content_type="text/plain; charset=ISO-8859-15")
    assert document.text == "Ça coûte 5 €"
    assert document.warnings == ()


def test_invalid_utf8_never_crashes() -> None:
    data = b"Hello \xff\xfe\xfa world, caf\xc3 ok\n" + "déjà vu".encode()
    document = import_text(data, "broken.txt")
    assert document.text.startswith("Hello ")
    assert "world, caf" in document.text
    assert document.kind == "text"


def test_bytes_undecodable_in_the_declared_charset_become_replacement_characters() -> None:
    document = import_text(b"abc \xff def", "x.txt", content_type="text/plain; charset=utf-8")
    assert document.text == "abc \ufffd def"
    assert any("could not be decoded" in warning for warning in document.warnings)


def test_line_endings_are_normalised_and_nul_dropped() -> None:
    document = import_text(b"one\r\ntwo\rthree\x00\n", "x.txt")
    assert document.text == "one\ntwo\nthree\n"


def test_markdown_blocks_become_spans_with_markup_kept() -> None:
    document = import_text(MARKDOWN.encode("utf-8"), "entretien.md")
    assert document.text == MARKDOWN  # verbatim: offsets match the file
    assert document.media_type == "text/markdown"
    assert document.title == "Entretien n° 3"
    assert spans_of(document) == [
        ("h1", "# Entretien n° 3"),
        ("p", "Première réponse,\nsur deux lignes."),
        ("h2", "## Codage"),
        ("li", "- premier point"),
        ("li", "- second point\n  qui continue"),
        ("blockquote", "> Une citation\n> sur deux lignes"),
        ("pre", "```\ncode\n# pas un titre\n```"),
        ("p", "Fin."),
    ]
    assert_spans_well_formed(document)


def test_closing_hashes_and_deeper_headings() -> None:
    document = import_text(b"###### Deep ##\n#hashtag is not a heading\n", "x.md")
    assert spans_of(document) == [("h6", "###### Deep ##"), ("p", "#hashtag is not a heading")]
    assert document.title == "Deep"


def test_plain_text_paragraphs() -> None:
    document = import_text(b"Title line\n\nFirst paragraph\ngoes on.\n\n\nSecond.", "notes.txt")
    assert document.media_type == "text/plain"
    assert document.title == "Title line"
    assert spans_of(document) == [
        ("p", "Title line"),
        ("p", "First paragraph\ngoes on."),
        ("p", "Second."),
    ]


def test_a_section_heading_further_down_is_not_the_title() -> None:
    data = b'"""Build the demo report."""\n\nimport re\n\n# ----- fonts -----\nFONT = 1\n'
    assert import_text(data, "build.py").title == '"""Build the demo report."""'


def test_a_decoration_line_is_skipped_for_the_title() -> None:
    assert import_text(b"==========\nMinutes of the meeting\n==========\n", "m.txt").title == (
        "Minutes of the meeting"
    )


def test_front_matter_gives_the_title() -> None:
    data = b"---\nauthor: A. N. Other\ntitle: 'Field notes, week 3'\n---\n\n# Monday\n"
    assert import_text(data, "week3.md").title == "Field notes, week 3"


def test_a_long_first_line_gives_way_to_a_later_heading() -> None:
    data = ("word " * 100 + "\n\n## Findings\n").encode()
    assert import_text(data, "report.md").title == "Findings"


def test_a_long_first_line_gives_way_to_the_file_name() -> None:
    document = import_text(("word " * 100).encode(), "interviews/entretien-7.txt")
    assert document.title == "entretien-7"


def test_a_url_source_gives_a_title_from_its_path() -> None:
    document = import_text(("word " * 100).encode(), "https://example.org/notes/field%20notes.txt")
    assert document.title == "field notes"


def test_whitespace_only_is_refused() -> None:
    with pytest.raises(ImportFailure, match="contains no text"):
        import_text(b" \n\t\r\n ", "blank.txt")
