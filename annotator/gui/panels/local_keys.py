"""Keys that belong to one widget even when the window binds the same keys.

A panel's Delete or Ctrl+F must act on the panel while it has focus, yet the main
window may bind those keys to window-wide actions; two active shortcuts on one key
are ambiguous and neither fires. Claiming the key in the ShortcutOverride event
makes Qt deliver it to the focused widget, where this filter handles it. Keys are
handled only while the watched widget itself has focus, not when they bubble up from
a child such as an inline editor.

Handlers that are methods of the filter's owner (its parent) are held weakly: the owner
outlives its child filter anyway, and held strongly they would make a reference cycle
(owner, filter, method, owner). An owner without a parent would then be deleted not when
its last reference goes but whenever Python's cycle collector next runs, which may be in
the middle of the owner's own layout or painting (a crash).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from inspect import ismethod
from typing import TypeVar

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

Handler = Callable[[], object]
F = TypeVar("F", bound=Callable[..., object])
_Held = Callable[[], F | None]


class LocalKeys(QObject):
    """An event filter mapping key sequences to handlers on the widgets it watches."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._bindings: list[tuple[QKeySequence, _Held[Handler], _Held[Callable[[], bool]]]] = []

    def bind(self, keys: QKeySequence | QKeySequence.StandardKey | str, handler: Handler,
             enabled: Callable[[], bool] = lambda: True) -> None:
        """Call `handler` when `keys` are pressed and `enabled()` is true."""
        for sequence in _sequences(keys):
            self._bindings.append((sequence, self._held(handler), self._held(enabled)))

    def _held(self, function: F) -> _Held[F]:
        """A way back to `function`: weak for a method of the owner (see the module's
        docstring)."""
        if ismethod(function) and function.__self__ is self.parent():
            return weakref.WeakMethod(function)
        return lambda: function

    def watch(self, *widgets: QObject) -> None:
        for widget in widgets:
            widget.installEventFilter(self)

    def _find(self, event: QKeyEvent) -> Handler | None:
        # The keypad's Enter and arrows carry KeypadModifier; they mean the same keys.
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        pressed = QKeySequence(QKeyCombination(modifiers, Qt.Key(event.key())))
        for sequence, held_handler, held_enabled in self._bindings:
            if sequence.matches(pressed) != QKeySequence.SequenceMatch.ExactMatch:
                continue
            handler, enabled = held_handler(), held_enabled()
            if handler is not None and enabled is not None and enabled():
                return handler
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind != QEvent.Type.KeyPress and kind != QEvent.Type.ShortcutOverride:
            return False  # paints, layouts, timers...: nothing to look up
        focus = QApplication.focusWidget()
        if (isinstance(watched, QWidget) and focus is not None and focus is not watched
                and watched.isAncestorOf(focus)):
            return False  # a key a focused child (e.g. an inline editor) did not use
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
