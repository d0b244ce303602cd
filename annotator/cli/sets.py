"""`annotator sets PROJECT`: list, create, fill, empty, rename and remove document sets."""

from __future__ import annotations

import argparse
from pathlib import Path

from annotator.cli.exchange import _document_ids as document_ids
from annotator.core.errors import AnnotatorError
from annotator.core.project import Project
from annotator.core.sets import DocumentSet


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "sets",
        help="document sets: list, create, add and remove documents, rename, delete",
        description="Without options: each set with its documents. Documents are given by "
        "exact title or id.",
    )
    parser.add_argument("project")
    parser.add_argument(
        "--create",
        nargs="+",
        action="append",
        default=[],
        metavar=("NAME", "DOCUMENT"),
        help="create a set, with these documents if any are given; repeatable",
    )
    parser.add_argument(
        "--add",
        nargs="+",
        action="append",
        default=[],
        metavar=("NAME", "DOCUMENT"),
        help="add documents to a set; repeatable",
    )
    parser.add_argument(
        "--remove",
        nargs="+",
        action="append",
        default=[],
        metavar=("NAME", "DOCUMENT"),
        help="take documents out of a set (they stay in the project); repeatable",
    )
    parser.add_argument(
        "--rename",
        nargs=2,
        action="append",
        default=[],
        metavar=("NAME", "NEW_NAME"),
        help="rename a set; repeatable",
    )
    parser.add_argument(
        "--delete",
        action="append",
        default=[],
        metavar="NAME",
        help="delete a set (its documents stay in the project); repeatable",
    )
    parser.set_defaults(handler=cmd_sets)


def cmd_sets(args: argparse.Namespace) -> int:
    edits = bool(args.create or args.add or args.remove or args.rename or args.delete)
    with Project.open(Path(args.project), read_only=not edits) as project:
        for name, *documents in args.create:
            made = project.create_set(name, document_ids(project, documents))
            print(f"created {made.name} ({len(documents)} documents)")
        for name, *documents in args.add:
            added = project.add_to_set(
                set_named(project, name).id, document_ids(project, documents)
            )
            print(f"{name}: {len(added)} documents added")
        for name, *documents in args.remove:
            removed = project.remove_from_set(
                set_named(project, name).id, document_ids(project, documents)
            )
            print(f"{name}: {len(removed)} documents taken out")
        for name, new_name in args.rename:
            project.rename_set(set_named(project, name).id, new_name)
        for name in args.delete:
            project.remove_set(set_named(project, name).id)
        if not edits:
            _list(project)
    return 0


def set_named(project: Project, name: str) -> DocumentSet:
    """The set of this name, or an error listing the sets there are."""
    found = project.set_by_name(name)
    if found is None:
        known = ", ".join(s.name for s in project.document_sets()) or "none"
        raise AnnotatorError(f"{project.path}: no set {name!r} (sets: {known})")
    return found


def _list(project: Project) -> None:
    sets = project.document_sets()
    if not sets:
        print("no sets yet (annotator sets PROJECT --create NAME DOCUMENT...)")
        return
    members = project.members_by_set()
    titles = {d.id: d.title for d in project.documents()}
    for found in sets:
        inside = sorted((titles[d] for d in members.get(found.id, ())), key=str.casefold)
        print(f"{found.name} ({len(inside)} documents)")
        for title in inside:
            print(f"  {title}")
