"""Plain-text and Markdown files: decoded text, kept verbatim, with block spans.

The canonical text is the file's text exactly as written (only line endings
become "\\n", NUL characters are dropped): Markdown markup such as "## " or
"*" stays in it, so quotes and offsets match the source file and a line that
merely looks like Markdown loses nothing. Markdown's block syntax (ATX
headings, fenced code, block quotes, list items) is recognised in any text
file and recorded as StyleSpans; everything else is a paragraph ("p"), one
per run of non-blank lines.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath, PureWindowsPath
from urllib.parse import unquote, urlsplit

from annotator.core.errors import ImportCause, ImportFailure
from annotator.core.importing.base import ImportedDocument
from annotator.core.importing.encoding import charset_from_content_type, decode
from annotator.core.model import StyleSpan

# A first line longer than this is a paragraph, not a title.
MAX_TITLE_CHARS = 150
# YAML front matter longer than this is not looked into.
_FRONT_MATTER_CHARS = 4096
HEADINGS = frozenset(f"h{level}" for level in range(1, 7))

_HEADING = re.compile(r" {0,3}(#{1,6})(?:[ \t]|$)")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_QUOTE = re.compile(r" {0,3}>")
_WORDS = re.compile(r"[^\W_]")
_FIRST_LINE_WITH_WORDS = re.compile(r"^[^\n]*?[^\W_][^\n]*", re.MULTILINE)
_FRONT_MATTER_TITLE = re.compile(r"^title:[ \t]*(\S.*)$", re.MULTILINE)
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\S")


def import_text(data: bytes, source: str, *, content_type: str | None = None) -> ImportedDocument:
    """Import a text or Markdown file; `content_type` may carry an HTTP charset."""
    decoded = decode(data, declared=charset_from_content_type(content_type))
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    if not text.strip():
        raise ImportFailure.coded(source, ImportCause.NO_TEXT)
    spans = block_spans(text)
    warnings: list[str] = []
    if decoded.how == "detected":
        warnings.append(f"no character encoding declared: read as {decoded.encoding}")
    if decoded.replaced:
        warnings.append("some bytes could not be decoded and show as \ufffd")
    markdown = any(span.kind in HEADINGS or span.kind == "pre" for span in spans)
    return ImportedDocument(
        title=text_title(text, spans) or fallback_title(source),
        kind="text",
        source=source,
        text=text,
        original=data,
        media_type="text/markdown" if markdown else "text/plain",
        metadata={"encoding": decoded.encoding},
        spans=spans,
        warnings=tuple(warnings),
    )


def block_spans(text: str) -> tuple[StyleSpan, ...]:
    """One span per heading, fenced code block, block quote, list item or paragraph."""
    spans: list[StyleSpan] = []
    open_kind: str | None = None  # the block the previous line belongs to, if it may go on
    open_start = open_end = 0
    fence: str | None = None

    def close() -> None:
        nonlocal open_kind
        if open_kind is not None:
            spans.append(StyleSpan(open_start, open_end, open_kind))
        open_kind = None

    offset = 0
    for line in text.split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        if fence is not None:
            open_end = end
            if line.strip().startswith(fence):
                fence = None
                close()
            continue
        kind = _line_kind(line)
        if kind == "blank":
            close()
            continue
        continues = open_kind is not None and (
            (kind == "p" and open_kind in ("p", "li", "blockquote"))
            or (kind == "blockquote" and open_kind == "blockquote")
        )
        if not continues:
            close()
            open_kind, open_start = kind, start
        open_end = end
        if kind.startswith("h"):
            close()
        elif kind == "pre":
            fence_match = _FENCE.match(line)
            fence = fence_match.group(1) if fence_match else None
    close()
    return tuple(spans)


def _line_kind(line: str) -> str:
    if not line.strip():
        return "blank"
    heading = _HEADING.match(line)
    if heading:
        return f"h{len(heading.group(1))}"
    if _FENCE.match(line):
        return "pre"
    if _QUOTE.match(line):
        return "blockquote"
    if _LIST_ITEM.match(line):
        return "li"
    return "p"


def text_title(text: str, spans: tuple[StyleSpan, ...]) -> str:
    """The title a reader sees first: front matter's, a heading or short line opening the text.

    A heading further down names a section, not the document: it serves only
    when the first line is too long to be a title.
    """
    front_title = _front_matter_title(text)
    if front_title:
        return front_title
    first = _FIRST_LINE_WITH_WORDS.search(text)
    first_line = first.group(0).strip() if first else ""
    if _heading_words(first_line):
        return _heading_words(first_line)
    if len(first_line) <= MAX_TITLE_CHARS:
        return first_line
    headings = (text[span.start : span.end] for span in spans if span.kind in HEADINGS)
    return next(filter(None, map(_heading_words, headings)), "")


def _heading_words(line: str) -> str:
    """A heading line's words, without its opening and optional closing hashes."""
    heading = _HEADING.match(line)
    if heading is None:
        return ""
    words = line[heading.end() :].strip()
    unclosed = words.rstrip("#")
    if not unclosed or unclosed[-1] in " \t":
        words = unclosed.strip()
    return words if _WORDS.search(words) else ""


def _front_matter_title(text: str) -> str:
    """The `title:` of a YAML front matter block opening the text, if any."""
    if not text.startswith("---\n"):
        return ""
    end = text.find("\n---\n", 3, _FRONT_MATTER_CHARS)
    title = _FRONT_MATTER_TITLE.search(text, 4, end) if end > 0 else None
    return title.group(1).strip().strip("\"'") if title else ""


def fallback_title(source: str) -> str:
    """A title from the source itself: a URL's last path segment or host, a file's stem."""
    parts = urlsplit(source)
    if parts.scheme in ("http", "https"):
        segment = PurePosixPath(unquote(parts.path)).stem
        return segment or parts.hostname or source
    return PureWindowsPath(source).stem or source
