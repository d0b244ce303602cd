"""What every tab of the analysis window provides to the window."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from annotator.core.analysis.data import CodingData

# Runs in the analysis worker process on a filtered snapshot: a picklable core
# function with its options bound (functools.partial), no widgets, no closures.
Work = Callable[[CodingData], Any]


class AnalysisTab(QWidget):
    """A view of the figures; `optionsChanged` asks the window to compute again."""

    optionsChanged = Signal()

    def work(self, include_children: bool) -> Work:
        """The computation for the current options, read now on the GUI thread."""
        raise NotImplementedError

    def show_result(self, data: CodingData, result: Any) -> None:
        raise NotImplementedError
