"""The whole window as a user meets it: import, select, tag, undo, memo, reopen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator.core.project import Project
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import AppSettings

EMOJI_TEXT = (
    "# Animer une communauté\n\n"
    "Les fans 😀🎉 se retrouvent chaque soir. Une communauté se cultive, jour après jour.\n"
)


def import_and_wait(qtbot, window: MainWindow, sources: list[str]) -> list[str]:
    with qtbot.waitSignal(window.importer.batchFinished, timeout=60000) as blocker:
        window.importer.import_sources(sources)
    return blocker.args[0]


def make_project_with_concepts(path: Path) -> None:
    with Project.create(path) as project:
        parent = project.add_concept("Communauté", color="#5dade2")
        project.add_concept("Rituels", parent_id=parent.id, color="#f4d03f")


def test_select_tag_undo_memo_and_reopen(qtbot, window: MainWindow, tmp_path: Path,
                                         data_dir: Path) -> None:
    project_path = tmp_path / "study.annot"
    make_project_with_concepts(project_path)
    note = tmp_path / "notes.md"
    note.write_text(EMOJI_TEXT, encoding="utf-8")
    assert window.open_project(project_path)
    assert import_and_wait(qtbot, window, [str(note)]) == []
    qtbot.waitUntil(lambda: window.current_document_id is not None)
    document = window.project.document(window.current_document_id)
    start = document.text.index("Une communauté se cultive")
    end = start + len("Une communauté se cultive")

    # select the passage in the text view, press "2" (the second concept: Rituels)
    view = window.reader.text_view
    window.activateWindow()
    view.setFocus()
    view.select_range(start, end)
    assert window.reader.selection() == (start, end)
    qtbot.keyClick(view, Qt.Key.Key_2)
    [annotation] = window.project.annotations(document_id=document.id)
    assert annotation.quote == "Une communauté se cultive"  # emoji before it: offsets right
    rituels = window.project.concept_by_path("Communauté/Rituels")
    assert annotation.concept_ids == (rituels.id,)
    qtbot.waitUntil(lambda: window.annotations_panel.current_annotation_id() == annotation.id)

    # undo and redo from the keyboard
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.project.annotations() == []
    qtbot.keyClick(view, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [a.id for a in window.project.annotations()] == [annotation.id]

    # write a memo: Ctrl+M focuses it, Ctrl+Enter saves it
    window.annotations_panel.select_annotation(annotation.id)
    qtbot.keyClick(view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    memo_widget = QApplication.focusWidget()
    assert memo_widget is not None
    qtbot.keyClicks(memo_widget, "Rituel quotidien")
    qtbot.keyClick(memo_widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.project.annotation(annotation.id).memo == "Rituel quotidien")

    window.close()

    # a new window on the same project finds everything, on the same document
    again = MainWindow(AppSettings(data_dir / "settings.ini"))
    qtbot.addWidget(again)
    again.show()
    assert again.open_project(project_path)
    assert again.current_document_id == document.id
    [reopened] = again.project.annotations()
    assert reopened.quote == "Une communauté se cultive"
    assert reopened.memo == "Rituel quotidien"
    again.close()


def test_import_failures_are_listed_and_the_batch_continues(qtbot, window: MainWindow,
                                                            tmp_path: Path, pdf_dir: Path,
                                                            html_dir: Path) -> None:
    assert window.open_project(tmp_path / "p.annot", create=True)
    junk = tmp_path / "junk.html"
    junk.write_bytes(bytes(range(256)) * 50)
    failures = import_and_wait(qtbot, window, [
        str(pdf_dir / "empty.pdf"), str(html_dir / "lemonde-1" / "source.html"), str(junk),
    ])
    assert len(failures) == 2
    assert any("empty.pdf" in f for f in failures)
    assert any("junk.html" in f for f in failures)
    assert [d.kind for d in window.project.documents()] == ["web"]
    box = window.findChild(QMessageBox, "importFailuresBox")
    assert box is not None and box.isVisible()
    assert "junk.html" in box.informativeText()


def test_apply_concept_without_selection_explains_what_to_do(qtbot, window: MainWindow,
                                                             tmp_path: Path) -> None:
    project_path = tmp_path / "p.annot"
    make_project_with_concepts(project_path)
    assert window.open_project(project_path)
    window.coding.apply_concept_number(1)
    assert "Select a passage" in window.statusBar().currentMessage()
    assert window.project.annotations() == []


def test_escape_in_a_memo_keeps_it_and_undo_takes_it_back(qtbot, window: MainWindow,
                                                          tmp_path: Path) -> None:
    project_path = tmp_path / "study.annot"
    make_project_with_concepts(project_path)
    note = tmp_path / "notes.md"
    note.write_text(EMOJI_TEXT, encoding="utf-8")
    assert window.open_project(project_path)
    assert import_and_wait(qtbot, window, [str(note)]) == []
    qtbot.waitUntil(lambda: window.current_document_id is not None)
    document = window.project.document(window.current_document_id)
    start = document.text.index("Une communauté")
    view = window.reader.text_view
    window.activateWindow()
    view.setFocus()
    view.select_range(start, start + len("Une communauté"))
    qtbot.keyClick(view, Qt.Key.Key_1)
    [annotation] = window.project.annotations(document_id=document.id)
    qtbot.waitUntil(lambda: window.annotations_panel.current_annotation_id() == annotation.id)

    window.annotations_panel.select_annotation(annotation.id)
    qtbot.keyClick(view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    memo_widget = QApplication.focusWidget()
    assert memo_widget is not None
    qtbot.keyClicks(memo_widget, "Une idee a garder")
    qtbot.keyClick(memo_widget, Qt.Key.Key_Escape)
    # Esc leaves the field and keeps what was written
    assert window.project.annotation(annotation.id).memo == "Une idee a garder"
    assert QApplication.focusWidget() is not memo_widget
    assert memo_widget.toPlainText() == "Une idee a garder"

    # taking it back is an undo step, and the undo can be redone
    window.editor.undo_stack.undo()
    assert window.project.annotation(annotation.id).memo == ""
    qtbot.waitUntil(lambda: memo_widget.toPlainText() == "")
    window.editor.undo_stack.redo()
    assert window.project.annotation(annotation.id).memo == "Une idee a garder"
