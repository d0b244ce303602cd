"""Frequencies: one row per concept, and concepts by documents, kinds, sites or the values
of a document variable."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QSplitter, QVBoxLayout, QWidget

from annotator.core.analysis.by_variable import variable_tables
from annotator.core.analysis.data import CodingData
from annotator.core.analysis.worker import frequency_tables
from annotator.core.variables import Variable
from annotator.gui.analysis.labels import translated
from annotator.gui.analysis.tab import AnalysisTab, Work
from annotator.gui.analysis.table_pane import TablePane


class FrequenciesTab(AnalysisTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.concepts = TablePane(self.tr("Concepts"), self.tr("concept frequencies"), self)
        self.matrix = TablePane(self.tr("Concepts by"), self.tr("concepts by document"), self)
        self.columns = QComboBox(self)
        self.columns.setAccessibleName(self.tr("Columns"))
        for label, value in ((self.tr("document"), "document"),
                             (self.tr("kind of document"), "kind"), (self.tr("site"), "site")):
            self.columns.addItem(label, value)
        self._fixed_columns = self.columns.count()
        self._variables: dict[str, Variable] = {}  # "variable:<id>" -> the variable
        self._values: dict[int, dict[int, str]] = {}  # document id -> variable id -> value
        self.values = QComboBox(self)
        self.values.setAccessibleName(self.tr("Figures"))
        self.values.addItem(self.tr("Passages"), "count")
        self.values.addItem(self.tr("Share of text covered"), "coverage")
        self.values.setToolTip(self.tr("Number of passages, or the share of the column's "
                                       "text that the concept's passages cover"))
        self.matrix.options.addWidget(self.columns)
        self.matrix.options.addWidget(self.values)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.concepts)
        splitter.addWidget(self.matrix)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)
        self.columns.currentIndexChanged.connect(self.optionsChanged)
        self.values.currentIndexChanged.connect(self.optionsChanged)

    def set_variables(
        self, variables: list[Variable], values: dict[int, dict[int, str]]
    ) -> None:
        """Offer each document variable as columns (its values), keeping the choice."""
        chosen = self.columns.currentData()
        stale = chosen in self._variables and values != self._values  # shown with old values
        self._variables = {f"variable:{v.id}": v for v in variables}
        self._values = values
        self.columns.blockSignals(True)
        while self.columns.count() > self._fixed_columns:
            self.columns.removeItem(self._fixed_columns)
        for key, variable in self._variables.items():
            self.columns.addItem(self.tr("variable %1").replace("%1", variable.name), key)
        self.columns.setCurrentIndex(max(self.columns.findData(chosen), 0))
        self.columns.blockSignals(False)
        if stale or self.columns.currentData() != chosen:
            self.optionsChanged.emit()

    def work(self, include_children: bool) -> Work:
        variable = self._variables.get(self.columns.currentData())
        if variable is not None:
            values = {d: found[variable.id] for d, found in self._values.items()
                      if variable.id in found}
            return partial(variable_tables, variable=variable, values=values,
                           figures=self.values.currentData(), include_children=include_children)
        return partial(frequency_tables, by=self.columns.currentData(),
                       values=self.values.currentData(), include_children=include_children)

    def show_result(self, data: CodingData, result: Any) -> None:
        concepts, matrix = result
        self.concepts.set_table(translated(concepts))
        self.matrix.set_table(translated(matrix), heat=True)
