"""Import throughput of a long PDF and the memory it takes, against plain pdfplumber.

Both sides run in a fresh process that loads no Qt, so the memory figures
are the import's own: the importing process plus every process it starts
(fork server, worker processes), sampled from /proc while it runs. The
baseline reads each page's characters and text with pdfplumber in one
process, closing every page, the cheapest sound use of the library.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from benchmarks.corpus import Corpus, Sizes
from benchmarks.table import Row

TARGET_RATIO = 1.7
TARGET_MB = 300.0

# Each side runs in a fresh process and prints {"pages", "seconds", "mb"} as JSON.
IMPORT = """
import json, sys, time
from annotator.core.importing import import_bytes
from benchmarks.memory import TreeMemory
if __name__ == "__main__":
    data = open(sys.argv[1], "rb").read()
    with TreeMemory(interval=0.05) as memory:
        started = time.perf_counter()
        imported = import_bytes(data, "report.pdf")
        elapsed = time.perf_counter() - started
    print(json.dumps({"pages": len(imported.pages), "seconds": elapsed,
                      "mb": memory.hwm_total_mb, "own_mb": memory.own_hwm_mb,
                      "processes": memory.processes, "peak_sum_mb": memory.peak_sum_mb}))
"""
BASELINE = """
import io, json, sys, time
import pdfplumber
from benchmarks.memory import TreeMemory
data = open(sys.argv[1], "rb").read()
with TreeMemory() as memory:
    started = time.perf_counter()
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        count = len(pdf.pages)
        for page in pdf.pages:
            page.chars
            page.extract_text()
            page.close()
    elapsed = time.perf_counter() - started
print(json.dumps({"pages": count, "seconds": elapsed, "mb": memory.hwm_total_mb}))
"""


# What QualCoder reads PDFs with: text and per-character boxes of each page.
PYMUPDF = """
import json, sys, time
import pymupdf
data = open(sys.argv[1], "rb").read()
started = time.perf_counter()
with pymupdf.open(stream=data, filetype="pdf") as pdf:
    count = len(pdf)
    for page in pdf:
        page.get_text("rawdict")
        page.get_text()
elapsed = time.perf_counter() - started
print(json.dumps({"pages": count, "seconds": elapsed}))
"""
PYMUPDF_RATIO = 0.5


def labels(sizes: Sizes) -> list[str]:
    return [
        f"import of a {sizes.pdf_pages}-page PDF, pages per second",
        "peak memory of that import (importing process + workers)",
        "the same import against PyMuPDF (text and character boxes of every page)",
    ]


def _measure(code: str, pdf: Path) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-c", code, str(pdf)], capture_output=True,
                          text=True, check=True, cwd=Path(__file__).resolve().parents[1])
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(corpus: Corpus, sizes: Sizes, work: Path) -> list[Row]:
    rounds: list[tuple[dict[str, float], dict[str, float]]] = []
    for _ in range(sizes.import_rounds):  # alternated, so a burst of other load hits both
        rounds.append((_measure(IMPORT, corpus.pdf), _measure(BASELINE, corpus.pdf)))
    ours = min((r[0] for r in rounds), key=lambda m: m["seconds"])
    baseline = min((r[1] for r in rounds), key=lambda m: m["seconds"])
    memory = max((r[0] for r in rounds), key=lambda m: m["mb"])
    pages = int(ours["pages"])
    names = labels(sizes)
    return [*_rows(names, rounds, ours, baseline, memory, pages), _against_pymupdf(
        names[2], corpus.pdf, pages / ours["seconds"])]


def _against_pymupdf(label: str, pdf: Path, ours: float) -> Row:
    """Our pages per second against PyMuPDF's (an optional benchmark dependency)."""
    try:
        measured = _measure(PYMUPDF, pdf)
    except subprocess.CalledProcessError as error:
        if "No module named" in (error.stderr or ""):  # an optional baseline: say so, go on
            return Row(label, ours, "pages/s", None, note="baseline not measured: PyMuPDF is "
                       "not installed (pip install -e '.[bench]')")
        return Row(label, None, "",
                   error=(error.stderr or str(error)).strip().splitlines()[-1])
    return Row(label, ours, "pages/s", measured["pages"] / measured["seconds"], "min_ratio",
               PYMUPDF_RATIO, note=f"PyMuPDF read {measured['pages']:.0f} pages in "
               f"{measured['seconds']:.2f} s in one process (get_text rawdict and text)")


def _rows(names: list[str], rounds: list[tuple[dict[str, float], dict[str, float]]],
          ours: dict[str, float], baseline: dict[str, float], memory: dict[str, float],
          pages: int) -> list[Row]:
    return [
        Row(names[0], pages / ours["seconds"], "pages/s",
            baseline["pages"] / baseline["seconds"], "min_ratio", TARGET_RATIO,
            note=f"fastest of {len(rounds)} alternated rounds: {pages} pages in "
                 f"{ours['seconds']:.1f} s (baseline {baseline['seconds']:.1f} s; all rounds: "
                 + ", ".join(f"{a['seconds']:.1f}/{b['seconds']:.1f} s" for a, b in rounds)
                 + "); import_bytes with its default worker processes vs. one process of "
                 "pdfplumber reading chars and text per page"),
        Row(names[1], memory["mb"], "MB", max(r[1]["mb"] for r in rounds), "max", TARGET_MB,
            note=f"largest of the rounds: sum of the high-water marks (VmHWM) of "
                 f"{memory['processes']:.0f} processes (importing process "
                 f"{memory['own_mb']:.0f} MB, the rest its fork server, resource tracker and "
                 f"workers); peak of their summed RSS seen in samples every 50 ms: "
                 f"{memory['peak_sum_mb']:.0f} MB; baseline: the pdfplumber process"),
    ]
