"""A Qt table model over a core analysis Table: sortable, numbers right-aligned, heat-map."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from annotator.core.analysis.tables import Table
from annotator.gui.numbers import shown_cell

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # the raw value: numbers sort as numbers
ROW_KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's concept id (None for a total)
COLUMN_KEY_ROLE = Qt.ItemDataRole.UserRole + 3  # the column's key ("document:3"...)

HEAT_LOW = QColor("#ffffff")
HEAT_HIGH = QColor("#c0392b")
HEAT_EMPTY = QColor("#ececec")  # a cell with no figure (a concept with itself)
HEAT_TEXT_DARK = QColor("#1f1f1f")
HEAT_TEXT_LIGHT = QColor("#ffffff")
LIGHT_TEXT_FROM = 0.55  # heat above which white text reads better

Index = QModelIndex | QPersistentModelIndex


def heat_color(strength: float) -> QColor:
    """White for 0, deep red for 1, in between by linear blending."""
    strength = max(0.0, min(1.0, strength))

    def mix(low: int, high: int) -> int:
        return round(low + (high - low) * strength)

    return QColor(mix(HEAT_LOW.red(), HEAT_HIGH.red()), mix(HEAT_LOW.green(), HEAT_HIGH.green()),
                  mix(HEAT_LOW.blue(), HEAT_HIGH.blue()))


def short_header(key: str, label: str) -> str:
    """A concept column shows the concept's own name; its path is in the tooltip."""
    return label.rsplit("/", 1)[-1] if key.startswith("concept:") else label


class TableModel(QAbstractTableModel):
    """Shows one Table; with `heat`, numeric cells are coloured by their share of the maximum
    and zeros are left blank, so the figures that matter stand out."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = Table("", (), ())
        self.heat = False
        self._maximum = 0.0

    def set_table(self, table: Table, *, heat: bool = False) -> None:
        self.beginResetModel()
        self.table = table
        self.heat = heat
        self._maximum = _maximum(table) if heat else 0.0  # only heat colours need it
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.table.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt API)
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or section >= len(self.table.columns):
            return None
        column = self.table.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return short_header(column.key, column.label)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.label
        if role == COLUMN_KEY_ROLE:
            return self.table.columns[section].key
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        value = self.table.rows[row][column]
        kind = self.table.columns[column].kind
        if role == Qt.ItemDataRole.DisplayRole:
            if kind == "text":
                return " ".join(str(value or "").split())
            if self.heat and value == 0:
                return ""
            return shown_cell(value, kind)
        if role == Qt.ItemDataRole.ToolTipRole and kind == "text":
            return value or None
        if role == SORT_ROLE:
            if kind == "text":
                return str(value or "").casefold()
            return -1.0 if value is None else float(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and kind != "text" and value is not None:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_KEY_ROLE:
            return self.table.row_keys[row] if row < len(self.table.row_keys) else None
        if role == COLUMN_KEY_ROLE:
            return self.table.columns[column].key
        if self.heat and kind != "text" and value is None:
            if role == Qt.ItemDataRole.BackgroundRole:
                return HEAT_EMPTY
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
        if self.heat and kind != "text" and isinstance(value, int | float):
            strength = value / self._maximum if self._maximum else 0.0
            if role == Qt.ItemDataRole.BackgroundRole:
                return heat_color(strength)
            if role == Qt.ItemDataRole.ForegroundRole:
                return HEAT_TEXT_LIGHT if strength > LIGHT_TEXT_FROM else HEAT_TEXT_DARK
        return None


def _maximum(table: Table) -> float:
    """The largest figure of the table's number columns (0 without any)."""
    figures = [i for i, column in enumerate(table.columns) if column.kind != "text"]
    numbers = [value for row in table.rows for value in (row[i] for i in figures)
               if isinstance(value, int | float)]
    return float(max(numbers, default=0) or 0)
