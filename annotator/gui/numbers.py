"""Numbers as the user's language writes them (QLocale): 12,5 % and 0,82 in French.

The core formats figures for files and the command line with a decimal point; what a
window shows goes through here instead.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from annotator.core.analysis.tables import Cell, ColumnKind, format_cell


def decimal(value: float, places: int) -> str:
    """`value` with `places` decimals in the current locale; never "-0,00"."""
    text = QLocale().toString(float(value) + 0.0, "f", places)
    zero = QLocale().toString(0.0, "f", places)
    return zero if text.lstrip("-−") == zero else text


def count(value: int) -> str:
    """A whole number, with the locale's thousands separator."""
    return QLocale().toString(int(value))


def percent(share: float) -> str:
    """A share of 1 as a percentage with one decimal; "< 0.1 %" for a trace."""
    if 0 < share < 0.0005:
        return f"< {decimal(0.1, 1)} %"
    return f"{decimal(share * 100, 1)} %"


def number(value: float) -> str:
    """A chart value: whole numbers as counts, others with up to two decimals."""
    if float(value).is_integer():
        return count(int(value))
    return QLocale().toString(float(value), "g", 6)


def shown_cell(value: Cell, kind: ColumnKind) -> str:
    """An analysis table's cell as the window shows it."""
    if kind == "share" and isinstance(value, float):
        return percent(value)
    if kind == "kappa" and isinstance(value, float):
        return decimal(value, 2)
    if kind == "count" and isinstance(value, int) and not isinstance(value, bool):
        return count(value)
    return format_cell(value, kind)
