"""W3C Web Annotation export: one JSON-LD AnnotationCollection holding every selected annotation.

Offsets in the TextPositionSelector count code points of the document's
canonical text (its extracted text, not the bytes of the original file); the
TextQuoteSelector carries the quote with its context for re-anchoring elsewhere.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator.core.exporting.atomic import atomic_file
from annotator.core.exporting.codebook import Codebook
from annotator.core.exporting.selection import (
    ExportSelection,
    Progress,
    SelectedAnnotation,
    selected_annotations,
)
from annotator.core.model import Document

if TYPE_CHECKING:
    from annotator.core.project import Project

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
_WEB_URL = ("http://", "https://")


def write_webannotation(
    project: Project,
    destination: Path,
    selection: ExportSelection | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write the selected annotations as a W3C AnnotationCollection (JSON-LD)."""
    codebook = Codebook(project.concepts())
    sources: dict[int, str] = {}
    items = []
    for item in selected_annotations(project, selection, progress, codebook):
        if item.document.id not in sources:
            sources[item.document.id] = target_source(project.document(item.document.id))
        items.append(annotation_json(item, sources[item.document.id], codebook))
    ids = "\n".join(item["id"] for item in items)
    collection = {
        "@context": ANNO_CONTEXT,
        "id": _urn("collection\n" + ids),
        "type": "AnnotationCollection",
        "label": f"Annotations of {project.path.stem}",
        "total": len(items),
        "first": {
            "id": _urn("page\n" + ids),
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        },
    }
    with atomic_file(destination, "w", encoding="utf-8") as out:
        json.dump(collection, out, ensure_ascii=False, indent=1)
        out.write("\n")
    return destination


def target_source(document: Document) -> str:
    """The document's web address if it came from the web, else a URN naming its bytes."""
    url = str(document.metadata.get("url") or "")
    if not url.startswith(_WEB_URL) and document.source.startswith(_WEB_URL):
        url = document.source
    return url if url.startswith(_WEB_URL) else f"urn:sha256:{document.sha256}"


def annotation_json(item: SelectedAnnotation, source: str, codebook: Codebook) -> dict[str, Any]:
    annotation = item.annotation
    anchor = annotation.anchor
    body: list[dict[str, str]] = [
        {"type": "TextualBody", "purpose": "tagging", "value": codebook.path(concept.id),
         "format": "text/plain"}
        for concept in item.concepts
    ]
    if annotation.memo:
        body.append({"type": "TextualBody", "purpose": "commenting", "value": annotation.memo,
                     "format": "text/plain"})
    result: dict[str, Any] = {
        "id": _urn(f"annotation\n{source}\n{annotation.id}\n{annotation.created}"),
        "type": "Annotation",
        "motivation": "highlighting",
        "created": _timestamp(annotation.created),
        "modified": _timestamp(annotation.updated),
    }
    if annotation.author:
        result["creator"] = {"type": "Person", "name": annotation.author}
    if body:
        result["body"] = body
    result["target"] = {
        "source": source,
        "selector": [
            {"type": "TextQuoteSelector", "exact": anchor.quote, "prefix": anchor.prefix,
             "suffix": anchor.suffix},
            {"type": "TextPositionSelector", "start": anchor.start, "end": anchor.end},
        ],
    }
    return result


def _urn(name: str) -> str:
    """A stable URN: the same annotation exported twice keeps the same id."""
    return uuid.uuid5(uuid.NAMESPACE_URL, "annotator:" + name).urn


def _timestamp(stamp: str) -> str:
    """An xsd:dateTime in UTC written with Z, as the model recommends."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
