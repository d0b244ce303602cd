"""A concept key costs the same few statements whatever the size of the project: the
edit publishes what changed and each view patches itself instead of re-reading."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from annotator.core.importing.base import ImportedDocument
from annotator.core.project import Project
from annotator.gui.main_window import MainWindow

WORDS = [
    "la", "communauté", "se", "rassemble", "autour", "d'un", "intérêt", "commun", "et",
    "partage", "ses", "usages",
]


def make_project(path: Path, documents: int, highlights: int) -> None:
    text = " ".join(WORDS[i % len(WORDS)] for i in range(4000))
    with Project.create(path) as project, project.batch():
        concepts = [project.add_concept(f"Concept {n}").id for n in range(12)]
        for number in range(documents):
            body = f"Document {number}. {text}"
            document = project.add_document(ImportedDocument(
                title=f"Document {number}", kind="text", source=f"d{number}.txt", text=body,
                original=body.encode(), media_type="text/plain")).document
            for k in range(highlights):
                start = 40 + 13 * k
                project.annotate(document.id, start, start + 9, (concepts[k % 12],))


def statements_of_one_key_press(qtbot, window: MainWindow, path: Path) -> list[str]:
    assert window.open_project(path)
    qtbot.waitUntil(lambda: window.current_document_id is not None)
    view = window.reader.text_view
    window.activateWindow()
    view.setFocus()
    text = window.project.document(window.current_document_id).text
    start = text.index("partage", 20000)
    view.select_range(start, start + len("partage ses usages"))
    assert window.reader.selection() == (start, start + len("partage ses usages"))
    assert window.project.concept_for_key("1") is not None
    statements: list[str] = []
    connection = window.project._store._conn
    connection.set_trace_callback(statements.append)
    try:
        qtbot.keyClick(view, Qt.Key.Key_1)
        qtbot.wait(1)  # the queued events of the edit
    finally:
        connection.set_trace_callback(None)
    assert any("INSERT INTO annotations" in s for s in statements)
    return [s for s in statements if s.lstrip().upper().startswith("SELECT")]


def test_a_key_press_reads_only_what_it_changed(qtbot, window: MainWindow,
                                                tmp_path: Path) -> None:
    small, large = tmp_path / "small.annot", tmp_path / "large.annot"
    make_project(small, documents=2, highlights=20)
    make_project(large, documents=40, highlights=400)
    few = statements_of_one_key_press(qtbot, window, small)
    many = statements_of_one_key_press(qtbot, window, large)
    assert len(few) == len(many)  # independent of the project's size
    assert len(many) <= 10
    for statement in many:
        assert "length(text)" not in statement  # the library is not re-read
        assert "a.document_id = " not in statement  # nor the document's highlights
        assert "FROM concepts c" not in statement  # nor the codebook with its counts


def test_a_key_press_redraws_only_the_two_counts_it_changed(qtbot, window: MainWindow,
                                                            tmp_path: Path,
                                                            monkeypatch) -> None:
    """The library and the codebook each get one changed cell, their count, and the
    codebook is asked for nothing but that cell: its row is neither measured again
    (the concept of key 1 is the tree's top row, the one a tree measures) nor
    repainted whole."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QTreeView

    from annotator.gui.panels import concepts
    from annotator.gui.panels.concept_tree_model import COUNT, ConceptTreeModel
    from annotator.gui.panels.library_model import ANNOTATIONS

    asked: list[int] | None = None  # the columns the codebook is asked about

    class WatchedModel(ConceptTreeModel):
        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if asked is not None:
                asked.append(index.column())
            return super().data(index, role)

    class PaintedRegion(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.rects: list = []

        def eventFilter(self, _watched, event) -> bool:  # noqa: N802 (Qt override)
            if event.type() == QEvent.Type.Paint:
                self.rects.extend(event.region())
            return False

    monkeypatch.setattr(concepts, "ConceptTreeModel", WatchedModel)
    path = tmp_path / "project.annot"
    make_project(path, documents=3, highlights=30)
    assert window.open_project(path)
    qtbot.waitUntil(lambda: window.current_document_id is not None)
    library = window.library.findChild(QTreeView)
    codebook = window.concepts_panel.findChild(QTreeView)
    key_concept = window.project.concept_for_key("1")
    assert key_concept is not None
    count_cell = codebook.model().index(0, COUNT)
    assert count_cell.siblingAtColumn(0).data() == key_concept.name
    changed: dict[str, list[tuple[int, int, int, int, list[int]]]] = {"library": [],
                                                                      "codebook": []}
    for name, view in (("library", library), ("codebook", codebook)):
        view.model().dataChanged.connect(
            lambda top, bottom, roles, name=name: changed[name].append(
                (top.row(), top.column(), bottom.row(), bottom.column(), list(roles))))
    painted = PaintedRegion()
    codebook.viewport().installEventFilter(painted)
    view = window.reader.text_view
    window.activateWindow()
    view.setFocus()
    text = window.project.document(window.current_document_id).text
    for number, at in enumerate((10000, 20000)):
        # the first press also lets the window settle (dock sizes, the coder's name bar)
        start = text.index("partage", at)
        view.select_range(start, start + len("partage ses usages"))
        qtbot.wait(1)
        painted.rects.clear()
        for log in changed.values():
            log.clear()
        asked = [] if number else None
        qtbot.keyClick(view, Qt.Key.Key_1)
        qtbot.waitUntil(lambda: bool(painted.rects))  # the codebook's repaint
        QApplication.processEvents()

    [(row, column, last_row, last_column, roles)] = changed["library"]
    assert (row, column) == (last_row, last_column) and column == ANNOTATIONS
    assert roles and Qt.ItemDataRole.DecorationRole not in roles
    [(row, column, last_row, last_column, roles)] = changed["codebook"]
    assert (row, column) == (last_row, last_column) == (0, COUNT)
    assert roles and Qt.ItemDataRole.DecorationRole not in roles
    assert asked and set(asked) == {COUNT}
    cell = codebook.visualRect(count_cell)
    assert painted.rects and all(cell.contains(rect) for rect in painted.rects)
    usage = window.project.concept_usage([key_concept.id])[key_concept.id]
    assert count_cell.data() == str(usage)
