"""File ▸ Missing sources…: links that could not be downloaded, and attaching a saved copy.

A page behind a login, a paywall or a dead server can still be read in the
browser and saved there (File ▸ Save page as…). Here the user picks the
missing source, then the saved file; it is imported in the background and
recorded as that link's document (its URL and collection kept).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.changes import Change
from annotator.core.collections.missing import MissingSource
from annotator.core.errors import AnnotatorError
from annotator.core.importing import import_source
from annotator.core.importing.base import ImportedDocument
from annotator.gui.editor import Editor
from annotator.gui.messages import describe
from annotator.gui.server_reads import waits_for_server
from annotator.gui.tree_items import top_level_item
from annotator.gui.workers import Job, JobRunner

_SOURCE_ROLE = Qt.ItemDataRole.UserRole + 1


class MissingSourcesDialog(QDialog):
    """Lists the project's missing sources; attach a saved page to one, open it, or forget it."""

    attached = Signal(int)  # the id of the document now standing for a missing source

    def __init__(self, editor: Editor, parent: QWidget | None = None, *,
                 choose_file: Callable[[MissingSource], str] | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self._choose_file = choose_file or self._file_dialog
        self._runner = JobRunner(max_threads=1, parent=self)
        self.setWindowTitle(self.tr("Missing sources"))
        intro = QLabel(self.tr(
            "These links could not be downloaded. Open one in your browser, save the page "
            "(File ▸ Save page as…, “Web page, complete” or “HTML only”), then attach the "
            "saved file here: it becomes that link's document."), self)
        intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Missing sources"))
        self.tree.setHeaderLabels([self.tr("Title or address"), self.tr("Collection"),
                                   self.tr("Why it is missing")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.header().setStretchLastSection(True)
        self.tree.setColumnWidth(0, 340)
        self.tree.setColumnWidth(1, 150)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemActivated.connect(lambda *_: self.attach_selected())
        self.empty_label = QLabel(self.tr("No missing sources: every link was imported."), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.attach_button = self._button(self.tr("&Attach saved page…"), self.attach_selected,
                                          self.tr("Choose the saved copy of this page"))
        self.open_button = self._button(self.tr("&Open in browser"), self.open_selected,
                                        self.tr("Open the address in your web browser"))
        self.copy_button = self._button(self.tr("&Copy address"), self.copy_selected,
                                        self.tr("Copy the address to the clipboard"))
        self.forget_button = self._button(self.tr("&Forget"), self.forget_selected,
                                          self.tr("Remove this link from the missing sources"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.attach_button, self.open_button, self.copy_button,
                       self.forget_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(860, 440)
        self.refresh()

    def _button(self, text: str, slot: Callable[[], object], tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- state ------------------------------------------------------------------------
    @waits_for_server
    def refresh(self) -> None:
        """Show the project's missing sources as they are now."""
        selected = self.selected()
        self.tree.clear()
        for missing in self.editor.project.missing_sources():
            item = QTreeWidgetItem([missing.title or missing.url, missing.collection,
                                    missing.error])
            item.setData(0, _SOURCE_ROLE, missing)
            item.setToolTip(0, missing.url)
            item.setToolTip(2, self.tr("%s (tried %n time(s))", "", missing.attempts)
                            % missing.error)
            self.tree.addTopLevelItem(item)
            if selected is not None and missing.id == selected.id:
                self.tree.setCurrentItem(item)
        if self.tree.currentItem() is None and self.tree.topLevelItemCount():
            self.tree.setCurrentItem(top_level_item(self.tree, 0))
        empty = self.tree.topLevelItemCount() == 0
        self.tree.setVisible(not empty)
        self.empty_label.setVisible(empty)
        self._update_buttons()

    def selected(self) -> MissingSource | None:
        item = self.tree.currentItem()
        return item.data(0, _SOURCE_ROLE) if item is not None else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        writable = chosen and not self._runner.busy and not self.editor.project.read_only
        self.attach_button.setEnabled(writable)
        self.forget_button.setEnabled(writable)
        self.open_button.setEnabled(chosen)
        self.copy_button.setEnabled(chosen)

    # -- actions ----------------------------------------------------------------------
    def attach_selected(self) -> None:
        """Ask for the saved copy of the selected page and import it in its place."""
        missing = self.selected()
        if missing is None or self._runner.busy:
            return
        path = self._choose_file(missing)
        if not path:
            return

        def work(progress: Callable[[int, int], None], cancel: threading.Event):
            return import_source(Path(path), progress=progress, cancel=cancel)

        job = Job(Path(path).name, work)
        job.signals.succeeded.connect(lambda imported: self._attach(missing, imported))
        job.signals.failed.connect(lambda error: self._failed(path, error))
        job.signals.finished.connect(self._update_buttons)
        self.status.setText(self.tr("Importing %s…") % Path(path).name)
        self._runner.start(job)
        self._update_buttons()

    def _attach(self, missing: MissingSource, imported: ImportedDocument) -> None:
        try:
            result = self.editor.project.resolve_missing_source(missing.id, imported)
        except AnnotatorError as error:
            self._failed(imported.source, error)
            return
        self.editor.publish(Change(document_list=True))
        self.status.setText(self.tr("“%s” now stands for %s.")
                            % (result.document.title, missing.url))
        self.refresh()
        self.attached.emit(result.document.id)

    def _failed(self, path: str, error: AnnotatorError) -> None:
        message = describe(error)
        self.status.setText(self.tr("Not attached: %s") % message)
        QMessageBox.warning(self, self.tr("Cannot attach this file"), message)

    def open_selected(self) -> None:
        missing = self.selected()
        if missing is not None:
            QDesktopServices.openUrl(QUrl(missing.url))

    def copy_selected(self) -> None:
        missing = self.selected()
        if missing is not None:
            QGuiApplication.clipboard().setText(missing.url)
            self.status.setText(self.tr("Address copied: %s") % missing.url)

    @waits_for_server(later=False)
    def forget_selected(self) -> None:
        missing = self.selected()
        if missing is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Forget this link?"),
            self.tr("Remove %s from the missing sources? It will be tried again if you "
                    "import its collection again.") % missing.url)
        if answer == QMessageBox.StandardButton.Yes:
            self.editor.project.remove_missing_source(missing.id)
            self.refresh()

    def _file_dialog(self, missing: MissingSource) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Saved copy of %s") % (missing.title or missing.url),
            str(Path.home()),
            self.tr("Saved pages (*.html *.htm *.pdf *.txt);;All files (*)"))
        return path

    def done(self, result: int) -> None:
        self._runner.cancel_all()
        self._runner.wait(10_000)
        super().done(result)


def show_missing_sources(window: QWidget, editor: Editor | None) -> MissingSourcesDialog | None:
    """File ▸ Missing sources…: open the list (non-blocking); None without a project."""
    if editor is None:
        return None
    dialog = MissingSourcesDialog(editor, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
