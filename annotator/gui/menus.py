"""The window's menus, toolbar and keyboard shortcuts."""

from __future__ import annotations

from contextlib import suppress
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QMenu,
    QToolBar,
)

from annotator import APP_NAME, PROJECT_SUFFIX, __version__
from annotator.gui.icons import toolbar_icon
from annotator.gui.panel_focus import PanelFocus
from annotator.gui.server_reads import waits_for_server

# The dialogs and the project's modules load when first used: the first window
# imports only what it shows.
if TYPE_CHECKING:
    from annotator.gui.analysis import AnalysisWindow
    from annotator.gui.editor import Editor
    from annotator.gui.main_window import MainWindow
    from annotator.gui.reader import Reader

class WindowActions(QObject):
    """Creates every action of the window and keeps their enabled state right."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.all: list[QAction] = []
        self._project_actions: list[QAction] = []
        self._analysis: AnalysisWindow | None = None
        bar = window.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.go_menu = bar.addMenu(self.tr("&Go"))
        self.help_menu = bar.addMenu(self.tr("&Help"))

        m = self.file_menu
        self._add(m, self.tr("&New project…"), self.new_project, QKeySequence.StandardKey.New)
        self._add(m, self.tr("&Open project…"), self.open_project, QKeySequence.StandardKey.Open)
        self._add(m, self.tr("Open &server project…"), self.open_server_project)
        self.recent_menu = m.addMenu(self.tr("Open &recent"))
        self._add(m, self.tr("Open &demo project"), self.open_demo)
        m.addSeparator()
        self.import_action = self._add(
            m, self.tr("&Import files…"), self.import_files, "Ctrl+I", project=True,
            icon=toolbar_icon("import"),
            tip=self.tr("Add PDFs, saved web pages or text files to the project"))
        self._add(m, self.tr("Import from &web address…"), self.import_url, "Ctrl+Shift+I",
                  project=True)
        self._add(m, self.tr("Import co&llection…"), self.import_collection, project=True,
                  tip=self.tr("Import every link of a bookmarks export, a list of web "
                              "addresses or a saved page of links"))
        self._add(m, self.tr("&Missing sources…"), self.missing_sources, project=True,
                  tip=self.tr("Links that could not be downloaded: attach a saved copy "
                              "of each page"))
        self.import_refi_action = self._add(
            m, self.tr("Import REFI-QDA project or code&book…"), self.import_refi, project=True,
            tip=self.tr("Bring in a .qdpx project or .qdc codebook made with NVivo, "
                        "ATLAS.ti, MAXQDA or QualCoder"))
        self._add(m, self.tr("Import codebook &table (CSV)…"), self.import_codebook_table,
                  project=True,
                  tip=self.tr("Merge a table of concepts (Path, Description, Colour, Shortcut) "
                              "into the codebook, by path"))
        self._add(m, self.tr("Merge a coder's cop&y…"), self.merge_copy, project=True,
                  tip=self.tr("Add the documents, concepts and highlights of another "
                              "coder's copy of this project"))
        self.export_action = self._add(
            m, self.tr("&Export…"), self.export, "Ctrl+E", project=True,
            tip=self.tr("Write the highlights as a table, a report, annotated PDFs or a "
                        "REFI-QDA project"))
        m.addSeparator()
        self._add(m, self.tr("&Coder name…"), self.set_author)
        m.addSeparator()
        self._add(m, self.tr("&Quit"), window.close, QKeySequence.StandardKey.Quit)

        m = self.edit_menu
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        # Both common redo keys, whatever the platform's standard one is.
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            action.setEnabled(False)
            m.addAction(action)
            self.all.append(action)
        # the toolbar shows the plain word (the menu and the tooltip name what is undone),
        # so that its buttons keep their width
        self.undo_action.setIconText(self.tr("Undo"))
        self.redo_action.setIconText(self.tr("Redo"))
        self.undo_action.setIcon(toolbar_icon("undo"))
        self.redo_action.setIcon(toolbar_icon("redo"))
        self.undo_action.triggered.connect(self._undo)
        self.redo_action.triggered.connect(self._redo)
        m.addSeparator()
        self.apply_action = self._add(
            m, self.tr("&Apply concept…"), self._coding("pick_concept"), "Ctrl+K", project=True,
            tip=self.tr("Tag the selected passage with a concept: type to filter, Enter"))
        self._add(m, self.tr("&New concept"), self._new_concept, "Ctrl+Shift+N", project=True)
        from_selection = self._add(m, self.tr("New concept from &selection"),
                                   self._coding("new_concept_from_selection"), "Ctrl+Shift+K",
                                   project=True)
        memo = self._add(m, self.tr("&Edit memo"), self._edit_memo, "Ctrl+M", project=True)
        self._reader_actions = [self.apply_action, from_selection, memo]  # its context menu
        self._add(m, self.tr("&Delete highlight"), self._coding("delete_current_annotation"),
                  "Ctrl+Del", project=True)
        m.addSeparator()
        self._add(m, self.tr("&Find in documents"), self._find, QKeySequence.StandardKey.Find,
                  project=True)
        self._add(m, self.tr("Au&tocode…"), self.autocode, project=True,
                  tip=self.tr("Code every passage a search finds (or every occurrence of the "
                              "selected phrase) with a concept, in one step"))
        m.addSeparator()
        preferences = self._add(m, self.tr("&Preferences…"), self.show_preferences, "Ctrl+,",
                                tip=self.tr("Language, coder name and text size"))
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.concept_actions = []
        for number in range(1, 10):
            action = QAction(self.tr("Apply concept %d") % number, window)
            action.setShortcut(QKeySequence(str(number)))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(partial(self._apply_number, number))
            window.addAction(action)
            self.concept_actions.append(action)
            self.all.append(action)

        m = self.view_menu
        self._view_top = m.addSeparator()  # the reader's page and text views go above
        self._add(m, self.tr("Zoom &in"), partial(self._zoom, "in"),
                  QKeySequence.StandardKey.ZoomIn)
        self._add(m, self.tr("Zoom &out"), partial(self._zoom, "out"),
                  QKeySequence.StandardKey.ZoomOut)
        self._add(m, self.tr("&Fit width"), partial(self._zoom, "fit"), "Ctrl+0")
        self._add(m, self.tr("&Larger text"), partial(self._font, 1.1), "Ctrl+Shift+=")
        self._add(m, self.tr("&Smaller text"), partial(self._font, 1 / 1.1), "Ctrl+Shift+-")
        m.addSeparator()
        self.panels_menu = m.addMenu(self.tr("&Panels"))
        m.addSeparator()
        self._add(m, self.tr("&Analysis…"), self.show_analysis, "Ctrl+Shift+A", project=True,
                  tip=self.tr("What the coding shows: concept frequencies, concepts that go "
                              "together, agreement between coders, charts"))

        m = self.go_menu
        self._add(m, self.tr("&Next highlight"), partial(self._step, 1), "F8", project=True)
        self._add(m, self.tr("&Previous highlight"), partial(self._step, -1), "Shift+F8",
                  project=True)
        m.addSeparator()
        self.panel_focus = PanelFocus(window)
        self._add(m, self.tr("Ne&xt panel"), partial(self.panel_focus.cycle, 1), "F6",
                  tip=self.tr("Move the keyboard focus to the next panel"))
        self._add(m, self.tr("Previ&ous panel"), partial(self.panel_focus.cycle, -1),
                  "Shift+F6", tip=self.tr("Move the keyboard focus to the previous panel"))
        panels = (self.tr("&Library panel"), self.tr("&Reader"), self.tr("&Concepts panel"),
                  self.tr("&Highlights panel"), self.tr("&Search panel"))
        for index, name in enumerate(panels):
            self._add(m, name, partial(self.panel_focus.focus, index), f"Alt+{index + 1}")

        m = self.help_menu
        self._add(m, self.tr("&Keyboard shortcuts"), self.show_shortcuts,
                  QKeySequence.StandardKey.HelpContents)
        self._add(m, self.tr("&About %s") % APP_NAME, self.show_about)

        toolbar = QToolBar(self.tr("Main"), window)
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.import_action, self.undo_action, self.redo_action,
                       self.apply_action):
            toolbar.addAction(action)
        window.addToolBar(toolbar)
        self.refresh_recent()
        self.update_enabled()

    def _add(self, menu: QMenu, text: str, slot, shortcut=None, *, project: bool = False,
             icon=None, tip: str | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(icon)
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.all.append(action)
        if project:
            self._project_actions.append(action)
        return action

    def _coding(self, name: str):
        return lambda: getattr(self.window.coding, name)()

    def add_reader_actions(self, reader: Reader) -> None:
        """The reader's page/text view switches, atop the View menu, and its context menu
        (the reader is built when the first project opens)."""
        from annotator.gui.reader_menu import install_reader_menu

        self.view_menu.insertActions(self._view_top, [reader.page_action, reader.text_action])
        self.all += [reader.page_action, reader.text_action]
        install_reader_menu(self.window, reader, self._reader_actions)

    # -- state ---------------------------------------------------------------------
    def bind_project(self, editor: Editor) -> None:
        stack = editor.undo_stack
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self._undo_text_changed)
        stack.redoTextChanged.connect(self._redo_text_changed)
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self.update_enabled()

    def _undo_text_changed(self, text: str) -> None:
        self.undo_action.setText(self.tr("&Undo %s") % text if text else self.tr("&Undo"))

    def _redo_text_changed(self, text: str) -> None:
        self.redo_action.setText(self.tr("&Redo %s") % text if text else self.tr("&Redo"))

    def update_enabled(self) -> None:
        has_project = self.window.project is not None
        for action in self._project_actions:
            action.setEnabled(has_project)

    def add_panel_toggles(self, docks: dict[str, QDockWidget]) -> None:
        self.panels_menu.clear()
        for dock in docks.values():
            self.panels_menu.addAction(dock.toggleViewAction())

    def refresh_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.window.settings.recent_projects()
        for path in recent:
            server = path.startswith("postgresql://")
            action = self.recent_menu.addAction(path if server else Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(partial(self.window.open_project, path))
        self.recent_menu.setEnabled(bool(recent))

    # -- slots ---------------------------------------------------------------------
    def _undo(self) -> None:
        if self.window.editor is not None:
            self.window.editor.undo_stack.undo()

    def _redo(self) -> None:
        if self.window.editor is not None:
            self.window.editor.undo_stack.redo()

    def _apply_number(self, number: int) -> None:
        if self.window.project is not None:
            self.window.coding.apply_concept_number(number)

    def _new_concept(self) -> None:
        """Made in the Concepts panel (shown if it was closed), where the user names it."""
        dock = self.window.docks["concepts"]
        dock.show()
        dock.raise_()
        self.window.concepts_panel.start_new_concept()

    def _edit_memo(self) -> None:
        self.window.docks["annotations"].raise_()
        self.window.annotations_panel.focus_memo()

    @waits_for_server(later=False)
    def _find(self) -> None:
        self.window.docks["search"].raise_()
        selection = self.window.reader.selection()
        text = None
        project = self.window.project
        if selection and project is not None and self.window.current_document_id is not None:
            document = project.document(self.window.current_document_id)
            text = document.text[selection[0]:selection[1]][:80]
        self.window.search_panel.focus_search(text)

    @waits_for_server(later=False)
    def autocode(self) -> None:
        from annotator.core.autocode import phrase_query
        from annotator.core.errors import SearchQueryError
        from annotator.gui.autocode_dialog import AutocodeDialog

        window = self.window
        project = window.project
        if window.editor is None or project is None:
            return
        query = ""
        selection = window.reader.selection()
        if selection and window.current_document_id is not None:
            text = project.document(window.current_document_id).text
            with suppress(SearchQueryError):  # a selection without words: an empty search
                query = phrase_query(text[selection[0]:selection[1]])
        dialog = AutocodeDialog(window.editor, query=query,
                                concept_id=window.concepts_panel.current_concept_id(),
                                document_id=window.current_document_id, parent=window)
        if dialog.exec() and dialog.batch is not None:
            window.statusBar().showMessage(
                self.tr("%1 passages coded with %2").replace(
                    "%1", str(len(dialog.batch.taggings))).replace(
                    "%2", dialog.concept.currentText()), 5000)

    def _step(self, step: int) -> None:
        self.window.coding.step_annotation(step)

    def _zoom(self, how: str) -> None:
        reader = self.window.reader
        if reader.in_page_mode:
            {"in": reader.pdf_view.zoom_in, "out": reader.pdf_view.zoom_out,
             "fit": reader.pdf_view.fit_width}[how]()
        else:
            self._font({"in": 1.1, "out": 1 / 1.1, "fit": 0}[how])

    def _font(self, factor: float) -> None:
        settings = self.window.settings
        scale = 1.0 if factor == 0 else min(3.0, max(0.6, settings.font_scale * factor))
        settings.font_scale = scale
        self.window.reader.text_view.set_font_scale(scale)  # pages keep their own zoom

    def new_project(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from annotator.gui.welcome import documents_folder

        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("New project"),
            str(Path(documents_folder()).expanduser() / f"project{PROJECT_SUFFIX}"),
            self.tr("Annotator projects (*%s)") % PROJECT_SUFFIX)
        if path:
            if not path.endswith(PROJECT_SUFFIX):
                path += PROJECT_SUFFIX
            if Path(path).exists():
                Path(path).unlink()  # the dialog already asked to replace it
            self.window.open_project(path, create=True)

    def open_project(self) -> None:
        from PySide6.QtWidgets import QFileDialog
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open project"), str(Path.home()),
            self.tr("Annotator projects (*%s);;All files (*)") % PROJECT_SUFFIX)
        if path:
            self.window.open_project(path)

    def open_server_project(self) -> None:
        """Ask for a server project's address (never its password) and open it."""
        from annotator.gui.server_open import ServerOpenDialog

        dialog = ServerOpenDialog(self.window)
        if dialog.exec() == ServerOpenDialog.DialogCode.Accepted:
            self.window.open_project(dialog.location())

    def open_demo(self) -> None:
        from annotator.gui.app import ensure_demo_project

        path = ensure_demo_project(self.window)
        if path is not None:
            self.window.open_project(path)

    def import_files(self) -> None:
        from PySide6.QtWidgets import QFileDialog
        paths, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Import documents"), str(Path.home()),
            self.tr("Documents (*.pdf *.html *.htm *.txt *.md);;All files (*)"))
        if paths:
            self.window.importer.import_sources(paths)

    @waits_for_server(later=False)
    def show_analysis(self) -> None:
        from annotator.gui.analysis import AnalysisWindow

        window = self.window
        if window.editor is None:
            return
        if self._analysis is None or self._analysis.editor is not window.editor:
            self._analysis = AnalysisWindow(window.editor, window)
            self._analysis.passageActivated.connect(window.open_passage)
            self._analysis.passageActivated.connect(self._bring_forward)
        self._analysis.show()
        self._analysis.raise_()
        self._analysis.activateWindow()

    def _bring_forward(self) -> None:
        """A passage chosen in the Analysis window is read here: show this window."""
        self.window.raise_()
        self.window.activateWindow()

    def import_url(self) -> None:
        from PySide6.QtWidgets import QInputDialog
        url, ok = QInputDialog.getText(
            self.window, self.tr("Import from the web"),
            self.tr("Address of the article or PDF (http:// or https://):"))
        if ok and url.strip():
            self.window.importer.import_sources([url.strip()])

    @waits_for_server(later=False)
    def export(self) -> None:
        from annotator.gui.export_controller import ExportController  # loads the exporters

        if self.window.project is not None:
            ExportController.for_window(self.window, self.window.statusBar()).open_dialog(
                self.window.project, self.window.current_document_id)

    def import_refi(self) -> None:
        from annotator.gui.refi_import_controller import RefiImportController

        if self.window.project is not None:
            RefiImportController.for_window(self.window).choose_and_import()

    def import_codebook_table(self) -> None:
        from annotator.gui.codebook_table_import import import_codebook_table

        import_codebook_table(self.window)

    def merge_copy(self) -> None:
        from annotator.gui.merge_copy import merge_coder_copy

        merge_coder_copy(self.window)

    def import_collection(self) -> None:
        from annotator.gui.collection_dialog import import_collection

        if self.window.project is not None:
            import_collection(self.window)

    @waits_for_server(later=False)
    def missing_sources(self) -> None:
        from annotator.gui.attach_saved_page import show_missing_sources

        show_missing_sources(self.window, self.window.editor)

    def set_author(self) -> None:
        from PySide6.QtWidgets import QInputDialog
        name, ok = QInputDialog.getText(
            self.window, self.tr("Coder name"),
            self.tr("Your name or initials, recorded on each highlight you make:"),
            text=self.window.settings.author)
        if ok and name.strip():
            self.window.settings.author = name
            self._author_changed(name.strip())

    def show_shortcuts(self) -> None:
        from annotator.gui.shortcuts_dialog import ShortcutsDialog, window_menus

        ShortcutsDialog(window_menus(self.window.menuBar().actions()), self.window).exec()

    def show_preferences(self) -> None:
        from annotator.gui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.window.settings, self.window)
        dialog.authorChanged.connect(self._author_changed)
        dialog.fontScaleChanged.connect(self.window.reader.text_view.set_font_scale)
        dialog.exec()

    def _author_changed(self, name: str) -> None:
        if self.window.project is not None:
            self.window.project.author = name

    def show_about(self) -> None:
        import html

        from PySide6.QtWidgets import QMessageBox

        from annotator.core.paths import user_data_dir
        from annotator.gui.app import log_file

        def link(folder: Path) -> str:
            return (f'<a href="{html.escape(QUrl.fromLocalFile(str(folder)).toString())}">'
                    f"{html.escape(str(folder))}</a>")

        QMessageBox.about(
            self.window, self.tr("About %s") % APP_NAME,
            self.tr("<h3>%s %s</h3><p>Read, highlight and tag PDFs and web articles for "
                    "qualitative research.</p><p>Free software under the GNU General Public "
                    "License, version 3 or later.</p>") % (APP_NAME, __version__)
            + self.tr("<p>Settings and the demo project are kept in %s.<br>If something goes "
                      "wrong, send the files of %s with your report.</p>")
            % (link(user_data_dir()), link(log_file().parent)))
