"""Opening a big project in the window until its first document is shown."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from benchmarks.corpus import Corpus, Sizes
from benchmarks.table import Row

TARGET_S = 1.0


def labels(sizes: Sizes) -> list[str]:
    return [f"open a project of {sizes.documents:,} documents, {sizes.annotations:,} "
            "annotations until the first document is shown"]


def open_until_painted(location: str | Path, work: Path) -> float:
    """Seconds from MainWindow.open_project(location) in a new window until the reader's
    first paint after it returned (the server figure times a server project the same way)."""
    from benchmarks.qt_tools import (
        PaintWatch,
        main_window,
        process_events_for,
        reader_surface,
        wait_until,
    )

    window = main_window(work)
    reader = window.reader
    started = time.perf_counter()
    if not window.open_project(location):
        raise RuntimeError(f"cannot open {location}")
    opened = time.perf_counter()
    watch = PaintWatch(reader_surface(reader))
    wait_until(lambda: watch.last_paint > opened, 60, "first document painted")
    elapsed = watch.last_paint - started
    watch.remove()
    window.close()
    window.deleteLater()
    process_events_for(0.1)
    return elapsed


def run(corpus: Corpus, sizes: Sizes, work: Path) -> list[Row]:
    from benchmarks.qt_tools import application

    application()
    rounds = max(1, min(3, sizes.repeats))
    times = [open_until_painted(corpus.big_project, work) for _ in range(rounds)]
    return [Row(
        labels(sizes)[0], statistics.median(times), "s", None, "max", TARGET_S,
        note=f"median of {len(times)} (first {times[0]:.2f} s, each in a new window); "
             "MainWindow.open_project until the reader's first paint after it returns "
             "(the file stays in the system's cache between runs)")]
