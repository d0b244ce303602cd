"""The glyph device gives exactly the numbers pdfplumber's characters carry."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.importing.pdf_device import read_glyphs
from annotator.core.importing.pdf_worker import open_pdf

# Upright text, a page turned by /Rotate, glyphs drawn twice, a French text.
PAGES = [
    ("tracemonkey.pdf", 0),
    ("nics-background-checks-2015-11-rotated.pdf", 0),
    ("issue-71-duplicate-chars.pdf", 0),
    ("2023-06-20-PV.pdf", 0),
]


@pytest.mark.parametrize(("name", "index"), PAGES)
def test_glyphs_match_pdfplumber_chars_to_the_bit(pdf_dir: Path, name: str, index: int) -> None:
    pdf = open_pdf((pdf_dir / name).read_bytes(), None)
    with pdf:
        page = pdf.pages[index]
        expected = [
            (c["text"], c["x0"], c["top"], c["x1"], c["bottom"], c["fontname"], c["size"])
            for c in page.chars
        ]
        page.close()
        glyphs, _ = read_glyphs(pdf.pages[index])
    found = [(g.text, g.x0, g.top, g.x1, g.bottom, g.fontname, g.size) for g in glyphs]
    assert len(found) > 100
    assert found == expected
