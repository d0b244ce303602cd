"""Recognise what a source is from its first bytes, never from its name."""

from __future__ import annotations

import re
from typing import Literal

from annotator.core.importing.encoding import bom_encoding

SourceKind = Literal["pdf", "html", "text", "binary"]

_HEAD = 8192
# PDF readers accept junk before the header within the first kilobyte.
_PDF_WINDOW = 1024
_PDF_HEADER = re.compile(rb"%PDF-\d\.\d")
# Control characters that do not occur in text (tab, newlines, form feed and escape do).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")
_LEADING_NOISE = re.compile(r"\A(?:\s+|<!--.*?-->|<\?xml[^>]*\?>)*", re.DOTALL)
_HTML_START = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|title|link|script|style|base|main|article"
    r"|section|header|nav|div|p|h[1-6]|table|ul|ol|dl|blockquote|pre|form|iframe)[\s/>]",
    re.IGNORECASE,
)
_HTML_ANYWHERE = re.compile(r"<(?:html|head|body)[\s>]|<!doctype\s+html", re.IGNORECASE)


def sniff(data: bytes, *, content_type: str | None = None) -> SourceKind:
    """What `data` holds: a PDF, an HTML page, plain text (Markdown included) or binary.

    A PDF header counts at the start, or after junk when the file also ends
    like a PDF or the junk is binary; text merely quoting "%PDF-1.7" is text.
    Text is recognised by the absence of control characters once decoded; a
    text file named .pdf is text. HTML must open with a doctype or an HTML
    element (<html>, <head>, <div>, <p>...), or with any tag when the page
    itself has <html>/<body> or a server labels it text/html.
    """
    header = _PDF_HEADER.search(data, 0, _PDF_WINDOW)
    if header and (not data[: header.start()].strip() or b"%%EOF" in data[-_PDF_WINDOW:]):
        return "pdf"
    head = _decoded_head(data)
    if "\x00" in head or len(_CONTROL.findall(head)) > 0.05 * len(head):
        return "pdf" if header else "binary"  # PDF readers skip junk before the header
    start = _LEADING_NOISE.sub("", head, count=1)
    if _HTML_START.match(start) or (start.startswith("<") and _HTML_ANYWHERE.search(head)):
        return "html"
    if start.startswith("<") and content_type and "html" in content_type.lower():
        return "html"
    return "text"


def _decoded_head(data: bytes) -> str:
    """The first bytes as text: through their byte order mark's codec, else latin-1."""
    bom = bom_encoding(data)
    if bom is None:
        return data[:_HEAD].decode("latin-1")
    encoding, skip = bom
    return data[skip : skip + _HEAD].decode(encoding, errors="ignore")
