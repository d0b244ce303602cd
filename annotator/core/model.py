"""Frozen value objects shared by the core, the GUI and the CLI.

All offsets are Python str indices (code points) into a document's canonical
text; see ARCHITECTURE.md, "Offsets — one rule".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

DocumentKind = Literal["pdf", "web", "text"]


@dataclass(frozen=True)
class StyleSpan:
    """A structural block of the canonical text: heading, paragraph, list item..."""

    start: int
    end: int
    kind: str  # "h1".."h6", "p", "li", "blockquote", "pre"


@dataclass(frozen=True)
class Page:
    """One PDF page: its size in points and the canonical text range it holds.

    `boxes` holds one (x0, top, x1, bottom) box per character of
    text[start:end], encoded by `annotator.core.geometry.encode_boxes`.
    Characters the extractor inserted (line breaks, spaces) have empty boxes.
    """

    number: int  # 1-based
    width: float
    height: float
    start: int
    end: int
    boxes: bytes = b""


@dataclass(frozen=True)
class Document:
    id: int
    title: str
    kind: DocumentKind
    source: str
    sha256: str
    metadata: dict[str, Any]
    text: str
    imported_at: str
    spans: tuple[StyleSpan, ...] = ()
    page_count: int = 0

    @property
    def site(self) -> str:
        return str(self.metadata.get("site") or "")

    @property
    def author(self) -> str:
        return str(self.metadata.get("author") or "")


@dataclass(frozen=True)
class Concept:
    id: int
    name: str
    parent_id: int | None = None
    color: str = "#f4d03f"
    description: str = ""
    shortcut: str = ""
    position: int = 0


@dataclass(frozen=True)
class Anchor:
    """Where a passage sits: offsets plus enough context to re-find it."""

    start: int
    end: int
    quote: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True)
class Annotation:
    id: int
    document_id: int
    anchor: Anchor
    concept_ids: tuple[int, ...] = ()
    memo: str = ""
    author: str = ""
    created: str = ""
    updated: str = ""

    @property
    def start(self) -> int:
        return self.anchor.start

    @property
    def end(self) -> int:
        return self.anchor.end

    @property
    def quote(self) -> str:
        return self.anchor.quote


@dataclass(frozen=True)
class SearchHit:
    document_id: int
    document_title: str
    start: int
    end: int
    snippet: str
    in_memo: bool = False
    annotation_id: int | None = None


@dataclass(frozen=True)
class ProjectInfo:
    documents: int
    concepts: int
    annotations: int
