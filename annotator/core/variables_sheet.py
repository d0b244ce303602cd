"""Document variables from and to a sheet (CSV or XLSX): one row per document.

The first column names the document, by its exact title or by its id; each
other column is a variable, named in the first row. A variable not yet in the
project is defined with the narrowest type its values fit (number, date
YYYY-MM-DD, yes/no, else text). The whole sheet is applied in one transaction.
Nothing is guessed: rows naming no document (or a title several documents
share) and values that do not fit their variable are left out and reported,
with their line; an empty cell leaves the document's value as it was.

Export writes the same layout (titles, or the id where titles repeat), so a
sheet can go out, be filled in, and come back.
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.core.errors import ImportCause, ImportFailure
from annotator.core.exporting.atomic import atomic_file, atomic_path
from annotator.core.exporting.table import guard, unguard
from annotator.core.importing.encoding import decode
from annotator.core.importing.xlsx_sheet import Value, read_first_sheet
from annotator.core.variables import (
    ValueChange,
    Variable,
    VariableError,
    infer_type,
    parse_value,
)

if TYPE_CHECKING:
    from annotator.core.project import Project

MAX_BYTES = 20 * 1024 * 1024
MAX_EXAMPLES = 5  # left-out rows and values listed one by one; the rest counted
TYPE_WORDS = {
    "text": "text",
    "number": "number",
    "date": "date",
    "boolean": "yes/no",
    "category": "category",
}


@dataclass
class VariablesImportReport:
    """What a sheet changed, and what it left out (with the line of each)."""

    documents: int = 0  # rows matched to a document
    values: int = 0  # values set
    defined: list[Variable] = field(default_factory=list)
    unmatched: list[tuple[int, str]] = field(default_factory=list)  # (line, first cell)
    refused: list[tuple[int, str]] = field(default_factory=list)  # (line, why)
    repeated: list[tuple[int, str]] = field(default_factory=list)  # a document named again
    changes: list[ValueChange] = field(default_factory=list)  # the values set
    undo: list[ValueChange] = field(default_factory=list)  # what puts the old ones back

    def summary(self) -> str:
        return (
            f"{self.values} values set for {self.documents} documents; "
            f"{len(self.defined)} variables defined; {len(self.unmatched)} rows matched "
            f"no document; {len(self.refused)} values left out"
        )

    def details(self) -> list[str]:
        """One line per variable defined, then examples of what was left out."""
        lines = [f"defined {v.name} ({TYPE_WORDS[v.type]})" for v in self.defined]
        for label, listed in (
            ("no document", self.unmatched),
            ("left out", self.refused),
            ("named again", self.repeated),
        ):
            lines += [f"line {line}: {label}: {what}" for line, what in listed[:MAX_EXAMPLES]]
            if len(listed) > MAX_EXAMPLES:
                lines.append(f"… and {len(listed) - MAX_EXAMPLES} more lines ({label})")
        return lines


def import_variables(project: Project, path: Path) -> VariablesImportReport:
    """Set documents' variables from the sheet at `path` (CSV, or XLSX by content)."""
    path = Path(path)
    table = read_table(path)
    if not table or not any(_text(cell) for cell in table[0][1:]):
        raise ImportFailure.coded(path.name, ImportCause.NO_VARIABLE_NAMES)
    header = [_text(cell) for cell in table[0]]
    body = list(enumerate(table[1:], start=2))
    report = VariablesImportReport()
    matches = _match_documents(project, body, report)
    with project.batch():
        columns = _columns(project, header, body, report)
        changes: list[ValueChange] = []
        for line, cells in body:
            document_id = matches.get(line)
            if document_id is None:
                continue
            for index, variable in columns.items():
                raw = cells[index] if index < len(cells) else None
                try:
                    value = parse_value(variable, unguard(raw) if isinstance(raw, str) else raw)
                except VariableError as error:
                    report.refused.append((line, str(error)))
                    continue
                if value is not None:
                    changes.append((document_id, variable.id, value))
        report.undo = project.set_variable_values(changes)
    report.changes = changes
    report.values = len(changes)
    return report


