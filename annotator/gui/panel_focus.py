"""Moving the keyboard focus between the window's panels (F6, Shift+F6, Alt+1…5).

The cycle is Library → Reader → Concepts → Highlights → Search, the order in
which a coder works. A panel hidden behind a tab or closed is shown first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

# (the dock's key in MainWindow.docks, or "reader"; the Qt class of the widget to focus
# first, by name: naming the Python classes here would have PySide build them and their
# enums before the first window is shown)
PANELS: tuple[tuple[str, str], ...] = (
    ("library", "QAbstractItemView"),
    ("reader", "QWidget"),
    ("concepts", "QAbstractItemView"),
    ("annotations", "QAbstractItemView"),
    ("search", "QLineEdit"),
)


class PanelFocus:
    """Gives the focus to a panel by its place in the cycle, or to the next one."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def current(self) -> int | None:
        """The place in the cycle of the panel holding the focus, if any."""
        focus = QApplication.focusWidget()
        if focus is None:
            return None
        for index, (key, _kind) in enumerate(PANELS):
            container = self._container(key)
            if container is not None and (container is focus or container.isAncestorOf(focus)):
                return index
        return None

    def cycle(self, step: int) -> None:
        """Focus the next (+1) or previous (-1) panel that can take the focus."""
        current = self.current()
        start = (-1 if step > 0 else 0) if current is None else current
        for offset in range(1, len(PANELS) + 1):
            if self.focus((start + step * offset) % len(PANELS)):
                return

    def focus(self, index: int) -> bool:
        """Show the panel at `index` of the cycle and focus its main widget."""
        key, kind = PANELS[index]
        if key == "reader":
            reader = self.window.reader
            if reader.document is None:
                return False
            reader.viewer.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        docks = getattr(self.window, "docks", {})
        dock = docks.get(key)
        if dock is None or self.window.project is None:
            return False
        dock.show()
        dock.raise_()
        target = _focus_target(dock.widget(), kind)
        if target is None:
            return False
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def _container(self, key: str) -> QWidget | None:
        if key == "reader":
            return self.window.reader
        dock = getattr(self.window, "docks", {}).get(key)
        return dock.widget() if dock is not None else None


def _focus_target(panel: QWidget, kind: str) -> QWidget | None:
    """The panel's first visible widget of the Qt class `kind` that takes the focus, else
    any such widget."""
    candidates = [w for w in panel.findChildren(QWidget)
                  if w.isVisibleTo(panel) and w.isEnabled()
                  and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    preferred = [w for w in candidates if w.inherits(kind)]
    chosen = preferred or candidates
    return chosen[0] if chosen else None
