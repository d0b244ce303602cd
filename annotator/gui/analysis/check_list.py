"""A drop-down button holding a list of check boxes: pick some of many values."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_LIST_HEIGHT = 360


class CheckList(QToolButton):
    """Shows "Name: all" or "Name: 2 of 5"; `changed` fires as boxes are ticked.

    Every box ticked means no restriction: `selected()` is then None, and values
    that appear later (a new site, a new coder) are ticked too.
    """

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.list = QListWidget()
        self.list.setAccessibleName(name)
        panel = QWidget()
        every = QPushButton(self.tr("All"), panel)
        none = QPushButton(self.tr("None"), panel)
        every.clicked.connect(lambda: self._tick_all(Qt.CheckState.Checked))
        none.clicked.connect(lambda: self._tick_all(Qt.CheckState.Unchecked))
        buttons = QHBoxLayout()
        buttons.addWidget(every)
        buttons.addWidget(none)
        buttons.addStretch(1)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        menu = QMenu(self)
        action = QWidgetAction(menu)
        action.setDefaultWidget(panel)
        menu.addAction(action)
        self.setMenu(menu)
        self.list.itemChanged.connect(self._item_changed)
        self._update_text()

    def set_values(self, values: Sequence[tuple[object, str, QIcon | None]]) -> None:
        """(value, label, icon) rows; keeps what was unticked, ticks what is new."""
        unticked = {self.list.item(i).data(VALUE_ROLE) for i in range(self.list.count())
                    if self.list.item(i).checkState() == Qt.CheckState.Unchecked}
        self.list.blockSignals(True)
        self.list.clear()
        for value, label, icon in values:
            item = QListWidgetItem(label, self.list)
            if icon is not None:
                item.setIcon(icon)
            item.setData(VALUE_ROLE, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if value in unticked
                               else Qt.CheckState.Checked)
        self.list.blockSignals(False)
        rows = max(1, self.list.count())
        self.list.setFixedHeight(min(MAX_LIST_HEIGHT, rows * self.list.sizeHintForRow(0) + 6))
        self.list.setMinimumWidth(self.list.sizeHintForColumn(0) + 30)
        self.setEnabled(self.list.count() > 1)
        self._update_text()

    def selected(self) -> frozenset | None:
        """The ticked values, or None when all are ticked."""
        ticked = {self.list.item(i).data(VALUE_ROLE) for i in range(self.list.count())
                  if self.list.item(i).checkState() == Qt.CheckState.Checked}
        return None if len(ticked) == self.list.count() else frozenset(ticked)

    def set_selected(self, values: frozenset | None) -> None:
        """Tick exactly `values` (all when None)."""
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            item = self.list.item(i)
            wanted = values is None or item.data(VALUE_ROLE) in values
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._update_text()
        self.changed.emit()

    def _tick_all(self, state: Qt.CheckState) -> None:
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            self.list.item(i).setCheckState(state)
        self.list.blockSignals(False)
        self._item_changed()

    def _item_changed(self, _item: QListWidgetItem | None = None) -> None:
        self._update_text()
        self.changed.emit()

    def _update_text(self) -> None:
        total = self.list.count()
        ticked = sum(self.list.item(i).checkState() == Qt.CheckState.Checked
                     for i in range(total))
        if ticked == total:
            state = self.tr("all")
        elif ticked == 0:
            state = self.tr("none")
        else:
            state = self.tr("%1 of %2").replace("%1", str(ticked)).replace("%2", str(total))
        self.setText(self.tr("%1: %2").replace("%1", self.name).replace("%2", state))
