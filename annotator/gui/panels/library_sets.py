"""Document sets in the library: a list to show one set's documents (its context
menu renames or deletes the set shown), and the documents' "Add to Set" (a set
ticked holds the document; choosing it again takes the document out). Every
change goes through the editor, so it is undoable.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QComboBox, QInputDialog, QLineEdit, QMenu, QWidget

from annotator.gui.server_reads import waits_for_server

if TYPE_CHECKING:
    from annotator.gui.editor import Editor

ALL_DOCUMENTS = 0  # the list's first entry: no set chosen


class SetFilter(QObject):
    """The list of sets above the documents; `documentsChosen` gives the ids of the
    chosen set's documents, or None for all documents."""

    documentsChosen = Signal(object)  # frozenset[int] | None

    def __init__(self, editor: Editor, parent: QWidget) -> None:
        super().__init__(parent)
        self._editor = editor
        self.combo = QComboBox(parent)
        self.combo.setObjectName("librarySetFilter")
        self.combo.setAccessibleName(self.tr("Document set"))
        self.combo.setToolTip(self.tr("Show only the documents of one set"))
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.currentIndexChanged.connect(lambda _index: self._emit())
        self.combo.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.combo.customContextMenuRequested.connect(self._show_menu)

    @waits_for_server
    def refresh(self) -> None:
        """Read the sets again, keeping the chosen one while it exists."""
        chosen = self.chosen_set_id()
        sets = self._editor.project.document_sets()
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("All documents"), ALL_DOCUMENTS)
        for found in sets:
            self.combo.addItem(found.name, found.id)
        position = self.combo.findData(chosen) if chosen is not None else 0
        self.combo.setCurrentIndex(max(position, 0))
        self.combo.blockSignals(False)
        self.combo.setVisible(bool(sets))
        self._emit()

    def chosen_set_id(self) -> int | None:
        set_id = self.combo.currentData()
        return None if set_id in (None, ALL_DOCUMENTS) else int(set_id)

    def choose(self, set_id: int | None) -> None:
        self.combo.setCurrentIndex(max(self.combo.findData(set_id or ALL_DOCUMENTS), 0))

    def set_menu(self) -> QMenu | None:
        """Rename or delete the set shown; None while all documents are shown."""
        set_id = self.chosen_set_id()
        if set_id is None:
            return None
        menu = QMenu(self.combo)
        menu.setObjectName("setMenu")
        menu.addAction(self.tr("Rename Set…"), lambda: self.ask_rename(set_id))
        menu.addAction(self.tr("Delete Set"), lambda: self._editor.remove_set(set_id))
        return menu

    @waits_for_server(later=False)
    def ask_rename(self, set_id: int) -> bool:
        old = self._editor.project.document_set(set_id).name
        name, accepted = QInputDialog.getText(
            self.combo,
            self.tr("Rename Set"),
            self.tr("New name of the set:"),
            QLineEdit.EchoMode.Normal,
            old,
        )
        if not accepted or not name.strip() or name.strip() == old:
            return False
        return self._editor.rename_set(set_id, name)

    def _show_menu(self, position: QPoint) -> None:
        menu = self.set_menu()
        if menu is not None:
            menu.exec(self.combo.mapToGlobal(position))

    @waits_for_server
    def _emit(self) -> None:
        set_id = self.chosen_set_id()
        project = self._editor.project
        self.documentsChosen.emit(None if set_id is None else project.set_members(set_id))


def add_set_menu(menu: QMenu, editor: Editor, document_id: int, parent: QWidget) -> QMenu:
    """The "Add to Set" submenu of a document's context menu."""
    submenu = menu.addMenu(parent.tr("Add to Set"))
    submenu.setObjectName("addToSetMenu")
    holding = editor.project.sets_by_document().get(document_id, frozenset())
    for found in editor.project.document_sets():
        action = submenu.addAction(found.name)
        action.setCheckable(True)
        action.setChecked(found.id in holding)
        action.triggered.connect(
            lambda checked, set_id=found.id: editor.change_set_members(
                set_id, [document_id], add=checked
            )
        )
    if holding or editor.project.document_sets():
        submenu.addSeparator()
    submenu.addAction(parent.tr("New Set…"), lambda: ask_new_set(editor, document_id, parent))
    return submenu


def ask_new_set(editor: Editor, document_id: int, parent: QWidget) -> bool:
    """Ask for a name, then make a set holding the document."""
    name, accepted = QInputDialog.getText(
        parent, parent.tr("New Set"), parent.tr("Name of the new set:"), QLineEdit.EchoMode.Normal
    )
    if not accepted or not name.strip():
        return False
    return editor.create_set(name, [document_id]) is not None
