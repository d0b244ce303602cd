"""The highlights panel: reading order, activation, memo, concepts, delete, undo."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QListWidget

from annotator.core.importing.base import ImportedDocument
from annotator.core.project import Project
from annotator.gui.editor import Editor
from annotator.gui.panels.annotation_delegate import ANNOTATION_ROLE, CHIPS_ROLE, tint
from annotator.gui.panels.annotations import AnnotationsPanel
from annotator.gui.panels.memo_editor import MemoEditor

TEXT = (
    "Une Communauté ne se gère pas : elle se rassemble autour d'un intérêt commun.\n"
    "L'audience d'une marque n'est pas une communauté 😀 vivante.\n"
    "Modérer, c'est protéger les nouveaux venus."
)


def span(phrase: str) -> tuple[int, int]:
    start = TEXT.index(phrase)
    return start, start + len(phrase)


@pytest.fixture
def editor(tmp_path: Path):
    project = Project.create(tmp_path / "p.annot", author="claire")
    project.add_document(ImportedDocument(
        title="Essai", kind="text", source="essai.txt", text=TEXT,
        original=TEXT.encode(), media_type="text/plain"))
    yield Editor(project)
    project.close()


@pytest.fixture
def setup(qtbot, editor):
    project = editor.project
    document_id = project.documents()[0].id
    community = project.add_concept("Community", color="#2e86de")
    moderation = project.add_concept("Moderation", color="#e74c3c")
    # Created out of reading order on purpose.
    later = project.annotate(document_id, *span("Modérer"), [moderation.id], memo="care")
    first = project.annotate(document_id, *span("Une Communauté"),
                             [community.id, moderation.id])
    panel = AnnotationsPanel(editor)
    qtbot.addWidget(panel)
    panel.set_document(document_id)
    panel.resize(360, 500)
    panel.show()
    qtbot.waitExposed(panel)
    return panel, document_id, first, later, community, moderation


def rows(panel: AnnotationsPanel) -> list:
    view = panel.findChild(QListWidget)
    return [view.item(i).data(ANNOTATION_ROLE) for i in range(view.count())]


def chip_names(panel: AnnotationsPanel, row: int) -> list[str]:
    view = panel.findChild(QListWidget)
    return [chip.name for chip in view.item(row).data(CHIPS_ROLE)]


def test_rows_follow_reading_order_with_quotes_and_coloured_chips(setup, qtbot):
    panel, _, first, later, *_ = setup
    assert [a.id for a in rows(panel)] == [first.id, later.id]
    assert rows(panel)[0].quote == "Une Communauté"
    assert chip_names(panel, 0) == ["Community", "Moderation"]
    assert chip_names(panel, 1) == ["Moderation"]
    image = panel.grab().toImage()
    colours = {image.pixelColor(x, y).name()
               for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}
    assert tint(QColor("#2e86de")).name() in colours  # a Community chip is painted


def test_click_and_enter_activate_the_right_highlight(setup, qtbot):
    panel, _, first, later, *_ = setup
    view = panel.findChild(QListWidget)
    centre = view.visualItemRect(view.item(1)).center()
    with qtbot.waitSignal(panel.annotationActivated) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert blocker.args == [later.id]
    view.setCurrentRow(0)
    with qtbot.waitSignal(panel.annotationActivated) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [first.id]
    assert panel.current_annotation_id() == first.id


def test_memo_is_saved_on_focus_out_as_one_undo_step(setup, qtbot, editor):
    panel, _, first, *_ = setup
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.select_annotation(first.id)
    panel.focus_memo()
    memo = panel.findChild(MemoEditor)
    qtbot.waitUntil(memo.hasFocus)
    qtbot.keyClicks(memo, "Key definition")
    assert editor.project.annotation(first.id).memo == ""  # not per keystroke
    panel.findChild(QListWidget).setFocus()
    qtbot.waitUntil(lambda: editor.project.annotation(first.id).memo == "Key definition")
    assert editor.undo_stack.count() == 1
    editor.undo_stack.undo()
    assert editor.project.annotation(first.id).memo == ""
    assert memo.toPlainText() == ""
    assert panel.current_annotation_id() == first.id


def test_ctrl_enter_saves_the_memo(setup, qtbot, editor):
    panel, _, _, later, *_ = setup
    panel.select_annotation(later.id)
    memo = panel.findChild(MemoEditor)
    assert memo.toPlainText() == "care"
    memo.selectAll()
    qtbot.keyClicks(memo, "protection")
    qtbot.keyClick(memo, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.project.annotation(later.id).memo == "protection"


def test_context_menu_actions_add_and_remove_a_concept(setup, editor):
    panel, _, _, later, community, _ = setup
    panel.select_annotation(later.id)

    def trigger(label: str) -> None:
        menu = panel.build_context_menu(later.id)
        action = next(a for a in menu.actions() if a.text().strip() == label)
        action.trigger()

    trigger("Community")
    assert community.id in editor.project.annotation(later.id).concept_ids
    assert "Community" in chip_names(panel, 1)
    menu = panel.build_context_menu(later.id)
    assert next(a for a in menu.actions() if a.text().strip() == "Community").isChecked()
    trigger("Community")
    assert community.id not in editor.project.annotation(later.id).concept_ids
    assert panel.current_annotation_id() == later.id


def test_delete_key_removes_the_highlight_and_undo_restores_it(setup, qtbot, editor):
    panel, document_id, first, later, *_ = setup
    view = panel.findChild(QListWidget)
    panel.select_annotation(first.id)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert [a.id for a in rows(panel)] == [later.id]
    assert [a.id for a in editor.project.annotations(document_id=document_id)] == [later.id]
    editor.undo_stack.undo()
    assert [a.id for a in rows(panel)] == [first.id, later.id]


def test_context_menu_delete_highlight(setup, editor):
    panel, _, first, later, *_ = setup
    menu = panel.build_context_menu(later.id)
    next(a for a in menu.actions() if a.text() == "Delete highlight").trigger()
    assert [a.id for a in rows(panel)] == [first.id]


def test_refreshes_on_edits_made_elsewhere_and_keeps_the_current_row(setup, editor):
    panel, document_id, first, later, community, _ = setup
    panel.select_annotation(later.id)
    added = editor.annotate(document_id, *span("L'audience"), (community.id,))
    assert [a.id for a in rows(panel)] == [first.id, added.id, later.id]
    assert panel.current_annotation_id() == later.id
    editor.rename_concept(community.id, "Belonging")
    assert chip_names(panel, 1) == ["Belonging"]


def test_empty_state_explains_how_to_highlight(qtbot, editor):
    panel = AnnotationsPanel(editor)
    qtbot.addWidget(panel)
    panel.set_document(editor.project.documents()[0].id)
    panel.show()
    shown = [label.text() for label in panel.findChildren(QLabel) if label.isVisible()]
    assert any(text.startswith("No highlights yet") for text in shown)
    assert not panel.findChild(QListWidget).isVisible()
    assert panel.current_annotation_id() is None


def test_undoing_the_current_highlight_leaves_no_other_one_current(setup, editor, qtbot):
    panel, document_id, _first, _later, community, _moderation = setup
    reader = QLabel("the reader has the focus")
    reader.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    qtbot.addWidget(reader)
    reader.show()
    made = editor.annotate(document_id, *span("vivante"), (community.id,))
    panel.select_annotation(made.id)
    assert panel.current_annotation_id() == made.id
    reader.setFocus()
    qtbot.waitUntil(lambda: not panel.findChild(QListWidget).hasFocus())
    editor.undo_stack.undo()  # e.g. Ctrl+Z while reading
    assert panel.current_annotation_id() is None  # a memo typed now lands nowhere


def test_an_edit_updates_its_own_row_and_leaves_the_others_untouched(setup, editor):
    panel, document_id, first, later, community, _ = setup
    view = panel.findChild(QListWidget)
    before = [view.item(row) for row in range(view.count())]
    added = editor.annotate(document_id, *span("L'audience"), (community.id,))
    assert [a.id for a in rows(panel)] == [first.id, added.id, later.id]
    assert view.item(0) is before[0] and view.item(2) is before[1]  # not rebuilt
    editor.set_memo(later.id, "protéger les nouveaux")
    assert view.item(2) is before[1]
    assert rows(panel)[2].memo == "protéger les nouveaux"
    assert "protéger les nouveaux" in view.item(2).toolTip()
    editor.delete_annotation(first.id)
    assert [a.id for a in rows(panel)] == [added.id, later.id]
    assert view.item(1) is before[1]


def test_rows_follow_any_mix_of_edits_when_patched_from_changes(qtbot, editor) -> None:
    """With the document shown, each edit patches only its rows; after any sequence of
    edits, undos and redos, the rows are the document's highlights in reading order."""
    project = editor.project
    document_id = project.documents()[0].id
    concept = project.add_concept("Community", color="#2e86de")
    editor.shown.show(document_id)
    panel = AnnotationsPanel(editor)
    qtbot.addWidget(panel)
    panel.set_document(document_id)
    rng = random.Random(4)
    for _ in range(60):
        action = rng.choice(["tag", "tag", "delete", "memo", "undo", "redo"])
        existing = project.annotations(document_id=document_id)
        if action == "tag":
            start = rng.randrange(0, len(TEXT) - 12)
            editor.tag_passage(document_id, start, start + rng.randint(2, 10), concept.id)
        elif action == "delete" and existing:
            editor.delete_annotation(rng.choice(existing).id)
        elif action == "memo" and existing:
            editor.set_memo(rng.choice(existing).id, f"memo {rng.random():.3f}")
        elif action == "undo":
            editor.undo_stack.undo()
        elif action == "redo":
            editor.undo_stack.redo()
        expected = sorted(project.annotations(document_id=document_id),
                          key=lambda a: (a.start, a.end, a.id))
        assert rows(panel) == expected


