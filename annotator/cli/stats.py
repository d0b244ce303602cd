"""`annotator stats` (frequencies, co-occurrence, coder agreement) and `annotator merge`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from annotator.cli.arguments import day
from annotator.cli.progress import TerminalProgress
from annotator.cli.sets import set_named
from annotator.core import analysis
from annotator.core.analysis import tables
from annotator.core.analysis.by_variable import variable_matrix
from annotator.core.analysis.cooccurrence import Mode
from annotator.core.analysis.filters import AnalysisFilter
from annotator.core.errors import AnnotatorError
from annotator.core.project import Project
from annotator.core.variables import Variable

MAX_COLUMN = 40
MAX_HEADER = 12  # headers of matrices (one column per document or concept)
WIDE_TABLE = 11  # columns beyond which headers are cut short (agreement has 11)


def register(subparsers: argparse._SubParsersAction) -> None:
    stats = subparsers.add_parser(
        "stats", help="concept frequencies, co-occurrence, agreement between two coders",
        description="Without options: one row per concept (passages, documents, share of "
        "text). Filters narrow every figure.")
    stats.add_argument("project")
    stats.add_argument("--by", type=_grouping, default="concept",
                       metavar="concept|document|kind|site|variable:NAME",
                       help="one row per concept (default), or concepts by documents, by "
                       "kinds of document, by sites or by the values of a document variable")
    stats.add_argument("--coverage", action="store_true",
                       help="with --by: share of the text coded, not numbers of passages")
    stats.add_argument("--cooccurrence", action="store_true",
                       help="concepts by concepts: passage pairs that overlap")
    near = stats.add_mutually_exclusive_group()
    near.add_argument("--within", type=int, metavar="N",
                      help="with --cooccurrence: passages at most N characters apart")
    near.add_argument("--paragraph", action="store_true",
                      help="with --cooccurrence: passages in the same paragraph")
    stats.add_argument("--agreement", nargs=2, metavar=("CODER_A", "CODER_B"),
                       help="Krippendorff's unitized alpha, percentage agreement and "
                       "Cohen's kappa, per concept")
    stats.add_argument("--sub-concepts", action="store_true",
                       help="count passages of sub-concepts for their parent too")
    stats.add_argument("--kind", action="append", choices=("pdf", "web", "text"),
                       help="only documents of this kind (repeatable)")
    stats.add_argument("--site", action="append", help="only documents from this site")
    stats.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", type=day,
                       help="only documents dated from this day")
    stats.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", type=day,
                       help="only documents dated up to this day")
    stats.add_argument("--author", action="append", help="only passages by this coder")
    stats.add_argument("--set", dest="sets", action="append", metavar="NAME",
                       help="only the documents of this document set (repeatable: of any)")
    stats.add_argument("--concept", action="append", metavar="PATH",
                       help='only this concept ("Parent/Child"; repeatable)')
    stats.add_argument("--csv", metavar="OUT", help="also write the table to this CSV file")
    stats.set_defaults(handler=cmd_stats)

    merge = subparsers.add_parser(
        "merge", help="add another coder's copy of the project (documents, concepts, passages)")
    merge.add_argument("project", help="the project to merge into (a file or a server project)")
    merge.add_argument("other", metavar="OTHER_PROJECT", help="the copy to merge from")
    merge.set_defaults(handler=cmd_merge)


def cmd_stats(args: argparse.Namespace) -> int:
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise AnnotatorError(f"--from {args.date_from} comes after --to {args.date_to}: "
                             "no document can be dated in between")
    with Project.open(Path(args.project), read_only=True) as project:
        data = analysis.load(project, paragraphs=args.cooccurrence and args.paragraph)
        data = _filter(args, project).apply(data)
        grouping = _variable_grouping(args, project)
    children = args.sub_concepts
    if args.agreement:
        coder_a, coder_b = args.agreement
        known = set(data.authors)
        missing = [c for c in (coder_a, coder_b) if c not in known]
        if missing:
            raise AnnotatorError(f"no passages by {', '.join(missing)} here "
                                 f"(coders: {', '.join(sorted(known)) or 'none'})")
        report = analysis.agreement(data, coder_a, coder_b, include_children=children)
        table = tables.agreement_table(data, report)
        print(f"{len(report.document_ids)} documents coded by both; "
              f"{len(report.disagreements)} disagreements")
        print("all concepts: Krippendorff's alpha (unitized) "
              f"{tables.format_cell(report.overall_alpha.alpha, 'kappa')}, Cohen's kappa "
              f"{tables.format_cell(report.overall.kappa, 'kappa')}")
    elif args.cooccurrence:
        mode: Mode = "paragraph" if args.paragraph else "within" if args.within is not None else \
            "overlap"
        pairs = analysis.cooccurrence(data, mode=mode, within=args.within or 0,
                                      include_children=children)
        table = tables.cooccurrence_table(data, pairs)
    elif grouping is not None:
        matrix = variable_matrix(data, *grouping, include_children=children)
        table = tables.matrix_table(data, matrix, "coverage" if args.coverage else "count")
    elif args.by != "concept":
        matrix = analysis.concept_matrix(data, by=args.by, include_children=children)
        table = tables.matrix_table(data, matrix, "coverage" if args.coverage else "count")
    else:
        table = tables.frequency_table(
            data, analysis.concept_frequencies(data, include_children=children))
    if args.csv:
        tables.write_csv(table, Path(args.csv))
        print(f"written: {args.csv}", file=sys.stderr)
    print_table(table)
    return 0


def _grouping(value: str) -> str:
    if value in ("concept", "document", "kind", "site") or (
            value.startswith("variable:") and value.removeprefix("variable:").strip()):
        return value
    raise argparse.ArgumentTypeError(
        f"{value!r}: expected concept, document, kind, site or variable:NAME")


def _variable_grouping(
    args: argparse.Namespace, project: Project
) -> tuple[Variable, dict[int, str]] | None:
    """With --by variable:NAME, the variable and each document's value of it."""
    if not args.by.startswith("variable:"):
        return None
    name = args.by.removeprefix("variable:").strip()
    variable = project.variable_by_name(name)
    if variable is None:
        known = ", ".join(v.name for v in project.variables()) or "none"
        raise AnnotatorError(f"{args.project}: no variable {name!r} (variables: {known})")
    values = {document_id: found[variable.id]
              for document_id, found in project.variable_values().items()
              if variable.id in found}
    return variable, values


