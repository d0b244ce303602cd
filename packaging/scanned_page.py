"""A one-page PDF holding only a picture of printed text, for checking OCR in the frozen app.

    python packaging/scanned_page.py OUTPUT.pdf     # prints the word OCR must find

The page has no text layer: the importer can only get its words by OCR.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

# The word the smoke test searches for: long, French, unlikely to be misread as another.
KNOWN_WORD = "bibliothèque"
LINES = ("Rapport annuel de la", f"{KNOWN_WORD} municipale", "Annotator reads scanned pages")
DPI = 200
FONTS = (  # a real face reads more like print than Pillow's built-in one
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
)


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for path in FONTS:
        if Path(path).is_file():
            return ImageFont.truetype(path, size)
    return ImageFont.load_default(size)


def write_scanned_page(destination: Path) -> str:
    """Write the page (A6 at 200 dpi, grey scale) to `destination`; returns KNOWN_WORD."""
    width, height = round(4.1 * DPI), round(5.8 * DPI)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    font = _font(DPI // 5)  # about 14 points
    for number, line in enumerate(LINES):
        draw.text((DPI // 2, DPI // 2 + number * DPI // 3), line, fill=0, font=font)
    image.save(destination, "PDF", resolution=DPI)
    return KNOWN_WORD


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python packaging/scanned_page.py OUTPUT.pdf")
    print(write_scanned_page(Path(sys.argv[1])))
