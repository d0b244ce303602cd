"""Turn a user's search into a safe FTS5 query, and locate its hits in a text.

Users type words, "quoted phrases", prefix* terms and the operators OR, AND,
NOT. Every word is quoted before it reaches FTS5, so punctuation never
becomes syntax; only an unclosed quote or a dangling operator is an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from annotator.core.errors import SearchQueryError
from annotator.core.textfold import fold

OPERATORS = {"OR", "AND", "NOT"}
SNIPPET_CONTEXT = 60
_TOKEN = re.compile(r'"([^"]*)"|(\S+)')


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]  # folded words; several for a phrase
    prefix: bool = False
    negated: bool = False


@dataclass(frozen=True)
class ParsedQuery:
    fts: str
    terms: tuple[Term, ...]


def parse_query(query: str) -> ParsedQuery:
    if query.count('"') % 2:
        raise SearchQueryError('cannot understand this search: a quote (") is not closed')
    parts: list[str] = []
    terms: list[Term] = []
    negate_next = False
    for match in _TOKEN.finditer(query):
        phrase, word = match.group(1), match.group(2)
        if word in OPERATORS:
            if not parts or parts[-1] in OPERATORS:
                raise SearchQueryError(
                    f"cannot understand this search: {word} needs a term before it"
                )
            parts.append(word)
            negate_next = word == "NOT"
            continue
        raw = phrase if phrase is not None else word
        prefix = phrase is None and raw.endswith("*")
        words = tuple(w for w in re.findall(r"\w+", fold(raw.rstrip("*"))))
        if not words:
            continue
        parts.append('"' + " ".join(words) + '"' + (" *" if prefix else ""))
        terms.append(Term(words, prefix, negate_next))
        negate_next = False
    if parts and parts[-1] in OPERATORS:
        raise SearchQueryError(f"cannot understand this search: nothing after {parts[-1]}")
    return ParsedQuery(" ".join(parts), tuple(terms))


def term_pattern(term: Term) -> re.Pattern[str]:
    body = r"\W+".join(re.escape(word) for word in term.words)
    return re.compile(r"(?<!\w)" + body + ("" if term.prefix else r"(?!\w)"))


def locate(text: str, parsed: ParsedQuery, limit: int) -> list[tuple[int, int]]:
    """Offsets of the (non-negated) terms' occurrences in `text`, in reading order."""
    folded = fold(text)
    spans: list[tuple[int, int]] = []
    for term in parsed.terms:
        if term.negated:
            continue
        spans.extend(m.span() for m in term_pattern(term).finditer(folded))
    spans.sort()
    return spans[:limit]


def snippet(text: str, start: int, end: int, context: int = SNIPPET_CONTEXT) -> str:
    """A one-line excerpt around text[start:end], the hit wrapped in [ ]."""
    left = max(0, start - context)
    right = min(len(text), end + context)
    before = " ".join(text[left:start].split())
    hit = " ".join(text[start:end].split())
    after = " ".join(text[end:right].split())
    return (
        ("…" if left > 0 else "")
        + before
        + (" " if text[left:start][-1:].isspace() else "")
        + f"[{hit}]"
        + (" " if text[end:right][:1].isspace() else "")
        + after
        + ("…" if right < len(text) else "")
    )
