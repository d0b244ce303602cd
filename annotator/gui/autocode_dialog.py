"""Autocode dialog: search, preview every passage found, untick some, code the rest at once."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.autocode import AutocodeBatch, AutocodeHit, Unit
from annotator.core.errors import AnnotatorError
from annotator.gui.editor import Editor
from annotator.gui.messages import describe
from annotator.gui.tree_items import top_level_items

HIT_ROLE = Qt.ItemDataRole.UserRole


class AutocodeDialog(QDialog):
    """Codes the ticked passages with the chosen concept as one undoable edit."""

    def __init__(
        self,
        editor: Editor,
        *,
        query: str = "",
        concept_id: int | None = None,
        document_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("autocodeDialog")
        self.setWindowTitle(self.tr("Autocode"))
        self._editor = editor
        self._hits: list[AutocodeHit] = []
        self.batch: AutocodeBatch | None = None

        self.query = QLineEdit(query, self)
        self.query.setAccessibleName(self.tr("Search"))
        self.query.setPlaceholderText(self.tr('words, "a phrase", prefix*'))
        find = QPushButton(self.tr("&Find"), self)
        find.setAutoDefault(False)
        searching = QHBoxLayout()
        searching.addWidget(self.query, 1)
        searching.addWidget(find)

        self.concept = QComboBox(self)
        self.concept.setAccessibleName(self.tr("Concept"))
        for path, identifier in _concept_paths(editor):
            self.concept.addItem(path, identifier)
        if concept_id is not None and self.concept.findData(concept_id) >= 0:
            self.concept.setCurrentIndex(self.concept.findData(concept_id))
        self.unit = QComboBox(self)
        self.unit.setAccessibleName(self.tr("Passage coded"))
        for label, unit in (
            (self.tr("the words found"), "hit"),
            (self.tr("their sentence"), "sentence"),
            (self.tr("their paragraph"), "paragraph"),
        ):
            self.unit.addItem(label, unit)
        self.scope = QComboBox(self)
        self.scope.setAccessibleName(self.tr("Documents"))
        self.scope.addItem(self.tr("All documents"), None)
        if document_id is not None:
            title = editor.project.document_properties(document_id).title
            self.scope.addItem(self.tr("This document: %1").replace("%1", title), document_id)

        form = QFormLayout()
        form.addRow(self.tr("&Search:"), searching)
        form.addRow(self.tr("&Concept:"), self.concept)
        form.addRow(self.tr("C&ode:"), self.unit)
        form.addRow(self.tr("&In:"), self.scope)

        self.list = QTreeWidget(self)
        self.list.setAccessibleName(self.tr("Passages found"))
        self.list.setHeaderLabels([self.tr("Document"), self.tr("Passage")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list.header().resizeSection(0, 180)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.code_button = self.buttons.addButton(
            self.tr("Code"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self._code)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(760, 520)

        find.clicked.connect(self.search)
        self.query.returnPressed.connect(self.search)
        for combo in (self.concept, self.unit, self.scope):
            combo.currentIndexChanged.connect(self.search)
        self.list.itemChanged.connect(self._update_count)
        self.search()

    def concept_id(self) -> int | None:
        return self.concept.currentData()

    def search(self) -> None:
        """List the passages the search finds; those already coded are shown, not ticked."""
        self._hits = []
        self.list.clear()
        concept_id, query = self.concept_id(), self.query.text().strip()
        if concept_id is None or not query:
            self.summary.setText(
                self.tr("Type a search and choose a concept.")
                if concept_id is not None
                else self.tr("The codebook is empty: add a concept first.")
            )
            self._update_count()
            return
        scope = self.scope.currentData()
        unit: Unit = self.unit.currentData()
        try:
            self._hits = self._editor.project.autocode_hits(
                query, concept_id, unit=unit, document_ids=None if scope is None else {scope}
            )
        except AnnotatorError as exc:
            self.summary.setText(describe(exc))
            self._update_count()
            return
        with QSignalBlocker(self.list):
            for index, hit in enumerate(self._hits):
                item = QTreeWidgetItem([hit.title, hit.preview])
                item.setData(0, HIT_ROLE, index)
                item.setToolTip(1, hit.preview)
                if hit.coded:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                    item.setToolTip(1, self.tr("Already coded with this concept"))
                else:
                    item.setCheckState(0, Qt.CheckState.Checked)
                self.list.addTopLevelItem(item)
        coded = sum(h.coded for h in self._hits)
        documents = len({h.document_id for h in self._hits})
        self.summary.setText(
            self.tr("%1 passages found in %2 documents; %3 already carry the concept.")
            .replace("%1", str(len(self._hits)))
            .replace("%2", str(documents))
            .replace("%3", str(coded))
        )
        self._update_count()

    def chosen(self) -> list[AutocodeHit]:
        """The passages still ticked."""
        found = []
        for item in top_level_items(self.list):
            if item.checkState(0) == Qt.CheckState.Checked:
                found.append(self._hits[item.data(0, HIT_ROLE)])
        return found

    def _update_count(self) -> None:
        count = len(self.chosen())
        self.code_button.setText(self.tr("Code %1 passages").replace("%1", str(count)))
        self.code_button.setEnabled(count > 0)

    def _code(self) -> None:
        concept_id = self.concept_id()
        chosen = self.chosen()
        if concept_id is None or not chosen:
            return
        self.batch = self._editor.autocode(concept_id, chosen)
        if self.batch is not None:
            self.accept()


def _concept_paths(editor: Editor) -> list[tuple[str, int]]:
    """(path, id) of every concept, parents before children."""
    concepts = editor.project.concepts()
    by_id = {c.id: c for c in concepts}

    def path(concept_id: int) -> str:
        concept = by_id[concept_id]
        if concept.parent_id is None or concept.parent_id not in by_id:
            return concept.name
        return f"{path(concept.parent_id)}/{concept.name}"

    return [(path(c.id), c.id) for c in concepts]
