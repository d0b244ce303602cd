"""Offsets <-> quotes: build an anchor for a passage, and find it again in a text.

Finding goes from strict to loose, as web annotation tools do: the stored
offsets if the quote is still there; the exact quote nearest its old place
(context breaking ties); the quote with whitespace and case ignored; at last
an approximate match scored by similarity.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from annotator.core.model import Anchor
from annotator.core.textfold import fold

CONTEXT_CHARS = 32
MIN_FUZZY_RATIO = 0.75


def make_anchor(text: str, start: int, end: int, context: int = CONTEXT_CHARS) -> Anchor:
    """The anchor of text[start:end], clamped to the text."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    return Anchor(
        start=start,
        end=end,
        quote=text[start:end],
        prefix=text[max(0, start - context) : start],
        suffix=text[end : end + context],
    )


def trim_whitespace(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a selection so it neither starts nor ends on whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_anchor(text: str, anchor: Anchor) -> tuple[int, int] | None:
    """Where the anchored passage sits in `text` now, or None if it is gone."""
    if not anchor.quote:
        return None
    if text[anchor.start : anchor.end] == anchor.quote:
        return anchor.start, anchor.end
    exact = _exact(text, anchor)
    if exact is not None:
        return exact
    loose = find_quote(text, anchor.quote, near=anchor.start)
    if loose is not None:
        return loose
    return _fuzzy(text, anchor)


def find_quote(text: str, quote: str, near: int = 0) -> tuple[int, int] | None:
    """Find `quote` ignoring case, accents and differences of whitespace."""
    words = fold(quote).split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(word) for word in words)
    matches = list(re.finditer(pattern, fold(text)))
    if not matches:
        # hyphenated line breaks in PDFs: "commu-\nnauté"
        pattern = r"(?:-?\s*)".join(
            r"(?:-?\s*)".join(re.escape(ch) for ch in word) for word in words
        )
        matches = list(re.finditer(pattern, fold(text)))
    if not matches:
        return None
    best = min(matches, key=lambda m: abs(m.start() - near))
    return best.start(), best.end()


def _exact(text: str, anchor: Anchor) -> tuple[int, int] | None:
    best: tuple[float, int] | None = None
    position = text.find(anchor.quote)
    while position != -1:
        score = abs(position - anchor.start) / max(len(text), 1)
        if anchor.prefix and text[:position].endswith(anchor.prefix):
            score -= 1
        if anchor.suffix and text[position + len(anchor.quote) :].startswith(anchor.suffix):
            score -= 1
        if best is None or score < best[0]:
            best = (score, position)
        position = text.find(anchor.quote, position + 1)
    if best is None:
        return None
    return best[1], best[1] + len(anchor.quote)


def _fuzzy(text: str, anchor: Anchor) -> tuple[int, int] | None:
    """Best window of the quote's length around places sharing its rarest words."""
    quote = anchor.quote
    length = len(quote)
    words = sorted(set(re.findall(r"\w{4,}", quote)), key=len, reverse=True)[:5]
    candidates: set[int] = set()
    for word in words:
        offset_in_quote = quote.find(word)
        for match in re.finditer(re.escape(word), text):
            candidates.add(max(0, match.start() - offset_in_quote))
    best: tuple[float, int, int] | None = None
    for candidate in sorted(candidates)[:200]:
        window = text[candidate : candidate + length + length // 4]
        matcher = SequenceMatcher(None, quote, window, autojunk=False)
        blocks = [b for b in matcher.get_matching_blocks() if b.size]
        if not blocks:
            continue
        start = candidate + blocks[0].b
        end = candidate + blocks[-1].b + blocks[-1].size
        ratio = SequenceMatcher(None, quote, text[start:end], autojunk=False).ratio()
        if best is None or ratio > best[0]:
            best = (ratio, start, end)
    if best is None or best[0] < MIN_FUZZY_RATIO:
        return None
    return best[1], best[2]
