"""Save dialogs of the analysis window: tables to CSV or XLSX, charts to PNG or SVG."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from annotator.core.analysis import tables
from annotator.core.errors import AnnotatorError
from annotator.gui.analysis.charts import Chart, save_chart, svg_available
from annotator.gui.analysis.labels import translate
from annotator.gui.messages import describe


def save_tables(parent: QWidget, shown: Sequence[tables.Table], name: str) -> Path | None:
    """Ask where, then write the first table as CSV, or every table as an XLSX workbook."""
    csv_filter = translate("Analysis", "CSV table (*.csv)")
    xlsx_filter = translate("Analysis", "Excel workbook (*.xlsx)")
    path, chosen = QFileDialog.getSaveFileName(
        parent, translate("Analysis", "Export table"), str(Path.home() / f"{name}.xlsx"),
        f"{xlsx_filter};;{csv_filter}")
    if not path:
        return None
    destination = _with_suffix(Path(path), ".csv" if chosen == csv_filter else ".xlsx")
    if destination.suffix.lower() == ".csv":
        return _write(parent, destination, lambda: tables.write_csv(shown[0], destination))
    return _write(parent, destination, lambda: tables.write_xlsx(shown, destination))


def save_image(parent: QWidget, chart: Chart, name: str) -> Path | None:
    png_filter = translate("Analysis", "PNG image (*.png)")
    svg_filter = translate("Analysis", "SVG drawing (*.svg)")
    filters = f"{png_filter};;{svg_filter}" if svg_available() else png_filter
    path, chosen = QFileDialog.getSaveFileName(
        parent, translate("Analysis", "Save chart"), str(Path.home() / f"{name}.png"), filters)
    if not path:
        return None
    destination = _with_suffix(Path(path), ".svg" if chosen == svg_filter else ".png")
    return _write(parent, destination, lambda: save_chart(chart, destination))


def _with_suffix(path: Path, default: str) -> Path:
    known = {".csv", ".xlsx", ".png", ".svg"}
    return path if path.suffix.lower() in known else path.with_name(path.name + default)


def _write(parent: QWidget, destination: Path, write: Callable[[], object]) -> Path | None:
    try:
        write()
    except (AnnotatorError, OSError) as exc:
        QMessageBox.warning(parent, translate("Analysis", "Cannot save"), describe(exc))
        return None
    return destination
