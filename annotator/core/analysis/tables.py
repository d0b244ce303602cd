"""Analysis results as plain tables, written to CSV or XLSX, shown by the CLI and the window.

Each column has a stable key (the window translates headers by key) and an
English label (used by the command line and as the default header).
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

import xlsxwriter

from annotator.core.analysis.agreement import AgreementReport
from annotator.core.analysis.cooccurrence import CooccurrenceMatrix
from annotator.core.analysis.data import CodingData
from annotator.core.analysis.frequencies import ConceptFrequency, ConceptMatrix
from annotator.core.exporting.atomic import atomic_file, atomic_path
from annotator.core.exporting.xlsx_export import sheet_names
from annotator.core.model import Annotation

Cell = str | int | float | None
ColumnKind = Literal["text", "count", "share", "kappa"]
QUOTE_SEPARATOR = " / "


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    kind: ColumnKind = "text"


@dataclass(frozen=True)
class Table:
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    row_keys: tuple[int | None, ...] = ()  # e.g. the concept of each row

    def relabel(self, label: Callable[[Column], str]) -> Table:
        """The same table with headers given by `label(column)` (e.g. translated)."""
        return replace(self, columns=tuple(replace(c, label=label(c)) for c in self.columns))

    def cell_text(self, row: int, column: int) -> str:
        return format_cell(self.rows[row][column], self.columns[column].kind)


def format_cell(value: Cell, kind: ColumnKind) -> str:
    if value is None:
        return "—" if kind != "text" else ""
    if kind == "share" and isinstance(value, float):
        if 0 < value < 0.0005:
            return "< 0.1 %"
        return f"{value * 100:.1f} %"
    if kind == "kappa" and isinstance(value, float):
        return f"{value + 0.0:.2f}".replace("-0.00", "0.00")
    return str(value)


# -- builders ---------------------------------------------------------------------
def frequency_table(data: CodingData, rows: Sequence[ConceptFrequency]) -> Table:
    return Table(
        title="Concepts",
        columns=(Column("concept", "Concept"), Column("passages", "Passages", "count"),
                 Column("documents", "Documents", "count"),
                 Column("characters", "Characters coded", "count"),
                 Column("coverage", "Share of text", "share")),
        rows=tuple((r.path, r.passages, r.documents, r.covered, r.coverage) for r in rows),
        row_keys=tuple(r.concept_id for r in rows),
    )


def matrix_table(
    data: CodingData, matrix: ConceptMatrix, values: Literal["count", "coverage"] = "count"
) -> Table:
    """Concepts by columns; in coverage mode each cell is a share of that column's text."""
    kind: ColumnKind = "count" if values == "count" else "share"
    columns = [Column("concept", "Concept")]
    columns += [Column(c, matrix.labels[c], kind) for c in matrix.columns]
    rows = []
    for concept_id in matrix.concept_ids:
        if values == "count":
            cells: list[Cell] = [matrix.count(concept_id, c) for c in matrix.columns]
        else:
            cells = [matrix.coverage(concept_id, c) for c in matrix.columns]
        rows.append((data.paths[concept_id], *cells))
    return Table("Concepts by document", tuple(columns), tuple(rows), matrix.concept_ids)


def cooccurrence_table(data: CodingData, matrix: CooccurrenceMatrix) -> Table:
    """Symmetric concept-by-concept counts of passage pairs; the diagonal is empty."""
    columns = [Column("concept", "Concept")]
    columns += [Column(f"concept:{c}", data.paths[c], "count") for c in matrix.concept_ids]
    rows = tuple(
        (data.paths[a], *(None if a == b else matrix.count(a, b) for b in matrix.concept_ids))
        for a in matrix.concept_ids
    )
    return Table("Co-occurrence", tuple(columns), rows, matrix.concept_ids)


