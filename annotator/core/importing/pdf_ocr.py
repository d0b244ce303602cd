"""OCR of PDF pages without a usable text layer: Tesseract (tesserocr) on a 300-dpi rendering.

A page is read by OCR when it has no or almost no characters but an image
covering much of it (`needs_ocr`). pypdfium2 renders it as displayed (its
/Rotate applied, inside its CropBox), Tesseract reads the picture, and each
recognised symbol becomes characters with boxes in page points from the
top-left, the frame and form of the text layer's boxes (see `pdf.py`): words
joined by " ", lines, paragraphs and blocks by "\\n", inserted characters
with `geometry.EMPTY_BOX`. A character's box spans its symbol horizontally
and its text line vertically, so highlights over OCR'd text are even bands.

tesserocr and pypdfium2 are imported only when the first page is read.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from annotator.core.geometry import EMPTY_BOX, Box
from annotator.core.importing.ocr_languages import OcrSetup

OCR_DPI = 300
MAX_PIXELS = 40_000_000  # a poster-sized page is rendered at a lower resolution
# A page whose text layer has fewer visible characters than this holds "almost no text"
# (a page number, a stamp, a "digitised by" line over a scan).
ALMOST_NO_TEXT = 50
# Fraction of the page that images must cover: a page without any text is read
# when a tenth of it is a picture (a small scanned note on a blank page); a page
# with a few characters only when images cover half of it (a scan with a stamp),
# so a photograph with its caption keeps its caption as it is.
COVER_WITHOUT_TEXT = 0.1
COVER_WITH_LITTLE_TEXT = 0.5
# Below this mean word confidence (Tesseract's 0-100 scale) the page's text is
# flagged as probably wrong. Clean print scores above 85 (our French test pages
# score about 90-95); text in a language or script that is not among the OCR
# languages scores below 60, where about one word in three or more is wrong.
LOW_CONFIDENCE = 60.0


def needs_ocr(text: str, image_cover: float) -> bool:
    """Whether a page with this text layer and this image cover should be read by OCR."""
    characters = sum(not ch.isspace() for ch in text)
    if characters == 0:
        return image_cover >= COVER_WITHOUT_TEXT
    return characters < ALMOST_NO_TEXT and image_cover >= COVER_WITH_LITTLE_TEXT


@dataclass
class OcrText:
    """A page's OCR'd text: one box per character, and the confidence of each word."""

    text: str = ""
    boxes: list[Box] = field(default_factory=list)
    word_confidences: list[float] = field(default_factory=list)

    @property
    def confidence(self) -> float:
        """Mean word confidence, 0-100 (0 when no word was found)."""
        words = self.word_confidences
        return sum(words) / len(words) if words else 0.0


def recognise(api: Any, image: Any, scale_x: float, scale_y: float) -> OcrText:
    """Read a PIL image with a tesserocr API; boxes are divided by the scales (pixels/point)."""
    from tesserocr import RIL, iterate_level

    api.SetImage(image)
    api.SetSourceResolution(max(70, round(scale_x * 72)))
    api.Recognize()
    result = OcrText()
    iterator = api.GetIterator()
    if iterator is None:
        return result
    parts: list[str] = []
    word_start = line_start = False
    line_top = line_bottom = confidence = 0.0
    for symbol in iterate_level(iterator, RIL.SYMBOL):
        if symbol.IsAtBeginningOf(RIL.TEXTLINE):
            line_start = True
            line_box = symbol.BoundingBox(RIL.TEXTLINE)
            if line_box is not None:
                line_top, line_bottom = line_box[1] / scale_y, line_box[3] / scale_y
        if symbol.IsAtBeginningOf(RIL.WORD):
            word_start = True
            confidence = symbol.Confidence(RIL.WORD)
        text = unicodedata.normalize("NFC", (symbol.GetUTF8Text(RIL.SYMBOL) or "").strip())
        box = symbol.BoundingBox(RIL.SYMBOL)
        if not text or box is None:
            continue
        if word_start:
            if parts:
                parts.append("\n" if line_start else " ")
                result.boxes.append(EMPTY_BOX)
            result.word_confidences.append(float(confidence))
            word_start = line_start = False
        parts.append(text)
        x0, x1 = box[0] / scale_x, box[2] / scale_x
        top = min(line_top, box[1] / scale_y)
        bottom = max(line_bottom, box[3] / scale_y)
        step = (x1 - x0) / len(text)
        result.boxes.extend(
            (x0 + i * step, top, x0 + (i + 1) * step, bottom) for i in range(len(text))
        )
    result.text = "".join(parts)
    return result


class PageOcr:
    """Reads pages of one PDF by OCR; opens the PDF with pdfium and starts Tesseract once."""

    def __init__(self, data: bytes, password: str | None, setup: OcrSetup) -> None:
        self.data = data
        self.password = password
        self.setup = setup
        self._pdf: Any = None
        self._api: Any = None

    def read(self, index: int, size: tuple[float, float] | None = None) -> OcrText:
        """OCR page `index` (0-based) as displayed; boxes in points from its top-left.

        `size` is the page's displayed size as the text layer's reader saw it:
        a rendering of another size is another page (the two readers disagree
        on a damaged page tree), refused with ValueError rather than misread.
        """
        image, scale_x, scale_y = self._render(index, size)
        return recognise(self._tesseract(), image, scale_x, scale_y)

    def _render(self, index: int, size: tuple[float, float] | None) -> tuple[Any, float, float]:
        if self._pdf is None:
            import pypdfium2

            self._pdf = pypdfium2.PdfDocument(self.data, password=self.password or None)
        if index >= len(self._pdf):
            raise ValueError(f"the renderer finds no page {index + 1}")
        page = self._pdf[index]
        try:
            width, height = page.get_size()
            if size is not None and (abs(width - size[0]) > 1 or abs(height - size[1]) > 1):
                raise ValueError(
                    f"the renderer shows this page at another size ({width:.0f} × {height:.0f} "
                    f"points instead of {size[0]:.0f} × {size[1]:.0f})"
                )
            scale = OCR_DPI / 72
            if width * height * scale * scale > MAX_PIXELS:
                scale = (MAX_PIXELS / (width * height)) ** 0.5
            bitmap = page.render(scale=scale, grayscale=True, may_draw_forms=False)
            image = bitmap.to_pil()
        finally:
            page.close()
        return image, image.width / width, image.height / height

    def _tesseract(self) -> Any:
        if self._api is None:
            # one thread per process: the worker processes already share the cores
            os.environ.setdefault("OMP_THREAD_LIMIT", "1")
            import tesserocr

            self._api = tesserocr.PyTessBaseAPI(
                path=self.setup.tessdata.rstrip("/\\") + os.sep, lang=self.setup.languages
            )
        return self._api

    def close(self) -> None:
        if self._api is not None:
            self._api.End()
            self._api = None
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None
