"""The fonts of a highlight card and their metrics, made once per view font.

A card is laid out in four fonts derived from the view's (the quote, a bold title,
smaller chips and date, an italic memo); each new card made them and their metrics
anew. They are kept per font instead.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics


def chip_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * 0.88)
    return font


class CardFonts:
    """A card's fonts in one view font, with their metrics and line heights."""

    def __init__(self, font: QFont) -> None:
        self.base = QFont(font)
        self.metrics = QFontMetrics(self.base)
        self.base_height = self.metrics.height()
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
