"""The Editor: refused edits never reach the undo stack; failed undos are reported."""

from __future__ import annotations

from pathlib import Path

from annotator.core.importing.base import ImportedDocument
from annotator.core.project import Project
from annotator.gui.editor import Editor


def make_project(path: Path) -> None:
    with Project.create(path) as project:
        project.add_document(ImportedDocument(
            title="T", kind="text", source="t.txt", text="une communauté vivante",
            original=b"t", media_type="text/plain"))


def test_a_read_only_project_refuses_edits_with_one_clear_message(qtbot, tmp_path) -> None:
    path = tmp_path / "p.annot"
    make_project(path)
    with Project.open(path, read_only=True) as project:
        editor = Editor(project)
        errors: list[str] = []
        editor.errorOccurred.connect(errors.append)
        assert editor.add_concept("Crise") is None
        assert "read-only" in errors[0]
        assert editor.undo_stack.count() == 0


def test_a_failing_undo_is_reported_not_raised(qtbot, tmp_path) -> None:
    path = tmp_path / "p.annot"
    make_project(path)
    with Project.open(path) as project:
        editor = Editor(project)
        errors: list[str] = []
        editor.errorOccurred.connect(errors.append)
        annotation = editor.annotate(1, 0, 3)
        project.delete_annotation(annotation.id)  # gone behind the undo stack's back
        editor.undo_stack.undo()  # undo deletes it again: the core refuses
        assert errors == ["This highlight is no longer in the project (1)."]
