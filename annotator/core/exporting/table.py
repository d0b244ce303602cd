"""The table shared by the CSV and XLSX exports: columns, and cells safe from formula injection."""

from __future__ import annotations

from dataclasses import dataclass
from operator import attrgetter

from annotator.core.exporting.selection import ExportRow

# A spreadsheet treats a cell starting with one of these as a formula.
FORMULA_TRIGGERS = frozenset("=+-@\t\r")

Cell = str | int | None


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
    """The row's cells in column order; text a spreadsheet would run as a formula gets a '."""
    return [
        "'" + value if isinstance(value, str) and value[:1] in FORMULA_TRIGGERS else value
        for value in _VALUES(row)
    ]