def _filter(args: argparse.Namespace, project: Project) -> AnalysisFilter:
    concept_ids = set()
    for path in args.concept or ():
        concept = project.concept_by_path(path)
        if concept is None:
            raise AnnotatorError(f"{args.project}: no concept {path!r}")
        concept_ids.add(concept.id)
    in_sets = None
    if args.sets:
        in_sets = project.documents_in_sets([set_named(project, name).id for name in args.sets])
    return AnalysisFilter(
        kinds=_chosen(args.kind), sites=_chosen(args.site), date_from=args.date_from,
        date_to=args.date_to, concept_ids=_chosen(concept_ids), authors=_chosen(args.author),
        document_ids=in_sets,
    )


def _chosen(values) -> frozenset | None:
    """The values given on the command line; None (no restriction) when none were."""
    return frozenset(values) if values else None


def print_table(table: tables.Table) -> None:
    """Columns aligned, long names cut; numbers right-aligned."""
    header_width = MAX_HEADER if len(table.columns) > WIDE_TABLE else MAX_COLUMN
    headers = [_cut(c.label, MAX_COLUMN if i == 0 else header_width)
               for i, c in enumerate(table.columns)]
    body = [[_cut(table.cell_text(r, c)) for c in range(len(table.columns))]
            for r in range(len(table.rows))]
    widths = [max(len(row[i]) for row in [headers, *body]) for i in range(len(headers))]
    for row in [headers, *body]:
        cells = [cell.ljust(w) if column.kind == "text" else cell.rjust(w)
                 for cell, w, column in zip(row, widths, table.columns, strict=True)]
        print("  ".join(cells).rstrip())


def _cut(text: str, width: int = MAX_COLUMN) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def cmd_merge(args: argparse.Namespace) -> int:
    # either may be a server project (postgresql://...): its address is kept as text
    with Project.open(args.other, read_only=True) as other, \
            Project.open(args.project) as project:
        progress = TerminalProgress("merging")
        try:
            report = analysis.merge_project(project, other, progress=progress)
        finally:
            progress.finish()
    print(report.summary())
    print(report.groups.summary())
    for unplaced in report.unplaced:
        print(f"not placed: {unplaced}", file=sys.stderr)
    for note in report.groups.notes:
        print(note, file=sys.stderr)
    return 0
