"""The filters every analysis view shares: kinds, sites, dates, sets, document variables,
concepts, coders."""

from __future__ import annotations

from PySide6.QtCore import QDate, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from annotator.core.analysis import filters
from annotator.core.analysis.data import CodingData
from annotator.core.analysis.filters import AnalysisFilter
from annotator.core.sets import DocumentSet
from annotator.core.variables import Variable
from annotator.gui.analysis.check_list import CheckList
from annotator.gui.analysis.labels import kind_label, site_label
from annotator.gui.icons import kind_icon, swatch_icon

ISO = Qt.DateFormat.ISODate
INDENT = "    "


class FilterBar(QWidget):
    """Emits `changed` whenever a filter or the sub-concepts option changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kinds = CheckList(self.tr("Kinds"), self)
        self.kinds.setToolTip(self.tr("Only documents of these kinds (PDF, web page, text)"))
        self.sites = CheckList(self.tr("Sites"), self)
        self.sites.setToolTip(self.tr("Only documents from these sites"))
        self.sets = CheckList(self.tr("Sets"), self)
        self.sets.setToolTip(self.tr("Only the documents of these document sets"))
        self.sets.setVisible(False)  # until the project has sets
        self._members: dict[int, frozenset[int]] = {}  # set id -> its documents
        self.variables = CheckList(self.tr("Variables"), self)
        self.variables.setToolTip(self.tr(
            "Only documents whose variables have the ticked values (for each variable, one "
            "of its ticked values)"))
        self.variables.setVisible(False)  # until the project has variables
        self._variable_ids: tuple[int, ...] = ()
        self._values: dict[int, dict[int, str]] = {}  # document -> {variable: value}
        self._documents: frozenset[int] = frozenset()
        self.concepts = CheckList(self.tr("Concepts"), self)
        self.concepts.setToolTip(self.tr("Only these concepts, in every table and chart"))
        self.coders = CheckList(self.tr("Coders"), self)
        self.coders.setToolTip(self.tr("Only passages highlighted by these coders"))
        self.use_from = QCheckBox(self.tr("From"), self)
        self.use_to = QCheckBox(self.tr("to"), self)
        self.date_from = self._date_edit()
        self.date_to = self._date_edit()
        self.use_from.setToolTip(self.tr("Only documents dated from this day (undated "
                                         "documents are left out)"))
        self.use_to.setToolTip(self.tr("Only documents dated up to this day (undated "
                                       "documents are left out)"))
        self.sub_concepts = QCheckBox(self.tr("Include sub-concepts"), self)
        self.sub_concepts.setToolTip(self.tr("Count passages of a sub-concept for its "
                                             "parent concept too"))
        self.reset = QPushButton(self.tr("Reset"), self)
        self.reset.setToolTip(self.tr("Show everything again"))
        self.summary = QLabel(self)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (QLabel(self.tr("Filters:"), self), self.kinds, self.sites,
                       self.use_from, self.date_from, self.use_to, self.date_to,
                       self.sets, self.variables, self.concepts, self.coders, self.sub_concepts,
                       self.reset):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.summary)

        for check_list in self._check_lists():
            check_list.changed.connect(self.changed)
        for box in (self.use_from, self.use_to):
            box.toggled.connect(self._dates_toggled)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._date_changed)
        self.sub_concepts.toggled.connect(self.changed)
        self.reset.clicked.connect(self.clear)
        self._dates_toggled()

    def _check_lists(self) -> tuple[CheckList, ...]:
        return (self.kinds, self.sites, self.sets, self.variables, self.concepts, self.coders)

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setEnabled(False)
        return edit

    # -- choices --------------------------------------------------------------------
    def set_choices(self, data: CodingData, authors: list[str]) -> None:
        """Offer the values found in the whole project (before filtering) and its coders."""
        self.kinds.set_values([(k, kind_label(k), kind_icon(k)) for k in filters.kinds(data)])
        self.sites.set_values([(s, site_label(s), None) for s in filters.sites(data)])
        self.concepts.set_values([
            (c.id, INDENT * len(data.ancestors(c.id)) + c.name, swatch_icon(c.color))
            for c in data.concepts.values()])
        self.coders.set_values([(a, a or self.tr("(unnamed)"), None) for a in authors])
        self._documents = frozenset(data.documents)
        span = filters.date_range(data)
        if span is not None:
            first, last = (QDate.fromString(day, ISO) for day in span)
            for edit, default in ((self.date_from, first), (self.date_to, last)):
                with QSignalBlocker(edit):
                    if not edit.isEnabled():
                        edit.setDate(default)

    def set_sets(self, sets: list[DocumentSet], members: dict[int, frozenset[int]]) -> None:
        """Offer the project's document sets; `members` maps each to its documents."""
        self._members = members
        self.sets.set_values([(s.id, s.name, None) for s in sets])
        self.sets.setVisible(bool(sets))

    def set_variables(self, variables: list[Variable],
                      values: dict[int, dict[int, str]]) -> None:
        """Offer each document variable's values (and "no value") as filter choices."""
        self._variable_ids = tuple(v.id for v in variables)
        self._values = values
        entries: list[tuple[object, str, None]] = []
        for variable in variables:
            found = sorted({held[variable.id] for held in values.values() if variable.id in held})
            entries += [((variable.id, value), f"{variable.name}: {value}", None)
                        for value in found]
            entries.append(((variable.id, None), f"{variable.name}: {self.tr('(no value)')}",
                            None))
        self.variables.set_values(entries)
        self.variables.setVisible(bool(variables))

    # -- state ----------------------------------------------------------------------
    def current(self) -> AnalysisFilter:
        return AnalysisFilter(
            document_ids=self._chosen_documents(),
            kinds=self.kinds.selected(), sites=self.sites.selected(),
            date_from=self._day(self.use_from, self.date_from),
            date_to=self._day(self.use_to, self.date_to),
            concept_ids=self.concepts.selected(), authors=self.coders.selected(),
        )

    def _chosen_documents(self) -> frozenset[int] | None:
        """The documents the set and variable filters keep (None: no restriction)."""
        chosen_sets = self.sets.selected()
        kept = None if chosen_sets is None else frozenset().union(
            *(self._members.get(set_id, frozenset()) for set_id in chosen_sets))
        ticked = self.variables.selected()
        if ticked is not None:
            matching = frozenset(
                document for document in self._documents
                if all((variable, self._values.get(document, {}).get(variable)) in ticked
                       for variable in self._variable_ids))
            kept = matching if kept is None else kept & matching
        return kept

    @property
    def include_children(self) -> bool:
        return self.sub_concepts.isChecked()

    def clear(self) -> None:
        """Back to no restriction at all."""
        widgets = (*self._check_lists(), self.use_from, self.use_to, self.sub_concepts)
        blockers = [QSignalBlocker(w) for w in widgets]
        for check_list in self._check_lists():
            check_list.set_selected(None)
        for box in (self.use_from, self.use_to, self.sub_concepts):
            box.setChecked(False)
        del blockers
        self._dates_toggled()

    @staticmethod
    def _day(box: QCheckBox, edit: QDateEdit) -> str | None:
        return edit.date().toString(ISO) if box.isChecked() else None

    def _dates_toggled(self) -> None:
        self.date_from.setEnabled(self.use_from.isChecked())
        self.date_to.setEnabled(self.use_to.isChecked())
        self.changed.emit()

    def _date_changed(self) -> None:
        if self.use_from.isChecked() or self.use_to.isChecked():
            self.changed.emit()
