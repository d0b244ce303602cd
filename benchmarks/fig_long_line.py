"""Opening a text that is one 20 MB line (a log, a minified export) in the text view."""

from __future__ import annotations

import time
from pathlib import Path

from benchmarks.corpus import Corpus, Sizes
from benchmarks.table import Row

TARGET_S = 2.0
WORDS = "la modération protège les échanges entre membres d'une communauté en ligne "


def _size(sizes: Sizes) -> int:
    return 20_000_000 if sizes.documents >= 1000 else 1_000_000


def labels(sizes: Sizes) -> list[str]:
    return [f"open a {_size(sizes) // 1_000_000} MB single-line text (TextView, first paint)"]


def run(corpus: Corpus, sizes: Sizes, work: Path) -> list[Row]:
    from annotator.core.model import Document
    from annotator.gui.viewers.text_view import TextView
    from benchmarks.qt_tools import application, process_events_for

    app = application()
    size = _size(sizes)
    text = (WORDS * (size // len(WORDS) + 1))[:size]
    document = Document(1, "One line", "text", "line.txt", "0" * 64, {}, text, "2026-01-01")
    view = TextView()
    view.resize(1000, 700)
    view.show()
    process_events_for(0.2)
    began = time.perf_counter()
    view.show_document(document)
    view.text_edit.viewport().repaint()
    app.processEvents()
    opened = time.perf_counter() - began
    blocks = view.text_edit.document().blockCount()
    began = time.perf_counter()
    view.resize(700, 700)  # a narrower window: the visible text is laid out again
    view.text_edit.viewport().repaint()
    app.processEvents()
    resized = time.perf_counter() - began
    view.close()
    return [
        Row(
            labels(sizes)[0],
            opened,
            "s",
            None,
            "max",
            TARGET_S,
            note=f"{len(text):,} characters without a line break, shown as {blocks:,} blocks; "
            f"then a resize and repaint took {resized:.2f} s",
        )
    ]