def agreement_table(data: CodingData, report: AgreementReport) -> Table:
    """Per concept and pooled: the character table, agreement, kappa and unitized alpha."""
    columns = (
        Column("concept", "Concept"),
        Column("coder_a", f"Coded by {report.coder_a}", "count"),
        Column("coder_b", f"Coded by {report.coder_b}", "count"),
        Column("both", "Both", "count"), Column("only_a", f"{report.coder_a} only", "count"),
        Column("only_b", f"{report.coder_b} only", "count"),
        Column("neither", "Neither", "count"),
        Column("agreement", "Agreement", "share"), Column("kappa", "Kappa", "kappa"),
        Column("alpha", "Alpha (unitized)", "kappa"),
        Column("overlap", "Overlap of coded text", "share"),
    )
    rows = []
    keys: list[int | None] = []
    alphas = [*report.alphas.values(), report.overall_alpha]
    for (concept_id, t), alpha in zip([*report.concepts.items(), (None, report.overall)],
                                      alphas, strict=True):
        name = data.paths[concept_id] if concept_id is not None else "All concepts"
        rows.append((name, t.both + t.only_a, t.both + t.only_b, t.both, t.only_a, t.only_b,
                     t.neither, t.observed if t.total else None, t.kappa, alpha.alpha,
                     t.overlap))
        keys.append(concept_id)
    return Table("Agreement", columns, tuple(rows), tuple(keys))


def disagreement_table(
    data: CodingData, report: AgreementReport, instead_label: str = "coded as:"
) -> Table:
    """Each stretch where the coders differ, with both sides' passages.

    A side without a passage names the concepts that coder gave the stretch
    instead, if any, after `instead_label` (its punctuation included: French
    puts a space before the colon). A row's key is its index in `report.disagreements`.
    """
    columns = (Column("document", "Document"), Column("concept", "Concept"),
               Column("start", "Start", "count"), Column("end", "End", "count"),
               Column("passage_a", report.coder_a), Column("passage_b", report.coder_b))

    def side(passages: tuple[Annotation, ...], instead: tuple[int, ...]) -> str:
        if passages:
            return QUOTE_SEPARATOR.join(a.quote for a in passages)
        if instead:
            return f"({instead_label} {', '.join(data.paths[c] for c in instead)})"
        return ""

    rows = tuple(
        (data.documents[d.document_id].title, data.paths[d.concept_id], d.start, d.end,
         side(d.passages_a, d.instead_a), side(d.passages_b, d.instead_b))
        for d in report.disagreements
    )
    return Table("Disagreements", columns, rows, tuple(range(len(rows))))


# -- writers ----------------------------------------------------------------------
def write_csv(table: Table, destination: Path) -> Path:
    """UTF-8 with a BOM so spreadsheets keep accents; shares as fractions (0.25)."""
    with atomic_file(destination, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow([c.label for c in table.columns])
        writer.writerows(["" if v is None else v for v in row] for row in table.rows)
    return destination


def write_xlsx(tables: Sequence[Table], destination: Path) -> Path:
    """One sheet per table; shares formatted as percentages, numbers kept as numbers."""
    listed = list(tables)
    with atomic_path(destination) as temp:
        workbook = xlsxwriter.Workbook(str(temp), {
            "strings_to_formulas": False, "strings_to_numbers": False,
            "strings_to_urls": False,
        })
        header = workbook.add_format({"bold": True, "bg_color": "#e8e8e8", "bottom": 1})
        formats = {"share": workbook.add_format({"num_format": "0.0%"}),
                   "kappa": workbook.add_format({"num_format": "0.00"})}
        for table, name in zip(listed, sheet_names(t.title for t in listed), strict=True):
            sheet = workbook.add_worksheet(name)
            sheet.freeze_panes(1, 1)
            sheet.set_column(0, 0, 40)
            for col, column in enumerate(table.columns):
                sheet.write_string(0, col, column.label, header)
            for row_index, row in enumerate(table.rows, start=1):
                for col, value in enumerate(row):
                    if value is None:
                        continue
                    if isinstance(value, str):
                        sheet.write_string(row_index, col, value)
                    else:
                        sheet.write_number(row_index, col, value,
                                           formats.get(table.columns[col].kind))
        workbook.close()
    return destination
