"""The search syntax of annotator.core.search, for PostgreSQL's text search.

Project.search parses what the user typed once, into the safe FTS5 form the
project file uses: quoted phrases of folded words, a trailing `*` for a prefix,
and the operators OR, AND, NOT (NOT binds tightest, then AND, then OR; terms
side by side are ANDed). The same precedence holds in a tsquery (!, &, |), so
the translation is term by term.
"""

from __future__ import annotations

import re

from annotator.core.errors import SearchCause, SearchQueryError

_PART = re.compile(r'"([^"]*)"( \*)?|(OR|AND|NOT)')


def to_tsquery_text(fts: str) -> str:
    """The tsquery text of a query Project.search has parsed; words are quoted lexemes."""
    parts: list[str] = []
    for match in _PART.finditer(fts):
        phrase, prefix, operator = match.groups()
        if operator:
            parts.append({"OR": "|", "AND": "&", "NOT": "& !"}[operator])
            continue
        words = [f"'{word}'" for word in phrase.replace("'", " ").split()]
        if not words:
            raise SearchQueryError.coded("", SearchCause.NOT_UNDERSTOOD, detail="an empty phrase")
        if prefix:
            words[-1] += ":*"
        term = " <-> ".join(words)
        if parts and parts[-1] not in ("|", "&", "& !"):
            parts.append("&")
        parts.append(f"({term})")
    return " ".join(parts)
