"""Document variables in a REFI-QDA project: `<Variables>` and each source's `<VariableValue>`.

REFI-QDA types a variable as Text, Boolean, Integer, Float, Date or DateTime.
A number variable is Integer when every value is whole, else Float (written as
a plain decimal, never with an exponent); a category is Text, its choices kept
in the variable's Description ("Categories: Lyon; Paris") so that an import
here makes it a category again.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from lxml import etree

from annotator.core.exporting.refi_common import PROJECT_NS, Guids, xml_text

if TYPE_CHECKING:
    from annotator.core.project import Project
    from annotator.core.variables import Variable

CATEGORIES_PREFIX = "Categories: "
CHOICE_SEPARATOR = "; "
_VALUE_ELEMENTS = {
    "Text": "TextValue",
    "Boolean": "BooleanValue",
    "Integer": "IntegerValue",
    "Float": "FloatValue",
    "Date": "DateValue",
    "DateTime": "DateTimeValue",
}
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


class RefiVariables:
    """The project's variables with their GUIDs and REFI types, and each document's values."""

    def __init__(self, project: Project, guids: Guids) -> None:
        self.variables = project.variables()
        self.values = project.variable_values()
        self.guids = {v.id: guids("variable", v.id) for v in self.variables}
        self.types = {v.id: self._refi_type(v) for v in self.variables}

    def _refi_type(self, variable: Variable) -> str:
        if variable.type == "number":
            values = (found[variable.id] for found in self.values.values() if variable.id in found)
            return "Integer" if all(float(v).is_integer() for v in values) else "Float"
        return {"boolean": "Boolean", "date": "Date"}.get(variable.type, "Text")

    def element(self) -> etree._Element | None:
        """The `<Variables>` element, or None when the project has no variables."""
        if not self.variables:
            return None
        holder = etree.Element(_tag("Variables"), nsmap={None: PROJECT_NS})
        for variable in self.variables:
            child = etree.SubElement(
                holder,
                _tag("Variable"),
                guid=self.guids[variable.id],
                name=xml_text(variable.name),
                typeOfVariable=self.types[variable.id],
            )
            if variable.type == "category":
                etree.SubElement(child, _tag("Description")).text = xml_text(
                    CATEGORIES_PREFIX + CHOICE_SEPARATOR.join(variable.choices)
                )
        return holder

    def value_lines(self, document_id: int, indent: str) -> list[str]:
        """The `<VariableValue>` elements of a source, as XML lines."""
        found = self.values.get(document_id, {})
        lines = []
        for variable in self.variables:
            if variable.id not in found:
                continue
            kind = self.types[variable.id]
            tag = _VALUE_ELEMENTS[kind]
            text = _value_text(kind, found[variable.id])
            lines += [
                f"{indent}<VariableValue>",
                f'{indent}  <VariableRef targetGUID="{self.guids[variable.id]}"/>',
                f"{indent}  <{tag}>{text}</{tag}>",
                f"{indent}</VariableValue>",
            ]
        return lines


def _value_text(kind: str, value: str) -> str:
    if kind == "Boolean":
        return "true" if value == "yes" else "false"
    if kind == "Integer":
        return str(int(float(value)))
    if kind == "Float":
        return format(Decimal(value), "f")
    return xml_text(value).translate(_ESCAPES)


def _tag(name: str) -> str:
    return f"{{{PROJECT_NS}}}{name}"
