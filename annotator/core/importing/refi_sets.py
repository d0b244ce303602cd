"""Sets and cases of a REFI-QDA project, read as document sets.

A `<Set>` becomes a document set of the same name holding its `<MemberSource>`
documents (its `<MemberCode>`s and `<MemberNote>`s are listed as skipped: only
documents are grouped here). A `<Case>` (NVivo, MAXQDA: a person, a site) becomes
a document set named after it holding its `<SourceRef>` documents, and its
`<VariableValue>`s become those documents' variable values, unless a document
has its own value of that variable (kept, and the case's listed). A set of that
name already in the project is filled, not made twice, so importing the same
file again adds nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from xml.etree.ElementTree import Element

from annotator.core.importing.refi_archive import guid_key, kid, kids, text_of
from annotator.core.importing.refi_plan import PlannedSource, RefiImportReport
from annotator.core.importing.refi_variables import source_values

if TYPE_CHECKING:
    from annotator.core.project import Project


@dataclass(frozen=True)
class PlannedSet:
    name: str
    description: str
    sources: tuple[str, ...]  # GUID keys of its sources
    values: tuple[tuple[str, str], ...] = ()  # a case's (variable GUID key, value as written)


def read_sets(root: Element, report: RefiImportReport) -> list[PlannedSet]:
    """The `<Set>`s of the project, then its `<Case>`s, as sets of sources."""
    found = []
    others = 0
    for element in kids(kid(root, "Sets"), "Set"):
        members = [guid_key(m.get("targetGUID")) for m in kids(element, "MemberSource")]
        others += len(kids(element, "MemberCode")) + len(kids(element, "MemberNote"))
        found.append(_planned(element, "set", members, report))
    if others:
        report.skip(f"{others} codes and notes in sets (only documents are grouped here)")
    selections = 0
    for element in kids(kid(root, "Cases"), "Case"):
        members = [guid_key(m.get("targetGUID")) for m in kids(element, "SourceRef")]
        selections += len(kids(element, "SelectionRef")) + len(kids(element, "CodeRef"))
        planned = _planned(element, "case", members, report)
        found.append(
            PlannedSet(
                planned.name, planned.description, planned.sources, tuple(source_values(element))
            )
        )
    if selections:
        report.skip(
            f"{selections} passages and codes of cases (only whole documents are grouped here)"
        )
    return [planned for planned in found if planned.name]


def _planned(
    element: Element, what: str, members: list[str], report: RefiImportReport
) -> PlannedSet:
    name = " ".join((element.get("name") or "").split())
    if not name:
        report.skip(f"a {what} without a name ({len(members)} documents)")
    description = text_of(kid(element, "Description")).strip()
    return PlannedSet(name, description, tuple(dict.fromkeys(m for m in members if m)))


def add_case_values(
    values: dict[str, list[tuple[str, str]]],
    sets: Iterable[PlannedSet],
    names: dict[str, str],
    report: RefiImportReport,
) -> None:
    """Give each source its cases' variable values, where it has none of its own.

    `values` maps a source's GUID (as written) to its own values and is extended
    in place; `names` maps GUID keys of variables to their names, for the notes.
    """
    written = {guid_key(guid): guid for guid in values}
    for planned in sets:
        for source in planned.sources:
            guid = written.get(source)
            if guid is None:
                continue  # not a source of the file: write_sets lists it
            held = dict(values[guid])
            for variable, value in planned.values:
                if variable not in held:
                    values[guid].append((variable, value))
                    held[variable] = value
                elif held[variable] != value:
                    report.notes.append(
                        f"case “{planned.name}”: a document keeps its "
                        f"{names.get(variable, 'variable')} {held[variable]!r} (the case "
                        f"says {value!r})"
                    )


def write_sets(
    project: Project,
    planned: list[PlannedSet],
    sources: list[PlannedSource],
    report: RefiImportReport,
) -> None:
    """Create or fill the sets with the documents their sources became."""
    if not planned:
        return
    documents: dict[str, int] = {}
    for source in sources:
        document = source.existing or (
            project.find_duplicate(source.imported) if source.imported else None
        )
        if document is not None:
            documents[guid_key(source.guid)] = document.id
    created = added = 0
    for wanted in planned:
        found = project.set_by_name(wanted.name)
        if found is None:
            found = project.create_set(wanted.name, description=wanted.description)
            created += 1
        members = [documents[s] for s in wanted.sources if s in documents]
        missing = len(wanted.sources) - len(members)
        if missing:
            report.skip(f"{missing} documents of the set “{wanted.name}” (not imported)")
        added += len(project.add_to_set(found.id, members))
    report.notes.append(f"document sets: {created} created, {added} documents added")
