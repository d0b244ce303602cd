"""The passages of a concept as a list model: rows are read and worked out when a view asks.

A concept may hold thousands of passages; reading them all, and making items up front
(text, chips, title, accent for each), costs time and memory in proportion to all of
them. Here the model starts from the passages' ids and documents (one light query),
reads the passages themselves a page at a time when the view paints or measures
them, and works out each row's look only then.

An edit changes a few rows: `insert`, `remove` and `refresh` patch one row each, at
the place the project's listing (Project.passage_index) would give it, so the view
keeps its current row and selection and nothing is read again. A list view still
measures every row again after a row is inserted or removed: `card_key` lets the
delegate answer from the heights it knows, without reading each row's roles.
"""

from __future__ import annotations

import bisect
import string
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
TitleKey = Callable[[str], str]
_ASCII_FOLD = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def nocase(title: str) -> str:
    """A title as a project file orders it (SQLite's NOCASE: ASCII letters folded,
    then code points, which is the order of the UTF-8 bytes it compares)."""
    return title.translate(_ASCII_FOLD)


def _reading_order(annotation: Annotation) -> tuple[int, int, int]:
    return (annotation.start, annotation.end, annotation.id)


class PassageModel(QAbstractListModel):
    """Passages in document order; the first passage of each document carries its title."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self._documents: list[int] = []  # of each row
        self._listed: set[int] = set()  # the ids of _ids: row_of finds a row only if listed
        self._read: Reader = lambda _ids: []
        self._loaded: dict[int, Annotation] = {}
        self._titles: dict[int, str] = {}
        self._concepts: dict[int, Concept] = {}
        self._order: dict[int, int] = {}  # concept id -> codebook position
        self._wanted: list[int] = []
        self._chips: dict[tuple[int, ...], tuple[Chip, ...]] = {}
        self._listing = 0  # counts set_passages: the codebook may have changed
        self._edited = 0  # counts the passages inserted or refreshed
        self._edits: dict[int, int] = {}  # annotation id -> its last such edit

    def set_passages(self, index: list[tuple[int, int]], titles: dict[int, str],
                     read: Reader, concepts: list[Concept], wanted: list[int]) -> None:
        """Show the passages listed in `index` ((annotation id, document id) in order);
        `read(ids)` gives the passages of some ids when they are shown."""
        self.beginResetModel()
        self._ids = [annotation_id for annotation_id, _ in index]
        self._documents = [document_id for _, document_id in index]
        self._listed = set(self._ids)
        self._read = read
        self._loaded = {}
        self._titles = titles
        self._concepts = {c.id: c for c in concepts}
        self._order = {c.id: position for position, c in enumerate(concepts)}
        self._wanted = wanted
        self._chips = {}
        self._listing += 1
        self._edits = {}
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

    def place_of(self, annotation: Annotation, title_key: TitleKey | None) -> int | None:
        """The row where a passage not listed belongs: among its document's rows in
        reading order (start, end, id). A document not listed yet goes among the others
        by (title_key(title), id), its title given by know_titles; None when that
        cannot be told (no title_key, or a row of the document could not be read): the
        caller lists again."""
        document_id = annotation.document_id
        try:
            first = self._documents.index(document_id)
        except ValueError:
            title = self._titles.get(document_id)
            if title_key is None or title is None:
                return None
            return bisect.bisect_left(
                self._documents, (title_key(title), document_id),
                key=lambda d: (title_key(self._titles[d]), d))
        last = first
        while last < len(self._ids) and self._documents[last] == document_id:
            last += 1
        unread = [i for i in self._ids[first:last] if i not in self._loaded]
        if unread:  # one read: a document holds a few passages of a concept
            self._loaded.update((a.id, a) for a in self._read(unread))
        block = [self._loaded.get(i) for i in self._ids[first:last]]
        if None in block:  # deleted meanwhile and not yet told
            return None
        keys = [_reading_order(a) for a in block if a is not None]
        return first + bisect.bisect_left(keys, _reading_order(annotation))

    def know_titles(self, titles: dict[int, str]) -> None:
        """Titles of documents whose passages may be inserted (see place_of)."""
        self._titles.update(titles)

    def insert(self, row: int, annotation: Annotation) -> None:
        """List a passage at `row` (from place_of)."""
        self.beginInsertRows(QModelIndex(), row, row)
        self._ids.insert(row, annotation.id)
        self._documents.insert(row, annotation.document_id)
        self._listed.add(annotation.id)
        self._loaded[annotation.id] = annotation
        self._edited += 1
        self._edits[annotation.id] = self._edited
        self.endInsertRows()
        self._retitle(row + 1)  # the document's former first row loses its title

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        annotation_id = self._ids.pop(row)
        del self._documents[row]
        self._listed.discard(annotation_id)
        self._loaded.pop(annotation_id, None)
        self.endRemoveRows()
        self._retitle(row)  # the next row may now open its document

    def refresh(self, row: int, annotation: Annotation) -> None:
        """Show a passage edited in place (its memo, concepts, or a range that keeps
        its place): that row only."""
        self._loaded[annotation.id] = annotation
        self._edited += 1
        self._edits[annotation.id] = self._edited
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def stays_in_place(self, row: int, annotation: Annotation) -> bool:
        """Whether an edited passage keeps its row (its range moved past no neighbour)."""
        if annotation.document_id != self._documents[row]:
            return False
        before = self._loaded.get(self._ids[row - 1]) if row > 0 else None
        after = self._loaded.get(self._ids[row + 1]) if row + 1 < len(self._ids) else None
        key = _reading_order(annotation)
        if row > 0 and self._documents[row - 1] == annotation.document_id and (
                before is None or _reading_order(before) > key):
            return False
        return not (row + 1 < len(self._ids)
                    and self._documents[row + 1] == annotation.document_id
                    and (after is None or _reading_order(after) < key))

    def card_key(self, row: int) -> tuple[int, int, int, bool] | None:
        """What the height of a row's card depends on (see AnnotationDelegate), in
        numbers quick to hash: the listing (the concepts' names on its chips), the
        passage and its edits since, and whether it opens its document (a title)."""
        annotation_id = self._ids[row]
        if annotation_id not in self._loaded and self.passage(row) is None:
            return None
        first = row == 0 or self._documents[row - 1] != self._documents[row]
        return self._listing, annotation_id, self._edits.get(annotation_id, 0), first

    def _retitle(self, row: int) -> None:
        if 0 <= row < len(self._ids):
            index = self.index(row)
            self.dataChanged.emit(index, index, [TITLE_ROLE])

    def loaded_count(self) -> int:
        """How many passages have been read so far (the rest are ids only)."""
        return len(self._loaded)

    def row_of(self, annotation_id: int) -> int:
        # a scan of ints, not a table of rows to renumber after every insertion
        return self._ids.index(annotation_id) if annotation_id in self._listed else -1

    def title(self, document_id: int) -> str:
        return self._titles.get(document_id, "")

    def document_count(self) -> int:
        return len(set(self._documents))

    def has_document(self, document_id: int) -> bool:
        return document_id in self._documents

    def wanted(self) -> list[int]:
        """The concepts whose passages are listed."""
        return self._wanted

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
