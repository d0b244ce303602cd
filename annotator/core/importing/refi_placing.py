"""Positions in another tool's plain text moved onto the canonical text of the imported document."""

from __future__ import annotations

from annotator.core.anchoring import find_anchor, make_anchor
from annotator.core.exporting.refi_common import preview
from annotator.core.model import Anchor


class Placer:
    """Moves selections of a source's plain text (`raw`) onto a document's canonical `text`.

    Equal texts keep their positions; texts that differ only by the text
    importer's newline rules map exactly; otherwise each selection's quote is
    looked for near its proportional place (exact, then loose, then fuzzy).
    """

    def __init__(self, raw: str, text: str) -> None:
        self.raw = raw
        self.text = text
        self.reanchored = 0  # selections placed by their quote
        self.example = ""  # the first of them, for the report
        self._index: list[int] | None = None
        self._same = raw == text  # compared once: texts may be megabytes long
        if not self._same:
            normalized, index = normalize_newlines(raw)
            if normalized == text:
                self._index = index

    def place(self, start: int, end: int) -> tuple[int, int] | None:
        """Where raw[start:end] sits in the text, or None when it cannot be found."""
        if self._same:
            return start, end
        if self._index is not None:
            start, end = self._index[start], self._index[end]
            return (start, end) if start < end else None
        anchor = make_anchor(self.raw, start, end)
        if not anchor.quote.strip():
            return None
        near = round(start * len(self.text) / max(len(self.raw), 1))
        found = find_anchor(self.text, Anchor(near, near + len(anchor.quote), anchor.quote,
                                              anchor.prefix, anchor.suffix))
        if found is not None:
            self.reanchored += 1
            self.example = self.example or preview(anchor.quote, 40)
        return found


def normalize_newlines(raw: str) -> tuple[str, list[int]]:
    """`raw` under the text importer's rules (CR LF and CR become LF, NUL goes), and the
    position in the result of each position of `raw` (one more than its length)."""
    out: list[str] = []
    index: list[int] = []
    length = 0
    for position, char in enumerate(raw):
        index.append(length)
        if char == "\x00" or (char == "\r" and raw[position + 1 : position + 2] == "\n"):
            continue
        out.append("\n" if char == "\r" else char)
        length += 1
    index.append(length)
    return "".join(out), index