def read_table(path: Path) -> list[list[Value]]:
    """The rows of a CSV (commas, semicolons or tabs) or XLSX file."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ImportFailure.coded(
                path.name,
                ImportCause.TOO_LARGE,
                size=f"{size / 2**20:.0f}",
                limit=MAX_BYTES // 2**20,
            )
        with path.open("rb") as opened:
            start = opened.read(4)
    except OSError as error:
        raise ImportFailure.coded(
            path.name, ImportCause.UNREADABLE, detail=error.strerror or error
        ) from error
    if start.startswith(b"PK\x03\x04"):
        return read_first_sheet(path)
    text = decode(path.read_bytes()).text
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(
            text[: 64 * 1024], delimiters=",;\t"
        )
    except csv.Error:
        dialect = csv.excel
    return [list(row) for row in csv.reader(text.splitlines(), dialect)]


def _match_documents(
    project: Project, body: list[tuple[int, list[Value]]], report: VariablesImportReport
) -> dict[int, int]:
    """{line: document id} of the rows whose first cell names exactly one document."""
    documents = project.documents()
    titles = Counter(d.title for d in documents)
    by_title = {d.title: d.id for d in documents}
    ids = {d.id for d in documents}
    found: dict[int, int] = {}
    first_line: dict[int, int] = {}  # document id -> the line that named it first
    for line, cells in body:
        if not any(_text(cell) for cell in cells):
            continue
        name = _text(cells[0]) if cells else ""
        if titles.get(name, 0) > 1:
            report.unmatched.append(
                (line, f"{name!r} is the title of {titles[name]} documents: give the id instead")
            )
        elif name in by_title:
            found[line] = by_title[name]
        elif (document_id := _as_id(cells[0])) is not None and document_id in ids:
            found[line] = document_id
        else:
            report.unmatched.append((line, repr(name)))
        document_id = found.get(line)
        if document_id is not None and document_id in first_line:
            report.repeated.append(
                (
                    line,
                    f"{name!r} is also on line {first_line[document_id]}; "
                    "this line's values replace those",
                )
            )
        elif document_id is not None:
            first_line[document_id] = line
    report.documents = len(first_line)
    return found


def _columns(
    project: Project,
    header: list[str],
    body: list[tuple[int, list[Value]]],
    report: VariablesImportReport,
) -> dict[int, Variable]:
    """{column index: its variable}, defining the variables the project lacks."""
    columns: dict[int, Variable] = {}
    for index, name in enumerate(header[1:], start=1):
        if not name:
            continue
        variable = project.variable_by_name(name)
        if variable is None:
            values = [_text(cells[index]) for _, cells in body if index < len(cells)]
            variable = project.define_variable(name, infer_type(values))
            report.defined.append(variable)
        columns[index] = variable
    return columns


def export_variables(project: Project, destination: Path) -> Path:
    """Every document with its variables, as CSV (UTF-8 with a BOM) or, for .xlsx, XLSX."""
    variables = project.variables()
    documents = project.documents()
    values = project.variable_values()
    repeated = {t for t, n in Counter(d.title for d in documents).items() if n > 1}
    header = ["Document", *(v.name for v in variables)]
    rows = [
        [
            str(d.id) if d.title in repeated else d.title,
            *(values.get(d.id, {}).get(v.id, "") for v in variables),
        ]
        for d in documents
    ]
    if destination.suffix.lower() == ".xlsx":
        return _write_xlsx(destination, variables, header, rows)
    with atomic_file(destination, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows([guard(cell) for cell in row] for row in rows)
    return destination


def _write_xlsx(
    destination: Path, variables: list[Variable], header: list[str], rows: list[list[str]]
) -> Path:
    import xlsxwriter

    with atomic_path(destination) as temp:
        book = xlsxwriter.Workbook(
            str(temp),
            {"strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False},
        )
        sheet = book.add_worksheet("Variables")
        bold = book.add_format({"bold": True})
        sheet.write_row(0, 0, header, bold)
        sheet.set_column(0, 0, 40)
        for row_index, row in enumerate(rows, start=1):
            sheet.write_string(row_index, 0, row[0])
            for column, (variable, value) in enumerate(zip(variables, row[1:], strict=True), 1):
                if value and variable.type == "number":
                    sheet.write_number(row_index, column, float(value))
                elif value:
                    sheet.write_string(row_index, column, value)
        book.close()
    return destination


def _text(cell: Value) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return " ".join(str(cell).split())


def _as_id(cell: Value) -> int | None:
    text = _text(cell)
    return int(text) if text.isdigit() else None
