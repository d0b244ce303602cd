"""Keeps the rows in view of a list view in place while rows elsewhere come and go.

After a row is inserted or removed, a QListView forgets where every row is and lays
them all out again. In batched layout mode it does so a batch at a time from the
first row: until the last batch it finds no row to paint, and its scroll range
covers only the rows laid out so far, so a list scrolled down shows nothing, then
rows near its top. A row inserted above those in view also pushes them down.
`kept_in_view` notes the rows in view before an edit, lays every row out at once
after it (quick when the delegate knows their heights) and scrolls the first of them
still listed back to where it was.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QPersistentModelIndex, QPoint
from PySide6.QtWidgets import QListView


def in_view(view: QListView) -> list[tuple[QPersistentModelIndex, int]]:
    """The rows seen in the viewport, each with the top of its rectangle."""
    viewport = view.viewport()
    index = view.indexAt(QPoint(viewport.width() // 2, 0))
    model = view.model()
    seen: list[tuple[QPersistentModelIndex, int]] = []
    while index.isValid():
        top = view.visualRect(index).top()
        if top >= viewport.height():
            break
        seen.append((QPersistentModelIndex(index), top))
        index = model.index(index.row() + 1, 0)
    return seen


@contextmanager
def kept_in_view(view: QListView) -> Iterator[None]:
    """Edit the view's model in the block; the first row in view that is still
    there afterwards stays at the same place in the viewport."""
    seen = in_view(view)
    yield
    kept = next(((i, top) for i, top in seen if i.isValid()), None)
    if kept is not None:
        restore(view, kept[0], kept[1])


def restore(view: QListView, anchor: QPersistentModelIndex, top: int) -> None:
    """Lay every row out now and scroll so that `anchor` starts at `top` in the
    viewport. Every row: until a batched layout is done the view finds no row to
    paint, wherever it is scrolled."""
    mode = view.layoutMode()
    view.setLayoutMode(QListView.LayoutMode.SinglePass)
    try:
        rect = view.visualRect(view.model().index(anchor.row(), 0))  # runs the layout
    finally:
        view.setLayoutMode(mode)
    bar = view.verticalScrollBar()
    bar.setValue(bar.value() + rect.top() - top)
