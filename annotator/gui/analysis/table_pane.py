"""A titled, sortable table of analysis figures with an Export button."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.core.analysis.tables import Table
from annotator.gui.analysis.export import save_tables
from annotator.gui.analysis.table_model import (
    COLUMN_KEY_ROLE,
    ROW_KEY_ROLE,
    SORT_ROLE,
    TableModel,
    short_header,
)

FIRST_COLUMN_WIDTH = 300
NUMBER_COLUMN_WIDTH = 80
MAX_NUMBER_COLUMN_WIDTH = 130


class TablePane(QWidget):
    """Emits `cellChosen(row key, column key)` on a click or Enter on a cell."""

    cellChosen = Signal(object, str)
    cellActivated = Signal(object, str)

    def __init__(self, title: str, export_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.export_name = export_name
        self.extra_tables: list[Table] = []  # written as further sheets of an XLSX export
        self.model = TableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # codebook order at first
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(
            self.view.fontMetrics().height() + 8)
        self.view.setWordWrap(False)
        self.view.setAccessibleName(title)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)

        self.title = QLabel(f"<b>{title}</b>", self)
        self.options = QHBoxLayout()
        self.options.setSpacing(8)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setToolTip(self.tr("Save this table as CSV or as an Excel workbook"))
        self.export_button.clicked.connect(self.export)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(12)
        top.addLayout(self.options)
        top.addStretch(1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.view.clicked.connect(lambda index: self._emit(self.cellChosen, index))
        self.view.activated.connect(lambda index: self._emit(self.cellActivated, index))

    def set_table(self, table: Table, *, heat: bool = False) -> None:
        self.model.set_table(table, heat=heat)
        header = self.view.horizontalHeader()
        metrics = header.fontMetrics()
        for column, spec in enumerate(table.columns):
            if spec.kind == "text":
                width = FIRST_COLUMN_WIDTH
            else:
                title = short_header(spec.key, spec.label)
                width = min(MAX_NUMBER_COLUMN_WIDTH,
                            max(NUMBER_COLUMN_WIDTH, metrics.horizontalAdvance(title) + 24))
            header.resizeSection(column, width)
        self.export_button.setEnabled(bool(table.rows))

    def index_of(self, row_key: object, column_key: str) -> QModelIndex:
        """The view's index of a cell, wherever sorting moved it."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ROW_KEY_ROLE) == row_key:
                for column in range(self.proxy.columnCount()):
                    cell = self.proxy.index(row, column)
                    if cell.data(COLUMN_KEY_ROLE) == column_key:
                        return cell
        return QModelIndex()

    def export(self) -> None:
        save_tables(self, [self.model.table, *self.extra_tables], self.export_name)

    def _emit(self, signal: SignalInstance, index: QModelIndex) -> None:
        signal.emit(index.data(ROW_KEY_ROLE), index.data(COLUMN_KEY_ROLE))
