"""Frequencies: one row per concept, and concepts by documents, kinds or sites."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QSplitter, QVBoxLayout, QWidget

from annotator.core.analysis.data import CodingData
from annotator.core.analysis.worker import frequency_tables
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

    def work(self, include_children: bool) -> Work:
        return partial(frequency_tables, by=self.columns.currentData(),
                       values=self.values.currentData(), include_children=include_children)

    def show_result(self, data: CodingData, result: Any) -> None:
        concepts, matrix = result
        self.concepts.set_table(translated(concepts))
        self.matrix.set_table(translated(matrix), heat=True)
