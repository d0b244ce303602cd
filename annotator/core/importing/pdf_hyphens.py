"""Hyphens at line ends: which mark a word cut in two, which belong to the word.

A line whose last word ends with a hyphen right after a letter or digit
("défi-") continues on the next line ("nir"). Without a dictionary the two
readings, a word hyphenated by the typesetter ("définir") and a compound
that happens to break at its hyphen ("community-management"), are decided
thus, the page itself serving as the dictionary:

1. a soft hyphen (U+00AD) is only ever a typesetter's break: JOIN;
2. if the page spells the joined word elsewhere ("TraceMonkey"), JOIN;
   if it spells the hyphenated compound elsewhere, KEEP;
3. otherwise JOIN when a lower-case letter precedes the hyphen and the next
   line starts with one ("défi-" / "nir"), as typesetters cut words;
4. otherwise (capitals or digits on either side: "Jean-" / "Pierre",
   "2015-" / "2016") KEEP, if the next line continues the same block.

JOIN drops the hyphen and the line break, KEEP drops only the line break:
either way the dropped characters simply give no character (and no box), so
the text and its boxes stay one to one. Anything else keeps its line break.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet

from annotator.core.importing.pdf_glyphs import SOFT_HYPHEN, Glyph

NEWLINE, JOIN, KEEP = 0, 1, 2
HYPHENS = frozenset({"-", "\u2010", SOFT_HYPHEN})


def _word_text(word: list[Glyph]) -> str:
    return "".join(g.text for g in word)


def _core(text: str) -> str:
    """The word without the punctuation around it, lower-cased."""
    start, end = 0, len(text)
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return text[start:end].lower()


def line_joins(lines: Sequence[tuple[list[list[Glyph]], int]]) -> list[int]:
    """How each line attaches to the one before it (NEWLINE, JOIN or KEEP).

    `lines` are the page's lines in reading order, each as its words and the
    number of its block; the first line's entry is NEWLINE.
    """

    @functools.cache
    def vocabulary() -> frozenset[str]:
        """The page's words: built for the first hyphen at a line's end (most pages have none)."""
        return frozenset(_core(_word_text(word)) for words, _ in lines for word in words)

    joins = [NEWLINE]
    for (words, block), (next_words, next_block) in zip(lines, lines[1:], strict=False):
        joins.append(_join(words[-1], next_words[0], block == next_block, vocabulary))
    return joins


def _join(
    last: list[Glyph],
    first: list[Glyph],
    same_block: bool,
    vocabulary: Callable[[], AbstractSet[str]],
) -> int:
    hyphen = last[-1].text
    if len(last) < 2 or hyphen not in HYPHENS:
        return NEWLINE
    before, after = _word_text(last[:-1]), _word_text(first)
    if not before[-1:].isalnum() or not after[:1].isalnum():
        return NEWLINE
    if hyphen == SOFT_HYPHEN:
        return JOIN
    head, tail = _core(before), _core(after)
    words = vocabulary()
    if head + tail in words:
        return JOIN
    if f"{head}-{tail}" in words:
        return KEEP
    if before[-1].islower() and after[0].islower():
        return JOIN
    return KEEP if same_block else NEWLINE
