"""The concept picker: accent-insensitive filtering, keyboard choice, creation offer."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QTreeWidget

from annotator.core.project import Project
from annotator.gui.panels.concept_picker import ConceptPicker


@pytest.fixture
def project(tmp_path: Path) -> Project:
    project = Project.create(tmp_path / "p.annot")
    engagement = project.add_concept("Engagement")
    project.add_concept("Participation", parent_id=engagement.id)
    communaute = project.add_concept("Communauté", description="The group as a whole.")
    project.add_concept("Modération", parent_id=communaute.id)
    project.add_concept("Recommandation")
    return project


@pytest.fixture
def picker(qtbot, project: Project) -> ConceptPicker:
    dialog = ConceptPicker(project)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _line(picker: ConceptPicker) -> QLineEdit:
    return picker.findChild(QLineEdit)


def _rows(picker: ConceptPicker) -> list[str]:
    tree = picker.findChild(QTreeWidget)
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def _current(picker: ConceptPicker) -> str:
    return picker.findChild(QTreeWidget).currentItem().text(0)


def test_lists_every_concept_with_its_path(picker: ConceptPicker) -> None:
    assert _rows(picker) == ["Engagement", "Engagement / Participation", "Communauté",
                             "Communauté / Modération", "Recommandation"]
    assert _current(picker) == "Engagement"


def test_typing_filters_ignoring_accents_and_case(qtbot, picker: ConceptPicker) -> None:
    qtbot.keyClicks(_line(picker), "communaute")
    assert _rows(picker) == ["Communauté", "Communauté / Modération"]
    assert _current(picker) == "Communauté"


def test_name_prefix_matches_come_first(qtbot, picker: ConceptPicker) -> None:
    qtbot.keyClicks(_line(picker), "com")
    assert _rows(picker)[:2] == ["Communauté", "Recommandation"]


def test_path_query_finds_the_child(qtbot, picker: ConceptPicker) -> None:
    qtbot.keyClicks(_line(picker), "communaute/mod")
    assert _rows(picker) == ["Communauté / Modération"]


def test_enter_returns_the_first_match(qtbot, picker: ConceptPicker, project: Project) -> None:
    qtbot.keyClicks(_line(picker), "moder")
    with qtbot.waitSignal(picker.accepted):
        qtbot.keyClick(_line(picker), Qt.Key.Key_Return)
    assert picker.chosen_concept_id() == project.concept_by_path("Communauté/Modération").id
    assert picker.new_concept_name() is None


def test_down_arrow_moves_the_choice(qtbot, picker: ConceptPicker, project: Project) -> None:
    qtbot.keyClicks(_line(picker), "engagement")
    qtbot.keyClick(_line(picker), Qt.Key.Key_Down)
    assert _current(picker) == "Engagement / Participation"
    qtbot.keyClick(_line(picker), Qt.Key.Key_Return)
    assert picker.chosen_concept_id() == project.concept_by_path("Engagement/Participation").id


def test_unknown_name_offers_creation(qtbot, picker: ConceptPicker) -> None:
    qtbot.keyClicks(_line(picker), "Confiance  mutuelle")
    assert _rows(picker) == ["Create concept «Confiance mutuelle»"]
    qtbot.keyClick(_line(picker), Qt.Key.Key_Return)
    assert picker.chosen_concept_id() is None
    assert picker.new_concept_name() == "Confiance mutuelle"


def test_partial_match_still_offers_creation_last(qtbot, picker: ConceptPicker) -> None:
    qtbot.keyClicks(_line(picker), "engage")
    assert _rows(picker) == ["Engagement", "Engagement / Participation",
                             "Create concept «engage»"]
    assert _current(picker) == "Engagement"


def test_exact_name_offers_no_creation(qtbot, picker: ConceptPicker) -> None:
    qtbot.keyClicks(_line(picker), "recommandation")
    assert _rows(picker) == ["Recommandation"]


def test_escape_cancels(qtbot, picker: ConceptPicker) -> None:
    qtbot.keyClicks(_line(picker), "eng")
    with qtbot.waitSignal(picker.rejected):
        qtbot.keyClick(_line(picker), Qt.Key.Key_Escape)
    assert picker.chosen_concept_id() is None and picker.new_concept_name() is None


def test_excluded_concepts_and_no_creation(qtbot, project: Project) -> None:
    communaute = project.concept_by_path("Communauté")
    moderation = project.concept_by_path("Communauté/Modération")
    picker = ConceptPicker(project, exclude_ids=[communaute.id, moderation.id],
                           allow_create=False)
    qtbot.addWidget(picker)
    assert _rows(picker) == ["Engagement", "Engagement / Participation", "Recommandation"]
    qtbot.keyClicks(_line(picker), "xyz")
    assert _rows(picker) == []
    qtbot.keyClick(_line(picker), Qt.Key.Key_Return)
    assert picker.result() != ConceptPicker.DialogCode.Accepted


def test_static_pick(qtbot, project: Project) -> None:
    tries = iter(range(200))

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConceptPicker):
            if next(tries, None) is not None:
                QTimer.singleShot(10, answer)
            return
        qtbot.keyClicks(dialog.findChild(QLineEdit), "particip")
        qtbot.keyClick(dialog.findChild(QLineEdit), Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    assert ConceptPicker.pick(project) == (
        project.concept_by_path("Engagement/Participation").id, None)


def test_a_name_with_a_slash_cannot_be_created(qtbot, picker: ConceptPicker) -> None:
    qtbot.keyClicks(_line(picker), "a/b")
    assert _rows(picker) == ["Concept names cannot contain “/”"]
    qtbot.keyClick(_line(picker), Qt.Key.Key_Return)
    assert picker.isVisible() and picker.new_concept_name() is None


def test_keypad_enter_accepts(qtbot, picker: ConceptPicker) -> None:
    qtbot.keyClicks(_line(picker), "recomm")
    with qtbot.waitSignal(picker.accepted):
        qtbot.keyClick(_line(picker), Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
