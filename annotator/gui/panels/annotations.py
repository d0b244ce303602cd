"""The current document's highlights in reading order, with their memo and concepts."""

from __future__ import annotations

import html
from functools import partial

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.changes import Change
from annotator.core.errors import AnnotatorError, EditConflict
from annotator.core.model import Annotation, Concept
from annotator.gui import conflict_question
from annotator.gui.editor import Editor
from annotator.gui.icons import action_icon, swatch_icon
from annotator.gui.panels.annotation_delegate import (
    ANNOTATION_ROLE,
    CHIPS_ROLE,
    AnnotationDelegate,
    Chip,
    chips_for,
)
from annotator.gui.panels.local_keys import LocalKeys
from annotator.gui.panels.memo_editor import MemoEditor
from annotator.gui.panels.slider_scroll_bar import SliderScrollBar
from annotator.gui.server_reads import waits_for_server

TOOLTIP_QUOTE_CHARS = 600
# Beyond this many new rows, refilling the list beats inserting them one by one.
REFILL_ABOVE = 200


class AnnotationsPanel(QWidget):
    """Lists highlights; click or Enter emits `annotationActivated(annotation_id)`."""

    annotationActivated = Signal(int)

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._document_id: int | None = None
        # What the rows show, by annotation id; `_order` is the ids in row order.
        self._annotations: dict[int, Annotation] = {}
        self._chips: dict[int, tuple[Chip, ...]] = {}
        self._items: dict[int, QListWidgetItem] = {}
        self._order: list[int] = []
        self._concepts: dict[int, Concept] = {}
        self._memo_for: int | None = None
        self._rebuilding = False
        # what _show_state last showed: (no document, count, a current row)
        self._shown_state: tuple[bool, int, bool] | None = None
        self.setAccessibleName(self.tr("Highlights"))
        # Opaque: a new count or a moved slider repaints this panel's background, not
        # the dock's title and the window beneath it (the same window colour either way).
        self.setAutoFillBackground(True)

        self._list = QListWidget(self)
        self._list.setAccessibleName(self.tr("Highlights of this document"))
        self._list.setAccessibleDescription(self.tr(
            "Enter shows the passage in the reader, Ctrl+M edits its memo, Delete removes it; "
            "each row names its concepts"))
        # Cards of one height: the list then lays out thousands of rows without measuring each.
        # Kept as pixmaps: a new row repaints the whole list, the cards around it are copied.
        self._list.setItemDelegate(AnnotationDelegate(self._list, uniform=True, keep_cards=True))
        self._list.setUniformItemSizes(True)
        self._list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # a new card moves the slider a few pixels: only those are repainted
        self._list.setVerticalScrollBar(SliderScrollBar(Qt.Orientation.Vertical, self._list))
        self._list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self._list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        self._empty = QLabel(self)
        self._empty.setWordWrap(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setMargin(16)
        self._empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._empty)
        self._stack.addWidget(self._list)

        self._count = QLabel(self)
        self._count.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._concepts_menu = QMenu(self)
        self._concepts_button = QToolButton(self)
        self._concepts_button.setText("+")
        self._concepts_button.setToolTip(self.tr("Add or remove concepts on this highlight"))
        self._concepts_button.setAccessibleName(self.tr("Concepts of this highlight"))
        self._concepts_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._concepts_button.setMenu(self._concepts_menu)
        self._delete_button = QToolButton(self)
        self._delete_button.setIcon(action_icon("delete", self.palette()))
        self._delete_button.setToolTip(self.tr("Delete this highlight (Delete; undo with Ctrl+Z)"))
        self._delete_button.setAccessibleName(self.tr("Delete highlight"))

        self._memo = MemoEditor(self)
        lines = QFontMetrics(self._memo.font()).lineSpacing()
        self._memo.setFixedHeight(lines * 4 + 12)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(6, 2, 6, 0)
        buttons.addWidget(self._count, 1)
        buttons.addWidget(self._concepts_button)
        buttons.addWidget(self._delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._stack, 1)
        layout.addLayout(buttons)
        layout.addWidget(self._memo)

        keys = LocalKeys(self)
        keys.bind("Return", self._activate_current)
        keys.bind("Enter", self._activate_current)
        keys.bind(QKeySequence.StandardKey.Delete, self._delete_current)
        keys.watch(self._list)

        self._list.clicked.connect(self._activate_current)
        self._list.currentItemChanged.connect(self._on_current_changed)
        self._list.customContextMenuRequested.connect(self._show_context_menu)
        self._concepts_menu.aboutToShow.connect(self._fill_concepts_menu)
        self._delete_button.clicked.connect(self._delete_current)
        self._memo.committed.connect(self._save_memo)
        self._memo.leaveRequested.connect(self._list.setFocus)
        editor.changed.connect(self._apply_change)
        self._rebuild()

    # -- public API ---------------------------------------------------------------
    def set_document(self, document_id: int | None) -> None:
        """Show the highlights of another document (None: no document open)."""
        self._memo.commit()
        if document_id != self._document_id:
            self._document_id = document_id
            self._rebuilding = True
            self._clear_rows()
            self._rebuilding = False
        self._rebuild()

    def select_annotation(self, annotation_id: int) -> None:
        """Make a highlight of the shown document the current row."""
        row = self._row_of(annotation_id)
        if row >= 0:
            self._list.setCurrentRow(row)
            self._list.scrollToItem(self._list.item(row))

    def current_annotation_id(self) -> int | None:
        item = self._list.currentItem()
        annotation = item.data(ANNOTATION_ROLE) if item is not None else None
        return annotation.id if annotation is not None else None

    def focus_memo(self) -> None:
        """Put the caret at the end of the current highlight's memo."""
        if self.current_annotation_id() is None:
            return
        self._memo.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._memo.moveCursor(self._memo.textCursor().MoveOperation.End)

    def build_context_menu(self, annotation_id: int) -> QMenu:
        """The menu of a row: its concepts as checkable actions, memo, delete."""
        menu = QMenu(self)
        self._add_concept_actions(menu, annotation_id)
        menu.addSeparator()
        memo = menu.addAction(self.tr("Edit memo"))
        memo.triggered.connect(self.focus_memo)
        delete = menu.addAction(self.tr("Delete highlight"))
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.triggered.connect(partial(self._delete, annotation_id))
        return menu

    # -- building -------------------------------------------------------------------
    def _apply_change(self, change: Change) -> None:
        """Patch the rows an edit touched (all of them when the codebook changed)."""
        if change.codebook or change.all_annotations:
            self._rebuild()
        elif self._document_id is not None and change.touches_document(self._document_id):
            self._rebuild(set(change.annotations))

    @waits_for_server
    def _rebuild(self, changed: set[int] | None = None) -> None:
        """Show the document's highlights; with `changed`, only those rows may differ."""
        previous_id, previous_row = self.current_annotation_id(), self._list.currentRow()
        scroll = self._list.verticalScrollBar().value()
        project = self._editor.project
        document_id = self._document_id
        shown = self._editor.shown
        if document_id is None:
            annotations = []
        elif shown.document_id == document_id:
            annotations = shown.annotations()
        else:
            annotations = project.annotations(document_id=document_id)
        concepts = (self._concepts if changed is not None
                    else {c.id: c for c in project.concepts()})
        self._rebuilding = True
        try:
            if changed is not None and shown.document_id == document_id:
                self._patch_rows(changed)
            else:
                self._update_rows(annotations, concepts, changed)
            row = self._row_of(previous_id) if previous_id is not None else -1
            if row < 0 and previous_row >= 0 and self._list.hasFocus():
                # deleting from the list with the keyboard: move on to the neighbour. Elsewhere
                # (an undo, an edit in the reader) a vanished highlight leaves no current row,
                # so a memo or a number key never lands on a highlight nobody chose.
                row = min(previous_row, self._list.count() - 1)
            if row != self._list.currentRow():
                self._list.setCurrentRow(row)  # -1: none (Qt moves on when a row is taken)
            self._list.verticalScrollBar().setValue(scroll)
        finally:
            self._rebuilding = False
        self._show_state(len(annotations))
        self._sync_memo()

    def _update_rows(self, annotations: list[Annotation], concepts: dict[int, Concept],
                     changed: set[int] | None = None) -> None:
        """Make the rows show `annotations`, touching only the rows that differ (of
        those in `changed`, when given)."""
        if concepts != self._concepts:  # a concept renamed or recoloured: chips may differ
            self._concepts = concepts
            self._chips.clear()
        ids = [a.id for a in annotations]
        wanted, shown = set(ids), set(self._order)
        kept = [i for i in self._order if i in wanted]
        if kept != [i for i in ids if i in shown] or len(ids) - len(kept) > REFILL_ABOVE:
            self._clear_rows()  # reordered (a highlight moved) or many new: refill
            shown = set()
        for row in reversed(range(len(self._order))):
            if self._order[row] not in wanted:
                self._forget(self._order[row])
                self._list.takeItem(row)
        for row, annotation in enumerate(annotations):
            known = annotation.id in shown
            if known and changed is not None and annotation.id not in changed:
                continue
            chips = self._chips.get(annotation.id)
            if known and chips is not None and self._annotations[annotation.id] == annotation:
                continue
            chips = chips_for(annotation, concepts)
            if known:
                self._fill(self._items[annotation.id], annotation, chips)
            else:
                item = self._items[annotation.id] = QListWidgetItem()
                self._fill(item, annotation, chips)
                self._list.insertItem(row, item)
            self._annotations[annotation.id] = annotation
            self._chips[annotation.id] = chips
        self._order = ids

    def _patch_rows(self, changed: set[int]) -> None:
        """Take out and put back only the rows of `changed`, each at its highlight's
        place in the shown document's reading order."""
        shown = self._editor.shown
        for annotation_id in changed & self._items.keys():
            row = self._order.index(annotation_id)
            self._forget(annotation_id)
            del self._order[row]
            self._list.takeItem(row)
        present = [a for a in map(shown.get, changed) if a is not None]
        for annotation in sorted(present, key=shown.index_of):  # lower rows first
            row = shown.index_of(annotation)
            chips = chips_for(annotation, self._concepts)
            item = self._items[annotation.id] = QListWidgetItem()
            self._fill(item, annotation, chips)
            self._list.insertItem(row, item)
            self._order.insert(row, annotation.id)
            self._annotations[annotation.id] = annotation
            self._chips[annotation.id] = chips

    def _clear_rows(self) -> None:
        self._list.clear()
        for table in (self._annotations, self._chips, self._items):
            table.clear()
        self._order = []

    def _forget(self, annotation_id: int) -> None:
        for table in (self._annotations, self._chips, self._items):
            table.pop(annotation_id, None)

    @staticmethod
    def _fill(item: QListWidgetItem, annotation: Annotation, chips: tuple[Chip, ...]) -> None:
        item.setText(" ".join(annotation.quote.split()))
        item.setData(ANNOTATION_ROLE, annotation)
        item.setData(CHIPS_ROLE, chips)
        quote = annotation.quote
        if len(quote) > TOOLTIP_QUOTE_CHARS:
            quote = quote[:TOOLTIP_QUOTE_CHARS] + "…"
        tip = f"<p>{html.escape(quote)}</p>"
        if annotation.memo:
            tip += f"<p><i>{html.escape(annotation.memo)}</i></p>"
        item.setToolTip(tip)

    def _show_state(self, count: int) -> None:
        has_current = self.current_annotation_id() is not None
        state = (self._document_id is None, count, has_current)
        if state == self._shown_state:
            return  # a key press asks twice: after the new row, after selecting it
        self._shown_state = state
        if self._document_id is None:
            self._empty.setText(self.tr("Open a document to see its highlights here."))
        else:
            self._empty.setText(self.tr("No highlights yet — select text and press a "
                                        "concept's number key, or Ctrl+K"))
        self._stack.setCurrentWidget(self._list if count else self._empty)
        if count == 0:
            self._count.setText("")
        elif count == 1:
            self._count.setText(self.tr("1 highlight"))
        else:
            self._count.setText(self.tr("%n highlights", "", count))
        for widget in (self._count, self._concepts_button, self._delete_button, self._memo):
            widget.setVisible(count > 0)
        self._concepts_button.setEnabled(has_current)
        self._delete_button.setEnabled(has_current)

    def _row_of(self, annotation_id: int | None) -> int:
        item = self._items.get(annotation_id) if annotation_id is not None else None
        return self._list.row(item) if item is not None else -1

    # -- memo -----------------------------------------------------------------------
    def _on_current_changed(self) -> None:
        if not self._rebuilding:
            self._show_state(self._list.count())
            self._sync_memo()

    def _sync_memo(self) -> None:
        """Point the memo editor at the current row, saving a pending edit first."""
        current = self.current_annotation_id()
        switched = current != self._memo_for
        if switched:
            self._memo.commit()  # may rebuild the list; the current row survives it
            self._memo_for = current
        annotation = self._annotations.get(current) if current is not None else None
        self._memo.setEnabled(annotation is not None)
        if annotation is None:
            self._memo.load("")
        elif switched or not self._memo.is_dirty():
            self._memo.load(annotation.memo)

    def _save_memo(self, text: str, seen: str) -> None:
        """Save a memo written over `seen`; another coder's memo saved meanwhile is
        not overwritten unasked."""
        if self._memo_for is None:
            return
        try:
            self._editor.set_memo(self._memo_for, text, expected=seen)
        except EditConflict as conflict:
            self._resolve_memo_conflict(conflict, text)
        except AnnotatorError:
            pass  # the highlight was deleted elsewhere while its memo was open

    def _resolve_memo_conflict(self, conflict: EditConflict, mine: str) -> None:
        """The user's text (`mine`) stays in the field while they choose: saved over the
        other coder's memo, or replaced by it (and then copied to the clipboard)."""
        theirs = str(conflict.current["memo"])
        self._memo.rebase(theirs)
        self._memo.setReadOnly(True)  # no save from the field while the question is open
        try:
            keep = conflict_question.keep_mine(self, conflict, mine, theirs)
        finally:
            self._memo.setReadOnly(False)
        if keep:
            self._memo.commit()
        else:
            self._memo.load(theirs)

    # -- actions --------------------------------------------------------------------
    def _activate_current(self) -> None:
        current = self.current_annotation_id()
        if current is not None:
            self.annotationActivated.emit(current)

    def _delete_current(self) -> None:
        current = self.current_annotation_id()
        if current is not None:
            self._delete(current)

    def _delete(self, annotation_id: int, _checked: bool = False) -> None:
        self._editor.delete_annotation(annotation_id)

    def _toggle(self, annotation_id: int, concept_id: int, _checked: bool = False) -> None:
        self._editor.toggle_concept(annotation_id, concept_id)

    @waits_for_server(later=False)
    def _show_context_menu(self, position: QPoint) -> None:
        item = self._list.itemAt(position)
        if item is None:
            return
        self._list.setCurrentItem(item)
        annotation_id = self.current_annotation_id()
        if annotation_id is not None:
            menu = self.build_context_menu(annotation_id)
            menu.exec(self._list.viewport().mapToGlobal(position))
            menu.deleteLater()

    @waits_for_server(later=False)
    def _fill_concepts_menu(self) -> None:
        self._concepts_menu.clear()
        current = self.current_annotation_id()
        if current is not None:
            self._add_concept_actions(self._concepts_menu, current)

    def _add_concept_actions(self, menu: QMenu, annotation_id: int) -> None:
        annotation = self._annotations.get(annotation_id)
        concepts = self._editor.project.concepts()
        if annotation is None or not concepts:
            menu.addAction(self.tr("No concepts yet")).setEnabled(False)
            return
        for concept in concepts:
            indent = "    " if concept.parent_id is not None else ""
            action = menu.addAction(swatch_icon(concept.color), indent + concept.name)
            action.setCheckable(True)
            action.setChecked(concept.id in annotation.concept_ids)
            action.triggered.connect(partial(self._toggle, annotation_id, concept.id))
