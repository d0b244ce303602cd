"""The restore dialog: backups listed with dates and sizes, the chosen one put back, the
damaged file kept aside; the window offers it when a project is damaged."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QTreeWidget

from annotator.core import backup
from annotator.core.importing.base import ImportedDocument
from annotator.core.project import Project
from annotator.gui.restore_dialog import RestoreDialog

T0 = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
TEXT = "Les communautés en ligne se rassemblent autour d'un intérêt commun. " * 30


@pytest.fixture
def project_with_backups(tmp_path: Path, data_dir: Path) -> tuple[Path, list[backup.Backup]]:
    """A project with two backups: one holding 1 annotation, the newer one 2."""
    path = tmp_path / "enquête.annot"
    with Project.create(path) as project:
        document = project.add_document(ImportedDocument(
            title="Entretien", kind="text", source="entretien.txt", text=TEXT,
            original=TEXT.encode(), media_type="text/plain")).document
        project.annotate(document.id, 4, 20, memo="première")
    backup.back_up(path, now=T0)
    with Project.open(path) as project:
        project.annotate(document.id, 30, 50, memo="seconde")
    backup.back_up(path, now=T0 + timedelta(days=1))
    return path, backup.list_backups(path)


def damage(path: Path) -> None:
    with open(path, "r+b") as handle:
        handle.seek(path.stat().st_size // 2)
        handle.write(b"\x00\xff" * 4096)


def test_lists_backups_newest_first_with_dates_and_sizes(qtbot, project_with_backups) -> None:
    path, backups = project_with_backups
    dialog = RestoreDialog(path, "damaged", backups)
    qtbot.addWidget(dialog)
    rows = dialog.findChild(QTreeWidget, "backupList")
    assert rows.topLevelItemCount() == 2
    locale = QLocale()
    for row, item in enumerate(backups):
        when = QDateTime.fromSecsSinceEpoch(int(item.created.timestamp()))
        assert rows.topLevelItem(row).text(0) == locale.toString(when,
                                                                 QLocale.FormatType.LongFormat)
        assert rows.topLevelItem(row).text(1) == locale.formattedDataSize(item.size)
    assert dialog.selected_backup() == backups[0]
    assert "enquête.annot.damaged-" in "".join(label.text() for label in dialog.findChildren(
        type(dialog.error_label)))


def test_restoring_puts_the_chosen_backup_in_place_and_keeps_the_damaged_file(
        qtbot, project_with_backups) -> None:
    path, backups = project_with_backups
    damage(path)
    damaged_bytes = path.read_bytes()
    dialog = RestoreDialog(path, "damaged", backups)
    qtbot.addWidget(dialog)
    dialog.list.setCurrentItem(dialog.list.topLevelItem(1))  # the older one
    with qtbot.waitSignal(dialog.restored) as signal:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    restored = signal.args[0]
    assert restored.backup == backups[1]
    assert restored.damaged_copy.read_bytes() == damaged_bytes
    assert dialog.result() == QDialog.DialogCode.Accepted
    with Project.open(path) as project:
        assert project.check() == []
        assert [a.memo for a in project.annotations()] == ["première"]


def test_a_backup_that_cannot_be_restored_says_why_and_stays(qtbot,
                                                               project_with_backups) -> None:
    path, backups = project_with_backups
    damage(backups[0].path)
    dialog = RestoreDialog(path, "damaged", backups)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.restore_selected()
    assert dialog.error_label.isVisible()
    assert "backup is damaged" in dialog.error_label.text()
    assert dialog.isVisible()


def test_the_window_offers_the_backups_of_a_damaged_project(qtbot, window,
                                                            project_with_backups) -> None:
    path, backups = project_with_backups
    damage(path)
    assert not window.open_project(path)
    dialog = window.findChild(RestoreDialog)
    assert dialog is not None and dialog.isVisible()
    assert str(path) in "".join(label.text() for label in dialog.findChildren(
        type(dialog.error_label)))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.project is not None)
    assert window.project.path == path
    assert [a.memo for a in window.project.annotations()] == ["première", "seconde"]
    assert "Restored" in window.statusBar().currentMessage()
    assert len(list(path.parent.glob("enquête.annot.damaged-*"))) == 1


def test_a_damaged_project_without_backups_gets_a_plain_message(qtbot, window,
                                                                 tmp_path: Path) -> None:
    path = tmp_path / "seul.annot"
    path.write_bytes(b"SQLite format 3\x00" + b"\x13" * 4000)
    assert not window.open_project(path)
    assert window.findChild(RestoreDialog) is None
    box = window.findChild(QMessageBox, "openErrorBox")
    assert box is not None and str(path) in box.text() and "damaged" in box.text()


def test_opening_a_sound_project_in_the_window_backs_it_up_in_the_background(
        qtbot, window, tmp_path: Path) -> None:
    path = tmp_path / "neuf.annot"
    with qtbot.waitSignal(window.backups.finished) as done:
        assert window.open_project(path, create=True)
    assert done.args[0].made is not None
    assert backup.list_backups(path) == [done.args[0].made]


def test_a_backup_that_fails_is_said_and_does_not_stop_the_work(
        qtbot, window, tmp_path: Path, data_dir: Path) -> None:
    (data_dir / "backups").write_text("a file where the backups folder should be")
    path = tmp_path / "neuf.annot"
    with qtbot.waitSignal(window.backups.finished):
        assert window.open_project(path, create=True)
    assert "could not be backed up" in window.statusBar().currentMessage()
    assert window.editor.add_concept("Toujours possible") is not None
