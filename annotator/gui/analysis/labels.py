"""Translated words of the analysis window: column headers, kinds, kappa in plain words."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from annotator.core.analysis.by_variable import NO_VALUE
from annotator.core.analysis.filters import NO_SITE
from annotator.core.analysis.tables import Column, Table


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate; lupdate reads the literal context at each call."""
    return QCoreApplication.translate(context, text)


def tr(text: str) -> str:
    """A text already in the catalogue (written out elsewhere), in the Analysis context."""
    return translate("Analysis", text)


def kind_label(kind: str) -> str:
    return {"pdf": translate("Analysis", "PDF"), "web": translate("Analysis", "Web"),
            "text": translate("Analysis", "Text")}.get(kind, kind)


def site_label(site: str) -> str:
    return translate("Analysis", "(no site)") if site == NO_SITE else site


def header(column: Column, coders: tuple[str, str] = ("", "")) -> str:
    """The header a user reads for a column of a core table."""
    return _headers(coders)(column)


def _headers(coders: tuple[str, str]) -> Callable[[Column], str]:
    """`header` with the words translated once (a matrix may have a thousand columns)."""
    fixed = {
        "concept": translate("Analysis", "Concept"),
        "passages": translate("Analysis", "Passages"),
        "documents": translate("Analysis", "Documents"),
        "characters": translate("Analysis", "Characters coded"),
        "coverage": translate("Analysis", "Share of text"),
        "both": translate("Analysis", "Both"),
        "neither": translate("Analysis", "Neither"),
        "agreement": translate("Analysis", "Agreement"),
        "kappa": translate("Analysis", "Kappa"),
        "document": translate("Analysis", "Document"),
        "start": translate("Analysis", "Start"),
        "end": translate("Analysis", "End"),
        "overlap": translate("Analysis", "Overlap of coded text"),
    }
    coder_a, coder_b = coders
    coded_by, only = translate("Analysis", "Coded by %1"), translate("Analysis", "%1 only")
    by_coder = {
        "coder_a": coded_by.replace("%1", coder_a),
        "coder_b": coded_by.replace("%1", coder_b),
        "only_a": only.replace("%1", coder_a),
        "only_b": only.replace("%1", coder_b),
        "passage_a": coder_a, "passage_b": coder_b,
    }
    known = {**fixed, **by_coder}

    def label(column: Column) -> str:
        if column.key in known:
            return known[column.key]
        if column.key.startswith("kind:"):
            return kind_label(column.key.removeprefix("kind:"))
        if column.key.startswith("site:"):
            return site_label(column.key.removeprefix("site:"))
        if column.key == NO_VALUE:
            return translate("Analysis", "(no value)")
        return column.label  # a document title or a concept path

    return label


def translated(table: Table, coders: tuple[str, str] = ("", "")) -> Table:
    """`table` with headers and the pooled row's name in the user's language."""
    table = table.relabel(_headers(coders))
    if table.row_keys and table.row_keys[-1] is None and table.title == "Agreement":
        last = (translate("Analysis", "All concepts"), *table.rows[-1][1:])
        table = Table(table.title, table.columns, (*table.rows[:-1], last), table.row_keys)
    return table


def kappa_words(kappa: float | None) -> str:
    """Landis and Koch's names for ranges of kappa."""
    if kappa is None:
        return translate("Analysis", "not defined")
    if kappa < 0:
        return translate("Analysis", "poor")
    for limit, words in ((0.20, translate("Analysis", "slight")),
                         (0.40, translate("Analysis", "fair")),
                         (0.60, translate("Analysis", "moderate")),
                         (0.80, translate("Analysis", "substantial"))):
        if kappa <= limit:
            return words
    return translate("Analysis", "almost perfect")
