"""Retrieval: every passage tagged with a concept, across the whole corpus.

The view follows edits from their Change: an edit that touches none of its passages
nor its concepts costs nothing; a passage tagged or untagged is one row inserted or
removed, an edited one one row refreshed. Only a change whose extent is unknown (the
document list, the codebook's names or shape, a change made elsewhere) lists again.
The passages in view stay where they are while rows come and go around them, and a
long list, which takes a while to lay out again, gathers the edits of a burst and
patches them once typing pauses.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPersistentModelIndex, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QPaintEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QLabel,
    QListView,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.core.changes import Change
from annotator.core.model import Annotation, Concept
from annotator.core.store.postgres.errors import ServerNotSaved
from annotator.core.store.postgres.location import is_server_location
from annotator.gui.editor import Editor
from annotator.gui.icons import swatch_icon
from annotator.gui.panels.annotation_delegate import AnnotationDelegate
from annotator.gui.panels.list_anchor import in_view, kept_in_view, restore
from annotator.gui.panels.local_keys import LocalKeys
from annotator.gui.panels.passage_model import PassageModel, TitleKey, nocase

LAYOUT_BATCH = 50  # rows measured per pass: the first passages show at once
PATCH_LIMIT = 200  # passages an edit may touch before listing again costs less
# From this many passages listed, laying them out again after a row comes or goes
# takes longer than a key press should (about 7 µs a row): edits are gathered and
# patched once typing pauses for PAUSE_MS.
DEFER_ROWS = 2_000
PAUSE_MS = 300


def concept_paths(concepts: list[Concept]) -> dict[int, str]:
    """{id: "Parent / Child"} for concepts listed parents first."""
    paths: dict[int, str] = {}
    for concept in concepts:
        parent = paths.get(concept.parent_id) if concept.parent_id is not None else None
        paths[concept.id] = f"{parent} / {concept.name}" if parent else concept.name
    return paths


def subtree_ids(concept_id: int, concepts: list[Concept]) -> list[int]:
    """The concept and all its descendants, for concepts listed parents first."""
    wanted = [concept_id]
    for concept in concepts:
        if concept.parent_id in wanted and concept.id not in wanted:
            wanted.append(concept.id)
    return wanted


class ConceptView(QWidget):
    """Click or Enter on a passage emits `passageActivated(document_id, annotation_id)`."""

    passageActivated = Signal(int, int)

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._shown: int | None = None  # the concept whose passages are listed
        # Listing passages costs; the view usually starts behind another dock tab,
        # so it fills itself once it is on screen (_catch_up).
        self._stale = True
        self._wanted: int | None = None
        self._concepts: list[Concept] = []  # the codebook as last listed
        self._paths: dict[int, str] = {}  # the combo box's labels, without counts
        self._recount: set[int] = set()  # concepts whose count in the combo box is due
        self._pending: set[int] = set()  # passages edited, patched at the next pause
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self._patch_pending)
        self.setAccessibleName(self.tr("Passages by concept"))

        self._combo = QComboBox(self)
        self._combo.setAccessibleName(self.tr("Concept"))
        self._combo.setToolTip(self.tr("The concept whose passages are listed"))
        self._combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._combo.setMinimumContentsLength(14)
        self._include = QCheckBox(self.tr("Include sub-concepts"), self)
        self._include.setChecked(True)
        self._include.setToolTip(self.tr("Also list passages tagged with a sub-concept"))
        self._count = QLabel(self)
        self._count.setObjectName("passageCount")
        self._count.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._count.setWordWrap(True)  # rather than widen the dock and narrow the reader

        self._model = PassageModel(self)
        self._list = QListView(self)
        self._list.setObjectName("passages")
        self._list.setModel(self._model)
        self._list.setLayoutMode(QListView.LayoutMode.Batched)
        self._list.setBatchSize(LAYOUT_BATCH)
        self._list.setAccessibleName(self.tr("Passages"))
        self._list.setAccessibleDescription(self.tr(
            "Enter opens the passage in the reader; Ctrl+C copies the selected passages"))
        self._list.setToolTip(self.tr("Click or press Enter to open a passage; "
                                      "Ctrl+C copies the selected passages"))
        self._list.setItemDelegate(
            AnnotationDelegate(self._list, quote_lines=None, memo_lines=3, show_title=True))
        self._list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._list.setResizeMode(QListView.ResizeMode.Adjust)
        self._empty = QLabel(self)
        self._empty.setWordWrap(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setMargin(16)
        self._empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._empty)
        self._stack.addWidget(self._list)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.setSpacing(4)
        layout.addWidget(self._combo)
        layout.addWidget(self._include, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self._count)  # a row of its own: the dock keeps its width
        layout.addWidget(self._stack, 1)

        keys = LocalKeys(self)
        keys.bind("Return", self._activate_current)
        keys.bind("Enter", self._activate_current)
        keys.bind(QKeySequence.StandardKey.Copy, self.copy_selection)
        keys.watch(self._list)

        self._list.clicked.connect(self._activate_current)
        self._combo.currentIndexChanged.connect(self.refresh)
        self._include.toggled.connect(self.refresh)
        editor.changed.connect(self._apply_change)

    # -- public API ---------------------------------------------------------------
    def show_concept(self, concept_id: int) -> None:
        """List the passages of `concept_id` (chosen in the combo box)."""
        self._wanted = concept_id  # chosen when the combo box is filled
        if not self._reading(self._fill_combo):
            return
        self._select(concept_id)
        self._refresh_when_visible()

    def _select(self, concept_id: int) -> None:
        self._wanted = None
        index = self._combo.findData(concept_id)
        if index >= 0:
            with QSignalBlocker(self._combo):
                self._combo.setCurrentIndex(index)

    def current_concept_id(self) -> int | None:
        return self._combo.currentData()

    def refresh(self) -> None:
        """Re-read the codebook and the passages from the project (later, when the
        server of a server project is away)."""
        self._reading(self._list_passages)

    def _reading(self, read: Callable[[], None]) -> bool:
        """Make `read`; False when the server is away (the window's banner says so):
        the view stays as it was, stale, and lists again when the connection is back
        (the project then tells every view that everything may have changed)."""
        try:
            read()
        except ServerNotSaved:
            self._stale = True
            return False
        return True

    def _list_passages(self) -> None:
        self._stale = False
        self._pending.clear()
        self._pause.stop()
        self._recount.clear()
        self._fill_combo()
        if self._wanted is not None:
            self._select(self._wanted)
        concept_id = self.current_concept_id()
        concepts = self._concepts = self._editor.project.concepts()
        if concept_id is None:
            self._show([], {}, concepts, [])
            return
        wanted = subtree_ids(concept_id, concepts) if self._include.isChecked() else [concept_id]
        index, titles = self._editor.project.passage_index(wanted)
        self._show(index, titles, concepts, wanted)

    def copy_selection(self) -> None:
        """Put the selected passages on the clipboard, each with its document title."""
        self._patch_pending()
        rows = sorted(index.row() for index in self._list.selectionModel().selectedRows())
        passages = [self._model.passage(row) for row in rows]
        blocks = [f"“{a.quote.strip()}”\n— {self._model.title(a.document_id)}"
                  for a in passages if a is not None]
        if blocks:
            QGuiApplication.clipboard().setText("\n\n".join(blocks))

    # -- following edits ------------------------------------------------------------
    def _apply_change(self, change: Change) -> None:
        """Patch the rows an edit touched; list again only when its extent is unknown."""
        if self._stale or change.document_list or change.all_annotations:
            self._refresh_when_visible()
            return
        if change.codebook:
            if self._on_screen():
                self._reading(self._follow_codebook)
            else:
                self._stale = True
            return
        self._recount.update(change.concepts)
        touched = self._touched(change)
        if not self._on_screen():
            self._stale = bool(touched)
            return
        if touched and self._model.rowCount() < DEFER_ROWS and not self._pending:
            self._reading(lambda: self._patch(touched, change))
        elif touched:
            self._pending.update(touched)
            self._pause.start()  # again: the patch waits for a pause in the edits
        if self._recount:
            self._reading(self._count_concepts)

    def _touched(self, change: Change) -> list[int]:
        """The passages of `change` that may enter, leave or change the list: all of
        them when it tagged or untagged a listed concept, else those listed."""
        if change.concepts.intersection(self._model.wanted()):
            return sorted(change.annotations)
        return sorted(i for i in change.annotations if self._model.row_of(i) >= 0)

    def _follow_codebook(self) -> None:
        """A concept's key or description changes nothing listed; anything else
        (names, colours, the tree) lists again."""
        def looks(concepts: list[Concept]) -> list[tuple[object, ...]]:
            return [(c.id, c.name, c.parent_id, c.color) for c in concepts]

        if looks(self._editor.project.concepts()) != looks(self._concepts):
            self._list_passages()

    def _patch_pending(self) -> None:
        """Patch the passages gathered since the last pause (from the project)."""
        self._pause.stop()
        pending = sorted(self._pending)
        self._pending.clear()
        if pending and self._on_screen():
            self._reading(lambda: self._patch(pending, None))
        elif pending:
            self._stale = True

    def _patch(self, annotation_ids: list[int], change: Change | None) -> None:
        if len(annotation_ids) > PATCH_LIMIT:
            self._list_passages()
            return
        model = self._model
        wanted = set(model.wanted())
        fresh = self._fresh(annotation_ids, change)
        kept = {i: a for i, a in fresh.items() if wanted.intersection(a.concept_ids)}
        with kept_in_view(self._list):  # the passages in view stay where they are
            for annotation_id in annotation_ids:  # removals first: the rest is placed
                row = model.row_of(annotation_id)  # among passages still listed
                annotation = kept.get(annotation_id)
                if row >= 0 and (annotation is None
                                 or not model.stays_in_place(row, annotation)):
                    model.remove(row)
                elif row >= 0 and annotation is not None:
                    model.refresh(row, annotation)
            entering = [a for a in kept.values() if model.row_of(a.id) < 0]
            inserted = self._insert(entering)
        if not inserted:
            self._list_passages()
            return
        self._show_count()

    def _fresh(self, annotation_ids: list[int],
               change: Change | None) -> dict[int, Annotation]:
        """The passages as the edit left them (absent: deleted). An edit of the open
        document only: from the editor's copy of its highlights, which the edit has
        already patched (unless the server was away: reads then wait); else (or for
        edits gathered, `change` None) read back."""
        shown = self._editor.shown
        if (change is not None and shown.document_id is not None
                and change.documents == {shown.document_id}
                and not self._editor.reads):
            found = (shown.get(i) for i in annotation_ids)
            return {a.id: a for a in found if a is not None}
        return {a.id: a for a in self._editor.project.annotations_by_id(annotation_ids)}

    def _insert(self, passages: list[Annotation]) -> bool:
        """List passages that entered; False when their place cannot be told here."""
        new = {a.document_id for a in passages if not self._model.has_document(a.document_id)}
        title_key = self._title_key()
        if new and title_key is None:
            return False
        if new:
            self._model.know_titles(self._editor.project.document_titles(sorted(new)))
        for annotation in passages:
            row = self._model.place_of(annotation, title_key)
            if row is None:
                return False
            self._model.insert(row, annotation)
        return True

    def _title_key(self) -> TitleKey | None:
        """How the project orders document titles, to place a document not listed yet.
        A server orders them by its own collation, which only it knows: None."""
        return None if is_server_location(self._editor.project.location) else nocase

    def _count_concepts(self) -> None:
        """The counts of the combo box's concepts whose usage changed."""
        usage = self._editor.project.concept_usage(sorted(self._recount))
        self._recount.clear()
        for concept_id, count in usage.items():
            index = self._combo.findData(concept_id)
            if index >= 0 and concept_id in self._paths:
                self._combo.setItemText(index, f"{self._paths[concept_id]} ({count})")

    # -- building -------------------------------------------------------------------
    def _refresh_when_visible(self) -> None:
        if self._on_screen():
            self.refresh()
        else:
            self._stale = True

    def _on_screen(self) -> bool:
        # A dock tab behind another stays "visible" to Qt, only moved off the window:
        # what tells is whether any of it can be painted.
        return self.isVisible() and not self.visibleRegion().isEmpty()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self._stale or self._recount:  # once laid out: docks are shown, then some
            QTimer.singleShot(0, self._catch_up)  # tabbed behind others

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        super().paintEvent(event)
        if self._stale or self._recount:  # a dock tab brought to the front is painted,
            QTimer.singleShot(0, self._catch_up)  # not shown

    def _catch_up(self) -> None:
        if not self._on_screen():
            return
        if self._stale:
            self.refresh()
        elif self._recount:
            self._reading(self._count_concepts)

    def _fill_combo(self) -> None:
        project = self._editor.project
        concepts = project.concepts()
        usage = project.concept_usage()
        paths = self._paths = concept_paths(concepts)
        current = self._combo.currentData()
        blocker = QSignalBlocker(self._combo)
        self._combo.clear()
        for concept in concepts:
            label = f"{paths[concept.id]} ({usage.get(concept.id, 0)})"
            self._combo.addItem(swatch_icon(concept.color), label, concept.id)
        index = self._combo.findData(current) if current is not None else -1
        self._combo.setCurrentIndex(max(index, 0) if concepts else -1)
        self._combo.setEnabled(bool(concepts))
        blocker.unblock()

    def _show(self, passages: list[tuple[int, int]], titles: dict[int, str],
              concepts: list[Concept], wanted: list[int]) -> None:
        concept_id = self.current_concept_id()
        same = concept_id == self._shown
        current = self._list.currentIndex()
        shown = self._model.passage(current.row()) if current.isValid() and same else None
        current_id = shown.id if shown is not None else None
        scroll = self._list.verticalScrollBar().value() if same else 0
        # listed again: the passage at the top of the view stays there (see list_anchor)
        top = self._top_passage() if same else None
        self._shown = concept_id
        self._model.set_passages(passages, titles, self._editor.project.annotations_by_id,
                                 concepts, wanted)
        if current_id is not None:
            row = self._model.row_of(current_id)
            if row >= 0:
                self._list.setCurrentIndex(self._model.index(row))
        row = self._model.row_of(top[0]) if top is not None else -1
        if top is not None and row >= 0:
            restore(self._list, QPersistentModelIndex(self._model.index(row)), top[1])
        else:
            self._list.verticalScrollBar().setValue(scroll)
        self._show_count()
        if concept_id is None:
            self._empty.setText(self.tr("No concepts yet. Create concepts in the codebook, "
                                        "tag passages with them, and find them all here."))
        else:
            by_id = {c.id: c for c in concepts}
            self._empty.setText(self.tr("No passages tagged with “%1” yet.")
                                .replace("%1", by_id[concept_id].name))

    def _top_passage(self) -> tuple[int, int] | None:
        """The id of the passage at the top of the view, and where its card starts."""
        seen = in_view(self._list)
        if not seen:
            return None
        index, top = seen[0]
        passage = self._model.passage(index.row())
        return (passage.id, top) if passage is not None else None

    def _show_count(self) -> None:
        passages = self._model.rowCount()
        self._stack.setCurrentWidget(self._list if passages else self._empty)
        documents = self._model.document_count()
        self._count.setText(self._count_text(passages, documents) if passages else "")

    def _count_text(self, passages: int, documents: int) -> str:
        if passages == 1:
            return self.tr("1 passage in 1 document")
        if documents == 1:
            return self.tr("%n passages in 1 document", "", passages)
        return self.tr("%n passages in %1 documents", "", passages).replace("%1", str(documents))

    def _activate_current(self) -> None:
        index = self._list.currentIndex()
        annotation = self._model.passage(index.row()) if index.isValid() else None
        self._patch_pending()  # a passage untagged meanwhile is not opened
        if annotation is not None and self._model.row_of(annotation.id) >= 0:
            self.passageActivated.emit(annotation.document_id, annotation.id)
