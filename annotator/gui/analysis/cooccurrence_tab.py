"""Co-occurrence: which concepts go together, and the passages behind each figure."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core import analysis
from annotator.core.analysis import tables
from annotator.core.analysis.cooccurrence import CooccurrenceMatrix, Mode, PassagePair
from annotator.core.analysis.data import CodingData
from annotator.core.model import Annotation
from annotator.gui.analysis.labels import translated
from annotator.gui.analysis.tab import AnalysisTab, Work
from annotator.gui.analysis.table_pane import TablePane
from annotator.gui.tree_items import child_item

PASSAGE_ROLE = Qt.ItemDataRole.UserRole + 1  # (document id, annotation id) of a passage row
DEFAULT_DISTANCE = 200
MAX_LISTED = 1000  # passage pairs listed under the table at most
MAX_DISTANCE = 100_000


def one_line(text: str) -> str:
    return " ".join(text.split())


class CooccurrenceTab(AnalysisTab):
    """Click a cell to list its passage pairs; click a passage to open it.

    The pairs stay with the computation (in the worker process): choosing a
    cell emits `pairsWanted(first, second)` and the window answers with
    `show_pairs`; `pairsListed` follows once they are listed.
    """

    passageActivated = Signal(int, int)
    pairsWanted = Signal(int, int)
    pairsListed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: CodingData | None = None
        self._matrix: CooccurrenceMatrix | None = None
        self._cell: tuple[int, int] | None = None
        self.matrix = TablePane(self.tr("Concepts that go together"),
                                self.tr("co-occurrence"), self)
        self.mode = QComboBox(self)
        self.mode.setAccessibleName(self.tr("When passages go together"))
        self.mode.addItem(self.tr("Passages overlap"), "overlap")
        self.mode.addItem(self.tr("Passages within"), "within")
        self.mode.addItem(self.tr("Same paragraph"), "paragraph")
        self.mode.setToolTip(self.tr("Two concepts go together when one passage carries "
                                     "both, or when their passages overlap, lie close "
                                     "together or share a paragraph"))
        self.distance = QSpinBox(self)
        self.distance.setRange(0, MAX_DISTANCE)
        self.distance.setValue(DEFAULT_DISTANCE)
        self.distance.setSuffix(self.tr(" characters"))
        self.distance.setAccessibleName(self.tr("Distance"))
        self.matrix.options.addWidget(self.mode)
        self.matrix.options.addWidget(self.distance)

        self.pairs_title = QLabel(self)
        self.pairs = QTreeWidget(self)
        self.pairs.setAccessibleName(self.tr("Passages behind the chosen figure"))
        self.pairs.setHeaderLabels([self.tr("Passage"), self.tr("Concept")])
        self.pairs.setRootIsDecorated(True)
        self.pairs.setUniformRowHeights(True)
        self.pairs.setToolTip(self.tr("Click or press Enter on a passage to open it"))
        self.pairs.header().setStretchLastSection(False)
        self.pairs.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.pairs.header().resizeSection(1, 260)
        below = QWidget(self)
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.pairs_title)
        below_layout.addWidget(self.pairs, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.matrix)
        splitter.addWidget(below)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)

        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.distance.valueChanged.connect(self.optionsChanged)
        self.matrix.cellChosen.connect(self._cell_chosen)
        self.matrix.cellActivated.connect(self._cell_chosen)
        self.pairs.itemClicked.connect(self._open_passage)
        self.pairs.itemActivated.connect(self._open)
        self._mode_changed()
        self._list_pairs()

    # -- options --------------------------------------------------------------------
    def current_mode(self) -> Mode:
        return self.mode.currentData()

    def describe_mode(self) -> str:
        """The current rule in words, e.g. "passages within 200 characters"."""
        mode = self.current_mode()
        if mode == "within":
            return self.tr("passages within %1 characters").replace(
                "%1", str(self.distance.value()))
        if mode == "paragraph":
            return self.tr("passages in the same paragraph")
        return self.tr("overlapping passages")

    def _mode_changed(self) -> None:
        self.distance.setEnabled(self.current_mode() == "within")
        self.optionsChanged.emit()

    def work(self, include_children: bool) -> Work:
        return partial(analysis.cooccurrence, mode=self.current_mode(),
                       within=self.distance.value(), include_children=include_children)

    # -- results --------------------------------------------------------------------
    def show_result(self, data: CodingData, result: Any) -> None:
        self._data, self._matrix = data, result
        self.matrix.set_table(translated(tables.cooccurrence_table(data, result)), heat=True)
        if self._cell is not None and not all(c in data.concept_ids for c in self._cell):
            self._cell = None
        self._list_pairs()

    def choose_cell(self, first: int, second: int) -> None:
        """List the passage pairs behind the cell of two concepts."""
        self._cell = (first, second)
        self._list_pairs()

    def _cell_chosen(self, row_key: object, column_key: str) -> None:
        if isinstance(row_key, int) and column_key.startswith("concept:"):
            second = int(column_key.removeprefix("concept:"))
            if second != row_key:
                self.choose_cell(row_key, second)

    def release(self) -> None:
        """Forget the figures and the listed pairs (the window was closed)."""
        self._data = self._matrix = self._cell = None
        self.matrix.set_table(tables.Table("", (), ()))
        self._list_pairs()

    def _list_pairs(self) -> None:
        self.pairs.clear()
        if self._cell is None or self._matrix is None or self._data is None:
            self.pairs_title.setText(self.tr("Click a figure of the table to read the "
                                             "passages behind it."))
            return
        self.pairsWanted.emit(*self._cell)

    def show_pairs(self, first: int, second: int, total: int,
                   found: list[PassagePair]) -> None:
        """List `found`, the first pairs of the `total` behind the cell of `first`, `second`."""
        if self._cell != (first, second) or self._data is None:
            return  # another cell was chosen meanwhile
        data = self._data
        self.pairs.clear()
        title = self.tr("%n passage pair(s) for %1 and %2", "", total).replace(
            "%1", data.paths[first]).replace("%2", data.paths[second])
        if total > len(found):
            title += " " + self.tr("(the first %1 are listed)").replace("%1", str(len(found)))
        self.pairs_title.setText(title)
        for number, pair in enumerate(found, start=1):
            title = data.documents[pair.document_id].title
            top = QTreeWidgetItem(self.pairs, [f"{number}. {title}", ""])
            if pair.same_passage:
                self._passage(top, pair.first, f"{data.paths[first]} + {data.paths[second]}")
            else:
                self._passage(top, pair.first, data.paths[first])
                self._passage(top, pair.second, data.paths[second])
            top.setExpanded(True)
        self.pairsListed.emit()

    def _passage(self, parent: QTreeWidgetItem, annotation: Annotation, concept: str) -> None:
        item = QTreeWidgetItem(parent, [f"“{one_line(annotation.quote)}”", concept])
        item.setToolTip(0, annotation.quote)
        item.setData(0, PASSAGE_ROLE, (annotation.document_id, annotation.id))

    def _open_passage(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        target = item.data(0, PASSAGE_ROLE)
        if target is not None:
            self.passageActivated.emit(*target)

    def _open(self, item: QTreeWidgetItem, column: int = 0) -> None:
        """Enter on a pair opens its first passage."""
        if item.data(0, PASSAGE_ROLE) is None and item.childCount():
            item = child_item(item, 0)
        self._open_passage(item, column)
