"""Rotating backups of project files, and restoring one over a damaged project.

Backups live in `<user data dir>/backups/<project stem>-<hash of its absolute
path>/<UTC timestamp>.annot`, one folder per project file, newest kept. They
are made with SQLite's backup API (a consistent snapshot even while another
program writes) and checked before they count: a damaged project is never
copied over good backups.

When a backup is made: when the window opens a project (not at every command
line call), unless the newest backup is younger than `min_interval` (10
minutes by default: reopening in a crash loop or twice in a row must not push
the older, possibly better, backups out), and kept only if it differs from
the newest one (an unchanged project adds nothing, so a week of opening a
project without editing it keeps the history intact).
"""

from __future__ import annotations

import contextlib
import filecmp
import hashlib
import os
import shutil
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from annotator.core.errors import BackupCause, ProjectCause, ProjectDamaged, ProjectError
from annotator.core.paths import user_data_dir
from annotator.core.store import check_file, copy_database

DEFAULT_KEEP = 10
MIN_INTERVAL = timedelta(minutes=10)
SUFFIX = ".annot"
_STAMP = "%Y-%m-%d_%H%M%S_%fZ"
_PARTIAL = ".partial"
_STALE_PARTIAL_SECONDS = 3600


@dataclass(frozen=True)
class Backup:
    """One backup file of a project."""

    path: Path
    created: datetime  # aware, UTC
    size: int


@dataclass(frozen=True)
class BackupOutcome:
    """What `back_up` did: `made` is the new backup, or None with the reason in `skipped`."""

    made: Backup | None
    skipped: str = ""


@dataclass(frozen=True)
class Restored:
    project: Path
    backup: Backup
    damaged_copy: Path | None  # where the replaced file was moved, if there was one


def backups_folder(project_path: str | Path, base: Path | None = None) -> Path:
    """The folder holding this project file's backups (not created here)."""
    resolved = Path(project_path).expanduser().resolve()
    key = hashlib.sha256(os.path.normcase(str(resolved)).encode("utf-8")).hexdigest()[:12]
    return (base or user_data_dir()) / "backups" / f"{resolved.stem}-{key}"


def list_backups(project_path: str | Path, base: Path | None = None) -> list[Backup]:
    """This project's backups, newest first."""
    folder = backups_folder(project_path, base)
    if not folder.is_dir():
        return []
    backups = []
    for path in folder.glob(f"*{SUFFIX}"):
        created = _parse_stamp(path.name[: -len(SUFFIX)])
        if created is not None:
            backups.append(Backup(path, created, path.stat().st_size))
    return sorted(backups, key=lambda b: b.created, reverse=True)


def back_up(
    project_path: str | Path,
    *,
    keep: int = DEFAULT_KEEP,
    min_interval: timedelta = MIN_INTERVAL,
    base: Path | None = None,
    now: datetime | None = None,
) -> BackupOutcome:
    """Back the project file up, unless a recent or identical backup makes it pointless.

    Raises ProjectDamaged if the project fails its check (the copy is then
    discarded and the existing backups are left alone).
    """
    if keep < 1:
        raise ValueError("keep at least one backup")
    now = now or datetime.now(UTC)
    existing = list_backups(project_path, base)
    if existing and timedelta(0) <= now - existing[0].created < min_interval:
        return BackupOutcome(None, f"the last backup is less than {min_interval} old")
    folder = backups_folder(project_path, base)
    partial = folder / f"{_stamp(now)}.{os.getpid()}{_PARTIAL}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _remove_stale_partials(folder)
        copy_database(Path(project_path), partial)
        problems = check_file(partial)
        if problems:
            raise ProjectDamaged.coded(
                str(project_path), ProjectCause.DAMAGED, detail=problems[0]
            )
        if existing and filecmp.cmp(partial, existing[0].path, shallow=False):
            return BackupOutcome(None, "the project has not changed since the last backup")
        target = folder / f"{_stamp(now)}{SUFFIX}"
        partial.replace(target)
    except OSError as exc:
        raise ProjectError.coded(str(folder), BackupCause.CANNOT_WRITE, detail=exc) from exc
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
    made = Backup(target, now, target.stat().st_size)
    for old in list_backups(project_path, base)[keep:]:
        old.path.unlink(missing_ok=True)
    return BackupOutcome(made)


