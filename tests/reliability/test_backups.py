"""Rotating backups: made with the backup API, kept N deep, never of a damaged file;
`annotator check` finds damage and puts a backup back."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.core import backup
from annotator.core.errors import ProjectDamaged, ProjectError
from annotator.core.project import Project
from tests.reliability.conftest import project_state

T0 = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


def damage(path: Path) -> None:
    """Overwrite bytes in the middle of the file, as a failing disk or a bad copy would."""
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.seek(size // 2)
        handle.write(b"\xde\xad\xbe\xef" * 2048)


def add_concept(path: Path, name: str) -> None:
    with Project.open(path) as project:
        project.add_concept(name)


def test_backups_rotate_keeping_the_newest_n(worked_project: Path, data_dir: Path) -> None:
    made = []
    for step in range(5):
        add_concept(worked_project, f"Concept {step}")
        outcome = backup.back_up(worked_project, keep=3, now=T0 + timedelta(hours=step))
        assert outcome.made is not None
        made.append(outcome.made.path)
    kept = backup.list_backups(worked_project)
    assert [b.path for b in kept] == made[:-4:-1]  # the three newest, newest first
    assert all(b.path.parent == backup.backups_folder(worked_project) for b in kept)
    assert backup.backups_folder(worked_project).parent == data_dir / "backups"
    assert backup.backups_folder(worked_project).name.startswith("thesis-")
    with Project.open(kept[0].path, read_only=True) as newest:
        assert newest.concept_by_path("Concept 4") is not None
    with Project.open(kept[-1].path, read_only=True) as oldest:
        assert oldest.concept_by_path("Concept 3") is None


def test_no_new_backup_when_recent_or_unchanged(worked_project: Path, data_dir: Path) -> None:
    assert backup.back_up(worked_project, now=T0).made is not None
    recent = backup.back_up(worked_project, now=T0 + timedelta(minutes=5))
    assert recent.made is None and "less than" in recent.skipped
    unchanged = backup.back_up(worked_project, now=T0 + timedelta(hours=1))
    assert unchanged.made is None and "not changed" in unchanged.skipped
    add_concept(worked_project, "Nouveau")
    assert backup.back_up(worked_project, now=T0 + timedelta(hours=2)).made is not None
    assert len(backup.list_backups(worked_project)) == 2


def test_a_project_of_the_same_name_elsewhere_has_its_own_backups(
        worked_project: Path, tmp_path: Path, data_dir: Path) -> None:
    other = tmp_path / "elsewhere" / worked_project.name
    other.parent.mkdir()
    Project.create(other).close()
    backup.back_up(worked_project, now=T0)
    backup.back_up(other, now=T0)
    assert backup.backups_folder(other) != backup.backups_folder(worked_project)
    assert len(backup.list_backups(other)) == len(backup.list_backups(worked_project)) == 1


def test_a_backup_taken_while_another_connection_writes_holds_its_committed_work(
        worked_project: Path, data_dir: Path) -> None:
    with Project.open(worked_project) as writer:
        writer.add_concept("Pas encore dans le fichier principal")  # still in the -wal
        assert Path(f"{worked_project}-wal").stat().st_size > 0
        made = backup.back_up(worked_project, now=T0).made
        assert made is not None
    with Project.open(made.path, read_only=True) as copy:
        assert copy.concept_by_path("Pas encore dans le fichier principal") is not None
        assert copy.check() == []


def test_restore_brings_back_the_data_and_keeps_the_replaced_file(
        worked_project: Path, data_dir: Path) -> None:
    before = project_state(worked_project)
    backup.back_up(worked_project, now=T0)
    with Project.open(worked_project) as project:
        for annotation in project.annotations():
            project.delete_annotation(annotation.id)
    restored = backup.restore(worked_project, backup.find_backup(worked_project))
    assert project_state(worked_project) == before
    assert restored.damaged_copy is not None
    assert restored.damaged_copy.name.startswith("thesis.annot.damaged-")
    with Project.open(restored.damaged_copy, read_only=True) as replaced:
        assert replaced.annotations() == []


def test_restore_does_not_replay_the_damaged_file_log(worked_project: Path,
                                                      data_dir: Path) -> None:
    """A -wal left by the damaged file would be written into the restored one."""
    backup.back_up(worked_project, now=T0)
    before = project_state(worked_project)
    wal = Path(f"{worked_project}-wal")
    project = Project.open(worked_project)
    project.add_concept("Écrit après la sauvegarde")
    stale_log = wal.read_bytes()
    project.close()
    wal.write_bytes(stale_log)  # as if the program had been killed
    restored = backup.restore(worked_project, backup.find_backup(worked_project))
    assert not wal.exists()
    assert Path(f"{restored.damaged_copy}-wal").read_bytes() == stale_log
    assert project_state(worked_project) == before
    with Project.open(restored.damaged_copy) as replaced:  # the log goes with its file
        assert replaced.concept_by_path("Écrit après la sauvegarde") is not None


def test_a_damaged_project_is_never_backed_up(worked_project: Path, data_dir: Path) -> None:
    good = backup.back_up(worked_project, now=T0).made
    assert good is not None
    damage(worked_project)
    with pytest.raises(ProjectDamaged):
        backup.back_up(worked_project, now=T0 + timedelta(days=1))
    assert [b.path for b in backup.list_backups(worked_project)] == [good.path]
    assert list(good.path.parent.iterdir()) == [good.path]  # no half-made copy left


def test_a_damaged_backup_is_not_restored(worked_project: Path, data_dir: Path) -> None:
    made = backup.back_up(worked_project, now=T0).made
    assert made is not None
    damage(made.path)
    before = worked_project.read_bytes()
    with pytest.raises(ProjectDamaged, match="backup is damaged"):
        backup.restore(worked_project, made)
    assert worked_project.read_bytes() == before


def test_copy_project_writes_a_whole_single_file(worked_project: Path, tmp_path: Path) -> None:
    destination = tmp_path / "copies" / "copie.annot"
    destination.parent.mkdir()
    backup.copy_project(worked_project, destination)
    assert sorted(p.name for p in destination.parent.iterdir()) == ["copie.annot"]
    assert project_state(destination) == project_state(worked_project)
    with pytest.raises(ProjectError, match="another place"):
        backup.copy_project(worked_project, worked_project)


def test_check_finds_damage_lists_backups_and_restores(
        worked_project: Path, data_dir: Path, capsys) -> None:
    before = project_state(worked_project)
    assert main(["check", str(worked_project)]) == 0
    out = capsys.readouterr().out
    assert f"{worked_project}: ok" in out and "no backups yet" in out

    backup.back_up(worked_project, now=T0)
    add_concept(worked_project, "Après la sauvegarde")
    newest = backup.back_up(worked_project, now=T0 + timedelta(hours=1)).made
    assert newest is not None
    damage(worked_project)

    assert main(["check", str(worked_project)]) == 1
    out = capsys.readouterr().out
    assert "problem:" in out and "malformed" in out
    assert "2 backups" in out and newest.path.name in out
    assert "--restore" in out

    assert main(["check", str(worked_project), "--restore"]) == 0
    out = capsys.readouterr().out
    assert "restored" in out and f"{worked_project}: ok" in out and ".damaged-" in out
    with Project.open(worked_project) as project:
        assert project.check() == []
        assert project.concept_by_path("Après la sauvegarde") is not None
        assert project.info().annotations == before[0].annotations


def test_check_restores_a_named_backup_and_lists_without_checking(
        worked_project: Path, data_dir: Path, capsys) -> None:
    oldest = backup.back_up(worked_project, now=T0).made
    add_concept(worked_project, "Après la sauvegarde")
    backup.back_up(worked_project, now=T0 + timedelta(hours=1))
    worked_project.write_bytes(b"")  # emptied by a failed sync

    assert main(["check", str(worked_project), "--list-backups"]) == 0
    out = capsys.readouterr().out
    assert "2 backups" in out and "ok" not in out

    assert oldest is not None
    assert main(["check", str(worked_project), "--restore", oldest.path.name]) == 0
    with Project.open(worked_project, read_only=True) as project:
        assert project.concept_by_path("Après la sauvegarde") is None
        assert project.info().annotations == 3
    assert main(["check", str(worked_project), "--restore", "nope.annot"]) == 2
    assert "no such backup" in capsys.readouterr().err


def test_a_missing_project_can_be_restored_too(worked_project: Path, data_dir: Path) -> None:
    before = project_state(worked_project)
    backup.back_up(worked_project, now=T0)
    worked_project.unlink()
    assert main(["check", str(worked_project), "--restore"]) == 0
    assert project_state(worked_project) == before


def test_backups_are_plain_sqlite_files_a_user_can_open(worked_project: Path,
                                                        data_dir: Path) -> None:
    made = backup.back_up(worked_project, now=T0).made
    assert made is not None
    conn = sqlite3.connect(made.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("SELECT count(*) FROM annotations").fetchone()[0] == 3
    conn.close()
