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
    selected_documents,
)
from annotator.core.model import Document

if TYPE_CHECKING:
    from annotator.core.project import Project

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
_WEB_URL = ("http://", "https://")
# placeholders in the collection's skeleton, where the streamed items and their count go
_ITEMS, _TOTAL = "@items@", "@total@"


def write_webannotation(
    project: Project,
    destination: Path,
    selection: ExportSelection | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write the selected annotations as a W3C AnnotationCollection (JSON-LD), streamed.

    The collection's id names what was selected (the documents' bytes and the
    concepts), so exporting the same selection again gives the same ids.
    """
    codebook = Codebook(project.concepts())
    sources: dict[int, str] = {}
    digests = []
    for summary in selected_documents(project, selection):
        document = project.document(summary.id)  # one text in memory at a time
        sources[document.id] = target_source(document)
        digests.append(document.sha256)
    concepts = "*"
    if selection is not None and selection.concept_ids is not None:
        chosen = codebook.subtree_ids(selection.concept_ids)
        concepts = "\n".join(sorted(codebook.path(concept_id) for concept_id in chosen))
    name = "\n".join([*sorted(digests), concepts])
    skeleton = _json({
        "@context": ANNO_CONTEXT,
        "id": _urn("collection\n" + name),
        "type": "AnnotationCollection",
        "label": f"Annotations of {project.path.stem}",
        "first": {
            "id": _urn("page\n" + name),
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": [_ITEMS],
        },
        "total": _TOTAL,
    }, indent=1)
    head, tail = skeleton.split(_json(_ITEMS))
    with atomic_file(destination, "w", encoding="utf-8") as out:
        out.write(head)
        total = 0
        for item in selected_annotations(project, selection, progress, codebook):
            if total:
                out.write(",\n   ")
            out.write(_json(annotation_json(item, sources[item.document.id], codebook)))
            total += 1
        out.write(tail.replace(_json(_TOTAL), str(total)) + "\n")
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


def _json(value: Any, indent: int | None = None) -> str:
    return json.dumps(value, ensure_ascii=False, indent=indent)


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
