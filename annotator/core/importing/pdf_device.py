"""A pdfminer device that records each glyph as a PdfChar instead of building an LTChar.

pdfplumber parses a page with an aggregator that makes an LTChar per glyph
(a layout object with its bounding box, colours and graphic state) and our
reader then copies a few of its fields. This device does the LTChar's
arithmetic itself, in the same order (so every number is the one
pdfplumber's characters carry, to the bit), and keeps only what the layout
reads: the text, the box, the glyph's axes, the font name and size. A
font's character text, width and displacement are looked up once per page,
and a string of horizontal text is walked here, glyph by glyph, instead of
through pdfminer's render_char (two calls a glyph saved). The pen advances by
the PDF's own rule (PDF 32000-1, 9.4.4), with its additions made in the order
pdfminer makes them so that the positions agree to the bit; a pdfminer upgrade
is checked by tests/core/test_pdf_device.py, which compares with page.chars.
Everything else (images, rules, figures) is left to pdfplumber's aggregator.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import Any

from pdfminer.pdffont import PDFFont, PDFUnicodeNotDefined
from pdfminer.pdfinterp import PDFPageInterpreter
from pdfminer.utils import Matrix, Point
from pdfplumber.page import PDFPageAggregatorWithMarkedContent
from pdfplumber.utils.exceptions import PdfminerException

from annotator.core.importing.pdf_glyphs import PdfChar

_PDFMINER_LOG = logging.getLogger("pdfminer.pdfdevice")  # where pdfminer's loop warns
# PdfChar from a tuple of its fields without NamedTuple's Python-level __new__.
_new_char = partial(tuple.__new__, PdfChar)


class _Font:
    """What the layout needs of a font, and its characters as looked up so far."""

    __slots__ = ("name", "vertical", "descent", "glyphs")

    def __init__(self, font: PDFFont) -> None:
        self.name = font.fontname
        self.vertical = font.is_vertical()
        self.descent = font.get_descent()
        self.glyphs: dict[int, tuple[str, float, Any]] = {}


class GlyphDevice(PDFPageAggregatorWithMarkedContent):
    """pdfplumber's page aggregator, with glyphs recorded in `chars` (drawing order)."""

    def __init__(self, rsrcmgr: Any, pageno: int, laparams: Any, page_height: float) -> None:
        super().__init__(rsrcmgr, pageno=pageno, laparams=laparams)
        self.chars: list[PdfChar] = []
        self._height = page_height
        self._fonts: dict[PDFFont, _Font] = {}

    def _font(self, font: PDFFont) -> _Font:
        known = self._fonts.get(font)
        if known is None:
            known = self._fonts[font] = _Font(font)
        return known

    def _glyph(self, font: PDFFont, known: _Font, cid: int) -> tuple[str, float, Any]:
        """The character's text, width and displacement, as pdfminer's render_char finds them."""
        glyph = known.glyphs.get(cid)
        if glyph is None:
            try:
                text = font.to_unichr(cid)
            except PDFUnicodeNotDefined:
                text = self.handle_undefined_char(font, cid)
            glyph = known.glyphs[cid] = (text, font.char_width(cid), font.char_disp(cid))
        return glyph

    def render_string_horizontal(
        self,
        seq: Any,
        matrix: Matrix,
        pos: Point,
        font: PDFFont,
        fontsize: float,
        scaling: float,
        charspace: float,
        wordspace: float,
        rise: float,
        dxscale: float,
        ncs: Any,
        graphicstate: Any,
    ) -> Point:
        """Record the glyphs of a TJ/Tj string of horizontal text; the pen's end.

        A number in the string moves the pen back by thousandths of the text size
        (`dxscale`); character spacing goes before every glyph that follows
        another glyph or such a number, word spacing after each single-byte
        space (code 32). The glyph is drawn with the text matrix moved to the pen.
        """
        known = self._font(font)
        glyphs = known.glyphs
        chars = self.chars
        name = known.name
        a, b, c, d, e, f = matrix
        low = known.descent * fontsize + rise
        high = low + fontsize
        x, y = pos
        # Upright text, neither mirrored nor turned (most glyphs): _record's arithmetic
        # with b = c = 0 gives the same numbers, and the glyph's top, bottom and size
        # are the string's own.
        plain = not b and not c and a > 0 and d > 0 and scaling > 0 and fontsize > 0
        axes = (a, b, c, d)
        origin_y = x * b + y * d + f
        lowest, highest = d * low + origin_y, d * high + origin_y
        top, bottom, size = self._height - highest, self._height - lowest, highest - lowest
        spaced = False  # whether character spacing is due before the next glyph
        for part in seq:
            if isinstance(part, bytes):
                for cid in font.decode(part):
                    x = x + charspace if spaced else x
                    text, width, _ = glyphs.get(cid) or self._glyph(font, known, cid)
                    advance = width * fontsize * scaling
                    origin_x = x * a + y * c + e
                    if plain and advance > 0:
                        chars.append(_new_char((
                            text, origin_x, top, a * advance + origin_x, bottom, axes, name, size,
                        )))
                    else:
                        origin = (a, b, c, d, origin_x, x * b + y * d + f)
                        self._record(origin, (0, low, advance, high), text, advance,
                                     scaling, known)
                    x += advance
                    if wordspace and cid == 32:
                        x += wordspace
                    spaced = True
            elif isinstance(part, (int, float)):
                x -= part * dxscale
                spaced = True
            else:
                _PDFMINER_LOG.warning("a text string holds %r, neither text nor a number: "
                                      "skipped", part)
        return x, y

    def render_char(
        self,
        matrix: Matrix,
        font: PDFFont,
        fontsize: float,
        scaling: float,
        rise: float,
        cid: int,
        ncs: Any,
        graphicstate: Any,
    ) -> float:
        """Record a glyph of vertical text (horizontal text: render_string_horizontal)."""
        known = self._font(font)
        text, textwidth, textdisp = self._glyph(font, known, cid)
        adv = textwidth * fontsize * scaling
        if known.vertical:
            vx, vy = textdisp
            vx = fontsize * 0.5 if vx is None else vx * fontsize * 0.001
            vy = (1000 - vy) * fontsize * 0.001
            bbox = (-vx, vy + rise + adv, -vx + fontsize, vy + rise)
        else:
            descent = known.descent * fontsize
            bbox = (0, descent + rise, adv, descent + rise + fontsize)
        self._record(matrix, bbox, text, adv, scaling, known)
        return adv

    def _record(
        self,
        matrix: Matrix,
        bbox: tuple[float, float, float, float],
        text: str,
        adv: float,
        scaling: float,
        known: _Font,
    ) -> None:
        """Add the glyph; the arithmetic is LTChar.__init__'s (pdfminer.layout)."""
        bx0, by0, bx1, by1 = bbox
        a, b, c, d, e, f = matrix
        upright = a * d * scaling > 0 and b * c <= 0
        # apply_matrix_rect: the corners, then min and max in its order
        left1, bottom1 = a * bx0 + c * by0 + e, b * bx0 + d * by0 + f
        right1, bottom2 = a * bx1 + c * by0 + e, b * bx1 + d * by0 + f
        right2, top1 = a * bx1 + c * by1 + e, b * bx1 + d * by1 + f
        left2, top2 = a * bx0 + c * by1 + e, b * bx0 + d * by1 + f
        x0, y0 = min(left1, left2, right1, right2), min(bottom1, bottom2, top1, top2)
        x1, y1 = max(left1, left2, right1, right2), max(bottom1, bottom2, top1, top2)
        if x1 < x0:
            x0, x1 = x1, x0
        if y1 < y0:
            y0, y1 = y1, y0
        if upright and adv > 0 and a * d > 0:
            axes: tuple[float, ...] = (a, b, c, d)
        else:
            axes = glyph_axes(matrix, adv, upright, (x0, y0, x1, y1))
        height = self._height
        self.chars.append(
            PdfChar(
                text,
                x0,
                height - y1,
                x1,
                height - y0,
                axes,
                known.name,
                x1 - x0 if known.vertical else y1 - y0,
            )
        )


