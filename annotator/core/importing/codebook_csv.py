"""A codebook table (CSV) into a project's codebook, merged by concept path.

Reads what `annotator export -f codebook` writes, and tables made by hand or
by another program: a header row naming at least a "Path" column ("Parent/
Child"; "Concept path" or "Concept" also do), optionally "Description",
"Colour" (or "Color", "#rrggbb") and "Shortcut" (a key 1–9); other columns,
such as the counts, are ignored. Commas, semicolons and tabs are recognised as
separators. A path already in the project updates that concept's description,
colour and key where the table gives one; a new path creates the concept and
any missing parents. The whole table is applied in one transaction, or not at
all; rows that cannot be applied are left out and listed.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator.core.concept_tree import SHORTCUT_KEYS
from annotator.core.errors import AnnotatorError, ImportCause, ImportFailure
from annotator.core.exporting.table import unguard
from annotator.core.importing.encoding import decode

if TYPE_CHECKING:
    from annotator.core.model import Concept
    from annotator.core.project import Project

MAX_BYTES = 20 * 1024 * 1024
_COLUMNS = {
    "path": ("path", "concept path", "chemin", "concept"),
    "description": ("description",),
    "color": ("colour", "color", "couleur"),
    "shortcut": ("shortcut", "key", "raccourci"),
}
_HEX_COLOR = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})")


@dataclass
class CodebookImportReport:
    """What the table changed in the codebook, and the rows or values it left out."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.added} concepts added, {self.updated} updated, "
            f"{self.unchanged} unchanged; {len(self.notes)} notes"
        )


@dataclass(frozen=True)
class _Row:
    line: int
    names: tuple[str, ...]
    values: dict[str, str]  # description, color, shortcut: only the columns the table has


def import_codebook_csv(project: Project, path: Path) -> CodebookImportReport:
    """Merge the codebook table at `path` into the project's concepts."""
    path = Path(path)
    report = CodebookImportReport()
    rows = _read(path, report)
    with project.batch():
        for row in rows:
            try:
                _merge(project, row, report)
            except AnnotatorError as error:
                report.notes.append(f"line {row.line}: left out ({error})")
    return report


def _read(path: Path, report: CodebookImportReport) -> list[_Row]:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ImportFailure.coded(
                path.name,
                ImportCause.TOO_LARGE,
                size=f"{size / 2**20:.0f}",
                limit=MAX_BYTES // 2**20,
            )
        data = path.read_bytes()
    except OSError as error:
        raise ImportFailure.coded(
            path.name, ImportCause.UNREADABLE, detail=error.strerror or error
        ) from error
    decoded = decode(data)
    if decoded.replaced:
        report.notes.append(f"some bytes are not valid {decoded.encoding}: shown as �")
    text = decoded.text
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(
            text[: 64 * 1024], delimiters=",;\t"
        )
    except csv.Error:
        dialect = csv.excel
    table = list(csv.reader(text.splitlines(), dialect))
    if not table:
        raise ImportFailure.coded(path.name, ImportCause.EMPTY_FILE)
    columns = _columns(table[0])
    if "path" not in columns:
        raise ImportFailure.coded(
            path.name,
            ImportCause.NO_PATH_COLUMN,
        )
    rows = []
    for line, cells in enumerate(table[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue
        cell = {
            key: unguard(cells[index]) if index < len(cells) else ""
            for key, index in columns.items()
        }
        names = tuple(" ".join(name.split()) for name in cell.pop("path").split("/"))
        if not all(names):
            report.notes.append(f"line {line}: left out (no concept path)")
            continue
        rows.append(_Row(line, names, cell))
    return rows


def _columns(header: list[str]) -> dict[str, int]:
    """{field: column index} for the columns this importer knows, the first title listed winning."""
    titles = [title.strip().lstrip("\ufeff").casefold() for title in header]
    found: dict[str, int] = {}
    for key, wanted in _COLUMNS.items():
        index = next((titles.index(title) for title in wanted if title in titles), None)
        if index is not None:
            found[key] = index
    return found


def _merge(project: Project, row: _Row, report: CodebookImportReport) -> None:
    parent: Concept | None = None
    for depth, name in enumerate(row.names):
        found = _child(project, parent, name)
        last = depth == len(row.names) - 1
        if found is None:
            changes = _changes(project, None, row, report) if last else {}
            found = project.add_concept(
                name,
                parent_id=parent.id if parent else None,
                color=changes.get("color"),
                description=changes.get("description", ""),
                shortcut=changes.get("shortcut", "" if "shortcut" in row.values else None),
            )
            report.added += 1
        elif last:
            changes = _changes(project, found, row, report)
            if changes:
                project.update_concept(found.id, **changes)
                report.updated += 1
            else:
                report.unchanged += 1
        parent = found


def _child(project: Project, parent: Concept | None, name: str) -> Concept | None:
    parent_id = parent.id if parent else None
    return next(
        (
            c
            for c in project.concepts()
            if c.parent_id == parent_id and c.name.casefold() == name.casefold()
        ),
        None,
    )


def _changes(
    project: Project, concept: Concept | None, row: _Row, report: CodebookImportReport
) -> dict[str, Any]:
    """The values the row gives that differ from the concept's; bad ones noted and skipped."""
    path = "/".join(row.names)
    wanted = {
        key: value.strip() if key != "description" else value
        for key, value in row.values.items()
        if value.strip()
    }
    color = wanted.get("color")
    if color is not None and not _HEX_COLOR.fullmatch(color):
        report.notes.append(
            f"line {row.line}: colour {color!r} of {path} is not #rrggbb: left as it was"
        )
        del wanted["color"]
    key = wanted.get("shortcut")
    if key is not None:
        holder = project.concept_for_key(key)
        if key not in SHORTCUT_KEYS:
            report.notes.append(
                f"line {row.line}: key {key!r} of {path} is not one of 1–9: left out"
            )
            del wanted["shortcut"]
        elif holder is not None and (concept is None or holder.id != concept.id):
            report.notes.append(
                f"line {row.line}: key {key} already applies {holder.name!r}: not given to {path}"
            )
            del wanted["shortcut"]
    if concept is None:
        return wanted
    current = {
        "description": concept.description,
        "color": concept.color,
        "shortcut": concept.shortcut,
    }
    return {k: v for k, v in wanted.items() if current[k] != v}
