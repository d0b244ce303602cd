"""XLSX export: an "All" sheet and one sheet per top-level concept, streamed row by row.

Text goes into string cells, which a spreadsheet never evaluates, so it is
written exactly as stored: no formula guard is needed or applied.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from annotator.core.exporting.atomic import atomic_path
from annotator.core.exporting.codebook import Codebook
from annotator.core.exporting.selection import (
    ExportSelection,
    Progress,
    export_rows,
    selected_concept_ids,
)
from annotator.core.exporting.table import COLUMNS, HEADERS, Cell, VariableCells, cells

if TYPE_CHECKING:
    from annotator.core.project import Project

ALL_SHEET = "All"
VARIABLE_WIDTH = 14  # characters, for the document variables' columns
MAX_SHEET_NAME = 31
MAX_CELL_CHARS = 32_767  # Excel's limit for one cell
TRUNCATED = " […]"
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
_RESERVED_SHEET_NAMES = {"history"}  # Excel keeps this one for itself


def write_xlsx(
    project: Project,
    destination: Path,
    selection: ExportSelection | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write the selected annotations as a workbook; every cell is a string or a number."""
    codebook = Codebook(project.concepts())
    wanted = selected_concept_ids(codebook, selection)
    wanted_roots = {codebook.root(concept_id).id for concept_id in wanted}
    roots = [root for root in codebook.roots() if root.id in wanted_roots]
    with atomic_path(destination) as temp:
        workbook = xlsxwriter.Workbook(str(temp), {
            "constant_memory": True,  # rows go to disk as they are written
            "strings_to_formulas": False,
            "strings_to_numbers": False,
            "strings_to_urls": False,
        })
        styles = _Styles(workbook)
        variables = VariableCells(project)  # each document's variables close its rows
        names = sheet_names([ALL_SHEET, *(root.name for root in roots)])
        everything = _Sheet(workbook.add_worksheet(names[0]), styles, variables.headers)
        by_root = {root.id: _Sheet(workbook.add_worksheet(name), styles, variables.headers)
                   for root, name in zip(roots, names[1:], strict=True)}
        for row in export_rows(project, selection, progress):
            values = cells(row) + variables.cells(row.document_id)
            everything.append(values)
            if row.concept_id is not None:
                by_root[codebook.root(row.concept_id).id].append(values)
        for sheet in (everything, *by_root.values()):
            sheet.finish()
        workbook.close()
    return destination


def sheet_names(wanted: Iterable[str]) -> list[str]:
    """Names Excel accepts: at most 31 characters, none of []:*?/\\, unique ignoring case."""
    taken: set[str] = set()
    names = []
    for name in wanted:
        base = _SHEET_FORBIDDEN.sub("_", name).strip().strip("'")[:MAX_SHEET_NAME] or "Concept"
        candidate, number = base, 2
        while candidate.casefold() in taken or candidate.casefold() in _RESERVED_SHEET_NAMES:
            suffix = f" ({number})"
            candidate = base[: MAX_SHEET_NAME - len(suffix)] + suffix
            number += 1
        taken.add(candidate.casefold())
        names.append(candidate)
    return names


class _Styles:
    def __init__(self, workbook: xlsxwriter.Workbook) -> None:
        self.header = workbook.add_format(
            {"bold": True, "bg_color": "#e8e8e8", "bottom": 1, "valign": "top"}
        )
        self.plain = workbook.add_format({"valign": "top"})
        self.wrapped = workbook.add_format({"valign": "top", "text_wrap": True})


class _Sheet:
    """One worksheet being filled top to bottom: header, frozen, widths, filter."""

    def __init__(self, worksheet: Worksheet, styles: _Styles,
                 variables: tuple[str, ...] = ()) -> None:
        self.worksheet = worksheet
        self.formats: list[Format] = []
        for index, column in enumerate(COLUMNS):
            style = styles.wrapped if column.wrap else styles.plain
            worksheet.set_column(index, index, column.width, style)
            self.formats.append(style)
        if variables:
            worksheet.set_column(len(COLUMNS), len(COLUMNS) + len(variables) - 1,
                                 VARIABLE_WIDTH, styles.plain)
            self.formats += [styles.plain] * len(variables)
        worksheet.freeze_panes(1, 0)
        for index, header in enumerate((*HEADERS, *variables)):
            worksheet.write_string(0, index, header, styles.header)
        self.columns = len(HEADERS) + len(variables)
        self.rows = 1

    def append(self, values: list[Cell]) -> None:
        sheet, row = self.worksheet, self.rows
        for index, value in enumerate(values):
            style = self.formats[index]
            if isinstance(value, int | float):
                sheet.write_number(row, index, value, style)
            elif value:
                if len(value) > MAX_CELL_CHARS:
                    value = value[: MAX_CELL_CHARS - len(TRUNCATED)] + TRUNCATED
                sheet.write_string(row, index, value, style)
        self.rows += 1

    def finish(self) -> None:
        self.worksheet.autofilter(0, 0, self.rows - 1, self.columns - 1)
