"""Document variables of a REFI-QDA project: `<Variables>` and each source's `<VariableValue>`.

Types map to this project's: Text to text (a category again when its
Description lists "Categories: …", as our export writes it), Boolean to yes/no,
Integer and Float to number, Date to date; DateTime stays text, so that no
time of day is dropped. A variable whose name the project already has keeps
the project's type, and a value that does not fit it is left out and listed.
A document's value already in the project is kept: a different one in the
file is listed, not written over. The values of cases are given to their
sources by refi_sets.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from xml.etree.ElementTree import Element

from annotator.core.exporting.refi_variables import CATEGORIES_PREFIX, CHOICE_SEPARATOR
from annotator.core.importing.refi_archive import guid_key, kid, kids, text_of
from annotator.core.importing.refi_plan import PlannedSource, RefiImportReport
from annotator.core.variables import ValueChange, VariableError, VariableType, parse_value

if TYPE_CHECKING:
    from annotator.core.project import Project

_TYPES: dict[str, VariableType] = {
    "Text": "text",
    "Boolean": "boolean",
    "Integer": "number",
    "Float": "number",
    "Date": "date",
    "DateTime": "text",
}
_VALUES = ("TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue", "DateTimeValue")


@dataclass(frozen=True)
class PlannedVariable:
    name: str
    type: VariableType
    choices: tuple[str, ...] = ()


def read_variables(root: Element, report: RefiImportReport) -> dict[str, PlannedVariable]:
    """{GUID key: variable} of the project's `<Variables>`."""
    found: dict[str, PlannedVariable] = {}
    for element in kids(kid(root, "Variables"), "Variable"):
        name = " ".join((element.get("name") or "").split())
        kind = _TYPES.get(element.get("typeOfVariable") or "")
        if not name or kind is None:
            report.skip(f"variable “{name or '?'}” of type {element.get('typeOfVariable')!r}")
            continue
        described = text_of(kid(element, "Description")).strip()
        choices: tuple[str, ...] = ()
        if kind == "text" and described.startswith(CATEGORIES_PREFIX):
            listed = described.removeprefix(CATEGORIES_PREFIX).split(CHOICE_SEPARATOR.strip())
            choices = tuple(c.strip() for c in listed if c.strip())
            kind = "category" if choices else kind
        found[guid_key(element.get("guid"))] = PlannedVariable(name, kind, choices)
    return found


def source_values(element: Element) -> list[tuple[str, str]]:
    """(variable GUID key, value as written) of a source's `<VariableValue>` elements."""
    values = []
    for holder in kids(element, "VariableValue"):
        reference = kid(holder, "VariableRef")
        value = next((kid(holder, name) for name in _VALUES if kid(holder, name) is not None), None)
        if reference is not None and value is not None:
            values.append((guid_key(reference.get("targetGUID")), text_of(value)))
    return values


def write_variables(
    project: Project,
    planned: dict[str, PlannedVariable],
    sources: list[PlannedSource],
    values: dict[str, list[tuple[str, str]]],
    report: RefiImportReport,
) -> None:
    """Define the file's variables the project lacks and set the sources' values."""
    if not planned:
        return
    variables = {}
    defined = 0
    for key, wanted in planned.items():
        variable = project.variable_by_name(wanted.name)
        if variable is None:
            variable = project.define_variable(wanted.name, wanted.type, wanted.choices)
            defined += 1
        variables[key] = variable
    current = project.variable_values()
    changes: list[ValueChange] = []
    for source in sources:
        document = source.existing or (
            project.find_duplicate(source.imported) if source.imported else None
        )
        if document is None:
            continue
        for key, raw in values.get(source.guid, []):
            variable = variables.get(key)
            if variable is None:
                report.skip(f"a value of “{source.name}” for a variable not in the file")
                continue
            try:
                value = parse_value(variable, raw)
            except VariableError as error:
                report.skip(f"value of “{source.name}”: {error}")
                continue
            kept = current.get(document.id, {}).get(variable.id)
            if value is None or kept == value:
                continue
            if kept is not None:
                report.notes.append(
                    f"“{source.name}” keeps its {variable.name} {kept!r} (the file says {value!r})"
                )
                continue
            changes.append((document.id, variable.id, value))
    project.set_variable_values(changes)
    report.notes.append(f"document variables: {defined} defined, {len(changes)} values set")
