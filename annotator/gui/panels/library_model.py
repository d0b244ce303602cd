"""The table of a project's documents, and its accent-insensitive filter."""

from __future__ import annotations

import html
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from annotator.core.project import DocumentSummary
from annotator.core.textfold import fold
from annotator.core.variables import Variable
from annotator.gui.icons import action_icon, kind_icon
from annotator.gui.panels.library_variables import (
    FIXED_COLUMNS,
    VARIABLE_ROLE,
    sort_key,
    type_label,
    value_text,
)

Index = QModelIndex | QPersistentModelIndex

DOCUMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
FILTER_ROLE = Qt.ItemDataRole.UserRole + 3

TITLE, SOURCE, ANNOTATIONS, PAGES = range(4)
# What a new annotation count changes in its cell: its text and its sort key (the proxy
# moves the row when the list is sorted by count), never its size.
COUNT_ROLES = [Qt.ItemDataRole.DisplayRole, SORT_ROLE]


def byline(document: DocumentSummary) -> str:
    """Site and author, whichever are known, e.g. "Le Monde · A. Martin"."""
    parts = [str(document.metadata.get(key) or "").strip() for key in ("site", "author")]
    return " · ".join(part for part in parts if part)


def _read_by_ocr(document: DocumentSummary) -> bool:
    return isinstance(document.metadata.get("ocr"), dict)


