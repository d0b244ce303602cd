"""The window opens a project file of an older version: it is migrated (page boxes
rewritten compact) under the wait cursor, and its passages and boxes are there after."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from annotator.core.geometry import decode_boxes
from annotator.core.store import SCHEMA_VERSION
from annotator.gui import project_opening
from tests.core.test_boxes_migration import make_version_5_project, stored_blobs, version

BOXES = [(10.0 + i, 100.0, 15.5 + i, 112.25) for i in range(60)]


def test_an_older_file_is_migrated_under_the_wait_cursor(window, tmp_path: Path,
                                                          monkeypatch) -> None:
    path = tmp_path / "ancien.annot"
    make_version_5_project(path, [BOXES])
    assert len(stored_blobs(path)[0]) == 16 * len(BOXES)
    pointers: list[Qt.CursorShape | None] = []
    opening = project_opening.open_checked

    def watched(*args, **kwargs):
        cursor = QGuiApplication.overrideCursor()
        pointers.append(None if cursor is None else cursor.shape())
        return opening(*args, **kwargs)

    monkeypatch.setattr(project_opening, "open_checked", watched)
    assert window.open_project(path)
    assert pointers == [Qt.CursorShape.WaitCursor]
    assert QGuiApplication.overrideCursor() is None  # given back
    assert version(path) == SCHEMA_VERSION
    [document] = window.project.documents()
    assert len(window.project.annotations(document.id)) == 1
    [blob] = stored_blobs(path)
    assert len(blob) % 2 == 1  # compact now
    for got, wanted in zip(decode_boxes(blob), BOXES, strict=True):
        assert all(abs(a - b) <= 842 / 131070 for a, b in zip(got, wanted, strict=True))


def test_a_file_that_cannot_be_opened_gives_the_pointer_back(window, tmp_path: Path,
                                                              monkeypatch) -> None:
    broken = tmp_path / "cassé.annot"
    broken.write_bytes(b"not a project at all" * 100)
    monkeypatch.setattr("annotator.gui.project_opening.explain_failure",
                        lambda *args: None)
    assert not window.open_project(broken)
    assert QGuiApplication.overrideCursor() is None
