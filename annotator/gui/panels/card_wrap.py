"""Word-wrapping a card's text to a width, each word measured once (see card_fonts)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics


def wrapped_lines(text: str, metrics: QFontMetrics, width: int,
                  max_lines: int | None = None,
                  advance: Callable[[str], int] | None = None) -> list[str]:
    """Word-wrap `text` to `width` pixels.

    With `max_lines` the text is read as one paragraph and the last kept line
    is elided; without, each line break of the text starts a new paragraph.
    `advance` measures a word (by default `metrics.horizontalAdvance`).
    """
    width = max(width, 20)
    measure = advance or metrics.horizontalAdvance
    if not max_lines:
        return [line for paragraph in text.splitlines() or [""]
                for _, line in _wrap(" ".join(paragraph.split()), measure, width)]
    paragraph = " ".join(text.split())
    lines: list[str] = []
    for start, line in _wrap(paragraph, measure, width):
        if len(lines) == max_lines - 1:
            lines.append(metrics.elidedText(paragraph[start:], Qt.TextElideMode.ElideRight,
                                            width))
            break
        lines.append(line)
    return lines


def _wrap(paragraph: str, measure: Callable[[str], int], width: int
          ) -> Iterator[tuple[int, str]]:
    """(offset, line) pairs of a single-spaced paragraph, greedily filled."""
    space = measure(" ")
    line, line_width, start, position = "", 0, 0, 0
    for word in paragraph.split(" ") if paragraph else []:
        word_width = measure(word)  # one measure per word: fast enough
        if line and line_width + space + word_width <= width:
            line, line_width = f"{line} {word}", line_width + space + word_width
        else:
            if line:
                yield start, line
            start, line, line_width = position, word, word_width
            while len(line) > 1 and line_width > width:
                cut = _fitting_prefix(line, measure, width)
                yield start, line[:cut]
                start, line = start + cut, line[cut:]
                line_width = measure(line)
        position += len(word) + 1
    yield start, line


def _fitting_prefix(word: str, measure: Callable[[str], int], width: int) -> int:
    cut = len(word) - 1
    while cut > 1 and measure(word[:cut]) > width:
        cut -= 1
    return cut
