"""What a researcher may correct about a document (title, author, date, source address,
memo) and what the import recorded about it (file, pages, OCR, warnings).

The editable fields live in the document's metadata under the keys the importers
already use ("author", "date", "url"), plus "memo"; the title has its own column.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import PurePath
from typing import Any

EDITABLE_KEYS = ("author", "date", "url", "memo")
WARNINGS_KEY = "import_warnings"


@dataclass(frozen=True)
class DocumentProperties:
    """The editable description of one document."""

    title: str
    author: str = ""
    date: str = ""
    url: str = ""
    memo: str = ""

    def with_changes(self, **changes: str) -> DocumentProperties:
        return replace(self, **changes)


def properties_of(title: str, metadata: dict[str, Any]) -> DocumentProperties:
    return DocumentProperties(title, *(str(metadata.get(key) or "") for key in EDITABLE_KEYS))


def apply_properties(metadata: dict[str, Any], properties: DocumentProperties) -> dict[str, Any]:
    """The metadata with the editable fields set; an emptied field is removed."""
    updated = dict(metadata)
    for key in EDITABLE_KEYS:
        value = getattr(properties, key).strip() if key != "memo" else properties.memo
        if value:
            updated[key] = value
        else:
            updated.pop(key, None)
    return updated


@dataclass(frozen=True)
class ImportDetails:
    """How a document came in, for its properties: read-only facts."""

    kind: str
    file_name: str
    imported_at: str
    page_count: int
    characters: int
    ocr_languages: str
    ocr_pages: tuple[int, ...]
    warnings: tuple[str, ...]


def import_details(
    kind: str, source: str, imported_at: str, page_count: int, characters: int,
    metadata: dict[str, Any],
) -> ImportDetails:
    """The facts shown under "Import"; a web document's file name is its address."""
    is_address = source.startswith(("http://", "https://"))
    file_name = source if is_address else PurePath(source).name
    ocr_entry = metadata.get("ocr")
    ocr: dict[str, Any] = ocr_entry if isinstance(ocr_entry, dict) else {}
    pages = tuple(int(n) for n in ocr.get("pages", ()) if str(n).isdigit())
    warnings = metadata.get(WARNINGS_KEY) or ()
    return ImportDetails(
        kind=kind, file_name=file_name, imported_at=imported_at, page_count=page_count,
        characters=characters, ocr_languages=str(ocr.get("languages") or ""),
        ocr_pages=pages, warnings=tuple(str(w) for w in warnings),
    )
