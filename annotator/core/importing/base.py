"""What every importer returns, and the hooks for progress and cancel."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from annotator.core.model import DocumentKind, Page, StyleSpan

# progress(done, total): called from the importing thread, maybe often.
ProgressCallback = Callable[[int, int], None]


class CancelToken(Protocol):
    """Anything with `is_set()`, e.g. threading.Event."""

    def is_set(self) -> bool: ...


@dataclass(frozen=True)
class ImportedDocument:
    """A source turned into canonical text, ready for Project.add_document."""

    title: str
    kind: DocumentKind
    source: str  # path or URL as the user gave it
    text: str  # canonical text; every offset in the project points into it
    original: bytes  # the source's bytes as read, kept in the project file
    media_type: str  # e.g. "application/pdf", "text/html", "text/plain"
    metadata: dict[str, Any] = field(default_factory=dict)  # author, date, site, url, ...
    pages: tuple[Page, ...] = ()  # PDFs only
    spans: tuple[StyleSpan, ...] = ()  # headings/paragraphs, for the text view
    warnings: tuple[str, ...] = ()  # e.g. "no text layer (scanned?)"
