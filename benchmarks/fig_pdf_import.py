"""Import throughput of a long PDF and the memory it takes, against plain pdfplumber.

Against PyMuPDF (what QualCoder reads PDFs with), two context rows: the same
import read by one worker process (the import's own default is two on this
machine, PyMuPDF reads in one), and pdfplumber's own `page.layout` for every
page in the import's worker setup (pdfminer's layout objects for every glyph,
which the import does without: see `importing/pdf_device.py`).

Both sides run in a fresh process that loads no Qt, so the memory figures
are the import's own: the importing process plus every process it starts
(fork server, worker processes), sampled from /proc while it runs. The
baseline reads each page's characters and text with pdfplumber in one
process, closing every page, the cheapest sound use of the library.
"""

from __future__ import annotations

import io
import json
import os
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
from annotator.core.importing.pdf import import_pdf
from benchmarks.memory import TreeMemory
if __name__ == "__main__":
    data = open(sys.argv[1], "rb").read()
    with TreeMemory(interval=0.05) as memory:
        started = time.perf_counter()
        imported = import_bytes(data, "report.pdf") if len(sys.argv) < 3 else import_pdf(
            data, "report.pdf", workers=int(sys.argv[2]))
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

# pdfminer's parsing alone, in as many processes as the import's default workers,
# each opening the PDF and parsing its share of the pages (as the workers do).
PDFMINER = """
import json, sys, time
from concurrent.futures import ProcessPoolExecutor
from benchmarks.fig_pdf_import import page_count, parse_pages, worker_count
if __name__ == "__main__":
    data = open(sys.argv[1], "rb").read()
    started = time.perf_counter()
    count = page_count(data)
    workers = worker_count(count)
    shares = [(data, count * k // workers, count * (k + 1) // workers) for k in range(workers)]
    with ProcessPoolExecutor(workers) as pool:
        parsed = sum(pool.map(parse_pages, *zip(*shares)))
    elapsed = time.perf_counter() - started
    print(json.dumps({"pages": parsed, "seconds": elapsed, "workers": workers}))
"""


def worker_count(pages: int) -> int:
    """The processes the import reads `pages` pages with by default (see pdf_pool)."""
    from annotator.core.importing.pdf_pool import PARALLEL_MIN_PAGES

    return min(2, os.cpu_count() or 1) if pages >= PARALLEL_MIN_PAGES else 1


def page_count(data: bytes) -> int:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return len(pdf.pages)


def parse_pages(data: bytes, start: int, end: int) -> int:
    """Parse pages start..end-1 with pdfminer (pdfplumber's `page.layout`); how many."""
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = pdf.pages[start:end]
        for page in pages:
            page.layout  # noqa: B018 - the parsing is what is measured
            page.close()
        return len(pages)


def labels(sizes: Sizes) -> list[str]:
    return [
        f"import of a {sizes.pdf_pages}-page PDF, pages per second",
        "peak memory of that import (importing process + workers)",
        "the same import against PyMuPDF (text and character boxes of every page)",
        "(context) the same import in one worker process, against PyMuPDF",
        "(context) pdfplumber's page.layout of every page, against PyMuPDF",
    ]


def _measure(code: str, pdf: Path, *arguments: str) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-c", code, str(pdf), *arguments], capture_output=True,
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
    pymupdf = _pymupdf(corpus.pdf)
    one = _measure(IMPORT, corpus.pdf, "1")
    return [*_rows(names, rounds, ours, baseline, memory, pages),
            _against_pymupdf(names[2], pymupdf, pages / ours["seconds"]),
            _against_pymupdf(names[3], pymupdf, pages / one["seconds"], target=False),
            _pdfplumber_layout(names[4], corpus.pdf, pymupdf)]


def _pymupdf(pdf: Path) -> dict[str, float] | str:
    """PyMuPDF's reading of the PDF (an optional benchmark dependency), or why not."""
    try:
        return _measure(PYMUPDF, pdf)
    except subprocess.CalledProcessError as error:
        if "No module named" in (error.stderr or ""):  # an optional baseline: say so, go on
            return ""
        return (error.stderr or str(error)).strip().splitlines()[-1]


def _against_pymupdf(label: str, measured: dict[str, float] | str, ours: float,
                     target: bool = True) -> Row:
    """Our pages per second against PyMuPDF's (`target`: against PYMUPDF_RATIO)."""
    if measured == "":
        return Row(label, ours, "pages/s", None, note="baseline not measured: PyMuPDF is "
                   "not installed (pip install -e '.[bench]')")
    if isinstance(measured, str):
        return Row(label, None, "", error=measured)
    return Row(label, ours, "pages/s", measured["pages"] / measured["seconds"],
               "min_ratio" if target else "", PYMUPDF_RATIO if target else 0.0,
               note=f"PyMuPDF read {measured['pages']:.0f} pages in "
               f"{measured['seconds']:.2f} s in one process (get_text rawdict and text)")


def _pdfplumber_layout(label: str, pdf: Path, pymupdf: dict[str, float] | str) -> Row:
    """pdfplumber's parsing into layout objects (no target) against PyMuPDF."""
    try:
        parsed = _measure(PDFMINER, pdf)
    except subprocess.CalledProcessError as error:
        return Row(label, None, "", error=(error.stderr or str(error)).strip().splitlines()[-1])
    baseline = pymupdf["pages"] / pymupdf["seconds"] if isinstance(pymupdf, dict) else None
    return Row(label, parsed["pages"] / parsed["seconds"], "pages/s", baseline,
               note=f"pdfplumber's page.layout for each of {parsed['pages']:.0f} pages in "
               f"{parsed['seconds']:.2f} s, in {parsed['workers']:.0f} processes as the import's "
               "workers (each opens the PDF and parses its share): pdfminer's layout "
               "objects, which the import does without, and none of its text; baseline: "
               "PyMuPDF as above")


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
