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
