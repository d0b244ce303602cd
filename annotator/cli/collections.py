"""`annotator import-collection PROJECT FILE`: import every link of a reading list in one step."""

from __future__ import annotations

import argparse
import shutil
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from annotator import PROJECT_SUFFIX
from annotator.cli.progress import TerminalProgress
from annotator.core.errors import AnnotatorError

if TYPE_CHECKING:
    from annotator.core.collections.batch import LinkResult

_STATUS_WIDTH = 10
_MIN_TITLE_WIDTH = 20


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import-collection",
        help="import every link of a bookmarks export, a list of URLs or a saved page of links",
        description="Download and import each link of a bookmarks export (browsers, "
        "Pearltrees, Diigo), a text or CSV file of web addresses, or a saved web page "
        "that links to articles. Links already in the project are skipped; links that "
        "cannot be downloaded are kept as missing sources, to attach a saved copy later.",
    )
    parser.add_argument("project", help=f"project file ({PROJECT_SUFFIX})")
    parser.add_argument("file", help="bookmarks export (.html), text or CSV file, saved page")
    parser.add_argument("--folder", metavar="NAME",
                        help="only the links of this folder (or collection), and its sub-folders")
    parser.add_argument("--all-links", action="store_true",
                        help="for a saved page: every outgoing link, not only those that "
                        "look like articles")
    parser.add_argument("--create", action="store_true", help="create the project if missing")
    parser.set_defaults(handler=cmd_import_collection)


def cmd_import_collection(args: argparse.Namespace) -> int:
    from annotator.core.collections.batch import LinkResult, LinkStatus, import_links
    from annotator.core.collections.parsing import read_link_list
    from annotator.core.project import Project

    links = read_link_list(args.file)
    if links.ignored:
        print(f"{links.ignored} entries are not web addresses and were left out",
              file=sys.stderr)
    if args.folder:
        chosen = links.in_collection(args.folder)
        if not chosen.links:
            names = ", ".join(links.collections()) or "none"
            raise AnnotatorError(f"{args.file}: no folder named {args.folder!r} "
                                 f"(folders: {names})")
        links = chosen
    if links.kind == "page" and not args.all_links:
        articles = links.articles()
        print(f"{len(articles.links)} of the page's {len(links.links)} links look like "
              "articles (--all-links takes them all)", file=sys.stderr)
        links = articles
    results: dict[int, LinkResult] = {}

    def keep(result: LinkResult) -> None:
        if result.status.final:
            results[result.index] = result

    cancel = threading.Event()
    progress = TerminalProgress("importing links")
    interrupted = False
    with Project.open(Path(args.project), create=args.create) as project:
        try:
            import_links(project, links.links, cancel=cancel, progress=progress, on_update=keep)
        except KeyboardInterrupt:
            cancel.set()
            interrupted = True
        progress.finish()
    ordered = [results.get(i) or LinkResult(i, link, LinkStatus.CANCELLED, "interrupted")
               for i, link in enumerate(links.links)]
    print_table(ordered)
    print(summary(ordered))
    if interrupted:
        print("interrupted: what was imported is kept; run the same command to go on",
              file=sys.stderr)
        return 130
    return 1 if any(r.status == LinkStatus.FAILED for r in ordered) else 0


def print_table(results: list[LinkResult]) -> None:
    """One line per link: status, title (or address), and what happened."""
    width = shutil.get_terminal_size((100, 24)).columns
    title_width = max(_MIN_TITLE_WIDTH, min(60, width - _STATUS_WIDTH - 30))
    for result in results:
        name = result.title or result.link.title or result.link.url
        if len(name) > title_width:
            name = name[: title_width - 1] + "…"
        detail = result.detail
        if result.status.value == "imported" and result.link.collection:
            detail = f"{detail} · {result.link.collection}"
        line = f"{result.status.value:<{_STATUS_WIDTH}} {name:<{title_width}}  {detail}"
        print(line.rstrip())
        if result.status.value == "failed" and name != result.link.url:
            print(f"{'':<{_STATUS_WIDTH}} {result.link.url}")


def summary(results: list[LinkResult]) -> str:
    from annotator.core.collections.batch import LinkStatus

    counts = {status: sum(1 for r in results if r.status == status) for status in LinkStatus}
    parts = ", ".join(f"{count} {status.value}" for status, count in counts.items() if count)
    line = f"{len(results)} links: {parts}"
    if counts[LinkStatus.FAILED]:
        line += ("\nLinks that failed are kept in the project as missing sources: save those "
                 "pages in your browser and attach them in the window (File > Missing sources…)")
    return line
