"""Exports of a project's annotations, one module per format, behind one registry.

    from annotator.core.exporting import ExportSelection, export
    export(project, "csv", Path("passages.csv"))
    export(project, "html", Path("report.html"), ExportSelection(concept_ids=[3]))

Every format writes to a temporary file beside the destination and renames it
into place, so a failed or cancelled export leaves no half-written file.
`progress(done, total)` counts annotations; raising `Cancelled` from it stops.
A format may take keyword options, listed in its `options` (the CSV's `raw`):

    export(project, "csv", Path("verbatim.csv"), raw=True)
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator.core.errors import AnnotatorError, ExportCause
from annotator.core.exporting.atomic import ExportFailure
from annotator.core.exporting.selection import ExportSelection, Progress

if TYPE_CHECKING:
    from annotator.core.project import Project

__all__ = [
    "FORMATS", "ExportFailure", "ExportFormat", "ExportSelection", "export", "export_annotated_pdf",
]

# write(project, destination, selection, progress, **options) -> the path written
Writer = Callable[..., Path]


def _lazy(module: str, function: str) -> Callable[..., Any]:
    """A format's function, its module (and the libraries it needs: XlsxWriter, pypdf,
    lxml...) loaded when first called, so that opening a project pays for none of them."""

    def call(*args: Any, **kwargs: Any) -> Any:
        loaded = importlib.import_module(f"{__name__}.{module}")
        return getattr(loaded, function)(*args, **kwargs)

    return call


def __getattr__(name: str) -> Any:
    if name == "export_annotated_pdf":
        return _lazy("pdf_export", name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


write_csv = _lazy("csv_export", "write_csv")
write_xlsx = _lazy("xlsx_export", "write_xlsx")
write_webannotation = _lazy("webannotation", "write_webannotation")
write_html_report = _lazy("html_report", "write_html_report")
write_codebook_table = _lazy("codebook_table", "write_codebook_table")
write_iramuteq = _lazy("iramuteq", "write_iramuteq")
write_annotated_pdfs = _lazy("pdf_export", "write_annotated_pdfs")
export_qdpx = _lazy("refi_export", "export_qdpx")
export_qdc = _lazy("refi_export", "export_qdc")


@dataclass(frozen=True)
class ExportFormat:
    name: str  # what the command line and settings use
    label: str  # what a menu or file dialog shows
    suffix: str  # of the file written; "" for a folder
    write: Writer
    folder: bool = False  # the destination is a folder that receives several files
    whole_project: bool = False  # ignores the selection of documents and concepts
    options: frozenset[str] = frozenset()  # keyword options its writer accepts
    other_suffixes: tuple[str, ...] = ()  # of other files it can write, chosen by the suffix


FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("csv", "CSV table (UTF-8)", ".csv", write_csv,
                     options=frozenset({"raw", "separator"})),
        ExportFormat("xlsx", "Excel workbook", ".xlsx", write_xlsx),
        ExportFormat("webannotation", "W3C Web Annotations (JSON-LD)", ".jsonld",
                     write_webannotation),
        ExportFormat("html", "HTML report", ".html", write_html_report),
        # a CSV, or a workbook when the destination ends in .xlsx
        ExportFormat("codebook", "Codebook table (CSV, or XLSX by the file's extension)", ".csv",
                     write_codebook_table, options=frozenset({"raw"}), other_suffixes=(".xlsx",)),
        ExportFormat("iramuteq", "IRaMuTeQ corpus of the coded passages (UTF-8 text)", ".txt",
                     write_iramuteq),
        ExportFormat("pdf", "Annotated PDFs (a folder, one file per PDF)", "",
                     write_annotated_pdfs, folder=True),
        # REFI-QDA always carries the whole project: the selection does not apply.
        # positions: "codepoints" (the standard) or "utf16" (NVivo); qualify_names:
        # "path" or "parent" for names several concepts share (QualCoder needs them unique).
        ExportFormat("qdpx", "REFI-QDA project (NVivo, ATLAS.ti, MAXQDA, QualCoder)", ".qdpx",
                     lambda project, path, _selection, progress, **options:
                     export_qdpx(project, path, progress=progress, **options),
                     whole_project=True, options=frozenset({"positions", "qualify_names"})),
        ExportFormat("qdc", "REFI-QDA codebook", ".qdc",
                     lambda project, path, _selection, _progress, **options:
                     export_qdc(project, path, **options),
                     whole_project=True, options=frozenset({"qualify_names"})),
    )
}


def export(
    project: Project,
    format_name: str,
    destination: Path,
    selection: ExportSelection | None = None,
    progress: Progress | None = None,
    **options: Any,
) -> Path:
    """Write the selected annotations in the named format; returns the path written.

    A file destination without a suffix gets the format's suffix. The "pdf"
    format writes into a folder; `export_annotated_pdf` writes a single document.
    """
    chosen = FORMATS.get(format_name)
    if chosen is None:
        names = ", ".join(sorted(FORMATS))
        raise AnnotatorError.coded("", ExportCause.UNKNOWN_FORMAT, format=format_name, known=names)
    unknown = sorted(set(options) - chosen.options)
    if unknown:
        raise AnnotatorError.coded(
            "", ExportCause.UNKNOWN_OPTION, format=chosen.name, option=unknown[0]
        )
    destination = Path(destination)
    if not chosen.folder and not destination.suffix:
        destination = destination.with_suffix(chosen.suffix)
    return chosen.write(project, destination, selection, progress, **options)
