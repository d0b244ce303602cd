"""Applying one highlight in a long, heavily highlighted document, in the window.

Timed as the user feels it: `Editor.annotate` (which saves the annotation
and signals every listener: the window's `refresh_highlights`, the panels),
then the text view's repaint, then whatever the event loop still had queued.
"""

from __future__ import annotations

import random
import statistics
import time
from pathlib import Path

from benchmarks.corpus import Corpus, Sizes
from benchmarks.table import Row

TARGET_MS = 16.0
APPLICATIONS = 20


def labels(sizes: Sizes) -> list[str]:
    return [f"apply one highlight ({sizes.long_document_chars // 1000} KB document, "
            f"{sizes.long_document_highlights:,} highlights)"]


def run(corpus: Corpus, sizes: Sizes, work: Path) -> list[Row]:
    from benchmarks.qt_tools import application, main_window, process_events_for

    app = application()
    window = main_window(work)
    if not window.open_project(corpus.long_document_project):
        raise RuntimeError(f"cannot open {corpus.long_document_project}")
    process_events_for(0.3)
    editor, reader = window.editor, window.reader
    assert editor is not None and window.current_document_id is not None
    if reader.in_page_mode:
        raise RuntimeError("expected the text view for a text document")
    viewport = reader.text_view.text_edit.viewport()
    document_id = window.current_document_id
    concept = window.project.concepts()[0].id
    visible = max(200, reader.position() + 1500)  # new highlights land in view
    rng = random.Random(3)
    times = []
    for _ in range(APPLICATIONS):
        start = rng.randrange(reader.position(), visible - 100)
        began = time.perf_counter()
        editor.annotate(document_id, start, start + rng.randint(10, 90), (concept,))
        viewport.repaint()
        app.processEvents()
        times.append(time.perf_counter() - began)
    count = len(window.project.annotations(document_id=document_id))
    window.close()
    return [Row(
        labels(sizes)[0], statistics.median(times) * 1000, "ms", None, "max", TARGET_MS,
        note=f"median of {APPLICATIONS} highlights applied in view, worst "
             f"{max(times) * 1000:.0f} ms; each: Editor.annotate (saving, refresh_highlights, "
             f"panels listening to annotationsChanged), text view repaint, queued events; "
             f"{count} highlights at the end")]
