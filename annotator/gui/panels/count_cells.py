"""A tree view whose count cells take a new number without their row being measured again.

A highlight made changes one number in the library (the document's annotations) and
one in the codebook (the concept's usage). QTreeView answers any change in its top
row by asking every cell of that row for its size again (about eight roles per
cell, each a call into the Python model) and repaints the whole row; a number in a
fixed-width column of uniform rows changes no height, so such a change is drawn as
any item view draws one cell: that cell's rectangle repainted, nothing re-measured.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTreeView

Index = QModelIndex | QPersistentModelIndex

# Roles whose change never alters a one-line cell's size.
TEXT_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.StatusTipRole,
    }
)


def text_only(roles: Sequence[int]) -> bool:
    """Whether a change of these roles leaves the cell's size alone: display, tooltip
    and accessible texts, and the model's own roles (sort keys, ids); an empty list
    means every role."""
    return bool(roles) and all(
        role in TEXT_ROLES or role >= Qt.ItemDataRole.UserRole for role in roles
    )


class CountCellTree(QTreeView):
    """A QTreeView of uniform rows where a one-cell text change outside the tree
    column repaints that cell only."""

    def dataChanged(  # noqa: N802 (Qt override)
        self, top_left: Index, bottom_right: Index, roles: Sequence[int] = ()
    ) -> None:
        if (
            top_left == bottom_right
            and top_left.column() > 0
            and text_only(roles)
            and self.uniformRowHeights()
        ):
            # QAbstractItemView's own handling: the cell's editor and rectangle only
            QAbstractItemView.dataChanged(self, top_left, bottom_right, roles)
            return
        super().dataChanged(top_left, bottom_right, roles)
