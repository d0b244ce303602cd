"""Document variables: typed facts about each document that the researcher defines.

A variable has a name and a type: text, number, date, yes/no ("boolean") or a
category from a fixed list of choices. Each document has at most one value per
variable, kept as canonical text: numbers as Python writes them ("12", "3.5"),
dates as YYYY-MM-DD, yes/no as "yes" or "no", a category as its choice's own
spelling. `parse_value` turns what a user typed (or a sheet held) into that
form, or refuses it with a message naming the variable and the value: a value
is never guessed (a date such as 03/04/2020 is refused, its order being
ambiguous).

Mixed into Project: defining and removing variables, reading and
setting values, each edit returning what undoes it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal, get_args

from annotator.core.errors import EditCause, ProjectError
from annotator.core.store import Store

VariableType = Literal["text", "number", "date", "boolean", "category"]
TYPES: tuple[VariableType, ...] = get_args(VariableType)
YES = ("yes", "y", "true", "oui", "o", "vrai", "1", "x")
NO = ("no", "n", "false", "non", "faux", "0")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.+\-Z]*)?")
_NUMBER = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?")


class VariableError(ProjectError):
    """A variable or a value that cannot be accepted; the message names both."""


@dataclass(frozen=True)
class Variable:
    id: int
    name: str
    type: VariableType
    choices: tuple[str, ...] = ()  # a category's fixed list, in order
    position: int = 0


@dataclass(frozen=True)
class VariableDeletion:
    """A removed variable and its values, to put back with the same id."""

    variable: Variable
    values: tuple[tuple[int, str], ...]  # (document id, value)


ValueChange = tuple[int, int, str | None]  # (document id, variable id, value or None)


def parse_value(variable: Variable, raw: str | float | bool | date | None) -> str | None:
    """The canonical text of a value for this variable; None for an empty value."""
    if raw is None:
        return None
    if isinstance(raw, bool):
        raw = "yes" if raw else "no"
    if isinstance(raw, date):
        raw = raw.isoformat()[:10]
    if isinstance(raw, int | float):
        raw = _number_text(float(raw))
    text = " ".join(str(raw).split())
    if not text:
        return None
    if variable.type == "text":
        return text
    if variable.type == "number":
        return _number(variable, text)
    if variable.type == "date":
        return _date(variable, text)
    if variable.type == "boolean":
        folded = text.casefold()
        if folded in YES:
            return "yes"
        if folded in NO:
            return "no"
        raise VariableError.coded(variable.name, EditCause.NOT_YES_OR_NO, value=text)
    for choice in variable.choices:
        if choice.casefold() == text.casefold():
            return choice
    raise VariableError.coded(
        variable.name, EditCause.NOT_A_CATEGORY, value=text, choices=", ".join(variable.choices)
    )


def typed(variable: Variable, value: str) -> str | float | bool:
    """A stored value as what it means, for sorting and grouping."""
    if variable.type == "number":
        return float(value)
    if variable.type == "boolean":
        return value == "yes"
    return value


def _number_text(number: float) -> str:
    if not math.isfinite(number):
        raise VariableError.coded("", EditCause.NOT_FINITE, value=number)
    return str(int(number)) if number.is_integer() and abs(number) < 1e15 else repr(number)


def _number(variable: Variable, text: str) -> str:
    compact = text.replace(" ", "").replace("\u202f", "")
    if not _NUMBER.fullmatch(compact) or ("," in compact and "." in compact):
        raise VariableError.coded(variable.name, EditCause.NOT_A_NUMBER, value=text)
    return _number_text(float(compact.replace(",", ".")))


def _date(variable: Variable, text: str) -> str:
    match = _ISO_DATE.fullmatch(text)
    try:
        if match is None:
            raise ValueError(text)
        return date(*(int(part) for part in match.groups())).isoformat()
    except ValueError:
        raise VariableError.coded(variable.name, EditCause.NOT_A_DATE, value=text) from None


def infer_type(values: Iterable[str]) -> VariableType:
    """The narrowest type every non-empty value fits: number, date, yes/no, else text."""
    present = [v for v in (" ".join(str(value).split()) for value in values) if v]
    if not present:
        return "text"
    for kind in ("number", "date"):
        probe = Variable(0, "", kind)
        if all(_fits(probe, value) for value in present):
            return probe.type
    if {v.casefold() for v in present} <= {*YES, *NO} - {"1", "0", "x", "o"}:
        return "boolean"
    return "text"


def _fits(variable: Variable, value: str) -> bool:
    try:
        parse_value(variable, value)
    except VariableError:
        return False
    return True


class DocumentVariables:
    """Variable edits of Project; relies on Project's store."""

    _store: Store

    # -- definitions ------------------------------------------------------------------
    def variables(self) -> list[Variable]:
        """Every variable, in the order the researcher gave them."""
        return [_variable(row) for row in self._store.variable_rows()]

    def variable(self, variable_id: int) -> Variable:
        for found in self.variables():
            if found.id == variable_id:
                return found
        raise ProjectError.coded("", EditCause.NO_VARIABLE, id=variable_id)

    def variable_by_name(self, name: str) -> Variable | None:
        """The variable of this name (capitals aside), if any."""
        wanted = name.strip().casefold()
        return next((v for v in self.variables() if v.name.casefold() == wanted), None)

    def define_variable(
        self, name: str, type: VariableType, choices: Sequence[str] = ()
    ) -> Variable:
        """A new variable; a category needs its choices, other types take none."""
        name = " ".join(name.split())
        if not name:
            raise VariableError.coded("", EditCause.VARIABLE_NAME_EMPTY)
        if self.variable_by_name(name) is not None:
            raise VariableError.coded("", EditCause.VARIABLE_NAME_TAKEN, name=name)
        if type not in TYPES:
            raise VariableError.coded(
                name, EditCause.UNKNOWN_VARIABLE_TYPE, type=type, types=", ".join(TYPES)
            )
        listed = _choices(name, type, choices)
        variable_id = self._store.insert_variable({"name": name, "type": type, "choices": listed})
        return self.variable(variable_id)

    def remove_variable(self, variable_id: int) -> VariableDeletion:
        """Remove a variable and every document's value of it."""
        variable = self.variable(variable_id)
        values = tuple(
            (row["document_id"], row["value"])
            for row in self._store.variable_value_rows(variable_id=variable_id)
        )
        self._store.delete_variable(variable_id)
        return VariableDeletion(variable, values)

    def restore_variable(self, deletion: VariableDeletion) -> None:
        variable = deletion.variable
        with self._store.transaction():
            self._store.insert_variable(
                {
                    "id": variable.id,
                    "name": variable.name,
                    "type": variable.type,
                    "choices": variable.choices,
                    "position": variable.position,
                }
            )
            self._store.set_variable_values(
                (document_id, variable.id, value) for document_id, value in deletion.values
            )

    # -- values -----------------------------------------------------------------------
    def variable_values(
        self, document_ids: Sequence[int] | None = None
    ) -> dict[int, dict[int, str]]:
        """{document id: {variable id: value}} of every document, or of these."""
        found: dict[int, dict[int, str]] = {}
        for row in self._store.variable_value_rows(
            document_ids=None if document_ids is None else list(document_ids)
        ):
            found.setdefault(row["document_id"], {})[row["variable_id"]] = row["value"]
        return found

    def set_variable_value(
        self, document_id: int, variable_id: int, raw: str | float | bool | date | None
    ) -> list[ValueChange]:
        """Set (or clear, with an empty value) one document's value; returns the undo."""
        value = parse_value(self.variable(variable_id), raw)
        return self.set_variable_values([(document_id, variable_id, value)])

    def set_variable_values(self, changes: Iterable[ValueChange]) -> list[ValueChange]:
        """Set canonical values (None clears) in one transaction; returns the changes
        that put the previous values back."""
        listed = list(changes)
        documents = sorted({document_id for document_id, _, _ in listed})
        before = self.variable_values(documents)
        undo = [(d, v, before.get(d, {}).get(v)) for d, v, _ in reversed(listed)]
        self._store.set_variable_values(listed)
        return undo


def _choices(name: str, type: VariableType, choices: Sequence[str]) -> tuple[str, ...]:
    listed = tuple(dict.fromkeys(c for c in (" ".join(c.split()) for c in choices) if c))
    if type == "category" and not listed:
        raise VariableError.coded(name, EditCause.CATEGORY_NEEDS_CHOICES)
    if type != "category" and listed:
        raise VariableError.coded(name, EditCause.CHOICES_ONLY_FOR_CATEGORY)
    return listed


def _variable(row: dict) -> Variable:
    return Variable(row["id"], row["name"], row["type"], tuple(row["choices"]), row["position"])
