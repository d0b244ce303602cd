"""Finding the pages of a PDF whose cross-reference table points at the wrong places.

Some writers get the object offsets of their cross-reference table wrong: in
issue7229.pdf (a scanned form) the original table is numbered from 1 instead
of 0, so each entry gives the offset of the object before. pdfminer then finds
neither the first page nor its image and drops the page silently, while the
page tree counts it, and pdfium (which the page view uses) repairs the file and
shows it. When the page tree's /Count exceeds the pages pdfminer found, this
adds a table built by scanning the file for "N G obj", consulted after the
file's own tables: pdfminer tries the next table when an entry points at the
wrong object.
"""

from __future__ import annotations

import re
from typing import Any

from pdfminer.pdfdocument import PDFXRef
from pdfminer.pdftypes import resolve1

_OBJECT = re.compile(rb"(?<![0-9])(\d{1,10})[ \t\r\n\f\x00]+(\d{1,5})[ \t\r\n\f\x00]+obj\b")


def repair_page_tree(pdf: Any, data: bytes) -> bool:
    """Re-read a pdfplumber PDF's pages with a scanned table if pages are missing.

    Returns whether a table was added (pdf.pages is then read again).
    """
    expected = _declared_count(pdf.doc)
    if expected is None or len(pdf.pages) >= expected:
        return False
    scanned = PDFXRef()
    for match in _OBJECT.finditer(data):  # later definitions (incremental updates) win
        scanned.offsets[int(match[1])] = (None, match.start(), int(match[2]))
    if not scanned.offsets:
        return False
    pdf.doc.xrefs.append(scanned)
    pdf.doc._cached_objs.clear()  # objects looked up before, maybe missing
    pdf.doc._parsed_objs.clear()
    del pdf._pages
    pdf.pages  # noqa: B018 - walks the page tree again
    return True


def _declared_count(doc: Any) -> int | None:
    try:
        tree = resolve1(doc.catalog.get("Pages"))
        count = resolve1(tree.get("Count"))
    except Exception:
        return None
    return count if isinstance(count, int) and count > 0 else None