class DocumentTableModel(QAbstractTableModel):
    """One row per document: title (with kind icon), site/author, annotations, pages,
    then one column per document variable (editable)."""

    valueEdited = Signal(int, int, str)  # document id, variable id, the text typed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._documents: list[DocumentSummary] = []
        self._rows: dict[int, int] = {}  # document id -> row
        self._variables: list[Variable] = []
        self._values: dict[int, dict[int, str]] = {}  # document id -> variable id -> value

    def set_variables(self, variables: list[Variable], values: dict[int, dict[int, str]]) -> None:
        self.beginResetModel()
        self._variables = list(variables)
        self._values = values
        self.endResetModel()

    def variable_at(self, column: int) -> Variable | None:
        index = column - FIXED_COLUMNS
        return self._variables[index] if 0 <= index < len(self._variables) else None

    def set_documents(self, documents: list[DocumentSummary]) -> None:
        self.beginResetModel()
        self._documents = list(documents)
        self._rows = {document.id: row for row, document in enumerate(self._documents)}
        self.endResetModel()

    def update_counts(self, counts: dict[int, int]) -> None:
        """New annotation counts for some documents: only their rows change."""
        for document_id, count in counts.items():
            row = self._rows.get(document_id)
            if row is None or self._documents[row].annotation_count == count:
                continue
            self._documents[row] = replace(self._documents[row], annotation_count=count)
            index = self.index(row, ANNOTATIONS)
            self.dataChanged.emit(index, index, COUNT_ROLES)

    def document_at(self, row: int) -> DocumentSummary:
        return self._documents[row]

    def row_of(self, document_id: int) -> int | None:
        return self._rows.get(document_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._documents)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIXED_COLUMNS + len(self._variables)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        variable = self.variable_at(section)
        if variable is not None:
            if role == Qt.ItemDataRole.DisplayRole:
                return variable.name
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.tr("Document variable “%1” (%2): a double click or F2 edits a "
                               "value").replace("%1", variable.name).replace(
                                   "%2", type_label(variable.type))
            return None
        if role == Qt.ItemDataRole.DisplayRole and section in (TITLE, SOURCE):
            return (self.tr("Title"), self.tr("Site / author"))[section]
        if role == Qt.ItemDataRole.DecorationRole and section in (ANNOTATIONS, PAGES):
            return action_icon("highlights" if section == ANNOTATIONS else "pages")
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return (self.tr("Document title"), self.tr("Web site and author"),
                    self.tr("Number of annotations"), self.tr("Number of PDF pages"))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (ANNOTATIONS, PAGES):
            return Qt.AlignmentFlag.AlignCenter
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        document = self._documents[index.row()]
        column = index.column()
        variable = self.variable_at(column)
        if variable is not None:
            return self._variable_data(document, variable, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(document, column)
        if role == DOCUMENT_ID_ROLE:
            return document.id
        if role == SORT_ROLE:
            return self._sort_key(document, column)
        if role == FILTER_ROLE:
            return fold(f"{document.title}\n{byline(document)}")
        if role == Qt.ItemDataRole.DecorationRole and column == TITLE:
            return kind_icon(document.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(document)
        if role == Qt.ItemDataRole.FontRole and column == PAGES and _read_by_ocr(document):
            font = QFont()
            font.setItalic(True)  # the pages' text came from OCR: see the tooltip
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (ANNOTATIONS, PAGES):
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _variable_data(self, document: DocumentSummary, variable: Variable, role: int) -> Any:
        value = self._values.get(document.id, {}).get(variable.id)
        if role == Qt.ItemDataRole.DisplayRole:
            return value_text(variable, value)
        if role == Qt.ItemDataRole.EditRole:
            return value or ""
        if role == SORT_ROLE:
            return sort_key(variable, value)
        if role == VARIABLE_ROLE:
            return variable
        if role == DOCUMENT_ID_ROLE:
            return document.id
        if role == Qt.ItemDataRole.TextAlignmentRole and variable.type == "number":
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.variable_at(index.column()) is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any,  # noqa: N802 (Qt override)
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        """An edited value goes to the editor (an undoable edit), which refreshes the row."""
        variable = self.variable_at(index.column()) if index.isValid() else None
        if variable is None or role != Qt.ItemDataRole.EditRole:
            return False
        self.valueEdited.emit(self._documents[index.row()].id, variable.id, str(value))
        return True

    def _display(self, document: DocumentSummary, column: int) -> str:
        if column == TITLE:
            return document.title
        if column == SOURCE:
            return byline(document)
        if column == ANNOTATIONS:
            return str(document.annotation_count) if document.annotation_count else ""
        return str(document.page_count) if document.page_count else ""

    @staticmethod
    def _sort_key(document: DocumentSummary, column: int) -> Any:
        if column == TITLE:
            return fold(document.title)
        if column == SOURCE:
            return fold(byline(document))
        if column == ANNOTATIONS:
            return document.annotation_count
        return document.page_count

    def _tooltip(self, document: DocumentSummary) -> str:
        kinds = {"pdf": self.tr("PDF"), "web": self.tr("Web page"), "text": self.tr("Text")}
        lines = [f"<b>{html.escape(document.title)}</b>"]
        if byline(document):
            lines.append(html.escape(byline(document)))
        date = str(document.metadata.get("date") or "")
        details = [kinds.get(document.kind, document.kind)]
        if date:
            details.append(html.escape(date))
        pages, annotations = document.page_count, document.annotation_count
        if pages:
            details.append(self.tr("%n page", "", pages) if pages == 1
                           else self.tr("%n pages", "", pages))
        details.append(self.tr("%n annotation", "", annotations) if annotations == 1
                       else self.tr("%n annotations", "", annotations))
        lines.append(" · ".join(details))
        if _read_by_ocr(document):
            lines.append(html.escape(self._ocr_note(document.metadata["ocr"])))
        lines.append(f"<small>{html.escape(document.source)}</small>")
        return "<br>".join(lines)

    def _ocr_note(self, ocr: dict[str, Any]) -> str:
        """Which pages' text was read by OCR, with which languages, how confidently."""
        pages = ", ".join(str(number) for number in ocr.get("pages", []))
        return (self.tr("Text read by OCR (%1) on page(s) %2, mean word confidence %3%")
                .replace("%1", str(ocr.get("languages", "")))
                .replace("%2", pages)
                .replace("%3", f"{float(ocr.get('confidence', 0)):.0f}"))



class DocumentFilter(QSortFilterProxyModel):
    """Keeps the rows whose title, site or author contain the filter text,
    ignoring case and accents."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._documents: frozenset[int] | None = None  # those of the chosen set
        self.setSortRole(SORT_ROLE)

    def set_documents(self, document_ids: frozenset[int] | None) -> None:
        """Keep only these documents (a set's), or every document (None)."""
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self._documents = document_ids
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._documents = document_ids
            self.invalidateRowsFilter()

    def set_text(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9; invalidateRowsFilter is deprecated
            self.beginFilterChange()
            self._needle = fold(" ".join(text.split()))
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._needle = fold(" ".join(text.split()))
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        index = self.sourceModel().index(source_row, TITLE, source_parent)
        if self._documents is not None and index.data(DOCUMENT_ID_ROLE) not in self._documents:
            return False
        if not self._needle:
            return True
        return self._needle in str(index.data(FILTER_ROLE))
