"""`annotator autocode PROJECT QUERY --concept PATH`: code every hit of a search at once."""

from __future__ import annotations

import argparse
from pathlib import Path

from annotator.cli.exchange import _document_ids as document_ids
from annotator.core.errors import AnnotatorError
from annotator.core.project import Project

PREVIEW_WIDTH = 100


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "autocode",
        help="code every hit of a search with a concept",
        description='QUERY uses the search syntax: words, "a phrase", prefix*, OR, AND, '
        "NOT; accents and capitals do not matter. A passage that already carries the "
        "concept is left as it is.",
    )
    parser.add_argument("project")
    parser.add_argument("query")
    parser.add_argument(
        "--concept", required=True, metavar="PATH", help='the concept to code with ("Parent/Child")'
    )
    parser.add_argument(
        "--document",
        action="append",
        metavar="TITLE_OR_ID",
        help="only this document, given by its exact title or its id; repeatable",
    )
    unit = parser.add_mutually_exclusive_group()
    unit.add_argument(
        "--sentence",
        action="store_const",
        const="sentence",
        dest="unit",
        help="code the sentence holding each hit",
    )
    unit.add_argument(
        "--paragraph",
        action="store_const",
        const="paragraph",
        dest="unit",
        help="code the paragraph holding each hit",
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="list the passages that would be coded, change nothing",
    )
    parser.set_defaults(handler=cmd_autocode, unit="hit")


def cmd_autocode(args: argparse.Namespace) -> int:
    with Project.open(Path(args.project), read_only=args.dry_run) as project:
        concept = project.concept_by_path(args.concept)
        if concept is None:
            raise AnnotatorError(f"{args.project}: no concept {args.concept!r}")
        chosen = set(document_ids(project, args.document)) if args.document else None
        hits = project.autocode_hits(args.query, concept.id, unit=args.unit, document_ids=chosen)
        fresh = [h for h in hits if not h.coded]
        documents = len({h.document_id for h in hits})
        print(
            f"{len(hits)} passages found in {documents} documents; "
            f"{len(hits) - len(fresh)} already coded with {args.concept}"
        )
        if args.dry_run:
            for hit in fresh:
                print(f"{hit.title[:30]}  {hit.start}-{hit.end}  {_cut(hit.preview)}")
            return 0
        batch = project.autocode(concept.id, fresh)
    print(
        f"coded {len(batch.taggings)} passages with {args.concept} "
        f"({batch.created} new highlights, {len(batch.taggings) - batch.created} "
        "highlights of the same range given the concept)"
    )
    return 0


def _cut(text: str) -> str:
    return text if len(text) <= PREVIEW_WIDTH else text[: PREVIEW_WIDTH - 1] + "…"
