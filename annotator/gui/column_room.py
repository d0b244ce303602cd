"""Gives a list's main column the room first: a secondary column narrows, then hides,
as the list gets narrower (a library's titles were cut to a dozen characters)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTreeView


class MainColumnRoom(QObject):
    """Watches `view`'s viewport; `secondary` shrinks from `width` to nothing before the
    stretched main column goes below `main_room` pixels."""

    def __init__(self, view: QTreeView, secondary: int, width: int, main_room: int) -> None:
        super().__init__(view)
        self._view = view
        self._secondary = secondary
        self._width = width
        self._main_room = main_room
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        header = self._view.header()
        others = sum(
            header.sectionSize(i)
            for i in range(header.count())
            if header.sectionResizeMode(i) == header.ResizeMode.Fixed
            and not header.isSectionHidden(i)
        )
        spare = self._view.viewport().width() - others - self._main_room
        width = max(0, min(self._width, spare))
        hide = width < header.minimumSectionSize()
        header.setSectionHidden(self._secondary, hide)
        if not hide:
            header.resizeSection(self._secondary, width)
