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
import time
from pathlib import Path

from benchmarks.corpus import Corpus, Sizes
from benchmarks.memory import TreeMemory
from benchmarks.table import Row

TARGET_RATIO = 1.7
TARGET_MB = 300.0

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


def labels(sizes: Sizes) -> list[str]:
    return [
        f"import of a {sizes.pdf_pages}-page PDF, pages per second",
        "peak memory of that import (importing process + workers)",
    ]


def _baseline(pdf: Path) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-c", BASELINE, str(pdf)], capture_output=True,
                          text=True, check=True, cwd=Path(__file__).resolve().parents[1])
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(corpus: Corpus, sizes: Sizes, work: Path) -> list[Row]:
    from annotator.core.importing import import_bytes

    data = corpus.pdf.read_bytes()
    with TreeMemory(interval=0.05) as memory:
        started = time.perf_counter()
        imported = import_bytes(data, corpus.pdf.name)
        elapsed = time.perf_counter() - started
    pages = len(imported.pages)
    baseline = _baseline(corpus.pdf)
    names = labels(sizes)
    return [
        Row(names[0], pages / elapsed, "pages/s", baseline["pages"] / baseline["seconds"],
            "min_ratio", TARGET_RATIO,
            note=f"{pages} pages in {elapsed:.1f} s (baseline {baseline['seconds']:.1f} s); "
                 "import_bytes with its default worker processes vs. one process of "
                 "pdfplumber reading chars and text per page"),
        Row(names[1], memory.hwm_total_mb, "MB", baseline["mb"], "max", TARGET_MB,
            note=f"sum of the high-water marks (VmHWM) of {memory.processes} processes "
                 f"(importing process {memory.own_hwm_mb:.0f} MB); peak of their summed "
                 f"RSS seen in samples every 50 ms: {memory.peak_sum_mb:.0f} MB; "
                 "baseline: the pdfplumber process"),
    ]
