"""Exporting every annotation of a big project, to CSV and to REFI-QDA (.qdpx)."""

from __future__ import annotations

import time
from pathlib import Path

from annotator.core.exporting import export
from annotator.core.project import Project
from benchmarks.corpus import Corpus, Sizes
from benchmarks.memory import TreeMemory
from benchmarks.table import Row

TARGET_S = 5.0
FORMATS = (("csv", "CSV"), ("qdpx", ".qdpx"))


def labels(sizes: Sizes) -> list[str]:
    return [f"export {sizes.annotations:,} annotations to {label}" for _, label in FORMATS]


def run(corpus: Corpus, sizes: Sizes, work: Path) -> list[Row]:
    rows = []
    with Project.open(corpus.big_project, read_only=True) as project:
        for label, (name, _) in zip(labels(sizes), FORMATS, strict=True):
            destination = work / f"export.{name}"
            with TreeMemory(interval=0.05) as memory:
                started = time.perf_counter()
                written = export(project, name, destination)
                elapsed = time.perf_counter() - started
            rows.append(Row(
                label, elapsed, "s", None, "max", TARGET_S,
                note=f"exporting.export(project, {name!r}, …) of the whole project "
                     f"({sizes.documents:,} documents); {written.stat().st_size / 1e6:.0f} MB "
                     f"written; process memory peak {memory.own_hwm_mb:.0f} MB"))
    return rows
