"""The import of a collection under way: one row per link, a progress bar, Cancel, a summary.

Downloads and conversions run in a worker thread (core.collections.downloads);
each outcome comes back here, where it is stored through the Editor (so each
new document is undoable) or kept as a missing source. Cancel keeps what was
already imported.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence

from PySide6.QtCore import Qt, QThread, Signal
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.collections.batch import (
    BatchOptions,
    Fetched,
    LinkResult,
    LinkStatus,
    fetch_links,
    plan,
    record,
)
from annotator.core.collections.parsing import Link
from annotator.core.errors import AnnotatorError
from annotator.gui.editor import Editor
from annotator.gui.messages import describe, user_message
from annotator.gui.tree_items import top_level_item

log = logging.getLogger(__name__)

_ICONS = {
    LinkStatus.FETCHING: QStyle.StandardPixmap.SP_ArrowDown,
    LinkStatus.RETRYING: QStyle.StandardPixmap.SP_BrowserReload,
    LinkStatus.IMPORTED: QStyle.StandardPixmap.SP_DialogApplyButton,
    LinkStatus.DUPLICATE: QStyle.StandardPixmap.SP_MessageBoxInformation,
    LinkStatus.SKIPPED: QStyle.StandardPixmap.SP_MessageBoxInformation,
    LinkStatus.FAILED: QStyle.StandardPixmap.SP_MessageBoxWarning,
    LinkStatus.CANCELLED: QStyle.StandardPixmap.SP_DialogCancelButton,
}


class _FetchThread(QThread):
    """Runs fetch_links; its signals reach the dialog in the GUI thread."""

    updated = Signal(object)  # LinkResult: fetching, retrying
    fetched = Signal(object)  # Fetched: ready to be recorded

    def __init__(self, items: list[tuple[int, Link]], options: BatchOptions,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._items = items
        self._options = options
        self.cancel_event = threading.Event()

    def run(self) -> None:
        try:
            for fetched in fetch_links(self._items, options=self._options,
                                       cancel=self.cancel_event, on_update=self.updated.emit):
                self.fetched.emit(fetched)
        except Exception:  # a bug: the rows left say "cancelled" rather than hang
            log.exception("importing a collection failed")


class CollectionImportDialog(QDialog):
    """Imports `links` into the editor's project and shows how each one fares."""

    documentImported = Signal(int)  # a new document's id
    finishedImport = Signal()  # every link has its final status

    def __init__(self, editor: Editor, links: Sequence[Link], name: str = "", *,
                 options: BatchOptions | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.links = list(links)
        self.options = options or BatchOptions()
        self.results: dict[int, LinkResult] = {}
        self._thread: _FetchThread | None = None
        self._close_when_done = False
        self.setWindowTitle(self.tr("Importing a collection"))
        self.heading = QLabel(
            self.tr("Importing %n link(s)", "", len(self.links))
            + (f" — {name}" if name else ""), self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, len(self.links))
        self.bar.setValue(0)
        self.bar.setAccessibleName(self.tr("Progress of the collection import"))
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Links being imported"))
        self.tree.setHeaderLabels([self.tr("Title"), self.tr("Status"), self.tr("Address")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.tree.setColumnWidth(0, 330)
        self.tree.setColumnWidth(1, 300)
        for link in self.links:
            item = QTreeWidgetItem([link.title or link.url, self.tr("Waiting"), link.url])
            item.setToolTip(0, link.url)
            self.tree.addTopLevelItem(item)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setVisible(False)
        self.buttons = QDialogButtonBox(self)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setToolTip(self.tr("Stop; what is already imported is kept"))
        self.cancel_button.clicked.connect(self.cancel)
        self.missing_button = QPushButton(self.tr("&Missing sources…"), self)
        self.missing_button.setToolTip(
            self.tr("Attach a saved copy of each page that could not be downloaded"))
        self.missing_button.clicked.connect(self._show_missing)
        self.buttons.addButton(self.missing_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.missing_button.setVisible(False)  # after addButton, which shows it
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setVisible(False)
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.bar)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(900, 520)

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self) -> None:
        """Set aside links already in the project, then download the others in the background."""
        to_fetch, skipped = plan(self.editor.project, self.links)
        for result in skipped:
            self._show(result)
        if not to_fetch:
            self._finish()
            return
        self._thread = _FetchThread(to_fetch, self.options, self)
        self._thread.updated.connect(self._show)
        self._thread.fetched.connect(self._record)
        self._thread.finished.connect(self._finish)
        self._thread.start()

    def cancel(self) -> None:
        """Stop downloading; links not done end cancelled, imported ones stay."""
        if self._thread is None:
            return
        self._thread.cancel_event.set()
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancelling…"))

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the background work is over (for closing and tests)."""
        return self._thread is None or self._thread.wait(msecs)

    def status_text(self, row: int) -> str:
        return top_level_item(self.tree, row).text(1)

    # -- results --------------------------------------------------------------------
    def _record(self, fetched: Fetched) -> None:
        try:
            result = record(self.editor.project, fetched, add=self.editor.add_document)
        except AnnotatorError as error:  # the project file itself failed (disk full...)
            result = LinkResult(fetched.index, fetched.link, LinkStatus.FAILED, describe(error))
        self._show(result)
        if result.status == LinkStatus.IMPORTED and result.document_id is not None:
            self.documentImported.emit(result.document_id)

    def _show(self, result: LinkResult) -> None:
        item = top_level_item(self.tree, result.index)
        if result.status.final:
            self.results[result.index] = result
            self.bar.setValue(len(self.results))
        if result.title:
            item.setText(0, result.title)
        item.setText(1, self._status_text(result))
        item.setToolTip(1, user_message(result.detail) if result.detail else item.text(1))
        icon = _ICONS.get(result.status)
        item.setIcon(0, self.style().standardIcon(icon) if icon is not None else QIcon())
        if not result.status.final:
            self.tree.scrollToItem(item)

    def _status_text(self, result: LinkResult) -> str:
        detail = result.detail
        return {
            LinkStatus.WAITING: self.tr("Waiting"),
            LinkStatus.FETCHING: self.tr("Downloading…"),
            LinkStatus.RETRYING: self.tr("Trying again: %s") % user_message(detail),
            LinkStatus.IMPORTED: self.tr("Imported"),
            LinkStatus.DUPLICATE: self.tr("Already in the project (same content)"),
            LinkStatus.SKIPPED: (self.tr("Listed twice") if detail == "listed twice"
                                 else self.tr("Already in the project")),
            LinkStatus.FAILED: self.tr("Failed: %s") % user_message(detail),
            LinkStatus.CANCELLED: self.tr("Cancelled"),
        }[result.status]

    def _finish(self) -> None:
        """Every link has its outcome: links never reached are cancelled; say how it went."""
        if self._thread is not None:
            self._thread.wait()
            self._thread.deleteLater()
            self._thread = None
        for index, link in enumerate(self.links):
            if index not in self.results:
                self._show(LinkResult(index, link, LinkStatus.CANCELLED))
        self.bar.setValue(len(self.links))
        self.summary.setText(self._summary())
        self.summary.setVisible(True)
        self.cancel_button.setVisible(False)
        self.close_button.setVisible(True)
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.missing_button.setVisible(self._count(LinkStatus.FAILED) > 0)
        self.finishedImport.emit()
        if self._close_when_done:
            self.accept()

    def _count(self, status: LinkStatus) -> int:
        return sum(1 for result in self.results.values() if result.status == status)

    def _summary(self) -> str:
        parts = [self.tr("%n imported", "", self._count(LinkStatus.IMPORTED))]
        known = self._count(LinkStatus.SKIPPED) + self._count(LinkStatus.DUPLICATE)
        if known:
            parts.append(self.tr("%n already in the project", "", known))
        if self._count(LinkStatus.FAILED):
            parts.append(self.tr("%n failed", "", self._count(LinkStatus.FAILED)))
        if self._count(LinkStatus.CANCELLED):
            parts.append(self.tr("%n cancelled", "", self._count(LinkStatus.CANCELLED)))
        text = ", ".join(parts) + "."
        if self._count(LinkStatus.FAILED):
            text += " " + self.tr(
                "Pages that could not be downloaded are kept as missing sources: open each "
                "one in your browser, save it (File ▸ Save page as…), then attach it with "
                "“Missing sources…”.")
        if self._count(LinkStatus.CANCELLED):
            text += " " + self.tr("Import the same collection again to go on where it stopped.")
        return text

    def _show_missing(self) -> None:
        from annotator.gui.attach_saved_page import MissingSourcesDialog

        dialog = MissingSourcesDialog(self.editor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # -- closing --------------------------------------------------------------------
    def reject(self) -> None:
        """Escape or the window's close button: cancel first, close once it has stopped."""
        if self.running:
            self._close_when_done = True
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)
