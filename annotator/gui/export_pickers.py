"""The export dialog's choosers: the format, and which documents and concepts (all or ticked)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.exporting import FORMATS
from annotator.core.model import Concept
from annotator.core.project import DocumentSummary
from annotator.gui.icons import kind_icon, swatch_icon
from annotator.gui.tree_items import child_items, top_level_items

ID_ROLE = Qt.ItemDataRole.UserRole + 1
# The order shown: the everyday formats first.
FORMAT_ORDER = (
    "csv",
    "xlsx",
    "html",
    "pdf",
    "codebook",
    "iramuteq",
    "webannotation",
    "qdpx",
    "qdc",
)
translate = QCoreApplication.translate  # translate("ExportDialog", …): the dialog's texts


def format_texts() -> dict[str, tuple[str, str]]:
    """Each format's name and description, in words for someone choosing one."""
    return {
        "csv": (
            translate("ExportDialog", "CSV table"),
            translate(
                "ExportDialog",
                "For a spreadsheet or a statistics program: one row per passage and concept. "
                "Opens in Excel or LibreOffice with accents intact.",
            ),
        ),
        "xlsx": (
            translate("ExportDialog", "Excel workbook"),
            translate(
                "ExportDialog",
                "For Excel or LibreOffice: every passage on one sheet, and one sheet per "
                "top-level concept.",
            ),
        ),
        "html": (
            translate("ExportDialog", "HTML report"),
            translate(
                "ExportDialog",
                "To read, print or send: the passages grouped by concept, on one page that "
                "opens in any web browser.",
            ),
        ),
        "pdf": (
            translate("ExportDialog", "Annotated PDFs"),
            translate(
                "ExportDialog",
                "A copy of each PDF with your highlights and memos, for any PDF reader. "
                "Written into a folder.",
            ),
        ),
        "codebook": (
            translate("ExportDialog", "Codebook table"),
            translate(
                "ExportDialog",
                "Your concepts as a table: path, description, colour, key, and how many "
                "passages and documents each has. CSV, or Excel if the name ends in .xlsx.",
            ),
        ),
        "iramuteq": (
            translate("ExportDialog", "IRaMuTeQ corpus"),
            translate(
                "ExportDialog",
                "For lexical analysis in IRaMuTeQ: each coded passage as a text, with its "
                "concept, document and coder as starred variables.",
            ),
        ),
        "webannotation": (
            translate("ExportDialog", "Web Annotations (JSON-LD)"),
            translate(
                "ExportDialog",
                "For developers and annotation tools: the W3C standard, with each quote and "
                "its position.",
            ),
        ),
        "qdpx": (
            translate("ExportDialog", "REFI-QDA project"),
            translate(
                "ExportDialog",
                "To continue in NVivo, ATLAS.ti, MAXQDA or QualCoder: the whole project, "
                "documents included.",
            ),
        ),
        "qdc": (
            translate("ExportDialog", "REFI-QDA codebook"),
            translate(
                "ExportDialog",
                "Your concepts alone, with colours and descriptions, for another QDA program "
                "or another project.",
            ),
        ),
    }


def format_entries() -> list[tuple[str, str, str]]:
    """Every format's registry name, name shown and description, in the order shown."""
    texts = format_texts()
    names = [n for n in FORMAT_ORDER if n in FORMATS] + [
        n for n in FORMATS if n not in FORMAT_ORDER
    ]
    return [(n, *texts.get(n, (FORMATS[n].label, ""))) for n in names]


class FormatChooser(QGroupBox):
    """One radio button per format, and the chosen one's description in full beneath them:
    a note under every format would not fit the dialog's height and was cut mid-sentence.
    Its width follows the longest format name, so that choosing one never moves the rest."""

    chosen = Signal(str)  # the name of the format just chosen

    def __init__(
        self, title: str, formats: list[tuple[str, str, str]], parent: QWidget | None = None
    ) -> None:
        """`formats`: each format's name, label and description, in the order shown."""
        super().__init__(title, parent)
        self.buttons: dict[str, QRadioButton] = {}
        self._descriptions: dict[str, str] = {}
        self._group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        for name, label, description in formats:
            button = QRadioButton(label, self)
            button.setObjectName(f"format_{name}")
            button.setToolTip(description)
            button.setAccessibleDescription(description)
            self._group.addButton(button)
            self.buttons[name] = button
            self._descriptions[name] = description
            layout.addWidget(button)
        self.note = QLabel(self)
        self.note.setObjectName("exportFormatNote")
        self.note.setWordWrap(True)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addSpacing(8)
        layout.addWidget(self.note)
        layout.addStretch(1)
        margins = layout.contentsMargins()
        widest = max((b.sizeHint().width() for b in self.buttons.values()), default=0)
        self.setFixedWidth(
            max(widest, self.fontMetrics().averageCharWidth() * 34)
            + margins.left()
            + margins.right()
            + 16
        )
        self._group.buttonToggled.connect(self._toggled)

    def _toggled(self, button: QAbstractButton, checked: bool) -> None:
        if checked:
            name = next(n for n, b in self.buttons.items() if b is button)
            self.note.setText(self._descriptions[name])
            self.chosen.emit(name)

    def label(self, name: str) -> str:
        return self.buttons[name].text()


