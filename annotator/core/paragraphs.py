"""Where a document's paragraphs start: for co-occurrence and for reflowing PDF text.

The rule, by kind of document:

- Web pages and text files: each structural block the importer recorded
  (heading, paragraph, list item, quotation...) is one paragraph.
- Without recorded blocks: paragraphs are separated by blank lines; a text with
  no blank line at all has one paragraph per line.
- PDFs: the extracted text has one line break per printed line and a blank
  line between pages. A page is split into paragraphs after a line that ends a
  sentence (. ! ? … : » ” ") while being clearly shorter than the page's full
  lines (under 85% of them), after a short line without final punctuation (a
  heading: under 60%), and before a line opening with a bullet (• - – — * ▪)
  or a section number ("2.", "2.1 ").

Characters between two paragraphs (the line breaks) belong to the one before.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from annotator.core.model import Document

SENTENCE_END = (".", "!", "?", "…", ":", "»", "”", '"')
FULL_LINE_SHARE = 0.85
HEADING_SHARE = 0.60
REFERENCE_PERCENTILE = 0.8  # a page's "full line": longer than 80% of its lines
_NEW_ITEM = re.compile(r"^\s*(?:[•\-–—*▪◦]\s|\d+(?:\.\d+)*\.?\s)")
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")


def paragraph_starts(document: Document) -> list[int]:
    """Sorted offsets where the document's paragraphs start; always begins with 0."""
    if document.spans and document.kind != "pdf":
        starts = {0, *(span.start for span in document.spans)}
    elif document.kind == "pdf":
        starts = set(_pdf_starts(document.text))
    else:
        starts = set(_blank_line_starts(document.text))
        if len(starts) == 1:
            starts = set(_line_starts(document.text))
    return sorted(starts)


def paragraph_index(starts: Sequence[int], offset: int) -> int:
    """Index of the paragraph holding character `offset`."""
    return max(0, bisect_right(starts, offset) - 1)


def _chunks(text: str) -> list[tuple[int, int]]:
    """(start, end) of the runs of text between blank lines."""
    chunks, start = [], 0
    for match in _BLANK_LINE.finditer(text):
        chunks.append((start, match.start()))
        start = match.end()
    if start < len(text) or not chunks:
        chunks.append((start, len(text)))
    return chunks


def _blank_line_starts(text: str) -> list[int]:
    return [start for start, _ in _chunks(text)]


def _line_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in re.finditer(r"\n", text) if m.end() < len(text))]


def _pdf_starts(text: str) -> list[int]:
    starts: list[int] = []
    for chunk_start, chunk_end in _chunks(text):
        starts.append(chunk_start)
        starts += _pdf_page_starts(text[chunk_start:chunk_end], chunk_start)
    return starts


def _pdf_page_starts(chunk: str, offset: int) -> list[int]:
    """Paragraph starts inside one page (after its first line)."""
    lines = chunk.split("\n")
    widths = sorted(len(line.strip()) for line in lines)
    full = widths[min(len(widths) - 1, int(len(widths) * REFERENCE_PERCENTILE))] or 1
    starts = []
    position = offset
    for line, following in zip(lines, lines[1:], strict=False):
        position += len(line) + 1
        stripped = line.rstrip()
        share = len(stripped.strip()) / full
        ends_sentence = stripped.endswith(SENTENCE_END)
        if ((ends_sentence and share < FULL_LINE_SHARE)
                or (not ends_sentence and share < HEADING_SHARE
                    and not stripped.endswith(("-", ",")))
                or _NEW_ITEM.match(following)):
            starts.append(position)
    return starts
