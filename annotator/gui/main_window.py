"""The main window: assembles the reader and the panels, and opens projects."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QChildEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from annotator import APP_NAME
from annotator.gui import window_docks
from annotator.gui.checkpoint import Checkpointer
from annotator.gui.drops import dropped_sources
from annotator.gui.focus_style import install_focus_ring
from annotator.gui.menus import WindowActions
from annotator.gui.read_only_banner import ReadOnlyBanner
from annotator.gui.server_reads import waits_for_server
from annotator.gui.settings import AppSettings
from annotator.gui.window_size import initial_size

# The first window shows only menus and an empty centre: the project, its panels, the
# reader with its viewers and the controllers are imported when a project first opens
# (about 80 modules, most of the window's start-up time).
if TYPE_CHECKING:
    from annotator.core import backup
    from annotator.core.changes import Change
    from annotator.core.model import Concept
    from annotator.core.project import Project
    from annotator.gui.coder_name import CoderNameBar
    from annotator.gui.editor import Editor
    from annotator.gui.project_opening import BackgroundBackup
    from annotator.gui.reader import Reader
    from annotator.gui.server_session import ServerSession
    from annotator.gui.viewers.base import Highlight

log = logging.getLogger(__name__)
EXTERNAL_CHANGE_POLL_MS = 2000
STATUS_MESSAGE_MS = 6000


class MainWindow(QMainWindow):
    """One window, one open project."""

    projectOpened = Signal(str)

    def __init__(self, settings: AppSettings | None = None) -> None:
        super().__init__()
        self.settings = settings or AppSettings()
        self.project: Project | None = None
        self.editor: Editor | None = None
        self.current_document_id: int | None = None
        # the open document's highlights as drawn, and the concepts they were drawn with
        self._highlights: dict[int, Highlight] = {}
        self._concepts: dict[int, Concept] = {}
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        install_focus_ring(cast(QApplication, QApplication.instance()))  # a window needs one
        self.resize(initial_size(QSize(1280, 760)))
        self._reader: Reader | None = None
        self._coder_name: CoderNameBar | None = None
        self._backups: BackgroundBackup | None = None
        self.read_only_banner = ReadOnlyBanner(self)
        self.read_only_banner.copyRequested.connect(self.save_copy)
        central = QWidget(self)
        self._column = QVBoxLayout(central)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self._column.addWidget(self.read_only_banner)
        self._column.addStretch(1)  # the reader's place, until it is built
        self.setCentralWidget(central)
        self._progress_area = QWidget(self)
        self._progress_area.setVisible(False)
        self.statusBar().addPermanentWidget(self._progress_area)
        # opaque: a new message (one per key press) repaints the bar, not the window behind
        self.statusBar().setAutoFillBackground(True)
        self.window_actions = WindowActions(self)
        self.docks: dict[str, QDockWidget] = {}
        self._panels: list[QWidget] = []
        self._external_token = 0
        self._server: ServerSession | None = None  # live updates of a server project
        self._poll = QTimer(self)
        self._poll.setInterval(EXTERNAL_CHANGE_POLL_MS)
        self._poll.timeout.connect(self._check_external_changes)
        self.checkpointer = Checkpointer(self)
        self.statusBar().showMessage(self.tr("Welcome — open or create a project"))
        geometry, _state = self.settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)

    @property
    def reader(self) -> Reader:
        """The document reader, built by the first project opened (or when first asked
        for), so that the first window starts without the viewers' modules."""
        return self._ensure_reader()

    @property
    def coder_name(self) -> CoderNameBar:
        """The strip above the reader that asks a new coder's name, built with it."""
        self._ensure_reader()
        assert self._coder_name is not None
        return self._coder_name

    def _ensure_reader(self) -> Reader:
        if self._reader is None:
            from annotator.gui.coder_name import CoderNameBar, sign_as
            from annotator.gui.reader import Reader

            coder_name = CoderNameBar(self.settings, self)
            coder_name.named.connect(lambda name, ids: sign_as(self, name, ids))
            reader = Reader(self)
            reader.annotationActivated.connect(self._annotation_clicked)
            reader.selectionChanged.connect(self._selection_changed)
            stretch = self._column.takeAt(self._column.count() - 1)
            assert stretch is not None and stretch.spacerItem() is not None
            self._column.addWidget(coder_name)
            self._column.addWidget(reader, 1)
            reader.show()  # at once, not when the layout next runs
            self.window_actions.add_reader_actions(reader)
            self._coder_name, self._reader = coder_name, reader
        return self._reader

    @property
    def backups(self) -> BackgroundBackup:
        """Makes the rotating backup of each project opened, in the background."""
        if self._backups is None:
            from annotator.gui.project_opening import BackgroundBackup

            self._backups = BackgroundBackup(self)
            self._backups.message.connect(self.statusBar().showMessage)
        return self._backups

    # -- projects -------------------------------------------------------------------
    def open_project(self, path: str | Path, *, create: bool = False) -> bool:
        """Open (or create) a project; on failure, say why and keep the current one."""
        from annotator.core.store.postgres.location import is_server_location
        from annotator.gui import project_opening
        from annotator.gui.coding import CodingController
        from annotator.gui.editor import Editor
        from annotator.gui.import_controller import ImportController
        from annotator.gui.server_open import project_label

        path = str(path) if is_server_location(path) else Path(path)  # an address as text
        project = project_opening.open_for_window(
            self, path, create=create, author=self.settings.author, restored=self._restored)
        if project is None:
            return False
        self._close_project()
        self._ensure_reader()
        self.project = project
        self.editor = Editor(project, self)
        self.editor.errorOccurred.connect(self.show_error)
        self.editor.reads.refused.connect(lambda: self.statusBar().showMessage(self.tr(
            "The server cannot be reached: try again once the connection is back"),
            STATUS_MESSAGE_MS))
        self.editor.changed.connect(self._apply_change)
        self.editor.documentsChanged.connect(self._document_list_changed)
        self.importer = ImportController(self.editor, self._progress_area, parent=self,
                                         settings=self.settings)
        self.importer.message.connect(
            lambda text: self.statusBar().showMessage(text, STATUS_MESSAGE_MS))
        self.importer.documentImported.connect(self._imported)
        self.importer.batchFinished.connect(self._import_batch_finished)
        self.coding = CodingController(self, self.editor)
        self._build_panels()
        self.window_actions.bind_project(self.editor)
        self.settings.add_recent_project(path)
        self.window_actions.refresh_recent()
        self.setWindowTitle(f"{project_label(path)} — {APP_NAME}")
        if isinstance(path, Path):
            self.read_only_banner.show_for(path if project.read_only else None)
            self.backups.start(path)
        else:  # the server keeps its own backups (pg_dump); others' edits show live
            from annotator.gui.server_session import start_session

            self.read_only_banner.show_for(None)
            self._server = start_session(self, self.editor)
        self._external_token = project.changed_elsewhere_token()
        self._poll.start()
        self._restore_last_document()
        self.projectOpened.emit(str(path))
        return True

    # -- restoring a damaged project, copying a read-only one ----------------------------
    def _restored(self, restored: backup.Restored) -> None:
        if self.open_project(restored.project):
            self.statusBar().showMessage(
                self.tr("Restored from the backup %s; the damaged file is kept beside the "
                        "project") % restored.backup.path.name, 15000)

    def save_copy(self, destination: str) -> bool:
        """Copy the open project (read-only ones too) to `destination` and open the copy."""
        from annotator.gui.project_opening import copied

        if self.project is None or not copied(self, self.project.path, destination):
            return False
        return self.open_project(destination)

    def _close_project(self) -> None:
        if self.project is None:
            return
        self._remember_position()
        self._poll.stop()
        if self._server is not None:
            self._server.stop()
            self._server = None
        self.importer.runner.cancel_all()
        self.importer.runner.wait(5000)
        # the docks stay (so the saved layout applies once and panels keep their place);
        # the panels, bound to the closing project's editor, go
        for dock in self.docks.values():
            panel = dock.widget()
            dock.setWidget(None)  # type: ignore[arg-type]  # Qt takes None; the stub omits it
            if panel is not None:
                panel.deleteLater()
        self._panels.clear()
        self.importer.deleteLater()
        self.coding.deleteLater()
        self.reader.clear()
        self.current_document_id = None
        self.project.close()
        self.project = None
        assert self.editor is not None
        self.editor.undo_stack.clear()
        self.editor.deleteLater()
        self.editor = None

    def _build_panels(self) -> None:
        from annotator.gui.panels.annotations import AnnotationsPanel
        from annotator.gui.panels.concept_view import ConceptView
        from annotator.gui.panels.concepts import ConceptsPanel
        from annotator.gui.panels.library import LibraryPanel
        from annotator.gui.panels.search import SearchPanel

        assert self.editor is not None
        self.library = LibraryPanel(self.editor, self)
        self.concepts_panel = ConceptsPanel(self.editor, self)
        self.annotations_panel = AnnotationsPanel(self.editor, self)
        self.concept_view = ConceptView(self.editor, self)
        self.search_panel = SearchPanel(self.editor, self)
        self.library.documentActivated.connect(self.open_document)
        self.library.importRequested.connect(self.window_actions.import_files)
        self.concepts_panel.conceptActivated.connect(self._concept_activated)
        self.concepts_panel.conceptSelected.connect(self.concept_view.show_concept)
        self.annotations_panel.annotationActivated.connect(self.reveal_annotation)
        self.concept_view.passageActivated.connect(self.open_passage)
        self.search_panel.hitActivated.connect(self.open_hit)

        panels = {
            "library": self.library, "concepts": self.concepts_panel,
            "annotations": self.annotations_panel, "concept_view": self.concept_view,
            "search": self.search_panel,
        }
        if not self.docks:
            self._build_docks()
        for key, panel in panels.items():
            self.docks[key].setWidget(panel)
            panel.show()  # a widget put into an already shown dock starts hidden
            self._panels.append(panel)

    def _build_docks(self) -> None:
        self.docks.update(window_docks.make_docks(self))
        self.window_actions.add_panel_toggles(self.docks)
        _geometry, state = self.settings.window_state()
        if state is None or not self.restoreState(state):
            # once laid out, so the proportions apply to the real window size
            QTimer.singleShot(0, self._default_dock_sizes)

    def _default_dock_sizes(self) -> None:
        if self._panels:
            window_docks.default_dock_sizes(self, self.docks)

    # -- documents ----------------------------------------------------------------------
    @waits_for_server
    def open_document(self, document_id: int, position: int | None = None) -> None:
        from annotator.core.errors import AnnotatorError
        from annotator.core.store.postgres.errors import ServerAway
        from annotator.gui.messages import describe

        if self.project is None:
            return
        self._remember_position()
        try:
            document = self.project.document(document_id)
        except ServerAway:
            raise  # opened once the server is back
        except AnnotatorError as exc:
            self.show_error(describe(exc))
            return
        if position is None:
            position = int(self.project.setting(f"position:{document_id}", "0") or 0)
        page_mode = self.project.setting(f"page_mode:{document_id}", "1") == "1"
        self.current_document_id = document_id
        assert self.editor is not None
        self.editor.shown.show(document_id)
        self.reader.show_document(self.project, document, page_mode=page_mode,
                                  position=position)
        self.annotations_panel.set_document(document_id)
        self.library.select_document(document_id)
        self.refresh_highlights()
        if self._server is None:  # (a server project's settings are the team's)
            self.project.set_setting("last_document", str(document_id))
        self.statusBar().showMessage(document.title, 3000)

    @waits_for_server
    def open_passage(self, document_id: int, annotation_id: int) -> None:
        if self.project is None:
            return
        annotation = self.project.annotation(annotation_id)
        if document_id != self.current_document_id:
            self.open_document(document_id, annotation.start)
        self.reveal_annotation(annotation_id)

    def open_hit(self, document_id: int, start: int, end: int) -> None:
        if document_id != self.current_document_id:
            self.open_document(document_id, start)
        self.reader.reveal(start, end)
        self.reader.viewer.select_range(start, end)

    @waits_for_server
    def reveal_annotation(self, annotation_id: int) -> None:
        if self.project is None:
            return
        annotation = self.project.annotation(annotation_id)
        if annotation.document_id != self.current_document_id:
            self.open_document(annotation.document_id, annotation.start)
        self.reader.reveal(annotation.start, annotation.end)
        self.annotations_panel.select_annotation(annotation_id)

    @waits_for_server
    def refresh_highlights(self) -> None:
        """Draw every highlight of the open document again (after opening it)."""
        from annotator.gui.viewers.base import highlights_for

        if self.editor is None or self.current_document_id is None:
            return
        assert self.project is not None
        self._concepts = {c.id: c for c in self.project.concepts()}
        annotations = self.editor.shown.annotations()
        highlights = highlights_for(annotations, self._concepts)
        self._highlights = {h.annotation_id: h for h in highlights}
        self.reader.set_highlights(highlights)
        self.window_actions.update_enabled()

    def _apply_change(self, change: Change) -> None:
        """Patch the open document's highlights with what an edit changed."""
        from annotator.gui.viewers.base import highlights_for

        if self.editor is None or self.current_document_id is None:
            return
        if change.codebook or change.all_annotations:
            self.refresh_highlights()  # colours and names may differ everywhere
            return
        if not change.touches_document(self.current_document_id):
            return
        shown = self.editor.shown
        present = [a for a in map(shown.get, change.annotations) if a is not None]
        removed = [i for i in change.annotations if shown.get(i) is None]
        for annotation_id in removed:
            self._highlights.pop(annotation_id, None)
        changed = highlights_for(present, self._concepts)
        self._highlights.update((h.annotation_id, h) for h in changed)
        self.reader.patch_highlights(changed, removed)

    def _concept_activated(self, concept_id: int) -> None:
        """Double-click or Enter on a concept: tag the selection, else show its passages."""
        if self.reader.selection():
            self.coding.apply_concept(concept_id)
            return
        self.docks["concept_view"].raise_()
        self.concept_view.show_concept(concept_id)

    def _annotation_clicked(self, annotation_id: int) -> None:
        self.annotations_panel.select_annotation(annotation_id)
        self.docks["annotations"].raise_()

    def _selection_changed(self) -> None:
        selection = self.reader.selection()
        if selection:
            self.statusBar().showMessage(
                self.tr("%n characters selected — press 1–9 or Ctrl+K to tag them", "",
                        selection[1] - selection[0]))

    @waits_for_server
    def _document_list_changed(self) -> None:
        if self.project is None:
            return
        ids = {d.id for d in self.project.documents()}
        if self.current_document_id is not None and self.current_document_id not in ids:
            self.current_document_id = None
            assert self.editor is not None
            self.editor.shown.show(None)
            self.reader.clear()
            self.annotations_panel.set_document(None)

    def _imported(self, document_id: int) -> None:
        if self.current_document_id is None:
            self.open_document(document_id)

    def _import_batch_finished(self, failures: list[str]) -> None:
        from PySide6.QtWidgets import QMessageBox
        self.last_import_failures = failures
        if not failures:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Some imports had problems"),
                          self.tr("%n document(s) could not be imported cleanly:", "",
                                  len(failures)),
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # file names and causes are data
        box.setInformativeText("\n".join(failures))
        box.setObjectName("importFailuresBox")
        box.open()

    def _restore_last_document(self) -> None:
        assert self.project is not None
        documents = self.project.documents()
        if not documents:
            return
        last = self.project.setting("last_document")
        ids = {d.id for d in documents}
        wanted = int(last) if last and last.isdigit() and int(last) in ids else documents[0].id
        self.open_document(wanted)

    def _remember_position(self) -> None:
        if self.project is None or self.current_document_id is None or self._server:
            # (a server project's settings are the team's: a coder may not write them)
            return
        document_id = self.current_document_id
        self.project.set_setting(f"position:{document_id}", str(self.reader.position()))
        self.project.set_setting(f"page_mode:{document_id}",
                                 "1" if self.reader.in_page_mode else "0")

    def _check_external_changes(self) -> None:
        """Another window or the command line wrote to this project: show it."""
        if self.project is None:
            return
        token = self.project.changed_elsewhere_token()
        if token != self._external_token:
            self._external_token = token
            assert self.editor is not None
            self.editor.publish_everything()

    # -- drag and drop -------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.project is not None and (event.mimeData().hasUrls()
                                         or event.mimeData().hasText()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        sources = dropped_sources(event.mimeData().urls(), event.mimeData().text())
        if sources and self.project is not None:
            self.importer.import_sources(sources)
            event.acceptProposedAction()

    # -- errors and closing ----------------------------------------------------------------
    def show_error(self, message: str) -> None:
        """Say what failed (an edit that could not be saved, a missing document)."""
        from PySide6.QtWidgets import QMessageBox
        self.statusBar().showMessage(message, 8000)
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, message,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("errorBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def childEvent(self, event: QChildEvent) -> None:  # noqa: N802 (Qt override)
        super().childEvent(event)
        if event.added():  # a tab bar of stacked docks may be new
            QTimer.singleShot(0, lambda: window_docks.readable_tabs(self))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        old, new = event.oldSize().width(), event.size().width()
        if self._panels and 0 < new < old:
            window_docks.narrow_docks(self, self.docks, old, new)

    def closeEvent(self, event: QCloseEvent) -> None:
        from PySide6.QtWidgets import QMessageBox
        if self.project is not None and self.importer.busy:
            answer = QMessageBox.question(
                self, APP_NAME,
                self.tr("Imports are still running. Cancel them and quit?"))
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.settings.save_window_state(self.saveGeometry(), self.saveState())
        self._close_project()
        self.settings.sync()
        event.accept()
