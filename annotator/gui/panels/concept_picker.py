"""A quick type-to-filter dialog to choose a concept, or to name a new one."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import Concept
from annotator.core.project import Project
from annotator.core.textfold import fold
from annotator.gui.icons import action_icon, digit_badge, swatch_icon
from annotator.gui.panels.local_keys import LocalKeys
from annotator.gui.tree_items import top_level_item

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # a concept id, or None on the "Create…" row
CREATE = -1  # marks the "Create concept" row in ID_ROLE


@dataclass(frozen=True)
class _Entry:
    concept: Concept
    path: str  # "Parent / Child", as shown
    folded_name: str
    folded_path: str  # "parent/child", as matched
    digit: int | None


def _normalize_query(text: str) -> str:
    return re.sub(r"\s*/\s*", "/", fold(" ".join(text.split())))


class ConceptPicker(QDialog):
    """Type to filter concepts by name or path (ignoring case and accents); Enter picks."""

    def __init__(self, project: Project, parent: QWidget | None = None, *,
                 title: str | None = None, exclude_ids: Iterable[int] = (),
                 allow_create: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Apply Concept"))
        self.setAccessibleName(self.windowTitle())
        self.resize(440, 380)
        self._allow_create = allow_create
        self._chosen: int | None = None
        self._new_name: str | None = None
        self._entries = self._load(project, set(exclude_ids))

        self._query = QLineEdit(self)
        self._query.setPlaceholderText(
            self.tr("Type to find or create a concept") if allow_create
            else self.tr("Type to find a concept"))
        self._query.setAccessibleName(self.tr("Concept name"))
        self._query.setClearButtonEnabled(True)
        self._list = QTreeWidget(self)
        self._list.setColumnCount(2)
        self._list.setHeaderHidden(True)
        self._list.setRootIsDecorated(False)
        self._list.setUniformRowHeights(True)
        self._list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the line edit
        self._list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._list.setAccessibleName(self.tr("Matching concepts"))
        header = self._list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._hint = QLabel(self)
        self._hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._hint.setWordWrap(True)
        if self._entries or not allow_create:
            self._hint.setText(self.tr("↑ ↓ to choose · Enter to apply · Esc to cancel"))
        else:
            self._hint.setText(self.tr("No concepts yet: type a name and press Enter to "
                                       "create one."))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self._query)
        layout.addWidget(self._list, 1)
        layout.addWidget(self._hint)

        keys = LocalKeys(self)
        keys.bind("Down", lambda: self._move(1))
        keys.bind("Up", lambda: self._move(-1))
        keys.bind("PgDown", lambda: self._move(8))
        keys.bind("PgUp", lambda: self._move(-8))
        keys.bind("Return", self.accept)
        keys.bind("Enter", self.accept)
        keys.watch(self._query)

        self._query.textChanged.connect(self._refilter)
        self._list.itemDoubleClicked.connect(lambda _item, _column: self.accept())
        self._refilter("")

    # -- public -------------------------------------------------------------------
    @staticmethod
    def pick(project: Project, parent: QWidget | None = None) -> tuple[int | None, str | None]:
        """Show the picker; (concept id, None), (None, new name) or (None, None)."""
        dialog = ConceptPicker(project, parent)
        dialog.exec()
        dialog.deleteLater()
        return dialog.chosen_concept_id(), dialog.new_concept_name()

    def chosen_concept_id(self) -> int | None:
        return self._chosen

    def new_concept_name(self) -> str | None:
        return self._new_name

    def accept(self) -> None:
        item = self._list.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return
        value = item.data(0, ID_ROLE)
        if value == CREATE:
            self._chosen, self._new_name = None, " ".join(self._query.text().split())
        else:
            self._chosen, self._new_name = int(value), None
        super().accept()

    def reject(self) -> None:
        self._chosen = self._new_name = None
        super().reject()

    # -- behaviour ----------------------------------------------------------------
    def _load(self, project: Project, exclude: set[int]) -> list[_Entry]:
        concepts = project.concepts()
        by_id = {c.id: c for c in concepts}
        paths: dict[int, str] = {}
        entries = []
        for concept in concepts:  # parents come first
            parent = paths.get(concept.parent_id) if concept.parent_id in by_id else None
            paths[concept.id] = f"{parent} / {concept.name}" if parent else concept.name
            if concept.id in exclude:
                continue
            entries.append(_Entry(
                concept, paths[concept.id], fold(concept.name),
                _normalize_query(paths[concept.id]),
                int(concept.shortcut) if concept.shortcut.isdigit() else None))
        return entries

    def _matches(self, needle: str) -> list[_Entry]:
        if not needle:
            return list(self._entries)
        ranked = []
        for order, entry in enumerate(self._entries):
            if entry.folded_name.startswith(needle):
                rank = 0
            elif needle in entry.folded_name:
                rank = 1
            elif needle in entry.folded_path:
                rank = 2
            else:
                continue
            ranked.append((rank, order, entry))
        return [entry for *_, entry in sorted(ranked, key=lambda item: item[:2])]

    def _refilter(self, text: str) -> None:
        needle = _normalize_query(text)
        matches = self._matches(needle)
        self._list.clear()
        for entry in matches:
            item = QTreeWidgetItem([entry.path, ""])
            item.setIcon(0, swatch_icon(entry.concept.color))
            item.setData(0, ID_ROLE, entry.concept.id)
            if entry.concept.description:
                item.setToolTip(0, entry.concept.description)
            if entry.digit is not None:
                item.setIcon(1, digit_badge(str(entry.digit), self.palette()))
                item.setToolTip(1, self.tr("Key {digit} applies this concept in the reader")
                                .format(digit=entry.digit))
            self._list.addTopLevelItem(item)
        exact = any(needle in (e.folded_name, e.folded_path) for e in matches)
        path_query = "/" in needle and bool(matches)  # looking for a child, not naming one
        if self._allow_create and needle and not exact and not path_query:
            self._add_create_row(" ".join(text.split()))
        if self._list.topLevelItemCount():
            self._list.setCurrentItem(top_level_item(self._list, 0))

    def _add_create_row(self, name: str) -> None:
        item = QTreeWidgetItem()
        if "/" in name:
            item.setText(0, self.tr("Concept names cannot contain “/”"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        else:
            item.setText(0, self.tr("Create concept «{name}»").format(name=name))
            item.setIcon(0, action_icon("new", self.palette()))
            item.setData(0, ID_ROLE, CREATE)
            font = QFont(item.font(0))
            font.setItalic(True)
            item.setFont(0, font)
        self._list.addTopLevelItem(item)

    def _move(self, step: int) -> None:
        count = self._list.topLevelItemCount()
        if not count:
            return
        current = self._list.currentItem()
        row = (self._list.indexOfTopLevelItem(current) if current is not None else -1) + step
        item = top_level_item(self._list, max(0, min(count - 1, row)))
        self._list.setCurrentItem(item)
        self._list.scrollToItem(item)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._refilter(self._query.text())

