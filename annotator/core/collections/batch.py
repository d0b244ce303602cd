"""Import a list of links into a project, and record each link's outcome.

Three steps, so that the window can write to the project from its own thread:
`plan` sets aside links already in the project; `downloads.fetch_links`
downloads and converts the rest in worker threads and yields each outcome;
`record` stores it (a document, or a missing source). `import_links` chains them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from annotator.core.collections.downloads import (
    BatchOptions,
    Fetched,
    LinkResult,
    LinkStatus,
    UpdateCallback,
    fetch_links,
)
from annotator.core.collections.parsing import Link
from annotator.core.collections.urls import same_page_key
from annotator.core.importing.base import ImportedDocument
from annotator.core.importing.text import fallback_title

if TYPE_CHECKING:
    from annotator.core.project import AddResult, Project

__all__ = ["BatchOptions", "BatchReport", "Fetched", "LinkResult", "LinkStatus", "collected",
           "fetch_links", "import_links", "plan", "record"]

AddDocument = Callable[[ImportedDocument], "AddResult | None"]


@dataclass
class BatchReport:
    """Every link's final result, in the order of the list."""

    results: list[LinkResult] = field(default_factory=list)
    cancelled: bool = False

    def count(self, status: LinkStatus) -> int:
        return sum(1 for result in self.results if result.status == status)

    def summary(self) -> str:
        parts = [f"{self.count(status)} {status.value}" for status in LinkStatus
                 if status.final and self.count(status)]
        return ", ".join(parts) or "nothing to import"


def import_links(
    project: Project,
    links: Sequence[Link],
    *,
    options: BatchOptions | None = None,
    cancel: threading.Event | None = None,
    progress: Callable[[int, int], None] | None = None,
    on_update: UpdateCallback | None = None,
) -> BatchReport:
    """Import every link into the project; each document is saved as soon as it is ready.

    Cancelling keeps what was already imported; links not yet done end
    `cancelled` and can be imported by running the same list again.
    """
    cancel = cancel or threading.Event()
    to_fetch, skipped = plan(project, links)
    results: dict[int, LinkResult] = {}
    total = len(links)

    def finish(result: LinkResult) -> None:
        results[result.index] = result
        if on_update is not None:
            on_update(result)
        if progress is not None:
            progress(len(results), total)

    for result in skipped:
        finish(result)
    for fetched in fetch_links(to_fetch, options=options, cancel=cancel, on_update=on_update):
        finish(record(project, fetched))
    return BatchReport([results[i] for i in sorted(results)], cancelled=cancel.is_set())


def plan(
    project: Project, links: Sequence[Link]
) -> tuple[list[tuple[int, Link]], list[LinkResult]]:
    """Split links into those to fetch and those skipped: already in the project, or listed twice.

    A document counts for its source and its recorded URL; addresses are
    compared as pages (http/https, "www.", fragments, tracking tags aside).
    """
    known: dict[str, tuple[int, str]] = {}
    for document in project.documents():
        for address in (document.source, document.metadata.get("url")):
            if isinstance(address, str) and address:
                known.setdefault(same_page_key(address), (document.id, document.title))
    to_fetch: list[tuple[int, Link]] = []
    skipped: list[LinkResult] = []
    seen: set[str] = set()
    for index, link in enumerate(links):
        key = same_page_key(link.url)
        if key in known:
            document_id, title = known[key]
            skipped.append(LinkResult(index, link, LinkStatus.SKIPPED, "already in the project",
                                      document_id, title))
        elif key in seen:
            skipped.append(LinkResult(index, link, LinkStatus.SKIPPED, "listed twice"))
        else:
            seen.add(key)
            to_fetch.append((index, link))
    return to_fetch, skipped


def record(project: Project, fetched: Fetched, *, add: AddDocument | None = None) -> LinkResult:
    """Store one outcome: the document (with its collection), or the link as a missing source.

    `add` stores a document (default: project.add_document); the window
    passes its undoable equivalent. Call from the thread that owns the project.
    """
    link = fetched.link
    if fetched.cancelled:
        return LinkResult(fetched.index, link, LinkStatus.CANCELLED, "cancelled",
                          attempts=fetched.attempts)
    if fetched.imported is None:
        project.add_missing_source(link.url, title=link.title, collection=link.collection,
                                   error=fetched.error)
        return LinkResult(fetched.index, link, LinkStatus.FAILED, fetched.error,
                          attempts=fetched.attempts)
    result = (add or project.add_document)(collected(fetched.imported, link))
    if result is None:
        error = "could not be saved in the project"
        return LinkResult(fetched.index, link, LinkStatus.FAILED, error,
                          attempts=fetched.attempts)
    for missing in project.missing_sources():
        if same_page_key(missing.url) == same_page_key(link.url):
            project.remove_missing_source(missing.id)
    document = result.document
    if result.created:
        return LinkResult(fetched.index, link, LinkStatus.IMPORTED, document.kind, document.id,
                          document.title, fetched.attempts)
    return LinkResult(fetched.index, link, LinkStatus.DUPLICATE,
                      f"same content as “{document.title}”", document.id, document.title,
                      fetched.attempts)


def collected(imported: ImportedDocument, link: Link) -> ImportedDocument:
    """The document with its collection recorded, and the link's name when it has no title."""
    metadata = dict(imported.metadata)
    if link.collection:
        metadata["collection"] = link.collection
    title = imported.title
    if link.title and title.strip() in ("", fallback_title(imported.source)):
        title = link.title
    return replace(imported, title=title, metadata=metadata)
