"""`annotator export`, `import-refi` and `import-codebook`: coded material out, codebooks and
REFI-QDA projects in."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from annotator import PROJECT_SUFFIX
from annotator.cli.progress import TerminalProgress
from annotator.core.errors import AnnotatorError
from annotator.core.exporting import FORMATS, ExportSelection, export, naming
from annotator.core.exporting.codebook import Codebook
from annotator.core.exporting.csv_export import SEPARATORS
from annotator.core.exporting.refi_common import UNITS
from annotator.core.exporting.refi_names import QUALIFY_STYLES, repeated_names_warning

if TYPE_CHECKING:
    from annotator.core.project import Project


def register(subparsers: argparse._SubParsersAction) -> None:
    formats = "; ".join(f"{f.name}: {f.label}" for f in FORMATS.values())
    exp = subparsers.add_parser(
        "export", help="write the highlights as CSV, Excel, HTML, PDF, JSON-LD, REFI-QDA, "
        "a codebook table or an IRaMuTeQ corpus",
        description=f"Formats — {formats}.")
    exp.add_argument("project", help=f"project file ({PROJECT_SUFFIX})")
    exp.add_argument("--format", "-f", required=True, metavar="FORMAT",
                     help=f"one of: {', '.join(FORMATS)}")
    exp.add_argument("--output", "-o", required=True, metavar="OUT",
                     help="file to write (the format's extension is added if missing); "
                     "a folder for the pdf format")
    exp.add_argument("--concept", action="append", metavar="PATH_OR_ID",
                     help='only passages tagged with this concept or its sub-concepts, given '
                     'as a path ("Parent/Child") or an id; repeatable')
    exp.add_argument("--document", action="append", metavar="TITLE_OR_ID",
                     help="only this document, given by its exact title or its id; repeatable")
    exp.add_argument("--raw", action="store_true",
                     help="csv and codebook: write every cell exactly as stored, without the ' "
                     "that otherwise keeps a spreadsheet from running a cell as a formula")
    exp.add_argument("--csv-separator", choices=SEPARATORS, metavar="CHAR",
                     help="csv: the column separator, ',' (the default) or ';' (for a "
                     "spreadsheet whose decimal mark is a comma, such as French Excel)")
    exp.add_argument("--positions", choices=UNITS, metavar="UNITS",
                     help="qdpx: count selection positions in codepoints (the standard, the "
                     "default) or utf16 (code units, as NVivo reads them)")
    exp.add_argument("--qualify-names", nargs="?", const="path", choices=QUALIFY_STYLES,
                     metavar="STYLE", help="qdpx and qdc: give concept names that several "
                     "concepts share their parent, as path (Parent/Child, the default) or "
                     "parent (Child (Parent)); QualCoder needs unique names")
    exp.set_defaults(handler=cmd_export)

    imp = subparsers.add_parser(
        "import-refi", help="import a REFI-QDA project (.qdpx) or codebook (.qdc) "
        "made by NVivo, ATLAS.ti, MAXQDA, QualCoder...")
    imp.add_argument("project", help=f"project file ({PROJECT_SUFFIX})")
    imp.add_argument("file", metavar="FILE", help="a .qdpx project or a .qdc codebook")
    imp.add_argument("--create", action="store_true", help="create the project if missing")
    imp.set_defaults(handler=cmd_import_refi)

    book = subparsers.add_parser(
        "import-codebook", help="merge a codebook table (CSV: Path, Description, Colour, "
        "Shortcut) into the project's concepts, by path")
    book.add_argument("project", help=f"project file ({PROJECT_SUFFIX})")
    book.add_argument("file", metavar="FILE.csv",
                      help="a table with a Path column, as `export -f codebook` writes")
    book.add_argument("--create", action="store_true", help="create the project if missing")
    book.set_defaults(handler=cmd_import_codebook)


def cmd_export(args: argparse.Namespace) -> int:
    chosen = FORMATS.get(args.format)
    if chosen is None:
        raise AnnotatorError(f"unknown export format {args.format!r} "
                             f"(known: {', '.join(FORMATS)})")
    if chosen.whole_project and (args.concept or args.document):
        raise AnnotatorError(f"the {chosen.name} format always carries the whole project: "
                             "--concept and --document do not apply to it")
    _check_output_name(chosen.name, Path(args.output))
    options: dict[str, object] = {}
    if args.raw:
        if "raw" not in chosen.options:
            raise AnnotatorError(f"--raw applies to the csv and codebook formats, "
                                 f"not to {chosen.name}")
        options["raw"] = True
    if args.csv_separator is not None:
        if "separator" not in chosen.options:
            raise AnnotatorError(f"--csv-separator applies to the csv format, "
                                 f"not to {chosen.name}")
        options["separator"] = args.csv_separator
    options.update(_refi_options(chosen.name, chosen.options, args))
    from annotator.core.project import Project

    with Project.open(args.project, read_only=True) as project:  # a file or a URL
        selection = ExportSelection(
            document_ids=_document_ids(project, args.document) if args.document else None,
            concept_ids=_concept_ids(project, args.concept) if args.concept else None,
        )
        progress = TerminalProgress(f"exporting {chosen.name}")
        try:
            written = export(project, chosen.name, Path(args.output), selection, progress,
                             **options)
        finally:
            progress.finish()
        if "qualify_names" in chosen.options:
            warning = repeated_names_warning(Codebook(project.concepts()),
                                             args.qualify_names)
            if warning:
                print(f"warning: {warning} (--qualify-names)", file=sys.stderr)
    print(written)
    return 0


def _check_output_name(name: str, output: Path) -> None:
    """Refuse an output named for another format (an Excel workbook in out.qdpx makes NVivo
    fail): on the command line the format is stated, so the mismatch is a mistake."""
    other = naming.format_for(name, output)
    folder = naming.folder_owner(output)
    if other != name or (folder is not None and folder.name != name):
        meant = other if other != name else folder.name if folder else name
        raise AnnotatorError(
            f"{output}: a {output.suffix} file is what the {meant} format writes, not the "
            f"{name} format; name the output for {name} or give --format {meant}")


def _refi_options(name: str, accepted: frozenset[str], args: argparse.Namespace
                  ) -> dict[str, object]:
    """The REFI-QDA options given, refused for a format they do not apply to."""
    options: dict[str, object] = {}
    for option, value, flag in (("positions", args.positions, "--positions"),
                                ("qualify_names", args.qualify_names, "--qualify-names")):
        if value is None:
            continue
        if option not in accepted:
            raise AnnotatorError(f"{flag} does not apply to the {name} format")
        options[option] = value
    return options


def _concept_ids(project: Project, wanted: list[str]) -> list[int]:
    """Concepts by path first (a concept may be named "2024"), then by id."""
    ids = []
    for value in wanted:
        concept = project.concept_by_path(value)
        if concept is None and value.strip().isdigit():
            concept = next((c for c in project.concepts() if c.id == int(value)), None)
        if concept is None:
            raise AnnotatorError(f"no concept {value!r} in {project.path.name} (give a path "
                                 "like Parent/Child or an id; `annotator info` lists them)")
        ids.append(concept.id)
    return ids


def _document_ids(project: Project, wanted: list[str]) -> list[int]:
    """Documents by exact title first, then by id; a title shared by several is refused."""
    documents = project.documents()
    ids = []
    for value in wanted:
        titled = [d.id for d in documents if d.title == value]
        if len(titled) > 1:
            raise AnnotatorError(f"{len(titled)} documents are titled {value!r}: give the id "
                                 f"of the one you mean ({', '.join(map(str, titled))})")
        if not titled and value.strip().isdigit():
            titled = [d.id for d in documents if d.id == int(value)]
        if not titled:
            raise AnnotatorError(f"no document {value!r} in {project.path.name} (give its exact "
                                 "title or its id; `annotator info` lists them)")
        ids.append(titled[0])
    return ids


def cmd_import_refi(args: argparse.Namespace) -> int:
    from annotator.core.importing.refi_file import import_refi
    from annotator.core.project import Project

    source = Path(args.file)
    with Project.open(Path(args.project), create=args.create) as project:
        progress = TerminalProgress(source.name[:30])
        try:
            report = import_refi(project, source, progress=progress)
        finally:
            progress.finish()
    print(f"{source.name}: {report.summary()}")
    reused = (report.documents_reused, report.concepts_reused, report.annotations_present)
    if any(reused):
        print("already in the project: {} documents, {} concepts, {} annotations".format(*reused))
    for line in report.notes:
        print(f"note: {line}")
    for line in report.skipped:
        print(line)
    return 0


def cmd_import_codebook(args: argparse.Namespace) -> int:
    from annotator.core.importing.codebook_csv import import_codebook_csv
    from annotator.core.project import Project

    source = Path(args.file)
    with Project.open(Path(args.project), create=args.create) as project:
        report = import_codebook_csv(project, source)
    print(f"{source.name}: {report.summary()}")
    for line in report.notes:
        print(f"note: {line}")
    return 0
