"""`annotator check PROJECT`: the file's integrity, its backups, and restoring one."""

from __future__ import annotations

import argparse
from pathlib import Path

from annotator.core import backup
from annotator.core.errors import ProjectError, ServerCause
from annotator.core.store.postgres import ServerNotSupported, is_server_location, without_password


def configure_check(parser: argparse.ArgumentParser) -> None:
    """Arguments and handler of the `check` subcommand."""
    parser.add_argument("project")
    parser.add_argument("--list-backups", action="store_true",
                        help="only list the project's backups, without checking it")
    parser.add_argument(
        "--restore", nargs="?", const="", metavar="BACKUP",
        help="put the newest backup (or the one named) in place of the project; the "
        "current file is kept beside it as <name>.damaged-<time>. Close the project "
        "in the window first")
    parser.set_defaults(handler=cmd_check)


def cmd_check(args: argparse.Namespace) -> int:
    if is_server_location(args.project):  # PostgreSQL checks its own pages; backups: pg_dump
        raise ServerNotSupported.coded(
            without_password(args.project), ServerCause.CHECK_NOT_SUPPORTED)
    project = Path(args.project)
    if args.restore is not None:
        return _restore(project, args.restore or None)
    if args.list_backups:
        _print_backups(project)
        return 0
    if not project.is_file():  # a mistake in the command, not a problem of the project
        what = "is a folder, not a project file" if project.is_dir() else "no such project file"
        raise ProjectError(f"{project}: {what}")
    problems = _problems(project)
    for problem in problems:
        print(f"problem: {problem}")
    if not problems:
        print(f"{project}: ok")
    _print_backups(project)
    if problems and backup.list_backups(project):
        print(f"to put the newest backup back: annotator check {project} --restore")
    return 1 if problems else 0


def _problems(project: Path) -> list[str]:
    from annotator.core.project import Project

    try:
        with Project.open(project, read_only=True) as opened:
            return opened.check()
    except ProjectError as exc:
        return [str(exc)]


def _print_backups(project: Path) -> None:
    backups = backup.list_backups(project)
    folder = backup.backups_folder(project)
    if not backups:
        print(f"no backups yet (the window makes one when it opens the project, in {folder})")
        return
    count = f"{len(backups)} backup" + ("s" if len(backups) > 1 else "")
    print(f"{count} in {folder}, newest first:")
    for item in backups:
        print(f"  {_when(item)}  {human_size(item.size):>9}  {item.path.name}")


def _restore(project: Path, name: str | None) -> int:
    chosen = backup.find_backup(project, name)
    restored = backup.restore(project, chosen)
    print(f"restored {project} from the backup of {_when(chosen)} ({human_size(chosen.size)})")
    if restored.damaged_copy is not None:
        print(f"the file it replaced is kept as {restored.damaged_copy}")
    problems = _problems(project)
    for problem in problems:
        print(f"problem: {problem}")
    if not problems:
        print(f"{project}: ok")
    return 1 if problems else 0


def _when(item: backup.Backup) -> str:
    return item.created.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def human_size(size: int) -> str:
    if size < 1000:
        return f"{size} bytes"
    value = size / 1000
    for unit in ("KB", "MB"):
        if value < 1000:
            return f"{value:.1f} {unit}"
        value /= 1000
    return f"{value:.1f} GB"
