"""A planned REFI-QDA import written into the project, with the GUIDs its items came with."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from annotator.core.importing.refi_plan import (
    PlannedCode,
    PlannedSource,
    RefiImportReport,
)

if TYPE_CHECKING:
    from annotator.core.project import Project

# What a GUID may be (QDA-XML's GUIDType, braces already taken off): anything else,
# a path say, is not written back into another export.
_GUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def write_plan(
    project: Project,
    codes: list[PlannedCode],
    sources: list[PlannedSource],
    report: RefiImportReport,
    user_guids: dict[str, str] | None = None,
) -> None:
    """Add what was planned: concepts by path, documents by bytes, passages not yet there.

    A passage is already there when the same coder coded the same range with the
    same concepts. Items the import creates keep the GUIDs they came with, so a
    later export gives the other tool its own GUIDs back.
    """
    by_path: dict[tuple[str, ...], int] = {}
    siblings = {(c.parent_id, c.name.casefold()): c.id for c in project.concepts()}
    by_guid: dict[str, int] = {}
    concept_guids: dict[int, str] = {}
    for code in codes:  # parents come first
        if code.path not in by_path:
            parent = by_path[code.path[:-1]] if len(code.path) > 1 else None
            key = (parent, code.path[-1].casefold())
            if key in siblings:
                report.concepts_reused += 1
            else:
                siblings[key] = project.add_concept(
                    code.path[-1],
                    parent_id=parent,
                    color=code.color,
                    description=code.description,
                ).id
                concept_guids[siblings[key]] = code.written
                report.concepts_added += 1
            by_path[code.path] = siblings[key]
        by_guid[code.guid] = by_path[code.path]
    document_guids: dict[int, str] = {}
    annotation_guids: dict[int, str] = {}
    coders: set[str] = set()
    for source in sources:
        document = source.existing
        if document is None:
            assert source.imported is not None  # a source is planned with one or the other
            added = project.add_document(source.imported)
            document = added.document
            report.documents_added += added.created
            report.documents_reused += not added.created
            if added.created:
                document_guids[document.id] = source.guid
        else:
            report.documents_reused += 1
        if document.text != source.text:  # the same file twice in the archive, read differently
            report.skip(
                f"{len(source.passages)} passages of “{source.name}”: the document is "
                "already imported with another text"
            )
            continue
        present = {
            (a.start, a.end, frozenset(a.concept_ids), a.author)
            for a in project.annotations(document_id=document.id)
        }
        for passage in source.passages:
            concepts = tuple(dict.fromkeys(by_guid[guid] for guid in passage.codes))
            held = (passage.start, passage.end, frozenset(concepts), passage.author)
            if held in present:
                report.annotations_present += 1
                continue
            annotation = project.annotate(
                document.id,
                passage.start,
                passage.end,
                concepts,
                passage.memo,
                passage.author,
                created=passage.created,
                updated=passage.updated,
            )
            annotation_guids[annotation.id] = passage.guid
            coders.add(passage.author)
            present.add(held)
            report.annotations_added += 1
    project.keep_refi_guids("concept", _valid(concept_guids))
    project.keep_refi_guids("document", _valid(document_guids))
    project.keep_refi_guids("annotation", _valid(annotation_guids))
    project.keep_refi_guids(
        "user", _valid({name: guid for name, guid in (user_guids or {}).items() if name in coders})
    )


def _valid(guids: dict[Any, str]) -> dict[Any, str]:
    return {key: guid for key, guid in guids.items() if _GUID.fullmatch(guid)}
