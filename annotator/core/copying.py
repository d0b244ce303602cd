"""Copy a whole project: file to server, server to file, or file to file.

Every table goes row by row with its ids, so passages keep their coders, dates,
concepts and the GUIDs other tools gave them; originals and page boxes are
copied byte for byte (boxes in the 16-byte form of older projects arrive
compact, see core.geometry), and the search indexes rebuild themselves. The
source is read as one consistent moment (coders may keep working on a server), and the
destination is written in one transaction: a failed copy leaves nothing behind.
A destination that already holds a project is refused unless `force` is given;
then it is replaced whole. The copy's row counts are checked against the source.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from annotator.core.errors import CopyCause, ProjectError
from annotator.core.geometry import compact_boxes
from annotator.core.store import Store
from annotator.core.store import transfer as file_transfer
from annotator.core.store.postgres import is_server_location, require_server_client
from annotator.core.store.postgres.schema import TABLES

# Tables whose rows make a project non-empty (settings alone do not: any opening writes one).
_CONTENT_TABLES = tuple(t for t in TABLES if t != "settings")


@dataclass(frozen=True)
class CopyReport:
    """What a copy moved: rows per table, in the order they were copied."""

    source: str
    destination: str
    rows: dict[str, int]

    def summary(self) -> str:
        shown = ("documents", "concepts", "annotations")
        counts = ", ".join(f"{self.rows.get(t, 0)} {t}" for t in shown)
        return f"{counts} ({sum(self.rows.values())} rows in {len(self.rows)} tables)"


@dataclass
class _Side:
    """One end of a copy: a store and the module that moves its tables' rows."""

    store: Any
    rows: ModuleType
    label: str

    def count(self, table: str) -> int:
        return self.rows.row_count(self.store, table) if table in self.tables() else 0

    def tables(self) -> list[str]:
        return list(self.rows.table_names(self.store))


def copy_project(source: str | Path, destination: str | Path, *, force: bool = False) -> CopyReport:
    """Copy the project at `source` to `destination` (each a file path or a URL)."""
    with _open(source, read_only=True) as src:
        if not is_server_location(str(destination)):
            return _copy_to_file(src, Path(destination), force)
        with _open(destination, read_only=False) as dst:
            _refuse_filled(dst, force)
            from annotator.core.store.postgres import transfer as server_transfer

            report = _copy(src, dst, server_transfer.filling(dst.store, replace=True))
            server_transfer.settle(dst.store)
            return report


def _copy_to_file(src: _Side, destination: Path, force: bool) -> CopyReport:
    if destination.is_dir():
        raise ProjectError.coded(str(destination), CopyCause.FOLDER)
    if destination.exists() and destination.stat().st_size > 0 and not force:
        raise ProjectError.coded(str(destination), CopyCause.EXISTS)
    partial = destination.with_name(f".{destination.name}.copying")
    partial.unlink(missing_ok=True)
    try:
        with _open(partial, read_only=False) as dst:
            report = _copy(src, dst, file_transfer.filling(dst.store))
        os.replace(partial, destination)
    finally:
        partial.unlink(missing_ok=True)
    return CopyReport(report.source, str(destination), report.rows)


@contextmanager
def _open(location: str | Path, *, read_only: bool) -> Iterator[_Side]:
    if is_server_location(str(location)):
        require_server_client(str(location))
        from annotator.core.store.postgres import transfer as server_transfer
        from annotator.core.store.postgres.store import ServerStore

        server = ServerStore(str(location), read_only=read_only)
        try:
            yield _Side(server, server_transfer, server.location)
        finally:
            server.close()
        return
    store = Store(Path(location), create=not read_only, read_only=read_only)
    try:
        yield _Side(store, file_transfer, str(location))
    finally:
        store.close()


def _refuse_filled(destination: _Side, force: bool) -> None:
    if force:
        return
    filled = {t: n for t in _CONTENT_TABLES if (n := destination.count(t))}
    if filled:
        what = ", ".join(f"{n} {t}" for t, n in filled.items())
        raise ProjectError.coded(destination.label, CopyCause.NOT_EMPTY, contents=what)


def _copy(src: _Side, dst: _Side, filling: Any) -> CopyReport:
    known = dst.tables()
    order = [t for t in TABLES if t in known] + sorted(set(known) - set(TABLES))
    with src.rows.snapshot(src.store):
        present = src.tables()
        _refuse_unknown(src, [t for t in present if t not in known])
        columns = {t: _columns(src, dst, t) for t in order if t in present}
        with filling:
            for table, names in columns.items():
                rows = src.rows.read_rows(src.store, table, names)
                if table == "pages":
                    rows = _compact_boxes(rows, names.index("boxes"))
                dst.rows.write_rows(dst.store, table, names, rows)
        copied = {t: src.count(t) for t in columns}
    landed = {t: dst.count(t) for t in columns}
    if landed != copied:
        wrong = [
            f"{t}: {copied[t]} rows, {landed[t]} arrived" for t in columns if landed[t] != copied[t]
        ]
        raise ProjectError.coded(dst.label, CopyCause.INCOMPLETE, detail="; ".join(wrong))
    return CopyReport(src.label, dst.label, copied)


def _compact_boxes(rows: Iterator[tuple[Any, ...]], column: int) -> Iterator[tuple[Any, ...]]:
    for row in rows:
        yield (*row[:column], compact_boxes(bytes(row[column])), *row[column + 1 :])


def _refuse_unknown(src: _Side, unknown: list[str]) -> None:
    """A table the destination lacks is refused if it holds rows (they would be lost)."""
    lost = [f"{t} ({n} rows)" for t in unknown if (n := src.count(t))]
    if lost:
        raise ProjectError.coded(src.label, CopyCause.NO_PLACE, tables=", ".join(lost))


def _columns(src: _Side, dst: _Side, table: str) -> list[str]:
    names = src.rows.table_columns(src.store, table)
    missing = [c for c in names if c not in dst.rows.table_columns(dst.store, table)]
    if missing:
        raise ProjectError.coded(
            dst.label, CopyCause.NO_COLUMN, table=table, columns=", ".join(missing)
        )
    return list(names)
