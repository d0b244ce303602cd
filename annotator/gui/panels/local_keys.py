"""Keys that belong to one widget even when the window binds the same keys.

A panel's Delete or Ctrl+F must act on the panel while it has focus, yet the main
window may bind those keys to window-wide actions; two active shortcuts on one key
are ambiguous and neither fires. Claiming the key in the ShortcutOverride event
makes Qt deliver it to the focused widget, where this filter handles it. Keys are
handled only while the watched widget itself has focus, not when they bubble up from
a child such as an inline editor.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

Handler = Callable[[], object]


class LocalKeys(QObject):
    """An event filter mapping key sequences to handlers on the widgets it watches."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._bindings: list[tuple[QKeySequence, Handler, Callable[[], bool]]] = []

    def bind(self, keys: QKeySequence | QKeySequence.StandardKey | str, handler: Handler,
             enabled: Callable[[], bool] = lambda: True) -> None:
        """Call `handler` when `keys` are pressed and `enabled()` is true."""
        for sequence in _sequences(keys):
            self._bindings.append((sequence, handler, enabled))

    def watch(self, *widgets: QObject) -> None:
        for widget in widgets:
            widget.installEventFilter(self)

    def _find(self, event: QKeyEvent) -> Handler | None:
        # The keypad's Enter and arrows carry KeypadModifier; they mean the same keys.
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        pressed = QKeySequence(QKeyCombination(modifiers, Qt.Key(event.key())))
        for sequence, handler, enabled in self._bindings:
            if sequence.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch and enabled():
                return handler
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        focus = QApplication.focusWidget()
        if (isinstance(watched, QWidget) and focus is not None and focus is not watched
                and watched.isAncestorOf(focus)):
            return False  # a key a focused child (e.g. an inline editor) did not use
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            assert isinstance(event, QKeyEvent)
            handler = self._find(event)
            if handler is not None:
                event.accept()
                if kind == QEvent.Type.KeyPress:
                    handler()
                return True
        return False


def _sequences(keys: QKeySequence | QKeySequence.StandardKey | str) -> list[QKeySequence]:
    if isinstance(keys, QKeySequence.StandardKey):
        return QKeySequence.keyBindings(keys)
    return [QKeySequence(keys)]
