"""Turn a user's search into a safe FTS5 query, and locate its hits in a text.

Users type words, "quoted phrases", prefix* terms and the operators OR, AND,
NOT. Every word is quoted before it reaches FTS5, so punctuation never
becomes syntax; only an unclosed quote or a dangling operator is an error.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from annotator.core.errors import SearchCause, SearchQueryError
from annotator.core.model import Annotation, SearchHit
from annotator.core.textfold import fold, variants

OPERATORS = {"OR", "AND", "NOT"}
SNIPPET_CONTEXT = 60
# The best-ranked documents, whose hits are all listed (up to the per-document
# limit); each document ranked after them shows its first hit only, which is
# found without reading the whole text.
EAGER_DOCUMENTS = 30
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
        raise SearchQueryError.coded("", SearchCause.QUOTE_NOT_CLOSED)
    parts: list[str] = []
    terms: list[Term] = []
    negate_next = False
    for match in _TOKEN.finditer(query):
        phrase, word = match.group(1), match.group(2)
        if word in OPERATORS:
            if not parts or parts[-1] in OPERATORS:
                raise SearchQueryError.coded("", SearchCause.NO_TERM_BEFORE, operator=word)
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
        raise SearchQueryError.coded("", SearchCause.NOTHING_AFTER, operator=parts[-1])
    return ParsedQuery(" ".join(parts), tuple(terms))


def term_pattern(term: Term) -> re.Pattern[str]:
    """The term's occurrences in a folded text."""
    body = r"\W+".join(re.escape(word) for word in term.words)
    return re.compile(r"(?<!\w)" + body + ("" if term.prefix else r"(?!\w)"))


@lru_cache(maxsize=256)
def text_pattern(term: Term) -> re.Pattern[str]:
    """The term's occurrences in an original text: each letter also matches its
    accented and capital forms, so the text need not be folded first."""
    body = r"\W+".join("".join(map(_any_form, word)) for word in term.words)
    return re.compile(r"(?<!\w)" + body + ("" if term.prefix else r"(?!\w)"))


def _any_form(folded: str) -> str:
    forms = variants(folded)
    return re.escape(forms) if len(forms) == 1 else f"[{re.escape(forms)}]"


def locate(text: str, parsed: ParsedQuery, limit: int) -> list[tuple[int, int]]:
    """Offsets of the (non-negated) terms' occurrences in `text`, in reading order."""
    spans: list[tuple[int, int]] = []
    for term in parsed.terms:
        if not term.negated:  # the first `limit` of each term hold the first `limit` of all
            spans.extend(m.span() for m in islice(text_pattern(term).finditer(text), limit))
    spans.sort()
    return spans[:limit]


def locate_first(text: str, parsed: ParsedQuery) -> list[tuple[int, int]]:
    """The first occurrence of any (non-negated) term, if any: stops reading there."""
    found = [match.span() for term in parsed.terms if not term.negated
             if (match := text_pattern(term).search(text))]
    return [min(found)] if found else []


Texts = Callable[[Sequence[int]], dict[int, tuple[str, str]]]  # ids -> {id: (title, text)}


def document_hits(ranked: Sequence[int], texts: Texts, parsed: ParsedQuery, limit: int,
                  per_document: int) -> list[SearchHit]:
    """Hits in documents ranked best first, until `limit`: up to `per_document` in each
    of the first EAGER_DOCUMENTS, then one in each; texts are read a batch at a time."""
    hits: list[SearchHit] = []
    for first in range(0, len(ranked), EAGER_DOCUMENTS):
        batch = ranked[first:first + EAGER_DOCUMENTS]
        loaded = texts(batch)
        for document_id in batch:
            title, text = loaded[document_id]
            spans = (locate(text, parsed, per_document) if first == 0
                     else locate_first(text, parsed))
            hits += (SearchHit(document_id, title, start, end, snippet(text, start, end))
                     for start, end in spans)
            if len(hits) >= limit:
                return hits[:limit]
    return hits


def memo_hits(annotations: Sequence[Annotation], titles: dict[int, str],
              parsed: ParsedQuery) -> list[SearchHit]:
    """One hit per annotation whose memo matched, pointing at its passage."""
    hits = []
    for annotation in annotations:
        located = locate_first(annotation.memo, parsed)
        start, end = located[0] if located else (0, 0)
        hits.append(SearchHit(
            annotation.document_id, titles.get(annotation.document_id, ""),
            annotation.start, annotation.end, snippet(annotation.memo, start, end),
            in_memo=True, annotation_id=annotation.id,
        ))
    return hits


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
