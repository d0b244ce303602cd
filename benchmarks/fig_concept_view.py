"""Listing every passage of a large concept in the "Passages by concept" panel.

Timed as the user feels it: `ConceptView.show_concept` on the big project's largest
top-level concept (with its sub-concepts), until the panel has painted. The
baseline, in the same run, is reading all those passages in one query
(`Project.passages`); the panel reads only their ids, then each page of passages as it
is shown. Memory: the growth of the
process's peak resident size across the listing.
"""

from __future__ import annotations

import resource
import statistics
import time
from pathlib import Path

from benchmarks.corpus import Corpus, Sizes
from benchmarks.table import Row

TARGET_SECONDS = 0.2


def labels(sizes: Sizes) -> list[str]:
    return ["passages by concept: the largest concept listed and painted",
            "passages by concept: memory taken by the listing"]


def run(corpus: Corpus, sizes: Sizes, work: Path) -> list[Row]:
    from annotator.gui.panels.concept_view import subtree_ids
    from benchmarks.qt_tools import application, main_window, process_events_for

    app = application()
    window = main_window(work)
    if not window.open_project(corpus.big_project):
        raise RuntimeError(f"cannot open {corpus.big_project}")
    project = window.project
    concepts = project.concepts()
    usage = project.concept_usage()
    tops = [c for c in concepts if c.parent_id is None]
    largest = max(tops, key=lambda c: sum(usage.get(i, 0) for i in subtree_ids(c.id, concepts)))
    wanted = subtree_ids(largest.id, concepts)
    process_events_for(0.3)  # laid out first: a dock tab raised before that stays behind
    window.docks["concept_view"].raise_()
    process_events_for(0.3)
    view = window.concept_view
    if not view.isVisible() or view.visibleRegion().isEmpty():
        raise RuntimeError("the Passages by concept panel is not on screen")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    shown, queried = [], []
    for _ in range(sizes.repeats):
        view.show_concept(tops[0].id if tops[0].id != largest.id else tops[-1].id)
        app.processEvents()
        began = time.perf_counter()
        view.show_concept(largest.id)
        view.repaint()
        app.processEvents()
        shown.append(time.perf_counter() - began)
    grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    for _ in range(sizes.repeats):  # after the memory reading: it holds every passage
        began = time.perf_counter()
        passages, _titles = project.passages(wanted)
        queried.append(time.perf_counter() - began)
    window.close()
    count = len(passages)
    return [
        Row(labels(sizes)[0], statistics.median(shown), "s", statistics.median(queried),
            "max", TARGET_SECONDS,
            note=f"{count:,} passages of “{largest.name}” and its sub-concepts; median of "
                 f"{sizes.repeats}; baseline: reading them all in one query"),
        Row(labels(sizes)[1], grown, "MB",
            note="growth of the peak resident size while listing, before the baseline "
                 "reads every passage (the panel reads a page of passages as it shows them)"),
    ]
