"""CSV export: a row per annotation–concept pair, UTF-8 with a BOM so spreadsheets keep accents.

A cell a spreadsheet would run as a formula gets a leading ' (see
table.read_as_formula); `raw=True` writes every cell exactly as stored.
`separator=";"` suits a spreadsheet set to a locale whose decimal mark is a
comma (French Excel opens a comma-separated file as one column).
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.core.exporting.atomic import atomic_file
from annotator.core.exporting.selection import ExportSelection, Progress, export_rows
from annotator.core.exporting.table import HEADERS, VariableCells, cells, guarded

if TYPE_CHECKING:
    from annotator.core.project import Project

SEPARATORS = (",", ";")


def write_csv(
    project: Project,
    destination: Path,
    selection: ExportSelection | None = None,
    progress: Progress | None = None,
    *,
    raw: bool = False,
    separator: str = ",",
) -> Path:
    """Write the selected annotations as CSV, streaming row by row."""
    if separator not in SEPARATORS:
        raise ValueError(f"unsupported CSV separator {separator!r} (one of {SEPARATORS})")
    variables = VariableCells(project)  # each document's variables close its rows
    rows = (
        cells(row) + variables.cells(row.document_id)
        for row in export_rows(project, selection, progress)
    )
    with atomic_file(destination, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=separator)
        writer.writerow((*HEADERS, *variables.headers))
        writer.writerows(rows if raw else (guarded(values) for values in rows))
    return destination