class _Chooser(QGroupBox):
    """ "All" or "only these" above a list of ticks; ticking an item chooses "only these"."""

    changed = Signal()

    def __init__(self, title: str, all_text: str, some_text: str, parent: QWidget | None) -> None:
        super().__init__(title, parent)
        self.all_button = QRadioButton(all_text, self)
        self.some_button = QRadioButton(some_text, self)
        self.all_button.setChecked(True)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.all_button)
        self._layout.addWidget(self.some_button)
        self.all_button.toggled.connect(lambda _on: self.changed.emit())

    def _add_list(self, view: QWidget) -> None:
        view.setAccessibleName(self.title())
        self._layout.addWidget(view, 1)

    def _ticked(self) -> None:
        if not self.some_button.isChecked():
            self.some_button.setChecked(True)  # emits changed through the "all" button
        else:
            self.changed.emit()

    @property
    def everything(self) -> bool:
        return self.all_button.isChecked()


class DocumentChooser(_Chooser):
    """All documents, or the ticked ones; the open document starts ticked."""

    def __init__(
        self,
        documents: list[DocumentSummary],
        current_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Documents"),
            self.tr("All documents (%d)") % len(documents),
            self.tr("Only the ticked documents:"),
            parent,
        )
        self.list = QListWidget(self)
        self.list.setObjectName("exportDocuments")
        self.list.setIconSize(QSize(16, 16))
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        for document in documents:
            item = QListWidgetItem(kind_icon(document.kind), document.title, self.list)
            item.setToolTip(
                self.tr("%s — %d highlights") % (document.title, document.annotation_count)
            )
            item.setData(ID_ROLE, document.id)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsSelectable
            )
            ticked = document.id == current_id
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self._add_list(self.list)
        self.list.itemChanged.connect(lambda _item: self._ticked())

    def items(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    def ticked_ids(self) -> list[int]:
        return [
            item.data(ID_ROLE)
            for item in self.items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def tick(self, document_ids: set[int]) -> None:
        for item in self.items():
            item.setCheckState(
                Qt.CheckState.Checked
                if item.data(ID_ROLE) in document_ids
                else Qt.CheckState.Unchecked
            )


class ConceptChooser(_Chooser):
    """All concepts, or the ticked ones; ticking a parent ticks its whole branch."""

    def __init__(
        self, concepts: list[Concept], usage: dict[int, int], parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Concepts"),
            self.tr("All concepts, and highlights without a concept"),
            self.tr("Only highlights with the ticked concepts:"),
            parent,
        )
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("exportConcepts")
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        items: dict[int, QTreeWidgetItem] = {}
        for concept in concepts:  # parents come before their children
            holder = items.get(concept.parent_id) if concept.parent_id is not None else None
            item = QTreeWidgetItem(holder or self.tree)
            count = usage.get(concept.id, 0)
            item.setText(0, f"{concept.name} ({count})")
            item.setIcon(0, swatch_icon(concept.color))
            item.setData(0, ID_ROLE, concept.id)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsAutoTristate
            )
            item.setCheckState(0, Qt.CheckState.Unchecked)
            items[concept.id] = item
        self._items = items
        self.tree.expandAll()
        self._add_list(self.tree)
        self.tree.itemChanged.connect(lambda _item, _column: self._ticked())

    def ticked_ids(self) -> list[int]:
        """The fully ticked branches' roots: a concept brings its sub-concepts along."""
        ids: list[int] = []

        def walk(item: QTreeWidgetItem) -> None:
            state = item.checkState(0)
            if state == Qt.CheckState.Checked:
                ids.append(item.data(0, ID_ROLE))
            elif state == Qt.CheckState.PartiallyChecked:
                for child in child_items(item):
                    walk(child)

        for item in top_level_items(self.tree):
            walk(item)
        return ids

    def tick(self, concept_ids: set[int]) -> None:
        for concept_id, item in self._items.items():
            if concept_id in concept_ids:
                item.setCheckState(0, Qt.CheckState.Checked)
