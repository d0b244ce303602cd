"""The Concepts panel: the codebook tree, edited in place through the Editor."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from annotator.core.changes import Change
from annotator.core.model import Concept
from annotator.gui.editor import Editor
from annotator.gui.icons import action_icon
from annotator.gui.panels import concept_edits
from annotator.gui.panels.concept_picker import ConceptPicker
from annotator.gui.panels.concept_tree_model import COUNT, KEY, NAME, ConceptTreeModel
from annotator.gui.panels.concepts_creation import NewConcepts, clean_name, free_name
from annotator.gui.panels.count_cells import CountCellTree
from annotator.gui.panels.local_keys import LocalKeys
from annotator.gui.server_reads import waits_for_server


class ConceptsPanel(QWidget):
    """Shows the codebook; double-click or Enter applies a concept, F2 renames,
    Delete deletes, drag-and-drop re-parents or reorders."""

    conceptActivated = Signal(int)
    conceptSelected = Signal(int)

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._collapsed: set[int] = set()
        self._restoring = False
        self._last_selected: int | None = None
        self._scroll = 0
        self._count_fit: tuple[int, QFont] | None = None  # (digits, font) of the count column
        self.setAccessibleName(self.tr("Concepts"))

        self._model = ConceptTreeModel(editor, self)
        self._view = CountCellTree(self)
        self._setup_view()
        self._message = QLabel(self)
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setWordWrap(True)
        self._message.setMargin(16)
        self._message.setText(self.tr(
            "<p><b>No concepts yet</b></p><p><a href=\"new\">Create a concept</a> "
            "(Ctrl+Shift+N), or select a passage and make a concept from it.</p>"))
        self._message.linkActivated.connect(lambda _link: self.start_new_concept())
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._view)
        self._stack.addWidget(self._message)

        self._toolbar = QToolBar(self)
        self._toolbar.setIconSize(QSize(16, 16))
        self._toolbar.setAccessibleName(self.tr("Concept actions"))
        self._actions = self._make_actions()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 4)
        layout.setSpacing(2)
        layout.addWidget(self._toolbar)
        layout.addWidget(self._stack, 1)
        self._bind_keys()

        self._view.doubleClicked.connect(self._on_double_clicked)
        self._view.customContextMenuRequested.connect(self._show_menu)
        self._view.expanded.connect(lambda index: self._on_expansion(index, True))
        self._view.collapsed.connect(lambda index: self._on_expansion(index, False))
        self._view.selectionModel().currentChanged.connect(self._on_current_changed)
        # A click moves the current index before it selects: enable actions on both.
        self._view.selectionModel().selectionChanged.connect(self._update_state)
        self._model.modelAboutToBeReset.connect(self._remember)
        self._model.modelReset.connect(self._restore)
        editor.changed.connect(self._apply_change)
        self._new_concepts = NewConcepts(self, editor, self._view, self._model)
        self._restore()
        self._fit_count_column()

    # -- construction -----------------------------------------------------------------
    def _setup_view(self) -> None:
        view = self._view
        view.setModel(self._model)
        view.setHeaderHidden(True)
        view.setUniformRowHeights(True)
        view.setExpandsOnDoubleClick(False)  # double-click applies the concept
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setDropIndicatorShown(True)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.setAccessibleName(self.tr("Concept tree"))
        view.setAccessibleDescription(self.tr(
            "Enter applies the concept to the selected passage; F2 renames it; the number "
            "keys 1 to 9 apply the concepts that have them"))
        header = view.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(16)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        # sized from the largest count, not measured row by row after every highlight
        header.setSectionResizeMode(COUNT, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(KEY, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(KEY, 24)

    def _make_actions(self) -> dict[str, QAction]:
        specs = [
            ("new", self.tr("New Concept"), "Ctrl+Shift+N", self.start_new_concept),
            ("new-child", self.tr("New Sub-concept"), "", self.new_sub_concept),
            ("rename", self.tr("Rename"), "F2", self.rename_current),
            ("color", self.tr("Colour…"), "", self.recolor_current),
            ("describe", self.tr("Description…"), "", self.describe_current),
            ("merge", self.tr("Merge Into…"), "", self.merge_current),
            ("delete", self.tr("Delete…"), "Del", self.delete_current),
        ]
        tips = {
            "new": self.tr("New top-level concept (Ctrl+Shift+N or Insert)"),
            "new-child": self.tr("New sub-concept of the selected concept"),
            "rename": self.tr("Rename the selected concept (F2)"),
            "color": self.tr("Change the colour of the selected concept"),
            "describe": self.tr("Write what the selected concept means"),
            "merge": self.tr("Move the selected concept's passages and sub-concepts "
                             "into another concept, then delete it"),
            "delete": self.tr("Delete the selected concept and its sub-concepts (Del)"),
        }
        actions = {}
        for name, text, keys, slot in specs:
            action = QAction(action_icon(name, self.palette()), text, self)
            action.setToolTip(tips[name])
            if keys:
                # Shown in menus; the keys themselves are handled by LocalKeys so
                # they act on this panel only, whatever the window binds.
                action.setShortcut(QKeySequence(keys))
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            self._toolbar.addAction(action)
            if name in ("new-child", "describe"):
                self._toolbar.addSeparator()
            actions[name] = action
        return actions

    def _bind_keys(self) -> None:
        everywhere = LocalKeys(self)
        everywhere.bind("Ctrl+Shift+N", self.start_new_concept)
        everywhere.bind("Ins", self.start_new_concept)
        everywhere.watch(self, self._view, self._toolbar, self._message)
        tree = LocalKeys(self)
        tree.bind("F2", self.rename_current)
        tree.bind(QKeySequence.StandardKey.Delete, self.delete_current)
        tree.bind("Return", self._activate_current)
        tree.bind("Enter", self._activate_current)
        tree.watch(self._view)

    # -- public -------------------------------------------------------------------------
    @waits_for_server
    def refresh(self) -> None:
        """Re-read the codebook and counts, keeping expansion and selection."""
        self._model.reload()
        self._fit_count_column()
        self._update_state()

    def _fit_count_column(self) -> None:
        """Wide enough for the largest count (and at least three digits); measured
        again only when that count gains or loses a digit, or the font changes."""
        digits = max(3, len(str(self._model.largest_usage())))
        font = self._view.font()
        if self._count_fit == (digits, font):
            return
        self._count_fit = (digits, font)
        width = QFontMetrics(font).horizontalAdvance("9" * digits) + 12
        if self._view.header().sectionSize(COUNT) != width:
            self._view.header().resizeSection(COUNT, width)

    @waits_for_server
    def _apply_change(self, change: Change) -> None:
        """Re-read the codebook only when it changed; a highlight edit re-counts only
        the concepts it touched."""
        if change.codebook or change.all_annotations:
            self.refresh()
        elif change.concepts:
            self._model.update_usage(
                self._editor.project.concept_usage(sorted(change.concepts)))
            self._fit_count_column()

    def current_concept_id(self) -> int | None:
        index = self._view.currentIndex()
        if not index.isValid() or not self._view.selectionModel().isSelected(index):
            return None
        return self._model.id_of(index)

    def select_concept(self, concept_id: int) -> None:
        index = self._model.index_of(concept_id)
        if not index.isValid():
            return
        parent = index.parent()
        while parent.isValid():
            self._view.expand(parent)
            parent = parent.parent()
        self._view.setCurrentIndex(index)
        self._view.scrollTo(index)

    def start_new_concept(self, name: str = "", parent_id: int | None = None) -> int | None:
        """Create a concept (a free name is made from `name`) and start naming it; Esc
        while naming it takes it away."""
        siblings = (self._model.concept(c) for c in self._model.children_of(parent_id))
        name = free_name(clean_name(name) or self.tr("New concept"),
                         (c.name for c in siblings if c is not None))
        concept = self._editor.add_concept(name, parent_id)
        if concept is None:
            return None
        # the undo stack's push has selected it and scrolled to it (NewConcepts)
        self._view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._new_concepts.name(concept.id)
        return concept.id

    def new_sub_concept(self) -> int | None:
        parent_id = self.current_concept_id()
        if parent_id is None:
            return None
        return self.start_new_concept(self.tr("New sub-concept"), parent_id)

    def rename_current(self) -> None:
        self._new_concepts.forget()
        concept_id = self.current_concept_id()
        if concept_id is not None:
            self._view.edit(self._model.index_of(concept_id))

    def recolor_current(self) -> None:
        concept = self._current()
        if concept is None:
            return
        color = QColorDialog.getColor(QColor(concept.color), self,
                                      self.tr("Colour of «{name}»").format(name=concept.name))
        if color.isValid() and color.name() != concept.color.lower():
            concept_edits.edit_over_seen(
                self, self._editor, concept.id, "color", color.name(), concept.color)

    def describe_current(self) -> None:
        concept = self._current()
        if concept is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Description of «{name}»").format(name=concept.name),
            self.tr("What this concept means, and when to apply it:"), concept.description)
        if ok and text.strip() != concept.description:
            concept_edits.edit_over_seen(
                self, self._editor, concept.id, "description", text.strip(), concept.description)

    def choose_key_current(self) -> None:
        """Pick the number key that applies the selected concept (free keys only)."""
        concept = self._current()
        if concept is None:
            return
        taken = {c.shortcut for c in self._editor.project.concepts() if c.id != concept.id}
        none = self.tr("No key")
        choices = [none] + [key for key in "123456789" if key not in taken]
        current = choices.index(concept.shortcut) if concept.shortcut in choices else 0
        choice, ok = QInputDialog.getItem(
            self, self.tr("Key of «{name}»").format(name=concept.name),
            self.tr("Number key that applies this concept to the selected passage:"),
            choices, current, False)
        if ok:
            key = "" if choice == none else choice
            if key != concept.shortcut:
                concept_edits.edit_over_seen(
                    self, self._editor, concept.id, "shortcut", key, concept.shortcut)

    def merge_current(self) -> None:
        concept = self._current()
        if concept is None:
            return
        picker = ConceptPicker(
            self._editor.project, self,
            title=self.tr("Merge «{name}» Into").format(name=concept.name),
            exclude_ids=self._model.subtree(concept.id), allow_create=False)
        picker.exec()
        target = picker.chosen_concept_id()
        picker.deleteLater()
        if target is not None and self._editor.merge_concepts(concept.id, target):
            self.select_concept(target)

    def delete_current(self) -> bool:
        """Ask, then delete the current concept and its sub-concepts (undoable)."""
        concept = self._current()
        if concept is None:
            return False
        if QMessageBox.question(
            self, self.tr("Delete Concept"), self._deletion_question(concept),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        ) != QMessageBox.StandardButton.Yes:
            return False
        return self._editor.delete_concept(concept.id)

    # -- behaviour ----------------------------------------------------------------------
    def _current(self) -> Concept | None:
        concept_id = self.current_concept_id()
        return None if concept_id is None else self._model.concept(concept_id)

    def _deletion_question(self, concept: Concept) -> str:
        subtree = self._model.subtree(concept.id)
        name = concept.name
        subs = len(subtree) - 1
        project = self._editor.project
        used = len({a.id for c in subtree for a in project.annotations(concept_id=c)})
        if subs == 0:
            question = self.tr("Delete «{name}»?").format(name=name)
        elif subs == 1:
            question = self.tr("Delete «{name}» and its %n sub-concept?", "", subs).format(
                name=name)
        else:
            question = self.tr("Delete «{name}» and its %n sub-concepts?", "", subs).format(
                name=name)
        if used == 0:
            usage = self.tr("No annotation uses it.")
        elif used == 1:
            usage = self.tr("It is used by %n annotation; it keeps its other concepts.", "",
                            used)
        else:
            usage = self.tr("It is used by %n annotations; they keep their other concepts.",
                            "", used)
        undo = self.tr("You can undo this with Edit ▸ Undo.")
        return f"{question} {usage}\n\n{undo}"

    def _activate_current(self) -> None:
        concept_id = self.current_concept_id()
        if concept_id is not None:
            self.conceptActivated.emit(concept_id)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        concept_id = self._model.id_of(index)
        if concept_id is not None:
            self.conceptActivated.emit(concept_id)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_state()
        concept_id = self._model.id_of(current)
        if concept_id is not None and concept_id != self._last_selected and not self._restoring:
            self._last_selected = concept_id
            self.conceptSelected.emit(concept_id)

    def _on_expansion(self, index: QModelIndex, expanded: bool) -> None:
        concept_id = self._model.id_of(index)
        if concept_id is None or self._restoring:
            return
        if expanded:
            self._collapsed.discard(concept_id)
        else:
            self._collapsed.add(concept_id)

    def _remember(self) -> None:
        self._restoring = True
        self._scroll = self._view.verticalScrollBar().value()

    def _restore(self) -> None:
        """After a reset: everything expanded but what the user collapsed, same selection."""
        self._restoring = True
        self._view.expandAll()
        for concept_id in list(self._collapsed):
            if self._model.concept(concept_id) is None:
                self._collapsed.discard(concept_id)
            else:
                self._view.collapse(self._model.index_of(concept_id))
        if self._last_selected is not None and self._model.concept(self._last_selected):
            self._view.setCurrentIndex(self._model.index_of(self._last_selected))
        self._view.verticalScrollBar().setValue(self._scroll)
        self._restoring = False
        self._update_state()

    def _update_state(self) -> None:
        has_concepts = bool(self._model.concept_ids())
        self._stack.setCurrentWidget(self._view if has_concepts else self._message)
        selected = self.current_concept_id() is not None
        writable = not self._editor.project.read_only
        self._actions["new"].setEnabled(writable)
        for name in ("new-child", "rename", "color", "describe", "merge", "delete"):
            self._actions[name].setEnabled(selected and writable)
        self._actions["merge"].setEnabled(
            selected and writable and len(self._model.concept_ids()) > 1)

    def _show_menu(self, position: QPoint) -> None:
        index = self._view.indexAt(position)
        if index.isValid():
            self._view.setCurrentIndex(index)
        else:
            self._view.clearSelection()
            self._update_state()
        menu = QMenu(self)
        menu.addAction(self._actions["new"])
        if index.isValid():
            menu.addAction(self._actions["new-child"])
            menu.addSeparator()
            for name in ("rename", "color", "describe"):
                menu.addAction(self._actions[name])
            menu.addAction(self.tr("Number Key…"), self.choose_key_current)
            menu.addSeparator()
            menu.addAction(self._actions["merge"])
            menu.addAction(self._actions["delete"])
        menu.exec(self._view.viewport().mapToGlobal(position))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "_actions"):
            for name, action in self._actions.items():
                action.setIcon(action_icon(name, self.palette()))

