"""Merging a coder's copy, continued: document variables and document sets.

Variables and sets are matched by name (capitals aside); a missing one is
created as the copy has it. A document's value is copied only where this
project has none: a different value here is kept, and listed. Set members are
added once, so merging the same copy twice adds nothing the second time.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from annotator.core.project import Project
from annotator.core.variables import ValueChange, VariableError, parse_value


@dataclass
class GroupsReport:
    variables_added: int = 0
    values_set: int = 0
    sets_added: int = 0
    set_documents_added: int = 0
    notes: list[str] = field(default_factory=list)  # values kept here, values refused

    def summary(self) -> str:
        return (
            f"{self.variables_added} variables added, {self.values_set} values set; "
            f"{self.sets_added} sets added, {self.set_documents_added} documents put in sets"
        )


def merge_groups(
    target: Project, other: Project, documents: dict[int, int], titles: dict[int, str]
) -> GroupsReport:
    """Bring `other`'s variables, values and sets into `target`.

    `documents` maps the copy's document ids to this project's; `titles` names
    the copy's documents, for the notes.
    """
    report = GroupsReport()
    _merge_variables(target, other, documents, titles, report)
    _merge_sets(target, other, documents, report)
    return report


def _merge_variables(
    target: Project,
    other: Project,
    documents: dict[int, int],
    titles: dict[int, str],
    report: GroupsReport,
) -> None:
    theirs = other.variables()
    if not theirs:
        return
    mapping = {}
    for variable in theirs:
        found = target.variable_by_name(variable.name)
        if found is None:
            found = target.define_variable(variable.name, variable.type, variable.choices)
            report.variables_added += 1
        mapping[variable.id] = found
    here = target.variable_values()
    changes: list[ValueChange] = []
    for document_id, values in other.variable_values().items():
        if document_id not in documents:
            continue
        mine = documents[document_id]
        for variable_id, raw in values.items():
            variable = mapping[variable_id]
            try:
                value = parse_value(variable, raw)
            except VariableError as error:
                report.notes.append(f"“{titles[document_id]}”: {error}")
                continue
            kept = here.get(mine, {}).get(variable.id)
            if kept is None and value is not None:
                changes.append((mine, variable.id, value))
            elif kept != value:
                report.notes.append(
                    f"“{titles[document_id]}” keeps its {variable.name} "
                    f"{kept!r} (the copy says {value!r})"
                )
    target.set_variable_values(changes)
    report.values_set = len(changes)


def _merge_sets(
    target: Project, other: Project, documents: dict[int, int], report: GroupsReport
) -> None:
    members = other.members_by_set()
    for theirs in other.document_sets():
        found = target.set_by_name(theirs.name)
        if found is None:
            found = target.create_set(theirs.name, description=theirs.description)
            report.sets_added += 1
        wanted = [documents[d] for d in sorted(members.get(theirs.id, ())) if d in documents]
        report.set_documents_added += len(target.add_to_set(found.id, wanted))
