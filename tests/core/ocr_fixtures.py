"""Scanned pages made here: French text typeset with Pillow, degraded, wrapped as PDFs.

The text is drawn at 300 dpi with a DejaVu font, then (optionally) turned by
a small angle, blurred and sprinkled with noise as a scanner would, and each
picture becomes one page of an image-only PDF, written by hand so that text
pages (with a real text layer) can be mixed in.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

DPI = 300
FONT_PATH = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
A4 = (595.0, 842.0)  # points

FRENCH = (
    "La recherche qualitative s'appuie sur des entretiens, des archives et des notes "
    "de terrain. Les chercheurs relisent chaque passage, le codent avec des concepts "
    "et comparent les réponses des personnes interrogées. Une communauté ne se gère "
    "pas : elle se rassemble autour d'un intérêt commun, d'une pratique partagée ou "
    "d'un lieu. Les rapports signés, les courriers anciens et les formulaires remplis "
    "à la main arrivent souvent sous forme de copies numérisées, sans couche de texte. "
    "Il faut alors reconnaître les caractères pour pouvoir chercher un mot, surligner "
    "une phrase ou exporter les citations. Cette étape doit être fiable : une erreur "
    "dans un nom propre ou dans une date change le sens d'un extrait. Les élèves, les "
    "enseignants et les familles ont répondu à des questions sur l'école, le travail "
    "et la vie du quartier pendant l'été dernier."
)


@dataclass(frozen=True)
class DrawnWord:
    """A word as drawn: its text and its box in page points from the top-left."""

    text: str
    box: tuple[float, float, float, float]


def typeset(
    text: str = FRENCH,
    *,
    page: tuple[float, float] = A4,
    size: float = 11.0,
    margin: float = 60.0,
    max_lines: int | None = None,
) -> tuple[Image.Image, list[DrawnWord]]:
    """A white 300-dpi page with `text` wrapped in lines; the words and where they are."""
    scale = DPI / 72
    width, height = round(page[0] * scale), round(page[1] * scale)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT_PATH, round(size * scale))
    x0, y = round(margin * scale), round(margin * scale)
    right = width - x0
    line_height = round(size * 1.5 * scale)
    space = draw.textlength(" ", font=font)
    words: list[DrawnWord] = []
    x = float(x0)
    lines = 1
    for word in text.split():
        length = draw.textlength(word, font=font)
        if x > x0 and x + length > right:
            if max_lines is not None and lines == max_lines:
                break
            x, y, lines = float(x0), y + line_height, lines + 1
        draw.text((x, y), word, font=font, fill=0)
        left, top, right_edge, bottom = draw.textbbox((x, y), word, font=font)
        words.append(
            DrawnWord(word, (left / scale, top / scale, right_edge / scale, bottom / scale))
        )
        x += length + space
    return image, words


def degrade(
    image: Image.Image, *, angle: float = 1.0, blur: float = 0.7, noise: int = 25, seed: int = 7
) -> Image.Image:
    """As if printed and scanned: turned by `angle` degrees, blurred, grainy (± `noise`)."""
    turned = image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    blurred = turned.filter(ImageFilter.GaussianBlur(blur))
    grain = Image.frombytes(
        "L", blurred.size, random.Random(seed).randbytes(blurred.width * blurred.height)
    )
    grain = grain.point(lambda v: 128 - noise + v * 2 * noise // 255)
    return ImageChops.add(blurred, grain, offset=-128)


def noise_page(page: tuple[float, float] = (300.0, 300.0), seed: int = 3) -> Image.Image:
    """A page of pure random grain: nothing to read."""
    scale = DPI / 72
    size = (round(page[0] * scale), round(page[1] * scale))
    return Image.frombytes("L", size, random.Random(seed).randbytes(size[0] * size[1]))


def pdf_of(
    pages: list[Image.Image | str],
    *,
    rotate: int = 0,
    crop: tuple[float, float, float, float] | None = None,
) -> bytes:
    """A PDF with one page per item: a picture (an image-only page, sized at 300 dpi)
    or a string (a text page in Helvetica with a real text layer, A4); every page
    with this /Rotate and, if given, this /CropBox (PDF units, origin bottom-left)."""
    cropbox = f"/CropBox [{' '.join(f'{v:.2f}' for v in crop)}] " if crop else ""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog, tree = add(b""), add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    kids: list[int] = []
    for item in pages:
        if isinstance(item, str):
            width, height = A4
            escaped = item.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            stream = f"BT /F1 14 Tf 72 760 Td ({escaped}) Tj ET".encode("latin-1")
            resources = f"<< /Font << /F1 {font} 0 R >> >>".encode()
        else:
            width, height = item.width * 72 / DPI, item.height * 72 / DPI
            jpeg = io.BytesIO()
            item.convert("L").save(jpeg, "JPEG", quality=90)
            image = add(
                b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace "
                b"/DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n"
                % (item.width, item.height, len(jpeg.getvalue()))
                + jpeg.getvalue()
                + b"\nendstream"
            )
            stream = f"q {width:.2f} 0 0 {height:.2f} 0 0 cm /Im1 Do Q".encode()
            resources = f"<< /XObject << /Im1 {image} 0 R >> >>".encode()
        contents = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(
            add(
                f"<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 {width:.2f} {height:.2f}] "
                f"{cropbox}/Rotate {rotate} /Contents {contents} 0 R /Resources ".encode()
                + resources
                + b" >>"
            )
        )
    objects[catalog - 1] = f"<< /Type /Catalog /Pages {tree} 0 R >>".encode()
    objects[tree - 1] = (
        f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>"
    ).encode()
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objects) + 1, catalog, xref)
    )
    return out.getvalue()


def word_accuracy(expected: str, found: str) -> float:
    """Share of the expected words found, in order (difflib's matching blocks)."""
    from difflib import SequenceMatcher

    want, got = expected.split(), found.split()
    matcher = SequenceMatcher(a=want, b=got, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    return matched / len(want) if want else 1.0
