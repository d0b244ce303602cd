"""The Library panel: the project's documents, filterable, sortable, one click to open."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.changes import Change
from annotator.gui.column_room import MainColumnRoom
from annotator.gui.document_properties import DocumentPropertiesDialog
from annotator.gui.editor import Editor
from annotator.gui.icons import action_icon
from annotator.gui.panels.count_cells import CountCellTree
from annotator.gui.panels.library_model import (
    ANNOTATIONS,
    DOCUMENT_ID_ROLE,
    PAGES,
    SOURCE,
    TITLE,
    DocumentFilter,
    DocumentTableModel,
)
from annotator.gui.panels.library_sets import SetFilter, add_set_menu
from annotator.gui.panels.library_variables import VariableColumns
from annotator.gui.panels.local_keys import LocalKeys
from annotator.gui.server_reads import waits_for_server


class LibraryPanel(QWidget):
    """Lists documents; a click (or Enter) opens one, the context menu removes one."""

    documentActivated = Signal(int)
    importRequested = Signal()

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self.setAccessibleName(self.tr("Library"))

        self._filter = QLineEdit(self)
        self._filter.setPlaceholderText(self.tr("Filter by title, site or author"))
        self._filter.setClearButtonEnabled(True)
        self._filter.setAccessibleName(self.tr("Filter documents"))
        self._filter.setToolTip(self.tr("Show only documents whose title, site or author "
                                        "contain this text (Ctrl+F)"))
        self._import = QToolButton(self)
        self._import.setIcon(action_icon("import", self.palette()))
        self._import.setText(self.tr("Import…"))
        self._import.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._import.setToolTip(self.tr("Import PDFs or web pages (Ctrl+I)"))
        self._import.setAccessibleName(self.tr("Import documents"))
        self._import.setAutoRaise(True)
        self.set_filter = SetFilter(editor, self)

        self._model = DocumentTableModel(self)
        self._proxy = DocumentFilter(self)
        self._proxy.setSourceModel(self._model)
        self._view = CountCellTree(self)
        self._setup_view()

        self._message = QLabel(self)
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setWordWrap(True)
        self._message.setMargin(16)
        self._message.setTextFormat(Qt.TextFormat.RichText)
        self._message.setForegroundRole(self.foregroundRole())
        self._message.setAccessibleName(self.tr("Library status"))
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._view)
        self._stack.addWidget(self._message)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(4)
        top.addWidget(self._filter, 1)
        top.addWidget(self.set_filter.combo)
        top.addWidget(self._import)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self._stack, 1)

        keys = LocalKeys(self)
        keys.bind(QKeySequence.StandardKey.Find, self._focus_filter)
        keys.watch(self, self._view, self._filter, self._import, self._message)
        view_keys = LocalKeys(self)
        view_keys.bind("Return", self._activate_current)
        view_keys.bind("Enter", self._activate_current)
        view_keys.bind(QKeySequence.StandardKey.Delete, self._remove_current)
        view_keys.bind("Alt+Return", self._edit_current)
        view_keys.bind("F2", self._edit_current)
        view_keys.watch(self._view)
        filter_keys = LocalKeys(self)
        filter_keys.bind("Down", self._view.setFocus)
        filter_keys.bind("Return", self._activate_first)
        filter_keys.bind("Enter", self._activate_first)
        filter_keys.watch(self._filter)

        self._filter.textChanged.connect(self._on_filter)
        self.set_filter.documentsChosen.connect(self._on_set_chosen)
        self._import.clicked.connect(self.importRequested)
        self._message.linkActivated.connect(self._on_link)
        self._view.clicked.connect(self._on_clicked)
        self._view.customContextMenuRequested.connect(self._show_menu)
        editor.changed.connect(self._apply_change)
        self.refresh()

    def _setup_view(self) -> None:
        view = self._view
        view.setModel(self._proxy)
        view.setRootIsDecorated(False)
        view.setUniformRowHeights(True)
        view.setAlternatingRowColors(True)
        view.setSortingEnabled(True)
        view.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # only the variables' cells are editable (see VariableColumns)
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setAccessibleName(self.tr("Documents"))
        view.setAccessibleDescription(self.tr(
            "Enter opens the document; F2 edits its properties; Delete removes it from "
            "the project"))
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SOURCE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(SOURCE, 80)
        header.setMinimumSectionSize(28)
        for column in (ANNOTATIONS, PAGES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, 40)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._title_room = MainColumnRoom(view, SOURCE, 80, main_room=170)
        self.variable_columns = VariableColumns(self._editor, view, self._model)

    # -- public -------------------------------------------------------------------
    @waits_for_server
    def refresh(self) -> None:
        """Reload the documents from the project, keeping the selected one selected."""
        selected = self.selected_document_id()
        scroll = self._view.verticalScrollBar().value()
        project = self._editor.project
        self._model.set_variables(project.variables(), project.variable_values())
        self._model.set_documents(project.documents())
        self.set_filter.refresh()
        if selected is not None:
            self.select_document(selected)
        self._view.verticalScrollBar().setValue(scroll)
        self._update_message()

    @waits_for_server
    def _apply_change(self, change: Change) -> None:
        """Re-read the list only when documents came, went or were described anew;
        an edit of highlights re-counts only its documents."""
        if change.document_list or change.all_annotations:
            self.refresh()
        elif change.documents and change.touches_annotations:
            self._model.update_counts(self._editor.project.annotation_counts(
                sorted(change.documents)))

    def select_document(self, document_id: int) -> None:
        """Select and reveal a document's row without opening it."""
        row = self._model.row_of(document_id)
        if row is None:
            return
        index = self._proxy.mapFromSource(self._model.index(row, TITLE))
        if not index.isValid():
            return
        self._view.setCurrentIndex(index)
        self._view.scrollTo(index)

    def selected_document_id(self) -> int | None:
        index = self._view.currentIndex()
        selected = self._view.selectionModel().isSelected(index) if index.isValid() else False
        return index.data(DOCUMENT_ID_ROLE) if selected else None

    # -- behaviour ----------------------------------------------------------------
    def _update_message(self) -> None:
        if self._model.rowCount() == 0:
            link = self.tr('<a href="import">Import PDFs or web pages</a>')
            self._message.setText(
                self.tr("<p><b>No documents yet</b></p>"
                        "<p>{import_link} (Ctrl+I)<br>or drop files here.</p>")
                .format(import_link=link))
            self._stack.setCurrentWidget(self._message)
        elif self._proxy.rowCount() == 0 and not self._filter.text().strip():
            self._message.setText(
                self.tr("This set has no documents yet.<br>"
                        '<a href="all">Show all documents</a>'))
            self._stack.setCurrentWidget(self._message)
        elif self._proxy.rowCount() == 0:
            needle = html.escape(self._filter.text().strip())
            self._message.setText(
                self.tr("No document matches “{text}”.<br>"
                        '<a href="clear">Clear the filter</a>').format(text=needle))
            self._stack.setCurrentWidget(self._message)
        else:
            self._stack.setCurrentWidget(self._view)

    def _on_filter(self, text: str) -> None:
        self._proxy.set_text(text)
        self._update_message()

    def _on_set_chosen(self, document_ids: frozenset[int] | None) -> None:
        self._proxy.set_documents(document_ids)
        self._update_message()

    def _on_link(self, link: str) -> None:
        if link == "import":
            self.importRequested.emit()
        elif link == "clear":
            self._filter.clear()
        elif link == "all":
            self.set_filter.choose(None)

    def _focus_filter(self) -> None:
        self._filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._filter.selectAll()

    def _on_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.documentActivated.emit(index.data(DOCUMENT_ID_ROLE))

    def _activate_current(self) -> None:
        document_id = self.selected_document_id()
        if document_id is not None:
            self.documentActivated.emit(document_id)

    def _activate_first(self) -> None:
        """Enter in the filter opens the first (or the only) match."""
        index = self._proxy.index(0, TITLE)
        if index.isValid():
            self._view.setCurrentIndex(index)
            self.documentActivated.emit(index.data(DOCUMENT_ID_ROLE))

    @waits_for_server(later=False)
    def _show_menu(self, position: QPoint) -> None:
        index = self._view.indexAt(position)
        if not index.isValid():
            return
        self._view.setCurrentIndex(index)
        document_id = index.data(DOCUMENT_ID_ROLE)
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.documentActivated.emit(document_id))
        properties = menu.addAction(self.tr("Properties…"),
                                    lambda: self.edit_properties(document_id))
        properties.setShortcut(QKeySequence("Alt+Return"))
        add_set_menu(menu, self._editor, document_id, self)
        menu.addSeparator()
        remove = menu.addAction(action_icon("delete", self.palette()),
                                self.tr("Remove from Project…"),
                                lambda: self.remove_document(document_id))
        remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        menu.exec(self._view.viewport().mapToGlobal(position))

    def _edit_current(self) -> None:
        """F2: edit the current cell's variable, or else the document's properties."""
        index = self._view.currentIndex()
        document_id = self.selected_document_id()
        if document_id is not None and index.flags() & Qt.ItemFlag.ItemIsEditable:
            self._view.edit(index)
        elif document_id is not None:
            self.edit_properties(document_id)

    @waits_for_server(later=False)
    def edit_properties(self, document_id: int) -> DocumentPropertiesDialog:
        """Open the document's Properties (title, author, date, address, memo)."""
        dialog = DocumentPropertiesDialog(self._editor, document_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _remove_current(self) -> None:
        document_id = self.selected_document_id()
        if document_id is not None:
            self.remove_document(document_id)

    def remove_document(self, document_id: int) -> bool:
        """Ask, then remove a document and its annotations (undoable)."""
        row = self._model.row_of(document_id)
        if row is None:
            return False
        document = self._model.document_at(row)
        count = document.annotation_count
        question = self.tr("Remove “{title}” from the project?").format(title=document.title)
        if count:
            # Two numerus strings so English reads right without a translation file.
            detail = (self.tr("Its %n annotation will be removed with it.", "", count)
                      if count == 1 else
                      self.tr("Its %n annotations will be removed with it.", "", count))
        else:
            detail = self.tr("It has no annotations.")
        undo = self.tr("You can undo this with Edit ▸ Undo.")
        answer = QMessageBox.question(
            self, self.tr("Remove Document"),
            # rich text with the title escaped: a title is data, never markup
            f"<p>{html.escape(question)}</p><p>{html.escape(detail)} {html.escape(undo)}</p>",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._editor.remove_document(document_id)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange:
            self._import.setIcon(action_icon("import", self.palette()))
        return super().event(event)
