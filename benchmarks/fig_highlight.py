"""Tagging a passage from the keyboard, in the window, against the viewer's own work.

Timed as the user feels it: the concept key pressed on a selection (QTest.keyClick:
the shortcut, Project.tag_passage, every view patching itself from the edit's
Change), then the viewer's repaint and whatever the event loop still had queued.
The baseline, measured at the same places in the same run, is the viewer's own
work for the same highlight: handing it one new highlight, repainting, and the
queued events, with nothing saved and no panel involved.

Three places: a 500 KB text document with 5,000 highlights (text view), the
500-page PDF with 5,000 highlights (page view), and a typical document of the
1,000-document project (text view); that last one again with the "Passages by
concept" panel in front of the highlights, listing the concept of the key pressed
(with its sub-concepts): every key press adds a passage to that list.
"""

from __future__ import annotations

import random
import shutil
import statistics
import time
from pathlib import Path

from benchmarks.corpus import Corpus, Sizes
from benchmarks.table import Row

TARGET_RATIO = 2.0
APPLICATIONS = 20
# seconds per passage listed between key presses with the concept's passages shown:
# after a row is inserted the panel measures every row again, a batch at a time
SETTLE_PER_PASSAGE = 60e-6


def labels(sizes: Sizes) -> list[str]:
    return [
        f"tag a passage: text view, {sizes.long_document_highlights:,} highlights",
        f"tag a passage: PDF page view, {sizes.long_document_highlights:,} highlights",
        f"tag a passage: a document of the {sizes.documents:,}-document project",
        f"tag a passage: {sizes.documents:,}-document project, passages of its concept shown",
    ]


def run(corpus: Corpus, sizes: Sizes, work: Path) -> list[Row]:
    from benchmarks.qt_tools import application

    application()
    work.mkdir(parents=True, exist_ok=True)
    long_copy = work / "long-document.annot"
    shutil.copy(corpus.long_document_project, long_copy)
    pdf_copy = work / "report-highlighted.annot"
    shutil.copy(corpus.pdf_project, pdf_copy)
    _add_highlights(pdf_copy, sizes.long_document_highlights)
    big_copy = work / "big.annot"
    shutil.copy(corpus.big_project, big_copy)
    big_again = work / "big-concept-view.annot"
    shutil.copy(corpus.big_project, big_again)
    names = labels(sizes)
    return [
        _measure(names[0], long_copy, work, page_mode=False, document=None),
        _measure(names[1], pdf_copy, work, page_mode=True, document=None),
        _measure(names[2], big_copy, work, page_mode=False, document=_typical_document),
        _measure(names[3], big_again, work, page_mode=False, document=_typical_document,
                 concept_view=True),
    ]


def _add_highlights(path: Path, count: int) -> None:
    """Spread `count` highlights over the PDF's text, as a long coding session would."""
    from annotator.core.project import Project

    with Project.open(path) as project, project.batch():
        concepts = [c.id for c in project.concepts()] or [project.add_concept("Thème").id]
        [document] = project.documents()
        text = project.document(document.id).text
        rng = random.Random(5)
        for _ in range(count):
            start = rng.randrange(0, len(text) - 100)
            project.annotate(document.id, start, start + rng.randint(10, 90),
                             (rng.choice(concepts),))


def _typical_document(project) -> int:
    """A document whose highlight count is the project's median."""
    documents = sorted(project.documents(), key=lambda d: d.annotation_count)
    return documents[len(documents) // 2].id


def _show_concept_view(window, concept_id: int) -> int:  # window: MainWindow
    """Bring the "Passages by concept" panel to the front, listing the passages of a
    concept, laid out (every passage measured); returns how many it lists."""
    from PySide6.QtWidgets import QListView

    from benchmarks.qt_tools import process_events_for, wait_until

    view = window.concept_view
    process_events_for(0.3)  # laid out first: a dock tab raised before that stays behind
    window.docks["concept_view"].raise_()
    view.show_concept(concept_id)
    wait_until(lambda: view.isVisible() and not view.visibleRegion().isEmpty(), 10,
               "the Passages by concept panel on screen")
    model = view.findChild(QListView, "passages").model()
    wait_until(lambda: 0 < model.rowCount() == model.loaded_count(), 60,
               "the passages of the concept listed and laid out")
    return model.rowCount()


def _measure(label: str, path: Path, work: Path, *, page_mode: bool, document,
             concept_view: bool = False) -> Row:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor
    from PySide6.QtTest import QTest

    from annotator.gui.viewers.base import Highlight
    from benchmarks.qt_tools import application, main_window, process_events_for

    app = application()
    window = main_window(work / label.split(":")[1].strip().replace(" ", "-"))
    if not window.open_project(path):
        raise RuntimeError(f"cannot open {path}")
    project, reader = window.project, window.reader
    if document is not None:
        window.open_document(document(project))
    if page_mode and not reader.in_page_mode:
        reader.set_page_mode(True)
    process_events_for(0.5)
    key_concept = project.concept_for_key("1")
    if key_concept is None:
        raise RuntimeError("no concept holds the key 1")
    listed = _show_concept_view(window, key_concept.id) if concept_view else 0
    settle = listed * SETTLE_PER_PASSAGE
    panel = (f"; the panel listed {listed:,} passages at the start, {settle:.2f} s between "
             "key presses" if concept_view else "")
    viewer = reader.viewer
    viewport = viewer.viewport() if page_mode else reader.text_view.text_edit.viewport()
    document_id = window.current_document_id
    text = project.document(document_id).text
    here = reader.position()
    rng = random.Random(17)  # other figures' seeds may have highlighted these places
    measured, baseline = [], []
    window.activateWindow()
    for number in range(APPLICATIONS):
        process_events_for(settle)
        start = min(here + rng.randrange(0, 1200), len(text) - 120)
        while start < len(text) - 120 and text[start].isspace():
            start += 1
        end = start + rng.randint(10, 90)
        while end > start + 1 and text[end - 1].isspace():
            end -= 1
        # the viewer's own work: one more highlight, drawn, nothing saved
        ghost = Highlight(-1 - number, start, end, (QColor(key_concept.color),), "")
        began = time.perf_counter()
        reader.patch_highlights([ghost], [])
        viewport.repaint()
        app.processEvents()
        baseline.append(time.perf_counter() - began)
        reader.patch_highlights([], [ghost.annotation_id])
        app.processEvents()
        # the key press on a selection of the same passage
        viewer.select_range(start, end)
        viewer.setFocus()
        app.processEvents()
        before = window.editor.undo_stack.count()
        began = time.perf_counter()
        QTest.keyClick(viewer.focusWidget() or viewer, Qt.Key.Key_1)
        viewport.repaint()
        app.processEvents()
        measured.append(time.perf_counter() - began)
        if window.editor.undo_stack.count() != before + 1:
            raise RuntimeError(f"the key press did not tag {start}-{end}")
    count = len(project.annotations(document_id=document_id))
    window.close()
    return Row(
        label, statistics.median(measured) * 1000, "ms", statistics.median(baseline) * 1000,
        "max_ratio", TARGET_RATIO,
        note=f"median of {APPLICATIONS} key presses on a selection in view (worst "
             f"{max(measured) * 1000:.0f} ms); baseline: the viewer drawing the same highlight "
             f"alone; {count:,} highlights in the document at the end{panel}")
