"""A one-line progress bar for long commands."""

from __future__ import annotations

import sys
import threading


class TerminalProgress:
    """A one-line progress bar on stderr, drawn only on a terminal."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.enabled = sys.stderr.isatty()
        self._lock = threading.Lock()

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total <= 0:
            return
        width = 30
        filled = int(width * done / total)
        with self._lock:
            sys.stderr.write(f"\r{self.label} [{'#' * filled}{' ' * (width - filled)}] "
                             f"{done}/{total}")
            sys.stderr.flush()

    def finish(self) -> None:
        if self.enabled:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()
