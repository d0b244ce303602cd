"""`annotator [PROJECT]` opens the window; subcommands drive the same core headless.

The basic subcommands live here; each larger feature adds its own module in
this package with a `register(subparsers)` function, listed in EXTENSIONS.
"""

from __future__ import annotations

import argparse
import difflib
import importlib
import json
import os
import sqlite3
import sys
from collections.abc import Sequence
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from annotator import PROJECT_SUFFIX, __version__
from annotator.cli import reliability
from annotator.cli.arguments import (
    EXIT_STATUSES,
    FAILED,
    USAGE,
    OneLineParser,
    positive_int,
)
from annotator.cli.progress import TerminalProgress
from annotator.core.errors import AnnotatorError, ProjectDamaged, ProjectError, ProjectNotSaved
from annotator.core.store.postgres import is_server_location

if TYPE_CHECKING:
    from annotator.core.project import Project

# Modules of this package that add subcommands: each has register(subparsers).
EXTENSIONS: tuple[str, ...] = (
    "exchange", "stats", "collections", "autocode", "variables", "sets", "server", "copy")
# Files `import` hands to the REFI-QDA importer rather than reading them as text.
REFI_SUFFIXES = (".qdpx", ".qdc", ".qde")


def _open_project(path: str, *, create: bool = False, read_only: bool = False):
    from annotator.core.project import Project

    return Project.open(path, create=create, read_only=read_only)  # a file or a URL


def cmd_demo(args: argparse.Namespace) -> int:
    from annotator.core.demo import build_demo
    from annotator.core.paths import demo_project_path

    path = Path(args.path) if args.path else demo_project_path()
    if path.is_dir():
        raise ProjectError(f"{path}: is a folder; give the demo project a file name, such as "
                           f"{path / ('demo' + PROJECT_SUFFIX)}")
    if path.exists():
        if not args.force:
            print(f"{path} already exists (use --force to rebuild it)")
            return 0
        path.unlink()
    progress = TerminalProgress("building demo")
    report = build_demo(path, progress=progress)
    progress.finish()
    print(f"demo project: {path}")
    print(f"{report.documents} documents, {report.concepts} concepts, "
          f"{report.annotations} annotations")
    for skipped in report.skipped:
        print(f"skipped example annotation: {skipped}", file=sys.stderr)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from annotator.core.importing import import_source
    from annotator.core.importing.ocr_languages import DEFAULT_OCR_LANGUAGES

    ocr_languages = None if args.no_ocr else (args.ocr_languages or DEFAULT_OCR_LANGUAGES)
    failures = 0
    if not is_server_location(args.project):  # a server project is set up by `server init`
        _check_import_target(Path(args.project), args.create)
    with _open_project(args.project, create=args.create) as project:
        for source in args.sources:
            if Path(source).suffix.lower() in REFI_SUFFIXES:
                failures += _import_refi(project, Path(source))
                continue
            progress = TerminalProgress(Path(source).name[:30])
            try:
                imported = import_source(source, password=args.password, progress=progress,
                                         ocr_languages=ocr_languages)
            except AnnotatorError as exc:
                progress.finish()
                print(f"error: {exc}", file=sys.stderr)
                failures += 1
                continue
            progress.finish()
            result = project.add_document(imported)
            status = "imported" if result.created else "already in the project"
            print(f"{status}: {result.document.title} ({result.document.kind}, "
                  f"{len(result.document.text)} characters)")
            for warning in imported.warnings:
                print(f"warning: {source}: {warning}", file=sys.stderr)
    return 1 if failures else 0


def _check_import_target(project: Path, create: bool) -> None:
    """Only an existing project, or a new one named *.annot and asked for, is written to."""
    if project.exists():
        return
    if not create:
        raise ProjectError(f"{project}: no such project file (add --create to make a new one)")
    if project.suffix.lower() != PROJECT_SUFFIX:
        raise ProjectError(f"{project}: a new project's name must end in {PROJECT_SUFFIX}")


def _import_refi(project: Project, source: Path) -> int:
    """A REFI-QDA project or codebook given to `import`: its own importer; 1 if it failed."""
    from annotator.core.importing.refi_file import import_refi

    progress = TerminalProgress(source.name[:30])
    try:
        report = import_refi(project, source, progress=progress)
    except AnnotatorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        progress.finish()
    print(f"imported: {source.name} (REFI-QDA): {report.summary()}")
    for line in [*report.notes, *report.skipped]:
        print(f"note: {source}: {line}", file=sys.stderr)
    return 0


def _refuse_damaged(project: Project) -> None:
    """A quick check of the file's pages: a damaged project is said so, not half listed."""
    problems = [line.removeprefix("the project file is damaged: ")
                for problem in project.check(quick=True) for line in problem.splitlines()
                if line.strip() and not line.startswith("***")]
    if problems:
        more = f", and {len(problems) - 1} more" if len(problems) > 1 else ""
        raise ProjectDamaged(f"{project.path}: the project file is damaged ({problems[0]}"
                             f"{more}); run 'annotator check {project.path}'")


