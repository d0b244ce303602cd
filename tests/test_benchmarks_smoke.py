"""The benchmarks still run: `python -m benchmarks --quick` completes and prints every row.

No timing is asserted: figures depend on the machine, and belong in the
benchmark's own table, not in CI.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from benchmarks import figures
from benchmarks.corpus import Sizes
from benchmarks.table import COLUMNS

REPO_ROOT = Path(__file__).resolve().parents[1]


def test_quick_benchmarks_complete_and_print_every_row(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "ANNOTATOR_DATA_DIR": str(tmp_path / "userdata")}
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--keep", str(tmp_path / "corpora")],
        cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=240,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    table = done.stdout
    assert all(column in table.splitlines()[0] for column in COLUMNS)
    rows = [line for line in table.splitlines() if line.startswith("| ")][1:]
    for label in figures.all_labels(Sizes.quick()):
        matching = [row for row in rows if row.startswith(f"| {label} ")]
        assert matching, f"no row for {label!r} in:\n{table}"
        assert "FAILED" not in matching[0]
    assert len(rows) == len(figures.all_labels(Sizes.quick()))


def test_built_in_pdf_writer_makes_a_pdf_the_importer_reads() -> None:
    """Without reportlab the benchmarks write their PDF themselves: it must import cleanly."""
    from annotator.core.importing.pdf import import_pdf
    from benchmarks.pdf_corpus import minimal_pdf, report_pages

    imported = import_pdf(minimal_pdf(2), "report.pdf", workers=0)
    assert len(imported.pages) == 2
    assert not imported.warnings
    first_lines = [line.text for line in next(report_pages(1)) if line.text][:3]
    assert all(line in imported.text for line in first_lines)
    assert imported.title == "Rapport d'étude sur les communautés en ligne"
