"""Charts: concept frequencies as bars (overall, by kind or by site), co-occurrence heat-map."""

from __future__ import annotations

from functools import partial
from typing import Any, cast

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.core import analysis
from annotator.core.analysis import tables
from annotator.core.analysis.data import CodingData
from annotator.core.palette import PALETTE
from annotator.gui.analysis.charts import BarChart, HeatMapChart, Series
from annotator.gui.analysis.cooccurrence_tab import CooccurrenceTab
from annotator.gui.analysis.export import save_image
from annotator.gui.analysis.labels import kind_label, site_label
from annotator.gui.analysis.tab import AnalysisTab, Work
from annotator.gui.icons import KIND_COLORS
from annotator.gui.numbers import number, percent

SERIES_COLORS = ("#2e86c1", "#d64541", "#27ae60", "#8e44ad", "#f39c12", "#16a085",
                 "#7f8c8d", *PALETTE)


class ChartsTab(AnalysisTab):
    """The heat-map follows the co-occurrence tab's choice of when passages go together."""

    def __init__(self, cooccurrence: CooccurrenceTab, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cooccurrence = cooccurrence
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Chart"))
        self.kind.addItem(self.tr("Concept frequencies"), "bars")
        self.kind.addItem(self.tr("Concepts that go together"), "heatmap")
        self.figure = QComboBox(self)
        self.figure.setAccessibleName(self.tr("Figure"))
        self.figure.addItem(self.tr("Passages"), "count")
        self.figure.addItem(self.tr("Share of text covered"), "coverage")
        self.series = QComboBox(self)
        self.series.setAccessibleName(self.tr("Bars"))
        self.series.addItem(self.tr("All documents together"), "all")
        self.series.addItem(self.tr("One bar per kind of document"), "kind")
        self.series.addItem(self.tr("One bar per site"), "site")
        self.save = QPushButton(self.tr("Save image…"), self)
        self.save.setToolTip(self.tr("Save the chart as a PNG image or an SVG drawing"))
        self.bars = BarChart(self)
        self.heatmap = HeatMapChart(self)
        self.stack = QStackedWidget(self)
        for chart in (self.bars, self.heatmap):
            area = QScrollArea(self.stack)
            area.setWidgetResizable(True)
            area.setWidget(chart)
            self.stack.addWidget(area)

        top = QHBoxLayout()
        for widget in (self.kind, self.figure, self.series):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        for combo in (self.kind, self.figure, self.series):
            combo.currentIndexChanged.connect(self._options_changed)
        cooccurrence.optionsChanged.connect(self._cooccurrence_changed)
        self.save.clicked.connect(self._save)
        self._options_changed()

    def current_chart(self) -> BarChart | HeatMapChart:
        return self.bars if self.kind.currentData() == "bars" else self.heatmap

    def _options_changed(self) -> None:
        bars = self.kind.currentData() == "bars"
        self.figure.setVisible(bars)
        self.series.setVisible(bars)
        self.stack.setCurrentIndex(0 if bars else 1)
        self.optionsChanged.emit()

    def _cooccurrence_changed(self) -> None:
        if self.kind.currentData() == "heatmap":
            self.optionsChanged.emit()

    def work(self, include_children: bool) -> Work:
        if self.kind.currentData() == "heatmap":
            return self._cooccurrence.work(include_children)
        by = self.series.currentData()
        return partial(analysis.concept_matrix, by="kind" if by == "all" else by,
                       include_children=include_children)

    def show_result(self, data: CodingData, result: Any) -> None:
        names = [data.concepts[c].name for c in data.concept_ids]
        top_level = [data.concepts[c].parent_id is None for c in data.concept_ids]
        if isinstance(result, analysis.CooccurrenceMatrix):
            table = tables.cooccurrence_table(data, result)
            title = self.tr("Concepts that go together: passage pairs (%1)").replace(
                "%1", self._cooccurrence.describe_mode())
            counts = [cast(tuple[int | None, ...], row[1:]) for row in table.rows]  # pair counts
            self.heatmap.set_data(title, names, counts, top_level)
            return
        self._show_bars(data, result, names, top_level)

    def _show_bars(self, data: CodingData, matrix: analysis.ConceptMatrix,
                   names: list[str], top_level: list[bool]) -> None:
        coverage = self.figure.currentData() == "coverage"
        series = self._series(data, matrix, self.series.currentData(), coverage)
        title = self.tr("Share of text covered by each concept") if coverage else \
            self.tr("Passages per concept")
        colors = [data.concepts[c].color for c in data.concept_ids]
        self.bars.set_data(title, names, series,
                           percent if coverage else number, colors, top_level)

    def _series(self, data: CodingData, matrix: analysis.ConceptMatrix, by: str,
                coverage: bool) -> list[Series]:
        def value(concept_id: int, columns: tuple[str, ...]) -> float:
            if coverage:
                covered = sum(matrix.covered.get((concept_id, c), 0) for c in columns)
                length = sum(matrix.lengths.get(c, 0) for c in columns)
                return covered / length if length else 0.0
            return float(sum(matrix.count(concept_id, c) for c in columns))

        if by == "all":
            return [Series(self.tr("All documents"), SERIES_COLORS[0],
                           tuple(value(c, matrix.columns) for c in data.concept_ids))]
        found = []
        for index, column in enumerate(matrix.columns):
            name = column.split(":", 1)[1]
            label = kind_label(name) if by == "kind" else site_label(name)
            color = KIND_COLORS.get(name) if by == "kind" else None
            found.append(Series(label, color or SERIES_COLORS[index % len(SERIES_COLORS)],
                                tuple(value(c, (column,)) for c in data.concept_ids)))
        return found

    def _save(self) -> None:
        name = self.tr("concept frequencies") if self.kind.currentData() == "bars" else \
            self.tr("co-occurrence")
        save_image(self, self.current_chart(), name)
