"""Memory left behind by the text view: resident size while documents are shown in turn.

In the window, on the big project, 150 text documents are shown one after the
other (three rounds of 50 different ones); the resident size (VmRSS) is read
after each round. The first round warms caches up; the growth over the next
two, per 50 documents, is what a leak would add.
"""

from __future__ import annotations

import gc
from pathlib import Path

from benchmarks.corpus import Corpus, Sizes
from benchmarks.memory import PROC
from benchmarks.table import Row

TARGET_MB = 10.0
ROUND = 50


def labels(sizes: Sizes) -> list[str]:
    return [f"RSS growth after showing {3 * _round(sizes)} text documents (per {_round(sizes)})"]


def _round(sizes: Sizes) -> int:
    return min(ROUND, sizes.documents // 3)


def rss_mb() -> float:
    for line in (PROC / "self" / "status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def run(corpus: Corpus, sizes: Sizes, work: Path) -> list[Row]:
    from benchmarks.qt_tools import application, main_window

    app = application()
    window = main_window(work)
    if not window.open_project(corpus.big_project):
        raise RuntimeError(f"cannot open {corpus.big_project}")
    count = _round(sizes)
    ids = [d.id for d in window.project.documents()][: 3 * count]
    surface = window.reader.text_view.text_edit.viewport()
    readings = [rss_mb()]
    for start in range(0, 3 * count, count):
        for document_id in ids[start : start + count]:
            window.open_document(document_id)
            surface.repaint()
        app.processEvents()
        gc.collect()
        readings.append(rss_mb())
    window.close()
    per_round = (readings[3] - readings[1]) / 2
    return [
        Row(
            labels(sizes)[0],
            per_round,
            "MB",
            None,
            "max",
            TARGET_MB,
            note="VmRSS at the start and after each round of "
            f"{count}: {', '.join(f'{r:.0f}' for r in readings)} MB; the growth over rounds "
            "2 and 3, halved (round 1 warms caches up)",
        )
    ]