def test_a_new_highlight_repaints_the_panel_not_the_dock_beneath_it(setup, editor, qtbot):
    """The panel paints its own background: a new count or a moved slider costs no
    repaint of the dock's title bar and of the window under it."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow

    panel, document_id, _first, _later, community, _moderation = setup

    class Paints(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.widgets: list[QObject] = []

        def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
            if event.type() == QEvent.Type.Paint:
                self.widgets.append(watched)
            return False

    window = QMainWindow()
    qtbot.addWidget(window)
    dock = QDockWidget("Highlights", window)
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.resize(700, 500)
    paints = Paints()
    for widget in (window, dock, panel):
        widget.installEventFilter(paints)
    window.show()
    qtbot.waitUntil(lambda: panel in paints.widgets)  # shown and painted once
    QApplication.processEvents()
    paints.widgets.clear()
    made = editor.annotate(document_id, *span("vivante"), (community.id,))
    panel.select_annotation(made.id)
    QApplication.processEvents()
    assert [a.id for a in rows(panel)].count(made.id) == 1
    assert panel in paints.widgets  # the count changed: the panel painted its background
    assert dock not in paints.widgets and window not in paints.widgets
    panel.setParent(None)  # the fixture's, closed by it


def test_a_new_highlight_draws_its_card_once_and_copies_the_others(setup, editor, qtbot):
    """The list repaints every row when one is inserted: the cards that did not change
    are copied, the one that lost the selection too (the selection is drawn over a card,
    not in it); only the new one is drawn."""
    panel, document_id, first, _later, community, _moderation = setup
    view = panel.findChild(QListWidget)
    delegate = view.itemDelegate()
    panel.select_annotation(first.id)
    view.viewport().repaint()
    drawn = delegate._pixmaps.drawn
    made = editor.annotate(document_id, *span("vivante"), (community.id,))
    panel.select_annotation(made.id)
    view.viewport().repaint()
    assert delegate._pixmaps.drawn - drawn == 1  # the new card; `first` unselected is a copy
    view.viewport().repaint()
    assert delegate._pixmaps.drawn - drawn == 1  # a repaint copies them all
