"""The longest freeze of the GUI thread while the Analysis window computes its first view.

On the big project, an Analysis window is shown and a 10 ms timer ticks in the
GUI thread until the first view's figures are shown; the longest gap between
two ticks is the longest the application could not answer. The memory the
window keeps after it is closed is read too.
"""

from __future__ import annotations

import gc
import time
from pathlib import Path

from benchmarks.corpus import Corpus, Sizes
from benchmarks.fig_viewer_memory import rss_mb
from benchmarks.table import Row

TARGET_MS = 100.0


def labels(sizes: Sizes) -> list[str]:
    return [
        f"Analysis first view: longest GUI gap ({sizes.documents:,} documents, "
        f"{sizes.annotations:,} annotations)"
    ]


def run(corpus: Corpus, sizes: Sizes, work: Path) -> list[Row]:
    from annotator.core.project import Project
    from annotator.gui.analysis import AnalysisWindow
    from annotator.gui.editor import Editor
    from benchmarks.qt_tools import StallMeter, application, measure_idle_stall, run_loop

    application()
    project = Project.open(corpus.big_project)
    editor = Editor(project)
    before = rss_mb()
    window = AnalysisWindow(editor)
    window.resize(1240, 760)
    meter = StallMeter()
    meter.start()
    began = time.perf_counter()
    window.show()
    computed = run_loop(600, until=window.computed)
    meter.stop()
    elapsed = time.perf_counter() - began
    if not computed:
        raise TimeoutError("the first view was not computed within 600 s")
    shown = rss_mb()
    window.close()
    run_loop(0.3)
    gc.collect()
    closed = rss_mb()
    idle = measure_idle_stall(min(elapsed, 5.0))
    project.close()
    return [
        Row(
            labels(sizes)[0],
            meter.max_gap * 1000,
            "ms",
            idle * 1000,
            "max",
            TARGET_MS,
            note=f"first view shown after {elapsed:.1f} s; the longest gap ended "
            f"{meter.max_gap_at:.2f} s after show(); baseline: the same timer with nothing "
            f"running; window process RSS {before:.0f} MB before, {shown:.0f} MB shown, "
            f"{closed:.0f} MB after closing",
        )
    ]
