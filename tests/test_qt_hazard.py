"""Guard against the PySide6 build that frees None on Python < 3.12 (see the pin)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_qt_calls_do_not_leak_references_to_none(qapp) -> None:
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(300):
        probe.setObjectName("probe")
    # An affected PySide6/Python pair loses one reference per call (about -300 here).
    assert sys.getrefcount(None) - before > -50
