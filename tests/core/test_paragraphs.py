"""Paragraph boundaries used by same-paragraph co-occurrence."""

from __future__ import annotations

from annotator.core.model import Document, StyleSpan
from annotator.core.paragraphs import paragraph_index, paragraph_starts


def doc(text: str, kind: str = "text", spans: tuple[StyleSpan, ...] = ()) -> Document:
    return Document(id=1, title="t", kind=kind, source="t", sha256="", metadata={}, text=text,
                    imported_at="", spans=spans)  # type: ignore[arg-type]


def test_blocks_of_web_pages_are_paragraphs() -> None:
    text = "Title\nFirst paragraph.\nSecond one."
    spans = (StyleSpan(0, 5, "h1"), StyleSpan(6, 22, "p"), StyleSpan(23, 34, "p"))
    starts = paragraph_starts(doc(text, "web", spans))
    assert starts == [0, 6, 23]
    assert paragraph_index(starts, 22) == 1  # the break belongs to the paragraph before
    assert paragraph_index(starts, 30) == 2


def test_plain_text_splits_at_blank_lines_else_at_lines() -> None:
    assert paragraph_starts(doc("one\ntwo\n\nthree\n  \nfour")) == [0, 9, 18]
    assert paragraph_starts(doc("one\ntwo\nthree")) == [0, 4, 8]


def test_pdf_lines_join_into_paragraphs() -> None:
    full = "a line of a printed paragraph that runs to the right margin and"
    page_one = "\n".join([
        "2.1 A heading",
        full,
        full,
        "ends here.",
        full,
        "• a bullet that runs on and on toward the margin of the page then",
        "continues.",
        full,
        "still the same paragraph, cut in mid sentence at the end of the",
    ])
    text = page_one + "\n\n" + "Next page.\n" + full
    starts = paragraph_starts(doc(text, "pdf"))
    lines = text.split("\n")
    offsets = [sum(len(line) + 1 for line in lines[:i]) for i in range(len(lines))]
    # heading alone; paragraph ending with a short sentence end; the bullet item;
    # the paragraph after it; the next page (blank line), whose short first
    # line ends a sentence
    assert starts == [0, offsets[1], offsets[4], offsets[5], offsets[7], offsets[10],
                      offsets[11]]
