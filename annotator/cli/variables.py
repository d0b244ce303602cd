"""`annotator variables PROJECT`: list, define, set, import and export document variables."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import cast

from annotator.cli.exchange import _document_ids as document_ids
from annotator.cli.stats import print_table
from annotator.core.analysis.tables import Column, Table
from annotator.core.errors import AnnotatorError
from annotator.core.project import Project
from annotator.core.variables import TYPES, VariableType
from annotator.core.variables_sheet import TYPE_WORDS, export_variables, import_variables


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "variables",
        help="document variables: list, define, set, import, export",
        description="Without options: the variables, then each document's values. A sheet "
        "to import has the documents in its first column (exact title or id) and one "
        "column per variable, named in the first row.",
    )
    parser.add_argument("project")
    parser.add_argument(
        "--define",
        nargs="+",
        action="append",
        default=[],
        metavar=("NAME TYPE", "CHOICE"),
        help=f"define a variable; TYPE is one of {', '.join(TYPES)} "
        "(a category lists its choices after it); repeatable",
    )
    parser.add_argument(
        "--set",
        nargs=3,
        action="append",
        default=[],
        metavar=("DOCUMENT", "NAME", "VALUE"),
        help='set a document\'s value (an empty VALUE, "", clears it); repeatable',
    )
    parser.add_argument(
        "--import",
        dest="sheet",
        metavar="FILE.csv|FILE.xlsx",
        help="set values from a sheet; variables it names are defined",
    )
    parser.add_argument(
        "--export", metavar="OUT.csv|OUT.xlsx", help="write every document with its variables"
    )
    parser.set_defaults(handler=cmd_variables)


def cmd_variables(args: argparse.Namespace) -> int:
    edits = bool(args.define or args.set or args.sheet)
    with Project.open(Path(args.project), read_only=not edits) as project:
        for definition in args.define:
            _define(project, definition)
        if args.sheet:
            report = import_variables(project, Path(args.sheet))
            print(report.summary())
            for line in report.details():
                print(line, file=sys.stderr)
        for document, name, value in args.set:
            variable = project.variable_by_name(name)
            if variable is None:
                raise AnnotatorError(
                    f"{args.project}: no variable {name!r} (define it with --define {name!r} TYPE)"
                )
            [document_id] = document_ids(project, [document])
            project.set_variable_value(document_id, variable.id, value)
        if args.export:
            export_variables(project, Path(args.export))
            print(f"written: {args.export}", file=sys.stderr)
        if not edits and not args.export:
            _list(project)
    return 0


def _define(project: Project, definition: list[str]) -> None:
    if len(definition) < 2:
        raise AnnotatorError(f"--define {definition[0]!r} needs a type ({', '.join(TYPES)})")
    name, kind, *choices = definition
    # define_variable refuses, in words, a type that is none of TYPES
    variable = project.define_variable(name, cast(VariableType, kind.casefold()), choices)
    print(f"defined {variable.name} ({TYPE_WORDS[variable.type]})")


def _list(project: Project) -> None:
    variables = project.variables()
    if not variables:
        print(
            "no variables yet (annotator variables PROJECT --define NAME TYPE, or --import a sheet)"
        )
        return
    for variable in variables:
        listed = f": {', '.join(variable.choices)}" if variable.choices else ""
        print(f"{variable.name} ({TYPE_WORDS[variable.type]}{listed})")
    values = project.variable_values()
    columns = (
        Column("document", "Document"),
        *(Column(f"variable:{v.id}", v.name) for v in variables),
    )
    rows = tuple(
        (d.title, *(values.get(d.id, {}).get(v.id, "") for v in variables))
        for d in project.documents()
    )
    print()
    print_table(Table("Variables", columns, rows))