def cmd_info(args: argparse.Namespace) -> int:
    with _open_project(args.project, read_only=True) as project:
        _refuse_damaged(project)
        info = project.info()
        documents = project.documents()
        concepts = project.concepts()
        usage = project.concept_usage()
        if args.json:
            print(json.dumps({
                "documents": [{"id": d.id, "title": d.title, "kind": d.kind,
                               "annotations": d.annotation_count,
                               **({"ocr": d.metadata["ocr"]} if d.metadata.get("ocr") else {})}
                              for d in documents],
                "concepts": [{"id": c.id, "path": project.concept_path(c.id),
                              "annotations": usage.get(c.id, 0)} for c in concepts],
                "annotations": info.annotations,
            }, ensure_ascii=False, indent=2))
            return 0
        print(f"{project.path}: {info.documents} documents, {info.concepts} concepts, "
              f"{info.annotations} annotations")
        print("\nDocuments:")
        for d in documents:
            pages = f", {d.page_count} pages" if d.page_count else ""
            print(f"  [{d.id}] {d.title} ({d.kind}{pages}) — {d.annotation_count} annotations")
            if d.metadata.get("ocr"):
                print(f"      {_ocr_line(d.metadata['ocr'])}")
        print("\nConcepts:")
        for c in concepts:
            indent = "    " if c.parent_id else "  "
            print(f"{indent}{c.name} ({usage.get(c.id, 0)})")
    return 0


def _ocr_line(ocr: dict) -> str:
    """How a document's text was read by OCR, for `info`."""
    numbers = [str(number) for number in ocr.get("pages", [])]
    pages = f"page{'s' if len(numbers) > 1 else ''} {', '.join(numbers)}"
    return (f"text read by OCR ({ocr.get('languages', '?')}) on {pages}, "
            f"mean word confidence {ocr.get('confidence', 0):.0f}%")


# Hits `search` counts before showing --limit of them (bounded by the search's per-document cap).
SEARCH_ALL = 1_000_000_000


def cmd_search(args: argparse.Namespace) -> int:
    with _open_project(args.project, read_only=True) as project:
        hits = project.search(args.query, limit=SEARCH_ALL)
    shown = hits if args.all else hits[: args.limit]
    for hit in shown:
        where = "memo" if hit.in_memo else f"{hit.start}-{hit.end}"
        print(f"{hit.document_title} [{where}]: {hit.snippet}")
    if len(shown) < len(hits):
        print(f"{len(shown)} of {len(hits)} hits shown (--limit N or --all for more)",
              file=sys.stderr)
    else:
        print(f"{len(hits)} hit{'' if len(hits) == 1 else 's'}", file=sys.stderr)
    return 0


def build_parser() -> tuple[argparse.ArgumentParser, set[str]]:
    """The parser, and the names of its subcommands."""
    parser = OneLineParser(
        prog="annotator",
        usage="annotator [PROJECT [--create]]  or  annotator COMMAND ...",
        description="Highlight and tag passages of PDFs and web articles. "
        f"Without a command, opens the window on PROJECT (an existing project file, or a new "
        f"one named *{PROJECT_SUFFIX} with --create), else on the last project.",
        epilog=EXIT_STATUSES,
    )
    parser.add_argument("--version", action="version", version=f"annotator {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", prog="annotator")

    demo = sub.add_parser("demo", help="create the demo project")
    demo.add_argument("path", nargs="?", help="where to write it (default: your data folder)")
    demo.add_argument("--force", action="store_true", help="rebuild it if it exists")
    demo.set_defaults(handler=cmd_demo)

    imp = sub.add_parser("import", help="add PDFs, web pages (files or URLs), text files")
    imp.add_argument("project", help=f"project file ({PROJECT_SUFFIX})")
    imp.add_argument("sources", nargs="+", metavar="FILE_OR_URL")
    imp.add_argument("--password", help="password of encrypted PDFs")
    imp.add_argument("--create", action="store_true", help="create the project if missing")
    imp.add_argument("--ocr-languages", metavar="LANGS",
                     help="Tesseract languages for reading scanned PDF pages, joined by + "
                     "(default: fra+eng)")
    imp.add_argument("--no-ocr", action="store_true",
                     help="do not read scanned PDF pages by OCR (text recognition)")
    imp.set_defaults(handler=cmd_import)

    info = sub.add_parser("info", help="list documents, concepts and annotation counts")
    info.add_argument("project")
    info.add_argument("--json", action="store_true", help="machine-readable output")
    info.set_defaults(handler=cmd_info)

    search = sub.add_parser("search", help="full-text search over texts and memos")
    search.add_argument("project")
    search.add_argument("query", help='words, "phrases", prefix*, OR, NOT')
    shown = search.add_mutually_exclusive_group()
    shown.add_argument("--limit", type=positive_int, default=50, metavar="N",
                       help="show the first N hits (default: 50)")
    shown.add_argument("--all", action="store_true", help="show every hit")
    search.set_defaults(handler=cmd_search)

    check = sub.add_parser("check", help="check the project file's integrity, list or "
                           "restore its backups")
    reliability.configure_check(check)
    for name in EXTENSIONS:
        importlib.import_module(f"annotator.cli.{name}").register(sub)
    return parser, set(sub.choices)