def read_glyphs(page: Any) -> tuple[list[PdfChar], Any]:
    """The page's glyphs (top-down coordinates) and its layout tree, which holds no chars.

    Parses the page as pdfplumber's `Page.layout` does, with GlyphDevice.
    """
    pdf = page.pdf
    device = GlyphDevice(pdf.rsrcmgr, page.page_number, pdf.laparams, float(page.height))
    interpreter = PDFPageInterpreter(pdf.rsrcmgr, device)
    try:
        interpreter.process_page(page.page_obj)
    except Exception as error:
        raise PdfminerException(error) from error
    return device.chars, device.get_result()


def glyph_axes(
    matrix: Matrix, adv: float, upright: bool, bbox: tuple[float, float, float, float]
) -> tuple[float, float, float, float]:
    """The glyph's own axes: the text rendering matrix's turned to where the glyph's
    advance and its ascent actually point.

    pdfminer's matrix leaves out the font size and the horizontal scaling
    (Tz), either of which may be negative: a negative size turns the glyph
    half a turn, a negative scaling mirrors it left to right (its advance goes
    backwards while its letters still stand above the baseline). The advance's
    sign is the product of the two; the scaling's own sign shows in `upright`
    for text along the horizontal axis, and elsewhere, for a glyph drawn
    behind its origin, the side of the baseline the glyph lies on tells the
    font size's sign (a glyph of turned text with both negative, which then
    advances forwards, is not told from its neighbours: text rise could put
    a subscript on the wrong side).
    """
    a, b, c, d, e, f = matrix
    backwards = adv < 0
    if not b and not c and a * d:
        mirrored = upright != (a * d > 0)  # upright: a * d * scaling > 0
        turned = backwards != mirrored
    elif backwards:
        x0, y0, x1, y1 = bbox
        det = a * d - b * c
        dx, dy = (x0 + x1) / 2 - e, (y0 + y1) / 2 - f
        turned = det != 0 and (a * dy - b * dx) / det < 0  # below the baseline
        mirrored = not turned
    else:
        return a, b, c, d
    if mirrored:
        a, b = -a, -b
    if turned:
        a, b, c, d = -a, -b, -c, -d
    return a, b, c, d
