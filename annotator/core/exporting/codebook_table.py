"""The codebook as a table (CSV or XLSX): each concept's path, description, colour, key and use.

One row per concept, parents before children. "Passages" counts the selected
passages tagged with the concept itself (not its sub-concepts), "Documents"
the documents they are in. The CSV reads back with
`annotator.core.importing.codebook_csv`, which merges it by path.
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.core.exporting.atomic import atomic_file, atomic_path
from annotator.core.exporting.codebook import Codebook
from annotator.core.exporting.selection import (
    ExportSelection,
    Progress,
    selected_annotations,
    selected_concept_ids,
)
from annotator.core.exporting.table import Cell, guarded

if TYPE_CHECKING:
    from annotator.core.project import Project

CODEBOOK_HEADERS = ("Path", "Description", "Colour", "Shortcut", "Passages", "Documents")
_WIDTHS = (36, 60, 10, 9, 9, 10)
SHEET_NAME = "Codebook"


def codebook_rows(
    project: Project, selection: ExportSelection | None = None, progress: Progress | None = None
) -> list[list[Cell]]:
    """The table's rows, in tree order, for the selected concepts and documents."""
    codebook = Codebook(project.concepts())
    wanted = selected_concept_ids(codebook, selection)
    passages: Counter[int] = Counter()
    documents: defaultdict[int, set[int]] = defaultdict(set)
    for item in selected_annotations(project, selection, progress, codebook):
        for concept in item.concepts:
            passages[concept.id] += 1
            documents[concept.id].add(item.document.id)
    return [
        [
            codebook.path(concept.id),
            concept.description,
            concept.color,
            concept.shortcut,
            passages[concept.id],
            len(documents[concept.id]),
        ]
        for concept in codebook.concepts
        if concept.id in wanted
    ]


def write_codebook_table(
    project: Project,
    destination: Path,
    selection: ExportSelection | None = None,
    progress: Progress | None = None,
    *,
    raw: bool = False,
) -> Path:
    """Write the codebook as XLSX if `destination` ends in .xlsx, else as CSV (UTF-8, BOM).

    In the CSV a cell a spreadsheet would evaluate gets a leading ' unless
    `raw`; the XLSX holds every text as a string cell, exactly as stored.
    """
    rows = codebook_rows(project, selection, progress)
    if Path(destination).suffix.lower() == ".xlsx":
        _write_xlsx(rows, Path(destination))
        return Path(destination)
    with atomic_file(destination, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(CODEBOOK_HEADERS)
        writer.writerows(rows if raw else (guarded(row) for row in rows))
    return Path(destination)


def _write_xlsx(rows: list[list[Cell]], destination: Path) -> None:
    import xlsxwriter  # loaded when a workbook is asked for

    with atomic_path(destination) as temp:
        workbook = xlsxwriter.Workbook(
            str(temp),
            {
                "strings_to_formulas": False,
                "strings_to_numbers": False,
                "strings_to_urls": False,
            },
        )
        header = workbook.add_format({"bold": True, "bg_color": "#e8e8e8", "bottom": 1})
        plain = workbook.add_format({"valign": "top", "text_wrap": True})
        sheet = workbook.add_worksheet(SHEET_NAME)
        for column, (title, width) in enumerate(zip(CODEBOOK_HEADERS, _WIDTHS, strict=True)):
            sheet.set_column(column, column, width, plain)
            sheet.write_string(0, column, title, header)
        sheet.freeze_panes(1, 0)
        for number, row in enumerate(rows, start=1):
            for column, value in enumerate(row):
                if isinstance(value, int):
                    sheet.write_number(number, column, value, plain)
                elif value:
                    sheet.write_string(number, column, value, plain)
        sheet.autofilter(0, 0, len(rows), len(CODEBOOK_HEADERS) - 1)
        workbook.close()
