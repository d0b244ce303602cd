"""The fonts of a highlight card and their metrics, made once per view font.

A card is laid out in four fonts derived from the view's (the quote, a bold title,
smaller chips and date, an italic memo); each new card made them and their metrics
anew. They are kept per font instead, with the width of each word a quote or memo
was wrapped at: words recur from card to card, and measuring one shapes its text.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics


def chip_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * 0.88)
    return font


class Advances:
    """Widths of texts in one font, each measured once (a few thousand words at most:
    the table starts again beyond that)."""

    LIMIT = 20_000

    def __init__(self, metrics: QFontMetrics) -> None:
        self._metrics = metrics
        self._widths: dict[str, int] = {}

    def __call__(self, text: str) -> int:
        width = self._widths.get(text)
        if width is None:
            if len(self._widths) >= self.LIMIT:
                self._widths.clear()
            width = self._widths[text] = self._metrics.horizontalAdvance(text)
        return width


class CardFonts:
    """A card's fonts in one view font, with their metrics and line heights."""

    def __init__(self, font: QFont) -> None:
        self.base = QFont(font)
        self.metrics = QFontMetrics(self.base)
        self.base_height = self.metrics.height()
        self.advance = Advances(self.metrics)
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.bold_metrics = QFontMetrics(self.bold)
        self.bold_height = self.bold_metrics.height()
        self.small = chip_font(font)
        self.small_metrics = QFontMetrics(self.small)
        self.small_height = self.small_metrics.height()
        self.italic = QFont(font)
        self.italic.setItalic(True)
        self.italic_metrics = QFontMetrics(self.italic)
        self.italic_height = self.italic_metrics.height()
        self.italic_advance = Advances(self.italic_metrics)
