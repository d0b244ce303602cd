"""Builds the reading layout of a document: its canonical text, formatted by its spans.

The QTextDocument holds exactly the canonical text (same length, same
characters except invisible control codes), so that Qt positions map 1:1 to
code-point offsets through OffsetMap. Structure comes only from formats:
headings, paragraph spacing, bullets, quotes and code are block and character
formats applied over ranges, never inserted characters.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextListFormat,
)

from annotator.core.model import StyleSpan

LINE_HEIGHT_PERCENT = 150
COLUMN_CHARACTERS = 75  # a comfortable measure for reading
MIN_SIDE_MARGIN = 56.0  # room on the left for the concept bars
QUOTE_STATE = 1  # QTextBlock.userState of blocks the view decorates itself
CODE_STATE = 2

# Qt scales FontSizeAdjustment n by 1.2 ** n (roughly, as HTML font sizes do).
_PROPORTIONAL = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
_HEADING_SIZE = {"h1": 2, "h2": 1, "h3": 1, "h4": 0, "h5": 0, "h6": 0}
# Qt would turn \r, \r\n, \f... into block breaks or drop them, shifting
# positions; shown as spaces they keep every offset in place.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
# Qt lays a paragraph out as one QTextLayout, again after every width or font
# change, in time growing faster than its length: a 20 MB text on one line took
# half a minute to show. Lines longer than this are shown as several blocks.
LONG_LINE = 4000


def reading_text(text: str) -> str:
    """The canonical text as Qt may show it: control codes blanked, length kept."""
    return _CONTROLS.sub(" ", text)


def broken_long_lines(text: str, limit: int = LONG_LINE) -> str:
    """`text` with each line longer than `limit` cut into pieces of at most about `limit`.

    A space between words becomes the line break, so the length, and every
    offset, stays the same: only what Qt shows differs (a line ends there).
    A stretch of `limit` characters without a space is left whole.
    """
    if len(text) <= limit:
        return text
    long_line = re.compile(f"[^\n]{{{limit + 1},}}")  # re caches the compiled pattern
    return long_line.sub(lambda match: _cut(match.group(), limit), text)


def _cut(line: str, limit: int) -> str:
    pieces: list[str] = []
    start = 0
    while len(line) - start > limit:
        space = line.rfind(" ", start + limit // 2, start + limit)
        if space < 0:
            space = line.find(" ", start + limit)
            if space < 0:
                break
        pieces += (line[start:space], "\n")
        start = space + 1
    pieces.append(line[start:])
    return "".join(pieces)


def reflowed(text: str, paragraph_starts: Sequence[int]) -> str:
    """PDF text with its printed line breaks shown as spaces inside paragraphs.

    Length is kept, so offsets still map 1:1: a break after a hyphenated word
    becomes a zero-width space, any other break inside a paragraph a space;
    page breaks (blank lines) and paragraph ends stay.
    """
    starts = set(paragraph_starts)
    chars = list(text)
    for index, char in enumerate(chars):
        if char != "\n" or index + 1 in starts:
            continue
        if text[index + 1 : index + 2] == "\n" or text[index - 1 : index] == "\n":
            continue
        joins_word = index >= 2 and text[index - 1] == "-" and text[index - 2].isalpha()
        chars[index] = "\u200b" if joins_word else " "
    return "".join(chars)


def reading_font(base: QFont, scale: float = 1.0) -> QFont:
    """A comfortable body font: the system font, a little larger than for menus."""
    font = QFont(base)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
    font.setPointSizeF(max(11.0, size * 1.2) * scale)
    return font


def build_document(
    text: str, spans: Sequence[StyleSpan], font: QFont
) -> QTextDocument:
    """A read-only document of `text` (UTF-16 positions = Qt positions) with `spans` applied.

    `spans` are in Qt positions already (the caller converts code points).
    """
    document = QTextDocument()
    document.setUndoRedoEnabled(False)
    document.setDefaultFont(font)
    document.setIndentWidth(QFontMetricsF(font).averageCharWidth() * 3)
    document.setPlainText(broken_long_lines(reading_text(text)))
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    body = QTextBlockFormat()
    body.setLineHeight(LINE_HEIGHT_PERCENT, _PROPORTIONAL)
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.mergeBlockFormat(body)
    em = QFontMetricsF(font).height()
    previous_item = None
    for span in sorted(spans, key=lambda s: s.start):
        _select(cursor, span.start, span.end)
        if span.kind == "li":
            previous_item = _list_item(cursor, previous_item, em)
            continue
        previous_item = None
        look = _look(span.kind, em)
        if look is None:
            continue
        cursor.mergeBlockFormat(look.block)
        if look.char is not None and span.end > span.start:
            cursor.mergeCharFormat(look.char)
        _space_around(cursor, look.above, look.below)
        if look.state:
            _mark_blocks(cursor, look.state)
    cursor.endEditBlock()
    return document


def _select(cursor: QTextCursor, start: int, end: int) -> None:
    last = cursor.document().characterCount() - 1
    cursor.setPosition(max(0, min(start, last)))
    cursor.setPosition(max(0, min(end, last)), QTextCursor.MoveMode.KeepAnchor)


@dataclass(frozen=True)
class _Look:
    block: QTextBlockFormat  # for every block of the span
    char: QTextCharFormat | None
    above: float  # space before the first block and after the last
    below: float
    state: int = 0  # QTextBlock.userState, for what the view paints itself


def _look(kind: str, em: float) -> _Look | None:
    block = QTextBlockFormat()
    char = QTextCharFormat()
    if kind in _HEADING_SIZE:
        block.setLineHeight(125, _PROPORTIONAL)
        char.setFontWeight(QFont.Weight.Bold)
        char.setProperty(QTextFormat.Property.FontSizeAdjustment, _HEADING_SIZE[kind])
        return _Look(block, char, em * (1.1 if kind in ("h1", "h2") else 0.8), em * 0.35)
    if kind == "p":
        return _Look(block, None, 0.0, em * 0.6)
    if kind == "blockquote":
        block.setLeftMargin(em * 1.6)
        block.setRightMargin(em * 1.0)
        char.setFontItalic(True)
        return _Look(block, char, 0.0, em * 0.6, QUOTE_STATE)
    if kind == "pre":
        block.setLineHeight(118, _PROPORTIONAL)
        block.setLeftMargin(em * 0.8)
        block.setRightMargin(em * 0.8)
        char.setFontFamilies(
            QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).families())
        char.setFontFixedPitch(True)
        return _Look(block, char, em * 0.5, em * 1.0, CODE_STATE)
    return None


def _space_around(cursor: QTextCursor, above: float, below: float) -> None:
    """Margins outside the span only: inner line breaks of a paragraph stay tight."""
    document = cursor.document()
    first = document.findBlock(cursor.selectionStart())
    last = document.findBlock(cursor.selectionEnd())
    for block, margin, top in ((first, above, True), (last, below, False)):
        if margin <= 0:
            continue
        edge = QTextCursor(block)
        fmt = QTextBlockFormat()
        if top:
            fmt.setTopMargin(margin)
        else:
            fmt.setBottomMargin(margin)
        edge.mergeBlockFormat(fmt)


def _list_item(cursor: QTextCursor, previous: QTextBlock | None, em: float) -> QTextBlock:
    """Make the selected block a bulleted item, continuing the list just above it."""
    block = cursor.document().findBlock(cursor.selectionStart())
    spacing = QTextBlockFormat()
    spacing.setBottomMargin(em * 0.25)
    cursor.mergeBlockFormat(spacing)
    above = previous.textList() if previous is not None else None
    if above is not None and previous is not None and previous.next() == block:
        above.add(block)
    else:
        style = QTextListFormat()
        style.setStyle(QTextListFormat.Style.ListDisc)
        style.setIndent(1)
        cursor.createList(style)
    return block


def _mark_blocks(cursor: QTextCursor, state: int) -> None:
    document = cursor.document()
    block = document.findBlock(cursor.selectionStart())
    end = cursor.selectionEnd()
    while block.isValid() and block.position() <= end:
        block.setUserState(state)
        block = block.next()


def set_reading_column(document: QTextDocument, width: float, font: QFont) -> None:
    """Centre a column of about COLUMN_CHARACTERS characters in a viewport `width` wide."""
    column = QFontMetricsF(font).averageCharWidth() * COLUMN_CHARACTERS
    side = max(MIN_SIDE_MARGIN, (width - column) / 2)
    left = round(side)
    right = round(max(16.0, width - column - side))
    frame = document.rootFrame()
    current = frame.frameFormat()
    if current.leftMargin() == left and current.rightMargin() == right:
        return
    current.setLeftMargin(left)
    current.setRightMargin(right)
    current.setTopMargin(24)
    current.setBottomMargin(48)
    frame.setFrameFormat(current)


def text_left(document: QTextDocument) -> float:
    """The x (document coordinates) where the reading column starts."""
    return document.rootFrame().frameFormat().leftMargin()
