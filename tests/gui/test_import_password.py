"""An encrypted PDF imported from the window: its password is asked for, and a wrong
one is said to be wrong when it is asked for again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QInputDialog, QMessageBox

from annotator.gui.main_window import MainWindow


def test_a_wrong_password_is_said_and_asked_again(qtbot, window: MainWindow, tmp_path: Path,
                                                  pdf_dir: Path, monkeypatch) -> None:
    questions: list[str] = []
    answers = iter(["not-it", "test"])

    def answer(_parent, _title, question, _echo):
        questions.append(question)
        return next(answers), True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    assert window.open_project(tmp_path / "p.annot", create=True)
    with qtbot.waitSignal(window.importer.batchFinished, timeout=30000) as finished:
        window.importer.import_sources([str(pdf_dir / "password-example.pdf")])
    for box in window.findChildren(QMessageBox):
        box.close()
    assert finished.args[0] == []  # opened with the right one
    assert questions == [
        "password-example.pdf is encrypted. Enter its password:",
        "The password given for password-example.pdf is wrong. Enter it again:",
    ]
    [document] = window.project.documents()
    assert document.kind == "pdf"
