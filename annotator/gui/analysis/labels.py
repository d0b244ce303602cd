"""Translated words of the analysis window: column headers, kinds, kappa in plain words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from annotator.core.analysis.filters import NO_SITE
from annotator.core.analysis.tables import Column, Table


def tr(text: str) -> str:
    return QCoreApplication.translate("Analysis", text)


def kind_label(kind: str) -> str:
    return {"pdf": tr("PDF"), "web": tr("Web"), "text": tr("Text")}.get(kind, kind)


def site_label(site: str) -> str:
    return tr("(no site)") if site == NO_SITE else site


def header(column: Column, coders: tuple[str, str] = ("", "")) -> str:
    """The header a user reads for a column of a core table."""
    fixed = {
        "concept": tr("Concept"), "passages": tr("Passages"), "documents": tr("Documents"),
        "characters": tr("Characters coded"), "coverage": tr("Share of text"),
        "both": tr("Both"), "neither": tr("Neither"), "agreement": tr("Agreement"),
        "kappa": tr("Kappa"), "document": tr("Document"), "start": tr("Start"),
        "end": tr("End"), "overlap": tr("Overlap of coded text"),
    }
    coder_a, coder_b = coders
    by_coder = {
        "coder_a": tr("Coded by %1").replace("%1", coder_a),
        "coder_b": tr("Coded by %1").replace("%1", coder_b),
        "only_a": tr("%1 only").replace("%1", coder_a),
        "only_b": tr("%1 only").replace("%1", coder_b),
        "passage_a": coder_a, "passage_b": coder_b,
    }
    if column.key in fixed:
        return fixed[column.key]
    if column.key in by_coder:
        return by_coder[column.key]
    if column.key.startswith("kind:"):
        return kind_label(column.key.removeprefix("kind:"))
    if column.key.startswith("site:"):
        return site_label(column.key.removeprefix("site:"))
    return column.label  # a document title or a concept path


def translated(table: Table, coders: tuple[str, str] = ("", "")) -> Table:
    """`table` with headers and the pooled row's name in the user's language."""
    table = table.relabel(lambda column: header(column, coders))
    if table.row_keys and table.row_keys[-1] is None and table.title == "Agreement":
        last = (tr("All concepts"), *table.rows[-1][1:])
        table = Table(table.title, table.columns, (*table.rows[:-1], last), table.row_keys)
    return table


def kappa_words(kappa: float | None) -> str:
    """Landis and Koch's names for ranges of kappa."""
    if kappa is None:
        return tr("not defined")
    if kappa < 0:
        return tr("poor")
    for limit, words in ((0.20, tr("slight")), (0.40, tr("fair")), (0.60, tr("moderate")),
                         (0.80, tr("substantial"))):
        if kappa <= limit:
            return words
    return tr("almost perfect")