def build_gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="annotator", add_help=False)
    parser.add_argument("project", nargs="?")
    parser.add_argument("--demo", action="store_true", help="open the demo project")
    parser.add_argument("--create", action="store_true",
                        help=f"create PROJECT (a name ending in {PROJECT_SUFFIX}) if missing")
    parser.add_argument("--smoke-test", action="store_true",
                        help="run the app once offscreen (demo, import, export) and exit")
    parser.add_argument("--smoke-corpus", metavar="DIR",
                        help="folder holding the PDF and the HTML page --smoke-test imports")
    parser.add_argument("--smoke-report", metavar="FILE",
                        help="also write the --smoke-test report to FILE")
    parser.add_argument("--smoke-server", metavar="URL",
                        help="--smoke-test also opens this server project (postgresql://...)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        return _run(argv)
    except BrokenPipeError:
        # the reader stopped early (`annotator search ... | head`): what it took was shown;
        # nothing more to write, and no message for a pipe that is closed on purpose
        _discard_stdout()
        return FAILED


def _run(argv: list[str]) -> int:
    parser, subcommands = build_parser()
    if argv and (argv[0] in subcommands or argv[0] in {"-h", "--help", "--version"}):
        try:
            args = parser.parse_args(argv)
        except SystemExit as exc:  # argparse has said what is wrong (or printed the help)
            return exc.code if isinstance(exc.code, int) else USAGE
        return _run_command(args)
    gui_args, qt_args = build_gui_parser().parse_known_args(argv)
    if gui_args.smoke_test:
        from annotator.gui.smoke import WHOLE_RUN_TIMEOUT_S, run_smoke_test

        return run_smoke_test(
            Path(gui_args.smoke_corpus) if gui_args.smoke_corpus else None,
            report_file=Path(gui_args.smoke_report) if gui_args.smoke_report else None,
            whole_run_timeout_s=WHOLE_RUN_TIMEOUT_S, server=gui_args.smoke_server)
    mistake = _not_a_project(gui_args.project, gui_args.create, subcommands)
    if mistake is not None:
        print(f"error: {mistake}", file=sys.stderr)
        return USAGE
    from annotator.gui.app import run_app

    return run_app(gui_args.project, demo=gui_args.demo, create=gui_args.create,
                   qt_args=qt_args)


def _run_command(args: argparse.Namespace) -> int:
    """One subcommand; whatever goes wrong is one line on stderr and an exit status."""
    try:
        code = int(args.handler(args))
        sys.stdout.flush()  # a closed pipe shows here, not at exit as an ignored exception
        return code
    except (ProjectDamaged, ProjectNotSaved) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return FAILED
    except AnnotatorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return USAGE
    except sqlite3.DatabaseError as exc:
        project = getattr(args, "project", "the project")
        print(f"error: {project}: the project file is damaged ({exc}); run "
              f"'annotator check {project}'", file=sys.stderr)
        return FAILED
    except BrokenPipeError:
        raise
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"error: {where}{exc.strerror or exc}", file=sys.stderr)
        return FAILED
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


def _not_a_project(project: str | None, create: bool, commands: set[str]) -> str | None:
    """Why `annotator PROJECT` must not open the window on `project` (None: it may).

    Only an existing file, or a new name ending in .annot with --create, becomes a
    project: a mistyped command (`annotator exprot`) must not make an empty one.
    """
    if project is None:
        return None
    if is_server_location(project):
        return None  # the window says so if it cannot be opened
    path = Path(project)
    if path.is_dir():
        return f"{project}: is a folder, not a project file"
    if path.exists():
        return None  # the window says so if it is not a project
    if path.suffix.lower() == PROJECT_SUFFIX:
        return None if create else (
            f"{project}: no such project file (add --create to make a new one)")
    if create:
        return f"{project}: a new project's name must end in {PROJECT_SUFFIX}"
    if path.suffix or os.sep in project or "/" in project:
        return f"{project}: no such project file"
    close = difflib.get_close_matches(project, sorted(commands), n=1)
    hint = f" — did you mean '{close[0]}'?" if close else " (see 'annotator --help')"
    return f"unknown command '{project}'{hint}"


def _discard_stdout() -> None:
    """Point stdout at the null device, so that the flush at exit raises nothing."""
    with open(os.devnull, "w") as null, suppress(OSError, ValueError):
        os.dup2(null.fileno(), sys.stdout.fileno())
