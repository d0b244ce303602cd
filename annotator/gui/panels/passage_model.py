"""The passages of a concept as a list model: rows are read and worked out when a view asks.

A concept may hold thousands of passages; reading them all, and making items up front
(text, chips, title, accent for each), costs time and memory in proportion to all of
them. Here the model starts from the passages' ids and documents (one light query),
reads the passages themselves a page at a time when the view paints or measures
them, and works out each row's look only then.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from annotator.core.model import Annotation, Concept
from annotator.core.store.postgres.errors import ServerNotSaved
from annotator.gui.panels.annotation_delegate import (
    ACCENT_ROLE,
    ANNOTATION_ROLE,
    CHIPS_ROLE,
    TITLE_ROLE,
    Chip,
)

Index = QModelIndex | QPersistentModelIndex
_ROLES = frozenset({ANNOTATION_ROLE, Qt.ItemDataRole.DisplayRole,
                    Qt.ItemDataRole.AccessibleTextRole, CHIPS_ROLE, ACCENT_ROLE, TITLE_ROLE})


PAGE = 200  # passages read at once when the view reaches an unread one
Reader = Callable[[Sequence[int]], list[Annotation]]


class PassageModel(QAbstractListModel):
    """Passages in document order; the first passage of each document carries its title."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self._documents: list[int] = []  # of each row
        self._rows: dict[int, int] = {}  # annotation id -> row
        self._read: Reader = lambda _ids: []
        self._loaded: dict[int, Annotation] = {}
        self._titles: dict[int, str] = {}
        self._concepts: dict[int, Concept] = {}
        self._order: dict[int, int] = {}  # concept id -> codebook position
        self._wanted: list[int] = []
        self._chips: dict[tuple[int, ...], tuple[Chip, ...]] = {}

    def set_passages(self, index: list[tuple[int, int]], titles: dict[int, str],
                     read: Reader, concepts: list[Concept], wanted: list[int]) -> None:
        """Show the passages listed in `index` ((annotation id, document id) in order);
        `read(ids)` gives the passages of some ids when they are shown."""
        self.beginResetModel()
        self._ids = [annotation_id for annotation_id, _ in index]
        self._documents = [document_id for _, document_id in index]
        self._rows = {annotation_id: row for row, annotation_id in enumerate(self._ids)}
        self._read = read
        self._loaded = {}
        self._titles = titles
        self._concepts = {c.id: c for c in concepts}
        self._order = {c.id: position for position, c in enumerate(concepts)}
        self._wanted = wanted
        self._chips = {}
        self.endResetModel()

    def passage(self, row: int) -> Annotation | None:
        """The passage of a row, read with its page of neighbours if not yet read; None
        if it was deleted since the list was made (the view lists again when told)."""
        annotation = self._loaded.get(self._ids[row])
        if annotation is None:
            first = row - row % PAGE
            page = self._ids[first:first + PAGE]
            try:
                self._loaded.update((a.id, a) for a in self._read(page))
            except ServerNotSaved:  # the server is away: empty until it is back and lists
                return None
            annotation = self._loaded.get(self._ids[row])
        return annotation

    def loaded_count(self) -> int:
        """How many passages have been read so far (the rest are ids only)."""
        return len(self._loaded)

    def row_of(self, annotation_id: int) -> int:
        return self._rows.get(annotation_id, -1)

    def title(self, document_id: int) -> str:
        return self._titles.get(document_id, "")

    def document_count(self) -> int:
        return len(set(self._documents))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        if role not in _ROLES:
            return None
        annotation = self.passage(row)
        if annotation is None:
            return None
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
            first = row == 0 or self._documents[row - 1] != annotation.document_id
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
