"""The Concepts panel: tree, counts, digits, create/rename/delete/merge/move, activation."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QColorDialog,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QToolBar,
    QTreeView,
)

from annotator.core.importing.base import ImportedDocument
from annotator.core.project import Project
from annotator.gui.editor import Editor
from annotator.gui.panels.concept_picker import ConceptPicker
from annotator.gui.panels.concept_tree_model import (
    COUNT,
    DIGIT_ROLE,
    KEY,
    NAME,
    ConceptTreeModel,
)
from annotator.gui.panels.concepts import ConceptsPanel

TEXT = "La modération d'une communauté en ligne demande du temps et des règles claires. " * 3


@pytest.fixture
def editor(tmp_path: Path) -> Editor:
    project = Project.create(tmp_path / "p.annot", author="tester")
    document = project.add_document(ImportedDocument(
        title="Entretien", kind="text", source="entretien.txt", text=TEXT,
        original=TEXT.encode(), media_type="text/plain")).document.id
    engagement = project.add_concept("Engagement", description="How members take part.")
    participation = project.add_concept("Participation", parent_id=engagement.id)
    project.add_concept("Fidélisation", parent_id=engagement.id)
    communaute = project.add_concept("Communauté")
    moderation = project.add_concept("Modération", parent_id=communaute.id)
    for name in ("Outils", "Tensions", "Temps", "Valeur", "Règles"):
        project.add_concept(name)
    project.annotate(document, 0, 10, [engagement.id, participation.id])
    project.annotate(document, 20, 30, [participation.id])
    project.annotate(document, 40, 50, [moderation.id, communaute.id])
    return Editor(project)


@pytest.fixture
def panel(qtbot, editor: Editor) -> ConceptsPanel:
    widget = ConceptsPanel(editor)
    qtbot.addWidget(widget)
    widget.resize(300, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _view(panel: ConceptsPanel) -> QTreeView:
    return panel.findChild(QTreeView)


def _model(panel: ConceptsPanel) -> ConceptTreeModel:
    return _view(panel).model()


def _id(editor: Editor, name: str) -> int:
    return next(c.id for c in editor.project.concepts() if c.name == name)


def _tree(model: ConceptTreeModel, parent: QModelIndex | None = None) -> list:
    """[(name, count shown), [children...]] as the tree displays them."""
    parent = parent or QModelIndex()
    rows = []
    for row in range(model.rowCount(parent)):
        name = model.index(row, NAME, parent)
        entry = (name.data(), model.index(row, COUNT, parent).data())
        children = _tree(model, name)
        rows.append((entry, children) if children else entry)
    return rows


def test_tree_shows_parents_children_and_counts(panel: ConceptsPanel) -> None:
    assert _tree(_model(panel)) == [
        (("Engagement", "1"), [("Participation", "2"), ("Fidélisation", "")]),
        (("Communauté", "1"), [("Modération", "1")]),
        ("Outils", ""), ("Tensions", ""), ("Temps", ""), ("Valeur", ""), ("Règles", ""),
    ]
    view = _view(panel)
    assert view.isExpanded(_model(panel).index(0, NAME))


def test_first_nine_concepts_show_their_digit(panel: ConceptsPanel, editor: Editor) -> None:
    model = _model(panel)
    digits = {c.name: model.index_of(c.id, KEY).data(DIGIT_ROLE)
              for c in editor.project.concepts()}
    assert digits == {"Engagement": 1, "Participation": 2, "Fidélisation": 3,
                      "Communauté": 4, "Modération": 5, "Outils": 6, "Tensions": 7,
                      "Temps": 8, "Valeur": 9, "Règles": None}
    badge = model.index_of(_id(editor, "Communauté"), KEY)
    assert not badge.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "key 4" in badge.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index_of(_id(editor, "Règles"), KEY).data(Qt.ItemDataRole.DecorationRole) is None


def test_description_is_the_tooltip(panel: ConceptsPanel, editor: Editor) -> None:
    tip = _model(panel).index_of(_id(editor, "Engagement")).data(Qt.ItemDataRole.ToolTipRole)
    assert "How members take part." in tip


def test_new_concept_key_creates_and_renames_inline(qtbot, panel: ConceptsPanel,
                                                    editor: Editor) -> None:
    view = _view(panel)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "New concept" in [c.name for c in editor.project.concepts()]
    line = QApplication.focusWidget()
    assert isinstance(line, QLineEdit) and line.text() == "New concept"
    line.selectAll()
    qtbot.keyClicks(line, "Confiance")
    with qtbot.assertNotEmitted(panel.conceptActivated):  # Enter ends the edit, no more
        qtbot.keyClick(line, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "Confiance" in [c.name for c in editor.project.concepts()])
    assert "New concept" not in [c.name for c in editor.project.concepts()]
    assert panel.current_concept_id() == _id(editor, "Confiance")


def test_f2_renames_the_selected_concept(qtbot, panel: ConceptsPanel, editor: Editor) -> None:
    outils = _id(editor, "Outils")
    panel.select_concept(outils)
    view = _view(panel)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    line = QApplication.focusWidget()
    assert isinstance(line, QLineEdit)
    line.selectAll()
    qtbot.keyClicks(line, "Outils en ligne")
    qtbot.keyClick(line, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: editor.project.concept(outils).name == "Outils en ligne")
    assert _model(panel).index_of(outils).data() == "Outils en ligne"
    editor.undo_stack.undo()
    assert _model(panel).index_of(outils).data() == "Outils"


def test_rename_to_a_taken_name_is_reported(qtbot, panel: ConceptsPanel,
                                            editor: Editor) -> None:
    outils = _id(editor, "Outils")
    with qtbot.waitSignal(editor.errorOccurred):
        _model(panel).setData(_model(panel).index_of(outils), "temps")
    assert _model(panel).index_of(outils).data() == "Outils"


def test_delete_asks_with_counts_and_undo_restores(
    qtbot, panel: ConceptsPanel, editor: Editor, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer_yes(_parent, _title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    panel.select_concept(_id(editor, "Engagement"))
    view = _view(panel)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert asked[0].startswith("Delete «Engagement» and its 2 sub-concepts? "
                               "It is used by 2 annotations; they keep their other concepts.")
    names = [c.name for c in editor.project.concepts()]
    assert "Engagement" not in names and "Participation" not in names
    assert _model(panel).index(0, NAME).data() == "Communauté"
    assert _model(panel).index(0, KEY).data(DIGIT_ROLE) == 4  # keys stay with their concept

    editor.undo_stack.undo()
    assert _tree(_model(panel))[0] == (("Engagement", "1"),
                                       [("Participation", "2"), ("Fidélisation", "")])


def test_delete_cancelled_keeps_the_concept(panel: ConceptsPanel, editor: Editor,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: (
        asked.append(text), QMessageBox.StandardButton.Cancel)[1])
    panel.select_concept(_id(editor, "Outils"))
    assert not panel.delete_current()
    assert asked[0].startswith("Delete «Outils»? No annotation uses it.")
    assert "Outils" in [c.name for c in editor.project.concepts()]


def test_drop_on_a_concept_makes_it_a_child(panel: ConceptsPanel, editor: Editor) -> None:
    model = _model(panel)
    outils, engagement = _id(editor, "Outils"), _id(editor, "Engagement")
    data = model.mimeData([model.index_of(outils)])
    target = model.index_of(engagement)
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, 0, target)
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, target)
    assert editor.project.concept(outils).parent_id == engagement
    assert [model.index(r, NAME, model.index_of(engagement)).data() for r in range(3)] == [
        "Participation", "Fidélisation", "Outils"]
    assert _view(panel).isExpanded(model.index_of(engagement))
    editor.undo_stack.undo()
    assert editor.project.concept(outils).parent_id is None


def test_drop_between_rows_reorders(panel: ConceptsPanel, editor: Editor) -> None:
    model = _model(panel)
    regles = _id(editor, "Règles")
    data = model.mimeData([model.index_of(regles)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert model.index(0, NAME).data() == "Règles"
    data = model.mimeData([model.index_of(regles)])  # and down again, below "Outils"
    model.dropMimeData(data, Qt.DropAction.MoveAction, 4, 0, QModelIndex())
    assert [model.index(r, NAME).data() for r in range(4)] == [
        "Engagement", "Communauté", "Outils", "Règles"]


def test_drop_into_own_subtree_is_refused(qtbot, panel: ConceptsPanel, editor: Editor) -> None:
    model = _model(panel)
    engagement, participation = _id(editor, "Engagement"), _id(editor, "Participation")
    data = model.mimeData([model.index_of(engagement)])
    child = model.index_of(participation)
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, 0, child)
    with qtbot.waitSignal(editor.errorOccurred):
        model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, child)
    assert editor.project.concept(engagement).parent_id is None


def _answer_picker(qtbot, typed: str) -> list[str]:
    """Type into the next concept picker and press Enter; returns its window title."""
    seen: list[str] = []
    tries = iter(range(200))

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConceptPicker):
            if next(tries, None) is not None:  # give up after 2 s rather than hang
                QTimer.singleShot(10, answer)
            return
        seen.append(dialog.windowTitle())
        line = dialog.findChild(QLineEdit)
        qtbot.keyClicks(line, typed)
        qtbot.keyClick(line, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    return seen


def test_merge_into_another_concept(qtbot, panel: ConceptsPanel, editor: Editor) -> None:
    moderation, regles = _id(editor, "Modération"), _id(editor, "Règles")
    panel.select_concept(moderation)
    seen = _answer_picker(qtbot, "regles")
    panel.merge_current()
    assert seen == ["Merge «Modération» Into"]
    assert "Modération" not in [c.name for c in editor.project.concepts()]
    assert len(editor.project.annotations(concept_id=regles)) == 1
    assert panel.current_concept_id() == regles
    assert _model(panel).index_of(regles, COUNT).data() == "1"


def test_double_click_and_enter_activate(qtbot, panel: ConceptsPanel, editor: Editor) -> None:
    view = _view(panel)
    temps = _id(editor, "Temps")
    rect = view.visualRect(_model(panel).index_of(temps))
    with qtbot.waitSignal(panel.conceptSelected) as selected:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert selected.args == [temps]
    with qtbot.waitSignal(panel.conceptActivated) as blocker:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [temps]
    view.setFocus()
    with qtbot.waitSignal(panel.conceptActivated) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [temps]


def test_colour_and_description(panel: ConceptsPanel, editor: Editor,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    outils = _id(editor, "Outils")
    panel.select_concept(outils)
    monkeypatch.setattr(QColorDialog, "getColor", lambda *args: QColor("#123456"))
    panel.recolor_current()
    assert editor.project.concept(outils).color == "#123456"
    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        lambda *args: ("Software members use.", True))
    panel.describe_current()
    assert editor.project.concept(outils).description == "Software members use."
    tip = _model(panel).index_of(outils).data(Qt.ItemDataRole.ToolTipRole)
    assert "Software members use." in tip


def test_refresh_keeps_collapsed_branches_and_selection(panel: ConceptsPanel,
                                                        editor: Editor) -> None:
    model, view = _model(panel), _view(panel)
    engagement, modération = _id(editor, "Engagement"), _id(editor, "Modération")
    view.collapse(model.index_of(engagement))
    panel.select_concept(modération)
    editor.delete_concept(_id(editor, "Règles"))  # the tree's shape changes: rebuilt
    assert not view.isExpanded(model.index_of(engagement))
    assert view.isExpanded(model.index_of(_id(editor, "Communauté")))
    assert panel.current_concept_id() == modération


def test_start_new_concept_from_selected_text(panel: ConceptsPanel, editor: Editor) -> None:
    first = panel.start_new_concept("  confiance   entre / membres ")
    second = panel.start_new_concept("Confiance entre - membres")
    assert editor.project.concept(first).name == "Confiance entre - membres"
    assert editor.project.concept(second).name == "Confiance entre - membres 2"
    child = panel.start_new_concept("x" * 200, parent_id=_id(editor, "Outils"))
    concept = editor.project.concept(child)
    assert concept.parent_id == _id(editor, "Outils") and len(concept.name) <= 60


def test_empty_codebook_invites_to_create(qtbot, tmp_path: Path) -> None:
    editor = Editor(Project.create(tmp_path / "empty.annot"))
    panel = ConceptsPanel(editor)
    qtbot.addWidget(panel)
    panel.show()
    assert not _view(panel).isVisible()
    panel.start_new_concept()
    assert _view(panel).isVisible()
    assert [c.name for c in editor.project.concepts()] == ["New concept"]


def test_toolbar_actions_follow_the_selection(panel: ConceptsPanel, editor: Editor) -> None:
    toolbar = panel.findChild(QToolBar)
    enabled = {a.text(): a.isEnabled() for a in toolbar.actions() if not a.isSeparator()}
    assert enabled == {"New Concept": True, "New Sub-concept": False, "Rename": False,
                       "Colour…": False, "Description…": False, "Merge Into…": False,
                       "Delete…": False}
    panel.select_concept(_id(editor, "Outils"))
    assert all(a.isEnabled() for a in toolbar.actions())


def test_context_menu_lists_the_concept_actions(qtbot, panel: ConceptsPanel,
                                                editor: Editor) -> None:
    shown: list[list[str]] = []
    tries = iter(range(200))

    def read_and_close_menu() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            if next(tries, None) is not None:
                QTimer.singleShot(10, read_and_close_menu)
            return
        shown.append([a.text() for a in menu.actions() if not a.isSeparator()])
        menu.close()

    view = _view(panel)
    rect = view.visualRect(_model(panel).index_of(_id(editor, "Temps")))
    QTimer.singleShot(0, read_and_close_menu)
    view.customContextMenuRequested.emit(rect.center())
    assert shown == [["New Concept", "New Sub-concept", "Rename", "Colour…", "Description…",
                      "Number Key…", "Merge Into…", "Delete…"]]
    assert panel.current_concept_id() == _id(editor, "Temps")


def test_a_single_mouse_click_enables_the_concept_actions(qtbot, tmp_path) -> None:
    from PySide6.QtCore import Qt

    from annotator.core.project import Project
    from annotator.gui.editor import Editor
    from annotator.gui.panels.concepts import ConceptsPanel

    project = Project.create(tmp_path / "click.annot")
    project.add_concept("Crise")
    panel = ConceptsPanel(Editor(project))
    qtbot.addWidget(panel)
    panel.show()
    view = panel._view
    rect = view.visualRect(view.model().index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.current_concept_id() is not None
    assert panel._actions["rename"].isEnabled()
    assert panel._actions["delete"].isEnabled()
    project.close()


def test_a_concept_can_be_given_a_free_number_key(qtbot, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    from annotator.core.project import Project
    from annotator.gui.editor import Editor
    from annotator.gui.panels.concepts import ConceptsPanel

    project = Project.create(tmp_path / "keys.annot")
    first = project.add_concept("Crise")  # key 1
    for name in "ABCDEFGH":
        project.add_concept(name)  # keys 2-9
    tenth = project.add_concept("Dixième")  # no key left
    assert tenth.shortcut == ""
    editor = Editor(project)
    panel = ConceptsPanel(editor)
    qtbot.addWidget(panel)
    editor.set_concept_key(first.id, "")  # frees key 1
    offered: list[list[str]] = []

    def choose(_parent, _title, _label, items, *_args):
        offered.append(list(items))
        return "1", True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    panel.select_concept(tenth.id)
    panel.choose_key_current()
    assert offered[0][1:] == ["1"]  # only the free key is offered
    assert project.concept_for_key("1").id == tenth.id
    editor.undo_stack.undo()
    assert project.concept(tenth.id).shortcut == ""
    project.close()
