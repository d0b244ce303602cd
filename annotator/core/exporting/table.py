"""The table shared by the CSV and XLSX exports: columns, and the CSV guard against formulas."""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import attrgetter
from typing import TYPE_CHECKING

from annotator.core.exporting.selection import ExportRow

if TYPE_CHECKING:
    from annotator.core.project import Project

Cell = str | int | float | None

# What makes a cell that starts with + - or @ do something once a spreadsheet
# reads it as a formula: a function call, a link to another program (DDE "|")
# or sheet ("!"), a cell reference (A1, $B$2, R1C1), or arithmetic between
# numbers ("-2+3"). Without one of these a leading sign is ordinary text:
# "- point", "-3 degrés", "+33 6 12 34 56", "@alice".
_ACTIVE = re.compile(
    r"[(|!]"
    r"|(?<![\w.$])(?:\$?[A-Za-z]{1,3}\$?\d+|R\d+C\d+)(?!\w)"
    r"|^[\d.,\s]*(?:[-+*/^&%][\d.,\s]*)+$"
)


@dataclass(frozen=True)
class Column:
    header: str
    field: str  # of ExportRow
    width: int  # in characters, for spreadsheets
    wrap: bool = False


COLUMNS: tuple[Column, ...] = (
    Column("Annotation", "annotation_id", 11),
    Column("Document", "document_title", 30),
    Column("Source", "source", 24),
    Column("URL", "url", 24),
    Column("Kind", "kind", 6),
    Column("Page", "page", 6),
    Column("Start", "start", 8),
    Column("End", "end", 8),
    Column("Quote", "quote", 60, wrap=True),
    Column("Concept", "concept", 18),
    Column("Concept path", "concept_path", 28),
    Column("Memo", "memo", 40, wrap=True),
    Column("Author", "author", 12),
    Column("Created", "created", 20),
    Column("Updated", "updated", 20),
)
HEADERS = tuple(column.header for column in COLUMNS)
_VALUES = attrgetter(*(column.field for column in COLUMNS))


def cells(row: ExportRow) -> list[Cell]:
    """The row's values in column order, exactly as stored."""
    return list(_VALUES(row))


class VariableCells:
    """The document variables' columns, after the fixed ones (none without variables).

    A number variable's values are numbers; the others are text as stored.
    """

    def __init__(self, project: Project) -> None:
        self.variables = project.variables()
        self.values = project.variable_values()
        taken = {header.casefold() for header in HEADERS}
        self.headers = tuple(
            f"{v.name} (variable)" if v.name.casefold() in taken else v.name for v in self.variables
        )

    def cells(self, document_id: int) -> list[Cell]:
        found = self.values.get(document_id, {})
        return [_typed(v.type, found.get(v.id)) for v in self.variables]


def _typed(kind: str, value: str | None) -> Cell:
    if value is None or kind != "number":
        return value
    number = float(value)
    return int(number) if number.is_integer() else number


def read_as_formula(text: str) -> bool:
    """Whether a spreadsheet opening a CSV would evaluate this cell instead of showing it.

    Leading spaces, tabs and line breaks are ignored. A cell is a formula when it
    then starts with "=", or with "+", "-" or "@" followed by something a
    spreadsheet evaluates (see _ACTIVE); "-3 degrés" or "@alice" are not.
    """
    stripped = text.lstrip(" \t\r\n")
    if stripped[:1] == "=":
        return True
    return stripped[:1] in ("+", "-", "@") and _ACTIVE.search(stripped[1:]) is not None


def guard(text: str) -> str:
    """OWASP's guard where it is needed: a ' before text a spreadsheet would evaluate.

    Text that already starts with ' before such a formula gets one more, so
    that `unguard` gives back exactly the text that was guarded.
    """
    return "'" + text if read_as_formula(text.lstrip("'")) else text


def unguard(text: str) -> str:
    """The text `guard` was given: one leading ' removed where guard would have added it."""
    return text[1:] if text[:1] == "'" and read_as_formula(text.lstrip("'")) else text


def guarded(values: list[Cell]) -> list[Cell]:
    """The cells with `guard` applied to each text."""
    return [guard(value) if isinstance(value, str) else value for value in values]
