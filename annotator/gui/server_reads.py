"""Reads of a server project made while its server is away wait for it, without an error.

Any read of a server project can meet a lost connection (ServerAway). A window method
or a panel method that reads the project is decorated with `waits_for_server`: when
the server is away it stops there, so the panel keeps what it showed, and the call
(the latest per object and method) is made again once the connection is back. The
banner (annotator.gui.server_session) says meanwhile that the connection is lost, so
there is nothing else to tell the user. An action the user started (opening a dialog)
is not made behind their back later: `waits_for_server(later=False)` only says, in
the status bar, to try again once the server is back.

A project file never raises ServerAway: for it, the decorated methods are plain calls.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable
from typing import Any, Concatenate, ParamSpec, TypeVar

from PySide6.QtCore import QObject, Signal
from shiboken6 import Shiboken

P = ParamSpec("P")
R = TypeVar("R")
S = TypeVar("S")


class WaitingReads(QObject):
    """The reads that found the server of the project away, to make once it is back."""

    waiting = Signal()  # a read now waits for the server
    refused = Signal()  # an action the user started could not be made: the server is away

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reads: dict[Hashable, Callable[[], None]] = {}

    def __len__(self) -> int:
        return len(self._reads)

    def wait(self, key: Hashable, read: Callable[[], None]) -> None:
        """Keep `read` (replacing an earlier one of the same `key`) until `make`."""
        self._reads[key] = read
        self.waiting.emit()

    def make(self) -> None:
        """The connection is back: make the waiting reads, in the order they came (one
        that finds the server away again waits again)."""
        reads, self._reads = self._reads, {}
        for read in reads.values():
            read()

    def clear(self) -> None:
        self._reads.clear()


def waits_for_server(
    method: Callable[Concatenate[S, P], R] | None = None, *, later: bool = True
) -> Any:
    """Decorate a method that reads the project (of a panel with an `_editor`, of the
    window with an `editor`, of a controller with a `window`): when the server is away,
    the method stops and answers None; with `later`, it is called again once the
    connection is back (its answer then goes nowhere: later reads are for methods that
    answer nothing). The object's `waiting_for_server()`, if it has one, is called to
    show that it waits."""

    def decorate(method: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R | None]:
        @functools.wraps(method)
        def reading(self: S, *args: P.args, **kwargs: P.kwargs) -> R | None:
            try:
                return method(self, *args, **kwargs)
            except Exception as error:
                reads = _reads_of(self)
                if reads is None or not _away(error):
                    raise
                if not later:
                    reads.refused.emit()
                    return None
                key = (id(self), method.__name__)
                reads.wait(key, functools.partial(_again, reading, self, *args, **kwargs))
                shown = getattr(self, "waiting_for_server", None)
                if shown is not None:
                    shown()
                return None

        return reading

    return decorate if method is None else decorate(method)


def _away(error: Exception) -> bool:
    # (imported here: the first window, with no project yet, loads no store module)
    from annotator.core.store.postgres.errors import ServerAway

    return isinstance(error, ServerAway)


def _reads_of(holder: object) -> WaitingReads | None:
    """The waiting reads of the editor of a panel (`_editor`), of the window (`editor`)
    or of the window's actions (`window.editor`)."""
    editor = (
        getattr(holder, "_editor", None)
        or getattr(holder, "editor", None)
        or getattr(getattr(holder, "window", None), "editor", None)
    )
    reads = getattr(editor, "reads", None)
    return reads if isinstance(reads, WaitingReads) else None


def _again(reading: Callable[..., object], holder: object, *args: Any, **kwargs: Any) -> None:
    """Make a read again, unless its panel or window was closed meanwhile."""
    if isinstance(holder, QObject) and not Shiboken.isValid(holder):
        return
    reading(holder, *args, **kwargs)
