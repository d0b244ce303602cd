"""A panel without a parent is deleted when its last reference goes, not whenever Python's
cycle collector runs: the collector may run in the middle of the panel's own layout, and
deleting a list view while it measures its rows crashed the process."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QListView, QWidget

from annotator.core.importing.base import ImportedDocument
from annotator.core.project import Project
from annotator.gui.editor import Editor
from annotator.gui.panels.annotations import AnnotationsPanel
from annotator.gui.panels.concept_view import ConceptView
from annotator.gui.panels.library import LibraryPanel
from annotator.gui.panels.passage_model import PAGE
from annotator.gui.panels.search import SearchPanel

PHRASE = "Une communauté se cultive. "


@pytest.fixture
def editor(tmp_path: Path) -> Iterator[Editor]:
    """An editor on a project with one concept tagging 3 pages of passages."""
    text = PHRASE * (3 * PAGE)
    project = Project.create(tmp_path / "p.annot")
    document = project.add_document(
        ImportedDocument(
            title="Long",
            kind="text",
            source="long.txt",
            text=text,
            original=text.encode(),
            media_type="text/plain",
        )
    ).document
    concept = project.add_concept("Culture")
    width = len(PHRASE)
    with project.batch():
        for k in range(3 * PAGE):
            project.annotate(document.id, width * k, width * (k + 1) - 1, (concept.id,))
    yield Editor(project)
    project.close()


@pytest.fixture
def no_cycle_collector() -> Iterator[None]:
    """Only reference counts free objects, so what stays alive stays alive."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture
def eager_cycle_collector() -> Iterator[None]:
    """The cycle collector runs at nearly every allocation, over every generation."""
    thresholds = gc.get_threshold()
    gc.set_threshold(1, 1, 1)
    yield
    gc.set_threshold(*thresholds)


@pytest.mark.parametrize("panel", [ConceptView, AnnotationsPanel, LibraryPanel, SearchPanel])
def test_a_parentless_panel_goes_with_its_last_reference(
    qapp, panel: Callable[[Editor], QWidget], editor: Editor, no_cycle_collector: None
) -> None:
    widget = panel(editor)
    child = widget.findChildren(QWidget)[0]
    del widget
    assert not shiboken6.isValid(child), f"{panel} outlived its last reference"


def test_a_dropped_concept_view_is_not_deleted_in_the_middle_of_its_layout(
    qtbot, editor: Editor, eager_cycle_collector: None
) -> None:
    """The view lays its 600 cards out in batches from the event loop, asking the model
    and the delegate (Python code, where the collector may run) about each row."""
    widget = ConceptView(editor)
    widget.resize(380, 300)
    widget.show()
    qtbot.waitExposed(widget)
    widget.show_concept(editor.project.concepts()[0].id)
    passages = widget.findChild(QListView, "passages")
    assert passages is not None and passages.model().rowCount() == 3 * PAGE
    del widget  # while its rows are still being laid out
    QApplication.processEvents()  # crashed here: the collector deleted the view mid-layout
    assert not shiboken6.isValid(passages)
