"""The codebook as a Qt tree model: names, colours, usage counts, digit keys, drag-and-drop."""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from functools import partial
from typing import Any, overload

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

from annotator.core.errors import EditConflict
from annotator.core.model import Concept
from annotator.gui.editor import Editor
from annotator.gui.icons import digit_badge, swatch_icon
from annotator.gui.panels import concept_edits

Index = QModelIndex | QPersistentModelIndex

CONCEPT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
DIGIT_ROLE = Qt.ItemDataRole.UserRole + 2  # 1..9 for the first nine concepts, else None
MIME_TYPE = "application/x-annotator-concept-ids"

NAME, COUNT, KEY = range(3)
# what a new usage count changes in its cell (the tooltip is asked for when shown)
USAGE_ROLES = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole]


class ConceptTreeModel(QAbstractItemModel):
    """The project's concepts as a tree; renames and moves go through the Editor."""

    def __init__(self, editor: Editor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._concepts: dict[int, Concept] = {}
        self._children: dict[int | None, list[int]] = {}
        self._usage: dict[int, int] = {}
        self._digits: dict[int, int] = {}
        self._seen_names: dict[int, str] = {}  # {concept id: its name when a rename began}
        self.reload()

    # -- loading --------------------------------------------------------------------
    def reload(self) -> None:
        """Read the codebook again: a full reset only when the tree's shape changed."""
        project = self._editor.project
        concepts = project.concepts()
        usage = project.concept_usage()
        shape = [(c.id, c.parent_id) for c in concepts]
        same_shape = shape == [(c.id, c.parent_id) for c in self._concepts.values()]
        if not same_shape:
            self.beginResetModel()
        before = {i: self._looks(i) for i in self._concepts} if same_shape else {}
        self._concepts = {c.id: c for c in concepts}
        self._children = {}
        for concept in concepts:
            self._children.setdefault(concept.parent_id, []).append(concept.id)
        self._usage = usage
        self._digits = {c.id: int(c.shortcut) for c in concepts if c.shortcut.isdigit()}
        if not same_shape:
            self.endResetModel()
            return
        # Only rows that look different: each signal makes the view re-measure its
        # count column, and one highlight changes one or two counts among many concepts.
        for concept in concepts:
            if before.get(concept.id) != self._looks(concept.id):
                row = self._row(concept.id)
                parent = self.index_of(concept.parent_id)
                self.dataChanged.emit(self.index(row, NAME, parent), self.index(row, KEY, parent))

    def update_usage(self, usage: dict[int, int]) -> None:
        """New usage counts for some concepts: only their count cells change.

        One cell, not the row: a view re-measures a changed row that spans its first
        column (a tree, its top row's height), and repaints all of it."""
        for concept_id, count in usage.items():
            if concept_id in self._concepts and self._usage.get(concept_id, 0) != count:
                self._usage[concept_id] = count
                cell = self.index_of(concept_id, COUNT)
                self.dataChanged.emit(cell, cell, USAGE_ROLES)

    def _looks(self, concept_id: int) -> tuple:
        """Everything a row shows of a concept."""
        return (self._concepts[concept_id], self._usage.get(concept_id, 0),
                self._digits.get(concept_id))

    # -- lookup ---------------------------------------------------------------------
    def concept(self, concept_id: int) -> Concept | None:
        return self._concepts.get(concept_id)

    def concept_ids(self) -> list[int]:
        """All ids in tree order."""
        return list(self._concepts)

    def children_of(self, concept_id: int | None) -> list[int]:
        return list(self._children.get(concept_id, []))

    def subtree(self, concept_id: int) -> list[int]:
        """The concept and all its descendants, parents first."""
        result = [concept_id]
        for child in self._children.get(concept_id, []):
            result.extend(self.subtree(child))
        return result

    def largest_usage(self) -> int:
        return max(self._usage.values(), default=0)

    def usage(self, concept_id: int) -> int:
        return self._usage.get(concept_id, 0)

    def index_of(self, concept_id: int | None, column: int = NAME) -> QModelIndex:
        if concept_id is None or concept_id not in self._concepts:
            return QModelIndex()
        return self.createIndex(self._row(concept_id), column, concept_id)

    def _row(self, concept_id: int) -> int:
        return self._children[self._concepts[concept_id].parent_id].index(concept_id)

    @staticmethod
    def id_of(index: Index) -> int | None:
        return int(index.internalId()) if index.isValid() else None

    # -- QAbstractItemModel ---------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        siblings = self._children.get(self.id_of(parent), [])
        if not 0 <= row < len(siblings) or not 0 <= column <= KEY:
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    @overload
    def parent(self) -> QObject | None: ...
    @overload
    def parent(self, index: Index) -> QModelIndex: ...
    def parent(self, index: Index | None = None) -> QObject | QModelIndex | None:
        """The parent of an index (the item model's), or without one the QObject's."""
        if index is None:
            return super().parent()
        concept_id = self.id_of(index)
        if concept_id is None:
            return QModelIndex()
        return self.index_of(self._concepts[concept_id].parent_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != NAME:
            return 0
        return len(self._children.get(self.id_of(parent), []))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 3

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                 | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled)
        if index.column() == NAME and not self._editor.project.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        concept_id = self.id_of(index)
        if concept_id is None:
            return None
        concept = self._concepts[concept_id]
        column = index.column()
        if role == CONCEPT_ID_ROLE:
            return concept_id
        if role == DIGIT_ROLE:
            return self._digits.get(concept_id)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(concept)
        if column == NAME:
            if role == Qt.ItemDataRole.EditRole:  # a rename starts: the name the user saw
                self._seen_names[concept_id] = concept.name
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return concept.name
            if role == Qt.ItemDataRole.DecorationRole:
                return swatch_icon(concept.color)
        elif column == COUNT:
            count = self._usage.get(concept_id, 0)
            if role == Qt.ItemDataRole.DisplayRole:
                return str(count) if count else ""
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("used by {count}").format(count=count)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            if role == Qt.ItemDataRole.ForegroundRole:
                return QGuiApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        elif column == KEY and concept_id in self._digits:
            digit = str(self._digits[concept_id])
            if role == Qt.ItemDataRole.DecorationRole:
                return digit_badge(digit)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("key {digit}").format(digit=digit)
        return None

    def _tooltip(self, concept: Concept) -> str:
        parts = [f"<b>{html.escape(concept.name)}</b>"]
        if concept.description:
            parts.append(html.escape(concept.description).replace("\n", "<br>"))
        count = self._usage.get(concept.id, 0)
        used = (self.tr("Used by %n annotation", "", count) if count == 1
                else self.tr("Used by %n annotations", "", count))
        if concept.id in self._digits:
            used += " · " + self.tr("key {digit} applies it").format(
                digit=self._digits[concept.id])
        parts.append(f"<small>{used}</small>")
        return "<br>".join(parts)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        concept_id = self.id_of(index)
        if concept_id is None or index.column() != NAME or role != Qt.ItemDataRole.EditRole:
            return False
        name = " ".join(str(value).split())
        seen = self._seen_names.pop(concept_id, self._concepts[concept_id].name)
        if name in (seen, self._concepts[concept_id].name):
            return False
        return self._rename(concept_id, name, seen)

    def _rename(self, concept_id: int, name: str, seen: str) -> bool:
        """Rename over the name the user saw; a rename made elsewhere meanwhile is
        shown and the user asked, once the editor has closed."""
        try:
            return self._editor.rename_concept(concept_id, name, expected=seen)
        except EditConflict as conflict:
            QTimer.singleShot(0, partial(self._resolve_conflict, concept_id, name, conflict))
            return False

    def _resolve_conflict(self, concept_id: int, name: str, conflict: EditConflict) -> None:
        parent = self.parent()
        widget = parent if isinstance(parent, QWidget) else None
        theirs = concept_edits.ask_after_conflict(widget, self._editor, conflict, "name", name)
        if theirs is not None:
            concept_edits.edit_over_seen(widget, self._editor, concept_id, "name", name, theirs)

    # -- drag and drop --------------------------------------------------------------
    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        ids = list(dict.fromkeys(i for i in map(self.id_of, indexes) if i is not None))
        data = QMimeData()
        data.setData(MIME_TYPE, json.dumps(ids).encode())
        return data

    @staticmethod
    def _dragged(data: QMimeData) -> list[int]:
        if not data.hasFormat(MIME_TYPE):
            return []
        try:
            return [int(i) for i in json.loads(bytes(data.data(MIME_TYPE).data()))]
        except (ValueError, TypeError):
            return []

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        """Refuse (forbidden cursor) a drop inside the dragged concept's own subtree."""
        dragged = self._dragged(data)
        if action != Qt.DropAction.MoveAction or len(dragged) != 1:
            return False
        target = self.id_of(parent)
        return target is None or target not in self.subtree(dragged[0])

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        """Dropping on a concept makes the dragged one its last child; between rows reorders.

        Returns False even after a move: the view must not remove any row itself,
        the model is rebuilt from the project when the Editor reports the change."""
        dragged = self._dragged(data)
        if action != Qt.DropAction.MoveAction or len(dragged) != 1:
            return False
        concept_id = dragged[0]
        concept = self._concepts.get(concept_id)
        if concept is None:
            return False
        new_parent = self.id_of(parent)
        position: int | None = None
        if row >= 0:
            position = row
            if new_parent == concept.parent_id:
                current = self._row(concept_id)
                if current < row:
                    position -= 1  # the concept leaves its old place first
                if position == current:
                    return False
        elif new_parent == concept.parent_id and self._children[new_parent][-1] == concept_id:
            return False
        self._editor.move_concept(concept_id, new_parent, position)
        return False
