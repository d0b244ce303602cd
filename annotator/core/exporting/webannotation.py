"""W3C Web Annotation export: one JSON-LD AnnotationCollection holding every selected annotation.

Each target is a SpecificResource whose `source` is the text the selectors
index: the document's extracted (canonical) text, named by the SHA-256 of its
UTF-8 bytes (urn:sha256:...), typed Text and text/plain. Offsets in the
TextPositionSelector count code points of that text. The document the text
was extracted from is the target's `scope`: the page's web address, the
urn:sha256 of the original file, and for a PDF also urn:x-pdf:<fingerprint>,
the name Hypothesis gives a PDF. The TextQuoteSelector carries the quote with
its context, for re-anchoring in the page or PDF itself.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator.core.exporting.atomic import atomic_file
from annotator.core.exporting.codebook import Codebook
from annotator.core.exporting.origin import web_address
from annotator.core.exporting.pdf_fingerprint import pdf_fingerprint
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
    targets: dict[int, Target] = {}
    digests = []
    for summary in selected_documents(project, selection):
        document = project.document(summary.id)  # one text in memory at a time
        fingerprint = None
        if document.kind == "pdf" and summary.annotation_count:
            fingerprint = pdf_fingerprint(project.original_bytes(document.id))
        targets[document.id] = Target.of(document, fingerprint)
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
            out.write(_json(annotation_json(item, targets[item.document.id], codebook)))
            total += 1
        out.write(tail.replace(_json(_TOTAL), str(total)) + "\n")
    return destination


@dataclass(frozen=True)
class Target:
    """What a document's annotations point at: its extracted text, within the document."""

    text: str  # urn:sha256 of the canonical text's UTF-8 bytes: what the offsets count
    document: str  # the document's own name: its web address, else urn:sha256 of its bytes
    scope: tuple[str, ...]  # every name of the document the text was extracted from

    @classmethod
    def of(cls, document: Document, fingerprint: str | None = None) -> Target:
        """`fingerprint`: a PDF's, as PDF.js computes it (see pdf_fingerprint)."""
        text = "urn:sha256:" + hashlib.sha256(document.text.encode("utf-8")).hexdigest()
        file = f"urn:sha256:{document.sha256}"
        url = web_address(document.source, document.metadata)
        names = [url] if url else []
        if fingerprint:
            names.append(f"urn:x-pdf:{fingerprint}")
        names.append(file)
        return cls(text, url or file, tuple(names))


def annotation_json(item: SelectedAnnotation, target: Target, codebook: Codebook) -> dict[str, Any]:
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
        "id": _urn(f"annotation\n{target.document}\n{annotation.id}\n{annotation.created}"),
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
        "type": "SpecificResource",
        "source": {"id": target.text, "type": "Text", "format": "text/plain"},
        "scope": target.scope[0] if len(target.scope) == 1 else list(target.scope),
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
