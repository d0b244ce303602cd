"""The Analysis window: frequencies, co-occurrence, coder agreement and charts, filtered alike.

Every figure is computed in a worker process of the window's own (see
core.analysis.worker): it reads the project once into a snapshot, keeps it,
filters it and computes each view, and sends back only what the view shows.
So the window's thread never waits on the computation (nor on the garbage
collector walking a hundred thousand passages), and closing the window stops
the process, which gives the snapshot's memory back. An edit in the main
window marks the snapshot stale, and the visible view is recomputed.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QProgressBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.core.analysis import worker
from annotator.core.analysis.data import CodingData
from annotator.core.analysis.tables import Table
from annotator.core.errors import AnnotatorError
from annotator.gui.analysis.charts_tab import ChartsTab
from annotator.gui.analysis.coders_tab import CodersTab
from annotator.gui.analysis.cooccurrence_tab import MAX_LISTED, CooccurrenceTab
from annotator.gui.analysis.filter_bar import FilterBar
from annotator.gui.analysis.frequencies_tab import FrequenciesTab
from annotator.gui.analysis.tab import AnalysisTab, Work
from annotator.gui.analysis.worker_process import WorkerProcess
from annotator.gui.editor import Editor
from annotator.gui.messages import describe, user_message
from annotator.gui.window_size import initial_size, scrolled_sideways

DEBOUNCE_MS = 150


class AnalysisWindow(QMainWindow):
    """Emits `passageActivated(document_id, annotation_id)` to open a passage; `computed`
    once a view shows fresh figures."""

    passageActivated = Signal(int, int)
    computed = Signal()

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Not owned here: were this window the editor's last owner, deleting the
        # window would delete the editor, whose `destroyed` calls this window back
        # halfway through its own deletion.
        self._editor = weakref.ref(editor)
        self.setWindowTitle(self.tr("Analysis — %1").replace("%1", editor.project.path.stem))
        self.setObjectName("analysisWindow")
        self.resize(initial_size(QSize(1240, 760)))
        self._data: CodingData | None = None  # the whole project's documents and codebook
        self._epoch = 0  # counts project changes: a snapshot read before one is stale
        self._generation = 0  # counts computations: only the last one is shown
        self.worker = WorkerProcess(self)

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
        layout.addWidget(scrolled_sideways(self.filters))
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
        self.cooccurrence.pairsWanted.connect(self._list_pairs)
        self.coders.passageActivated.connect(self.passageActivated)
        for changed in (editor.documentsChanged, editor.conceptsChanged,
                        editor.annotationsChanged):
            changed.connect(self.project_changed)
        editor.destroyed.connect(self._editor_gone)

    @property
    def editor(self) -> Editor:
        editor = self._editor()
        if editor is None:
            raise RuntimeError("the Analysis window outlived its project's editor")
        return editor

    @property
    def data(self) -> CodingData | None:
        """The project's documents and codebook as last computed (no passages), if any."""
        return self._data

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
        work: Work = tab.work(self.filters.include_children)
        epoch = self._epoch
        self._generation += 1
        generation = self._generation
        self.busy.setVisible(True)
        self.status.setText(self.tr("Computing…"))
        self.worker.request(
            lambda outcome: self._finished(generation, epoch, tab, outcome),
            lambda error: self._failed(generation, error),
            worker.compute, str(self.editor.project.location), epoch, generation,
            self.filters.current(), work)

    def _list_pairs(self, first: int, second: int) -> None:
        """Ask the worker for the passage pairs behind a co-occurrence cell."""
        generation = self._generation

        def listed(answer: tuple[int, list] | None) -> None:
            if answer is not None and generation == self._generation:
                self.cooccurrence.show_pairs(first, second, *answer)

        self.worker.request(listed, lambda error: self._failed(generation, error),
                     worker.cell_pairs, generation, first, second, MAX_LISTED)

    def _finished(self, generation: int, epoch: int, tab: AnalysisTab,
                  outcome: worker.Outcome) -> None:
        shown, figures = outcome.shown, outcome.figures
        if self._data is None and epoch == self._epoch:
            self._data = outcome.whole
            before = self.coders.coders()
            self.filters.set_choices(outcome.whole, outcome.authors)
            project = self.editor.project
            self.filters.set_sets(project.document_sets(), project.members_by_set())
            variables, values = project.variables(), project.variable_values()
            self.filters.set_variables(variables, values)
            self.frequencies.set_variables(variables, values)
            self.coders.set_coders(outcome.authors)
            if tab is self.coders and self.coders.coders() != before:
                self.schedule()
                return
        if generation != self._generation:
            return
        self.busy.setVisible(False)
        tab.show_result(shown, figures)
        self.status.setText(self.tr("%1 documents, %2 passages, %3 concepts shown")
                            .replace("%1", str(len(shown.documents)))
                            .replace("%2", str(outcome.passages))
                            .replace("%3", str(len(shown.concept_ids))))
        self.computed.emit()

    def _failed(self, generation: int, failure: str | AnnotatorError) -> None:
        if generation == self._generation:
            self.busy.setVisible(False)
            shown = user_message(failure) if isinstance(failure, str) else describe(failure)
            self.status.setText(self.tr("Cannot compute: %1").replace("%1", shown))

    # -- closing --------------------------------------------------------------------
    def _editor_gone(self) -> None:
        """The project was closed in the main window: this window goes with it."""
        self.close()
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        """Stop the worker (its snapshot goes with it) and forget the figures shown."""
        self._timer.stop()
        self.release()
        super().closeEvent(event)

    def release(self) -> None:
        """Stop the worker process and drop everything computed; showing again recomputes."""
        self.worker.stop()
        self._generation += 1  # whatever is still under way is not shown
        self._data = None
        self.busy.setVisible(False)
        empty = Table("", (), ())
        for pane in (self.frequencies.concepts, self.frequencies.matrix):
            pane.set_table(empty)
        self.cooccurrence.release()
        self.coders.release()
