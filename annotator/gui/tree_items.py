"""Items of a QTreeWidget that are there: Qt's accessors answer None past the last row."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem


def top_level_item(tree: QTreeWidget, row: int) -> QTreeWidgetItem:
    """The item at `row`; IndexError, rather than None, when there is none."""
    item = tree.topLevelItem(row)
    if item is None:
        raise IndexError(f"no top-level item at row {row}")
    return item


def child_item(parent: QTreeWidgetItem, row: int) -> QTreeWidgetItem:
    """The child at `row`; IndexError, rather than None, when there is none."""
    item = parent.child(row)
    if item is None:
        raise IndexError(f"no child at row {row}")
    return item


def top_level_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    return [top_level_item(tree, row) for row in range(tree.topLevelItemCount())]


def child_items(parent: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [child_item(parent, row) for row in range(parent.childCount())]
