"""The window opens a project file of an older version: it is migrated (page boxes
rewritten compact) on a worker thread behind a progress dialog while the window keeps
handling its events, and its passages and boxes are there after."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressDialog

from annotator.core.geometry import decode_boxes
from annotator.core.store import SCHEMA_VERSION
from annotator.gui import project_opening
from annotator.gui.project_upgrade import UpgradeDialog
from tests.core.test_boxes_migration import make_version_5_project, stored_blobs, version

BOXES = [(10.0 + i, 100.0, 15.5 + i, 112.25) for i in range(60)]
PAGES = 120


def test_an_older_file_is_migrated_behind_a_progress_dialog(window, tmp_path: Path,
                                                             monkeypatch) -> None:
    path = tmp_path / "ancien.annot"
    make_version_5_project(path, [BOXES] * PAGES)
    assert len(stored_blobs(path)[0]) == 16 * len(BOXES)
    threads: list[bool] = []  # whether each opening ran on the GUI thread
    opening = project_opening.open_checked

    def watched(*args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return opening(*args, **kwargs)

    monkeypatch.setattr(project_opening, "open_checked", watched)
    told: list[tuple[int, int]] = []
    progressed = UpgradeDialog.progressed

    def counted(dialog: UpgradeDialog, done: int, total: int) -> None:
        told.append((done, total))
        progressed(dialog, done, total)

    monkeypatch.setattr(UpgradeDialog, "progressed", counted)
    seen: list[tuple[bool, str]] = []  # the dialog, as the window's own timer saw it
    timer = QTimer(window)
    timer.setInterval(1)

    def look() -> None:
        dialog = window.findChild(QProgressDialog, "upgradeDialog")
        if dialog is not None:
            seen.append((dialog.isVisible(), dialog.labelText()))

    timer.timeout.connect(look)
    timer.start()
    assert window.open_project(path)
    timer.stop()
    assert threads == [False]
    assert seen  # the window went on handling its events meanwhile
    assert all(visible and "“ancien.annot”" in label for visible, label in seen)
    assert told[0] == (0, PAGES) and told[-1] == (PAGES, PAGES)
    assert QGuiApplication.overrideCursor() is None
    assert version(path) == SCHEMA_VERSION
    [document] = window.project.documents()
    assert len(window.project.annotations(document.id)) == 1
    blob = stored_blobs(path)[0]
    assert len(blob) % 2 == 1  # compact now
    for got, wanted in zip(decode_boxes(blob), BOXES, strict=True):
        assert all(abs(a - b) <= 842 / 131070 for a, b in zip(got, wanted, strict=True))
    assert window.open_project(path)  # upgraded: opened at once, on the GUI thread
    assert threads == [False, True]


def test_a_file_that_cannot_be_opened_gives_the_pointer_back(window, tmp_path: Path,
                                                              monkeypatch) -> None:
    broken = tmp_path / "cassé.annot"
    broken.write_bytes(b"not a project at all" * 100)
    monkeypatch.setattr("annotator.gui.project_opening.explain_failure",
                        lambda *args: None)
    assert not window.open_project(broken)
    assert QGuiApplication.overrideCursor() is None
