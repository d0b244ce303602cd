"""The figures, in the order they run and print; each is a module with `labels` and `run`."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.corpus import Sizes

NAMES = (
    "pdf_first_page",
    "pdf_import",
    "import_stall",
    "highlight",
    "concept_view",
    "open_project",
    "search",
    "cold_start",
    "export",
    "viewer_memory",
    "analysis_stall",
    "long_line",
    "server",
)


def load(name: str) -> ModuleType:
    if name not in NAMES:
        raise ValueError(f"unknown figure {name!r} (known: {', '.join(NAMES)})")
    return importlib.import_module(f"benchmarks.fig_{name}")


def labels(name: str, sizes: Sizes) -> list[str]:
    """The row labels a figure prints (also used when it fails)."""
    return list(load(name).labels(sizes))


def all_labels(sizes: Sizes) -> list[str]:
    return [label for name in NAMES for label in labels(name, sizes)]