def find_backup(project_path: str | Path, name: str | Path | None = None,
                base: Path | None = None) -> Backup:
    """The newest backup, or the one named (a file name in the backups folder, or a path)."""
    backups = list_backups(project_path, base)
    if name is None:
        if not backups:
            folder = backups_folder(project_path, base)
            raise ProjectError.coded(str(project_path), BackupCause.NONE_YET, folder=folder)
        return backups[0]
    wanted = Path(name)
    for backup in backups:
        if backup.path.name in {wanted.name, f"{wanted.name}{SUFFIX}"} or backup.path == wanted:
            return backup
    if wanted.is_file():
        return Backup(wanted, datetime.fromtimestamp(wanted.stat().st_mtime, UTC),
                      wanted.stat().st_size)
    raise ProjectError.coded(str(name), BackupCause.NO_SUCH_BACKUP, project=project_path)


def restore(project_path: str | Path, backup: Backup) -> Restored:
    """Put a backup in place of the project file, moving the current file aside first.

    The current file (and its write-ahead log, which belongs to it) becomes
    `<name>.damaged-<local time>` beside it, so nothing is ever deleted. The
    project must not be open anywhere while this runs.
    """
    project_path = Path(project_path)
    problems = check_file(backup.path)
    if problems:
        raise ProjectDamaged.coded(
            str(backup.path), BackupCause.BACKUP_DAMAGED, detail=problems[0]
        )
    staged = project_path.with_name(f".{project_path.name}.restoring-{os.getpid()}")
    try:
        staged.unlink(missing_ok=True)
        shutil.copyfile(backup.path, staged)
        _fsync(staged)
        damaged = _move_aside(project_path)
        staged.replace(project_path)
    except OSError as exc:
        raise ProjectError.coded(
            str(project_path), BackupCause.CANNOT_RESTORE, detail=exc
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            staged.unlink(missing_ok=True)
    return Restored(project_path, backup, damaged)


def copy_project(source: str | Path, destination: str | Path) -> Path:
    """Copy a project file (open or not, even read-only) to a new place, whole or not at all."""
    destination = Path(destination)
    if destination.resolve() == Path(source).resolve():
        raise ProjectError.coded(str(destination), BackupCause.SAME_PLACE)
    staged = destination.with_name(f".{destination.name}.copying-{os.getpid()}")
    try:
        staged.unlink(missing_ok=True)
        copy_database(Path(source), staged)
        _fsync(staged)
        for leftover in _companions(destination):
            leftover.unlink(missing_ok=True)
        staged.replace(destination)
    except OSError as exc:
        raise ProjectError.coded(str(destination), BackupCause.COPY_FAILED, detail=exc) from exc
    finally:
        with contextlib.suppress(OSError):
            staged.unlink(missing_ok=True)
    return destination


def _companions(path: Path) -> tuple[Path, Path, Path]:
    """The files SQLite keeps beside a database: write-ahead log, rollback journal, index."""
    return Path(f"{path}-wal"), Path(f"{path}-journal"), Path(f"{path}-shm")


def _move_aside(project_path: Path) -> Path | None:
    """Rename the file, with its log and journal (they belong to it), out of the way.

    Left beside the restored file they would be replayed into it; the -shm
    index is only a cache and is removed.
    """
    if not project_path.exists():
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = project_path.with_name(f"{project_path.name}.damaged-{stamp}")
    counter = 1
    while aside.exists():
        counter += 1
        aside = project_path.with_name(f"{project_path.name}.damaged-{stamp}-{counter}")
    project_path.replace(aside)
    wal, journal, shm = _companions(project_path)
    for companion, suffix in ((wal, "-wal"), (journal, "-journal")):
        if companion.exists():
            companion.replace(Path(f"{aside}{suffix}"))
    shm.unlink(missing_ok=True)
    return aside


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(_STAMP)


def _parse_stamp(text: str) -> datetime | None:
    try:
        return datetime.strptime(text, _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None


def _remove_stale_partials(folder: Path) -> None:
    """Copies left by a backup that was interrupted (a crash, a kill) long ago."""
    for leftover in folder.glob(f"*{_PARTIAL}*"):
        with contextlib.suppress(OSError):
            if time.time() - leftover.stat().st_mtime > _STALE_PARTIAL_SECONDS:
                leftover.unlink()
