"""The table shared by the CSV and XLSX exports: columns, and cells safe from formula injection."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from annotator.core.exporting.selection import ExportRow

# A spreadsheet treats a cell starting with one of these as a formula.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

Cell = str | int | None


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[ExportRow], Cell]
    width: int  # in characters, for spreadsheets
    wrap: bool = False


COLUMNS: tuple[Column, ...] = (
    Column("Annotation", lambda row: row.annotation_id, 11),
    Column("Document", lambda row: row.document_title, 30),
    Column("Source", lambda row: row.source, 24),
    Column("Kind", lambda row: row.kind, 6),
    Column("Page", lambda row: row.page, 6),
    Column("Start", lambda row: row.start, 8),
    Column("End", lambda row: row.end, 8),
    Column("Quote", lambda row: row.quote, 60, wrap=True),
    Column("Concept", lambda row: row.concept, 18),
    Column("Concept path", lambda row: row.concept_path, 28),
    Column("Memo", lambda row: row.memo, 40, wrap=True),
    Column("Author", lambda row: row.author, 12),
    Column("Created", lambda row: row.created, 20),
    Column("Updated", lambda row: row.updated, 20),
)
HEADERS = tuple(column.header for column in COLUMNS)


def neutralise(value: Cell) -> Cell:
    """A text cell that a spreadsheet would run as a formula, quoted with a leading '."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def cells(row: ExportRow) -> list[Cell]:
    return [neutralise(column.value(row)) for column in COLUMNS]
