"""A PDF saved again (same text, other bytes) is recognised as a copy on import, and the
user chooses to skip it or keep both."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from annotator.core.importing.base import ImportedDocument
from annotator.core.project import Project
from annotator.gui.main_window import MainWindow
from tests.e2e.test_coding_loop import import_and_wait


@pytest.fixture
def copies(tmp_path: Path, pdf_dir: Path) -> tuple[Path, Path]:
    original = pdf_dir / "issue-33-lorem-ipsum.pdf"
    first = tmp_path / "rapport.pdf"
    first.write_bytes(original.read_bytes())
    again = tmp_path / "rapport (enregistré à nouveau).pdf"
    again.write_bytes(original.read_bytes() + b"\n% saved again\n")  # other bytes, same text
    return first, again


def question(qtbot, window: MainWindow) -> QMessageBox:
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "duplicateTextBox") is not None)
    box = window.findChild(QMessageBox, "duplicateTextBox")
    assert box.isVisible()
    return box


def click(box: QMessageBox, text: str) -> None:
    [button] = [b for b in box.findChildren(QPushButton) if b.text() == text]
    button.click()


def test_a_copy_saved_again_can_be_skipped(
    qtbot, window: MainWindow, tmp_path: Path, copies
) -> None:
    first, again = copies
    assert window.open_project(tmp_path / "p.annot", create=True)
    import_and_wait(qtbot, window, [str(first)])
    assert window.findChild(QMessageBox, "duplicateTextBox") is None  # nothing to compare
    import_and_wait(qtbot, window, [str(again)])
    assert len(window.project.documents()) == 2
    box = question(qtbot, window)
    [kept] = [d for d in window.project.documents() if d.source.endswith("rapport.pdf")]
    assert kept.title in box.text()
    assert box.defaultButton().text() == "Skip this copy"
    click(box, "Skip this copy")
    assert [d.id for d in window.project.documents()] == [kept.id]
    window.editor.undo_stack.undo()  # the skip is an ordinary, undoable removal
    assert len(window.project.documents()) == 2


def test_both_can_be_kept(qtbot, window: MainWindow, tmp_path: Path, copies) -> None:
    first, again = copies
    assert window.open_project(tmp_path / "p.annot", create=True)
    import_and_wait(qtbot, window, [str(first)])
    import_and_wait(qtbot, window, [str(again)])
    click(question(qtbot, window), "Keep both")
    assert len(window.project.documents()) == 2


def test_the_project_finds_documents_with_the_same_text(tmp_path: Path) -> None:
    def document(text: str, source: str, original: bytes) -> ImportedDocument:
        return ImportedDocument(
            title=source,
            kind="text",
            source=source,
            text=text,
            original=original,
            media_type="text/plain",
        )

    text = "Une communauté se cultive, jour après jour."
    with Project.create(tmp_path / "p.annot") as project:
        first = project.add_document(document(text, "a.txt", text.encode())).document
        longer = project.add_document(document(text + "!", "b.txt", b"b")).document
        assert project.documents_with_same_text(first.id) == []
        copy = project.add_document(document(text, "c.txt", text.encode("utf-16"))).document
        assert [d.id for d in project.documents_with_same_text(copy.id)] == [first.id]
        assert [d.id for d in project.documents_with_same_text(first.id)] == [copy.id]
        assert project.documents_with_same_text(longer.id) == []
