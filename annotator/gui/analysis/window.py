"""The Analysis window: frequencies, co-occurrence, coder agreement and charts, filtered alike.

The project is read once into a snapshot, on a background thread with its
own read-only connection; each view then computes from the filtered
snapshot, also off the GUI thread. An edit in the main window marks the
snapshot stale, and the visible view is recomputed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QProgressBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.core import analysis
from annotator.core.analysis.data import CodingData
from annotator.core.errors import AnnotatorError
from annotator.core.project import Project
from annotator.gui.analysis.charts_tab import ChartsTab
from annotator.gui.analysis.coders_tab import CodersTab
from annotator.gui.analysis.cooccurrence_tab import CooccurrenceTab
from annotator.gui.analysis.filter_bar import FilterBar
from annotator.gui.analysis.frequencies_tab import FrequenciesTab
from annotator.gui.analysis.tab import AnalysisTab, Work
from annotator.gui.editor import Editor
from annotator.gui.messages import user_message
from annotator.gui.workers import Job, JobRunner

DEBOUNCE_MS = 150
CLOSE_WAIT_MS = 10_000


def load_snapshot(path: Path) -> CodingData:
    """Read a project through a connection of our own, so the GUI's stays free."""
    with Project.open(path, read_only=True) as project:
        return analysis.load(project, paragraphs=True)


class AnalysisWindow(QMainWindow):
    """Emits `passageActivated(document_id, annotation_id)` to open a passage; `computed`
    once a view shows fresh figures."""

    passageActivated = Signal(int, int)
    computed = Signal()

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setWindowTitle(self.tr("Analysis — %1").replace("%1", editor.project.path.stem))
        self.setObjectName("analysisWindow")
        self.resize(1240, 760)
        self._data: CodingData | None = None  # the whole project, unfiltered
        self._epoch = 0  # counts project changes: a snapshot read before one is stale
        self._generation = 0  # counts computations: only the last one is shown
        self._runner = JobRunner(max_threads=1, parent=self)

        self.filters = FilterBar(self)
        self.frequencies = FrequenciesTab(self)
        self.cooccurrence = CooccurrenceTab(self)
        self.coders = CodersTab(self)
        self.charts = ChartsTab(self.cooccurrence, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        for tab, title in ((self.frequencies, self.tr("Frequencies")),
                           (self.cooccurrence, self.tr("Co-occurrence")),
                           (self.coders, self.tr("Coders")), (self.charts, self.tr("Charts"))):
            self.tabs.addTab(tab, title)
            tab.optionsChanged.connect(self.schedule)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.filters)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.setVisible(False)
        self.status = QLabel(self)
        self.statusBar().addWidget(self.status, 1)
        self.statusBar().addPermanentWidget(self.busy)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._compute)
        self.filters.changed.connect(self.schedule)
        self.tabs.currentChanged.connect(self.schedule)
        self.cooccurrence.passageActivated.connect(self.passageActivated)
        self.coders.passageActivated.connect(self.passageActivated)
        for changed in (editor.documentsChanged, editor.conceptsChanged,
                        editor.annotationsChanged):
            changed.connect(self.project_changed)
        editor.destroyed.connect(self._editor_gone)

    # -- scheduling -----------------------------------------------------------------
    def schedule(self) -> None:
        """Recompute the visible view soon (changes in a burst count once)."""
        if self.isVisible():
            self._timer.start()

    def project_changed(self) -> None:
        self._data = None
        self._epoch += 1
        self.schedule()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.schedule()

    def _compute(self) -> None:
        tab = self.tabs.currentWidget()
        assert isinstance(tab, AnalysisTab)
        chosen = self.filters.current()
        work: Work = tab.work(self.filters.include_children)
        known, path, epoch = self._data, self.editor.project.path, self._epoch
        self._generation += 1
        generation = self._generation

        def run(_progress, _cancel) -> tuple[CodingData, CodingData, Any]:
            whole = known if known is not None else load_snapshot(path)
            shown = chosen.apply(whole)
            return whole, shown, work(shown)

        job = Job(self.tr("Analysis"), run)
        queued = Qt.ConnectionType.QueuedConnection
        job.signals.succeeded.connect(
            lambda result: self._finished(generation, epoch, tab, result), queued)
        job.signals.failed.connect(lambda error: self._failed(generation, error), queued)
        self.busy.setVisible(True)
        self.status.setText(self.tr("Computing…"))
        self._runner.start(job)

    def _finished(self, generation: int, epoch: int, tab: AnalysisTab, result: Any) -> None:
        whole, shown, figures = result
        if self._data is None and epoch == self._epoch:
            self._data = whole
            before = self.coders.coders()
            self.filters.set_choices(whole)
            self.coders.set_coders(whole.authors)
            if tab is self.coders and self.coders.coders() != before:
                self.schedule()
                return
        if generation != self._generation:
            return
        self.busy.setVisible(False)
        tab.show_result(shown, figures)
        self.status.setText(self.tr("%1 documents, %2 passages, %3 concepts shown")
                            .replace("%1", str(len(shown.documents)))
                            .replace("%2", str(len(shown.annotations)))
                            .replace("%3", str(len(shown.concept_ids))))
        self.computed.emit()

    def _failed(self, generation: int, error: AnnotatorError) -> None:
        if generation == self._generation:
            self.busy.setVisible(False)
            self.status.setText(
                self.tr("Cannot compute: %1").replace("%1", user_message(str(error))))

    # -- closing --------------------------------------------------------------------
    def _editor_gone(self) -> None:
        """The project was closed in the main window: this window goes with it."""
        self.close()
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        self._timer.stop()
        self._runner.cancel_all()
        self._runner.wait(CLOSE_WAIT_MS)
        super().closeEvent(event)
