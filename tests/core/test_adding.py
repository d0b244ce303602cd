"""Adding a source from a background job: hashed once, a duplicate never extracted,
saved on the job's own connection."""

from __future__ import annotations

from pathlib import Path

import pytest

import annotator.core.adding as adding
from annotator.core.adding import add_source
from annotator.core.errors import ImportFailure
from annotator.core.project import Project


def test_a_source_is_saved_and_a_second_copy_is_not_extracted(
    tmp_path: Path, monkeypatch
) -> None:
    project_path = tmp_path / "p.annot"
    Project.create(project_path).close()
    note = tmp_path / "note.md"
    note.write_text("# Titre\n\nUne communauté se cultive.\n", encoding="utf-8")
    first = add_source(project_path, note, author="claire")
    assert first.created
    assert "Une communauté se cultive." in first.document.text

    def no_extraction(*_args, **_kwargs):
        raise AssertionError("a file already in the project was extracted again")

    monkeypatch.setattr(adding, "import_bytes", no_extraction)
    copy = tmp_path / "copy-of-note.md"
    copy.write_bytes(note.read_bytes())
    again = add_source(project_path, copy, author="claire")
    assert not again.created
    assert again.document.id == first.document.id
    with Project.open(project_path) as project:
        assert [d.id for d in project.documents()] == [first.document.id]


def test_a_failed_extraction_leaves_the_project_as_it_was(tmp_path: Path) -> None:
    project_path = tmp_path / "p.annot"
    Project.create(project_path).close()
    junk = tmp_path / "junk.bin"
    junk.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(ImportFailure, match="junk.bin"):
        add_source(project_path, junk)
    with Project.open(project_path) as project:
        assert project.documents() == []
