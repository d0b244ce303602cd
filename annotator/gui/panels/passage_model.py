"""The passages of a concept as a list model: rows are worked out when a view asks.

A concept may hold thousands of passages; items made up front (text, chips, title,
accent for each) cost time and memory in proportion to all of them. Here a row is
only an Annotation until the view paints or measures it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from annotator.core.model import Annotation, Concept
from annotator.gui.panels.annotation_delegate import (
    ACCENT_ROLE,
    ANNOTATION_ROLE,
    CHIPS_ROLE,
    TITLE_ROLE,
    Chip,
)

Index = QModelIndex | QPersistentModelIndex


class PassageModel(QAbstractListModel):
    """Passages in document order; the first passage of each document carries its title."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._passages: list[Annotation] = []
        self._titles: dict[int, str] = {}
        self._concepts: dict[int, Concept] = {}
        self._order: dict[int, int] = {}  # concept id -> codebook position
        self._wanted: list[int] = []
        self._chips: dict[tuple[int, ...], tuple[Chip, ...]] = {}

    def set_passages(self, passages: list[Annotation], titles: dict[int, str],
                     concepts: list[Concept], wanted: list[int]) -> None:
        self.beginResetModel()
        self._passages = passages
        self._titles = titles
        self._concepts = {c.id: c for c in concepts}
        self._order = {c.id: position for position, c in enumerate(concepts)}
        self._wanted = wanted
        self._chips = {}
        self.endResetModel()

    def passage(self, row: int) -> Annotation:
        return self._passages[row]

    def row_of(self, annotation_id: int) -> int:
        return next((row for row, a in enumerate(self._passages) if a.id == annotation_id), -1)

    def title(self, document_id: int) -> str:
        return self._titles.get(document_id, "")

    def document_count(self) -> int:
        return len({a.document_id for a in self._passages})

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self._passages)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        annotation = self._passages[row]
        if role == ANNOTATION_ROLE:
            return annotation
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return " ".join(annotation.quote.split())
        if role == CHIPS_ROLE:
            return self._chips_of(annotation.concept_ids)
        if role == ACCENT_ROLE:
            matched = next((c for c in self._wanted if c in annotation.concept_ids), None)
            return self._concepts[matched].color if matched is not None else None
        if role == TITLE_ROLE:
            first = row == 0 or self._passages[row - 1].document_id != annotation.document_id
            return self._titles.get(annotation.document_id, "") if first else None
        return None

    def _chips_of(self, concept_ids: tuple[int, ...]) -> tuple[Chip, ...]:
        """The chips of a set of concepts, in codebook order (a few sets recur)."""
        chips = self._chips.get(concept_ids)
        if chips is None:
            known = sorted((c for c in concept_ids if c in self._concepts),
                           key=self._order.__getitem__)
            chips = tuple(Chip(self._concepts[c].name, self._concepts[c].color) for c in known)
            self._chips[concept_ids] = chips
        return chips
