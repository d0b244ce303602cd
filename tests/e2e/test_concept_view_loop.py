"""A concept key with "Passages by concept" in front showing that concept: the panel
inserts the one passage tagged, reading the same few statements whatever the size
of the project, and never lists the concept again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView

from annotator.gui.main_window import MainWindow
from tests.e2e.test_instant_loop import make_project

PASSAGE_INDEX = "JOIN documents d ON d.id = a.document_id"  # the listing's query


def key_press_in_front_of_the_concept_view(
    qtbot, window: MainWindow, path: Path
) -> tuple[list[str], dict[str, int]]:
    """The SELECT statements of one key press, and what the panel's model signalled."""
    assert window.open_project(path)
    qtbot.waitUntil(lambda: window.current_document_id is not None)
    project = window.project
    concept = project.concept_for_key("1")
    assert concept is not None
    view = window.concept_view

    def in_front() -> bool:  # a tab raised before the docks are laid out stays behind
        window.docks["concept_view"].raise_()
        return view.isVisible() and not view.visibleRegion().isEmpty()

    qtbot.waitUntil(in_front)
    view.show_concept(concept.id)
    model = view.findChild(QListView, "passages").model()
    # listed and laid out: the view has measured, so read, every passage
    qtbot.waitUntil(lambda: 0 < model.rowCount() == model.loaded_count())
    before = model.rowCount()
    signals = {"reset": 0, "inserted": 0, "removed": 0}
    model.modelReset.connect(lambda: signals.__setitem__("reset", signals["reset"] + 1))
    model.rowsInserted.connect(
        lambda _p, first, last: signals.__setitem__(
            "inserted", signals["inserted"] + last - first + 1
        )
    )
    model.rowsRemoved.connect(
        lambda _p, first, last: signals.__setitem__(
            "removed", signals["removed"] + last - first + 1
        )
    )
    text_view = window.reader.text_view
    window.activateWindow()
    text_view.setFocus()
    text = project.document(window.current_document_id).text
    start = text.index("partage", 20000)
    text_view.select_range(start, start + len("partage ses usages"))
    statements: list[str] = []
    connection = project._store._conn
    connection.set_trace_callback(statements.append)
    try:
        qtbot.keyClick(text_view, Qt.Key.Key_1)
        qtbot.wait(1)  # the queued events of the edit
    finally:
        connection.set_trace_callback(None)
    assert any("INSERT INTO annotations" in s for s in statements)
    assert model.rowCount() == before + 1
    window.editor.undo_stack.undo()  # untagged: its row goes
    assert model.rowCount() == before
    return [s for s in statements if s.lstrip().upper().startswith("SELECT")], signals


def test_a_key_press_inserts_one_row_and_reads_what_it_changed(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    small, large = tmp_path / "small.annot", tmp_path / "large.annot"
    make_project(small, documents=2, highlights=20)
    make_project(large, documents=40, highlights=400)
    few, _ = key_press_in_front_of_the_concept_view(qtbot, window, small)
    many, signals = key_press_in_front_of_the_concept_view(qtbot, window, large)
    assert len(few) == len(many)  # independent of the project's size
    assert len(many) <= 11
    assert not any(PASSAGE_INDEX in s for s in many)  # the concept is not listed again
    assert signals == {"reset": 0, "inserted": 1, "removed": 1}
