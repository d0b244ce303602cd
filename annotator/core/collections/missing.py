"""Links that could not be downloaded stay in the project until a saved copy is attached."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator.core.importing.base import CancelToken, ImportedDocument

if TYPE_CHECKING:
    from annotator.core.project import AddResult, Project


@dataclass(frozen=True)
class MissingSource:
    """A link of a collection whose page could not be had, and why."""

    id: int
    url: str
    title: str  # the link's own title (bookmark name, anchor text), maybe empty
    collection: str
    error: str  # the last failure, fit for a user
    attempts: int
    added_at: str
    tried_at: str

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> MissingSource:
        return cls(
            id=row["id"], url=row["url"], title=row["title"], collection=row["collection"],
            error=row["error"], attempts=row["attempts"], added_at=row["added_at"],
            tried_at=row["tried_at"],
        )


def linked_to(imported: ImportedDocument, url: str, collection: str = "") -> ImportedDocument:
    """The document recorded as the copy of the page at `url`, in `collection`.

    The page's own address (e.g. its canonical link) is kept as `page_url`
    when it differs, so that `url` is always the link the user collected.
    """
    metadata = dict(imported.metadata)
    own = metadata.get("url")
    if own and own != url:
        metadata["page_url"] = own
    metadata["url"] = url
    if collection:
        metadata["collection"] = collection
    return replace(imported, metadata=metadata)


def attach_saved_page(
    project: Project, missing_id: int, path: str | Path, *, cancel: CancelToken | None = None
) -> AddResult:
    """Import a saved copy of a missing source's page (HTML, PDF or text) in its place."""
    from annotator.core.importing import import_source  # the importers load only when needed

    imported = import_source(Path(path), cancel=cancel)
    return project.resolve_missing_source(missing_id, imported)
