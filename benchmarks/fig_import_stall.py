"""The longest freeze of the window while it imports a long PDF in the background.

A timer ticks every 10 ms in the GUI thread; the longest gap between two
ticks is the longest time the window could not answer the user. It covers
the whole import as the window does it: reading, hashing, extraction and saving
in a background job (on its own connection), then showing the document in the
GUI thread.
"""

from __future__ import annotations

import time
from pathlib import Path

from benchmarks.corpus import Corpus, Sizes
from benchmarks.memory import TreeMemory
from benchmarks.table import Row

TARGET_S = 0.1


def labels(sizes: Sizes) -> list[str]:
    return [f"longest event-loop stall while the window imports a {sizes.pdf_pages}-page PDF"]


def run(corpus: Corpus, sizes: Sizes, work: Path) -> list[Row]:
    from benchmarks.qt_tools import (
        StallMeter,
        application,
        main_window,
        measure_idle_stall,
        run_loop,
    )

    application()
    window = main_window(work)
    window.open_project(work / "import.annot", create=True)
    events: list[tuple[str, float]] = []
    window.importer.documentImported.connect(
        lambda _id: events.append(("saved and shown", time.perf_counter())))
    meter = StallMeter()
    with TreeMemory(interval=0.05) as memory:
        meter.start()
        started = time.perf_counter()
        window.importer.import_sources([str(corpus.pdf)])
        finished = run_loop(600, until=window.importer.batchFinished)
        run_loop(0.3)  # the paints that follow
        meter.stop()
        elapsed = time.perf_counter() - started
    if not finished:
        raise TimeoutError("the import did not finish within 600 s")
    failures = getattr(window, "last_import_failures", [])
    if failures or window.current_document_id is None:
        raise RuntimeError(f"the import failed: {failures}")
    idle = measure_idle_stall(min(elapsed, 5.0))
    window.close()
    phase = "during extraction"
    if events and started + meter.max_gap_at >= events[0][1]:
        phase = "after the extraction (saving and showing the document)"
    return [Row(
        labels(sizes)[0], meter.max_gap * 1000, "ms", idle * 1000, "max", TARGET_S * 1000,
        note=f"import took {elapsed:.1f} s; the longest gap ended {meter.max_gap_at:.2f} s "
             f"after the start, {phase}; {meter.ticks} ticks; baseline: the same timer "
             f"for {min(elapsed, 5.0):.1f} s with nothing running; memory of the window "
             f"and its workers: {memory.hwm_total_mb:.0f} MB (sum of high-water marks)")]
