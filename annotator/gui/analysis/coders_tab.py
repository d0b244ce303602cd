"""Coders: do two coders agree? Alpha, agreement, kappa per concept; disagreements side by side."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from annotator.core.analysis import tables
from annotator.core.analysis.data import CodingData
from annotator.core.analysis.worker import AgreementFigures, agreement_between
from annotator.gui.analysis.labels import kappa_words, translated
from annotator.gui.analysis.labels import tr as analysis_tr
from annotator.gui.analysis.tab import AnalysisTab, Work
from annotator.gui.analysis.table_pane import TablePane
from annotator.gui.numbers import count, shown_cell

HIDDEN_COLUMNS = ("start", "end")  # kept in exports, not worth screen room
MAX_WRAPPED_ROWS = 500  # rows fitted to their text; beyond, one line each


class CodersTab(AnalysisTab):
    """Choose two coders; clicking a side of a disagreement opens that coder's passage."""

    passageActivated = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._figures: AgreementFigures | None = None
        self.coder_a = QComboBox(self)
        self.coder_b = QComboBox(self)
        self.coder_a.setAccessibleName(self.tr("First coder"))
        self.coder_b.setAccessibleName(self.tr("Second coder"))
        self.headline = QLabel(self)  # the chance-corrected figure, first
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        note = QLabel(self.tr(
            "Counted character by character over the documents both coders worked on, as "
            "MAXQDA and QualCoder do: for each concept, every character is coded or not by "
            "each coder. Agreement is the share of characters where they agree; kappa "
            "removes the agreement expected by chance (1 = perfect, 0 = chance, below 0 = "
            "worse than chance)."), self)
        note.setWordWrap(True)
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.agreement = TablePane(self.tr("Agreement by concept"),
                                   self.tr("coder agreement"), self)
        self.disagreements = TablePane(self.tr("Where they differ"),
                                       self.tr("disagreements"), self)
        self.disagreements.view.setWordWrap(True)
        self.disagreements.view.setToolTip(self.tr(
            "Click a coder's passage to open it in the main window"))

        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Compare"), self))
        pick.addWidget(self.coder_a)
        pick.addWidget(QLabel(self.tr("with"), self))
        pick.addWidget(self.coder_b)
        pick.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.agreement)
        splitter.addWidget(self.disagreements)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(pick)
        layout.addWidget(self.headline)
        layout.addWidget(self.summary)
        layout.addWidget(note)
        layout.addWidget(splitter, 1)

        self.coder_a.currentIndexChanged.connect(self.optionsChanged)
        self.coder_b.currentIndexChanged.connect(self.optionsChanged)
        self.disagreements.cellChosen.connect(self._open)
        self.disagreements.cellActivated.connect(self._open)

    # -- coders ---------------------------------------------------------------------
    def set_coders(self, coders: list[str]) -> None:
        """Offer these coders; keep the choice, else take the first two."""
        for combo, default in ((self.coder_a, 0), (self.coder_b, 1)):
            current = combo.currentText()
            with QSignalBlocker(combo):
                combo.clear()
                combo.addItems(coders)
                index = coders.index(current) if current in coders else \
                    min(default, len(coders) - 1)
                combo.setCurrentIndex(index)

    def coders(self) -> tuple[str, str] | None:
        a, b = self.coder_a.currentText(), self.coder_b.currentText()
        return (a, b) if self.coder_a.count() >= 2 and a != b else None

    # -- results --------------------------------------------------------------------
    def work(self, include_children: bool) -> Work:
        return partial(agreement_between, coders=self.coders(),
                       include_children=include_children, instead_label=self.tr("coded as:"))

    def release(self) -> None:
        """Forget the report shown (the window was closed)."""
        self.show_result(CodingData({}, {}, {}, (), ()), None)

    def show_result(self, data: CodingData, figures: Any) -> None:
        """Show `figures` (worker.AgreementFigures), or say why there are none."""
        self._figures = figures
        if figures is None:
            self.headline.clear()
            self.summary.setText(self.tr(
                "Agreement needs passages by two different coders. Merge another coder's "
                "copy of the project (annotator merge) or choose two coders above."))
            self.agreement.set_table(tables.Table("", (), ()))
            self.disagreements.set_table(tables.Table("", (), ()))
            return
        result = figures.report
        coders = (result.coder_a, result.coder_b)
        overall = result.overall
        alpha = result.overall_alpha.alpha
        self.headline.setText(self.tr(
            "Krippendorff's alpha over all concepts: <b>%1</b> (%2). It compares where "
            "each coder's passages begin and end, discounting what chance would give: 1 = "
            "the same passages, 0 = no better than chance; 0.80 is the usual threshold, "
            "0.67 the least for tentative conclusions.")
            .replace("%1", shown_cell(alpha, "kappa"))
            .replace("%2", self.alpha_words(alpha)))
        self.summary.setText(self.tr(
            "<b>%1</b> and <b>%2</b> both coded <b>%3</b> of %4 documents. Over all "
            "concepts, kappa is <b>%6</b> (%7): it discounts agreement by chance, "
            "whereas the raw agreement of %5 also counts the text neither coded, so it "
            "stays high even when the coders seldom tag the same passages. Of the text "
            "either coded, they coded <b>%9</b> alike; %8 stretches differ.")
            .replace("%1", result.coder_a).replace("%2", result.coder_b)
            .replace("%3", count(len(result.document_ids)))
            .replace("%4", count(len(data.documents)))
            .replace("%5", shown_cell(overall.observed, "share"))
            .replace("%6", shown_cell(overall.kappa, "kappa"))
            .replace("%7", kappa_words(overall.kappa))
            .replace("%8", count(figures.disagreement_count))
            .replace("%9", shown_cell(overall.overlap, "share")))
        agreement = translated(tables.agreement_table(data, result), coders).relabel(
            lambda c: self.tr("Alpha (unitized)") if c.key == "alpha" else c.label)
        differences = translated(figures.disagreements, coders)
        self.agreement.set_table(agreement)
        self.agreement.extra_tables = [differences]
        self.disagreements.set_table(differences)
        self._fit_disagreements(differences)

    def alpha_words(self, alpha: float | None) -> str:
        """Krippendorff's (2004) reading of alpha: reliable, tentative, not reliable."""
        if alpha is None:
            return analysis_tr("not defined")
        if alpha >= 0.80:
            return self.tr("reliable")
        if alpha >= 0.667:
            return self.tr("tentative conclusions only")
        return self.tr("not reliable")

    def _fit_disagreements(self, table: tables.Table) -> None:
        view = self.disagreements.view
        keys = [c.key for c in table.columns]
        for column, key in enumerate(keys):
            view.setColumnHidden(column, key in HIDDEN_COLUMNS)
        header = view.horizontalHeader()
        for key, width in (("document", 200), ("concept", 200), ("passage_a", 380),
                           ("passage_b", 380)):
            if key in keys:
                header.resizeSection(keys.index(key), width)
        if len(table.rows) <= MAX_WRAPPED_ROWS:
            view.resizeRowsToContents()

    def _open(self, row_key: object, column_key: str) -> None:
        if self._figures is None or not isinstance(row_key, int):
            return
        first_a, first_b = self._figures.first_passages[row_key]
        sides = {"passage_a": first_a, "passage_b": first_b}
        passage = sides.get(column_key) or first_a or first_b
        if passage is not None:
            self.passageActivated.emit(*passage)
