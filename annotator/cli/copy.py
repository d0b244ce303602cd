"""`annotator copy SOURCE DEST`: a whole project from a file or server to another."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "copy",
        help="copy a whole project: file to server, server to file, file to file",
        description="Copy a whole project, originals included, keeping its ids, coders, "
        "dates and GUIDs. SOURCE and DEST are project files or server projects "
        "(postgresql://user@host:port/dbname, set up with 'annotator server init').",
    )
    parser.add_argument("source", metavar="SOURCE")
    parser.add_argument("destination", metavar="DEST")
    parser.add_argument(
        "--force", action="store_true", help="replace what DEST holds (refused otherwise)"
    )
    parser.set_defaults(handler=cmd_copy)


def cmd_copy(args: argparse.Namespace) -> int:
    from annotator.core.copying import copy_project

    report = copy_project(args.source, args.destination, force=args.force)
    print(f"copied {report.source} to {report.destination}: {report.summary()}")
    return 0
