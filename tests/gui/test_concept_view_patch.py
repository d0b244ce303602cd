"""Passages by concept follows edits row by row, in the listing's own order."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QListView

from annotator.core.changes import Change
from annotator.core.importing.base import ImportedDocument
from annotator.core.project import Project
from annotator.gui.editor import Editor
from annotator.gui.panels.concept_view import ConceptView, subtree_ids
from tests.gui.test_concept_view import count_text, listed

TEXT = " ".join(f"mot{n}" for n in range(400))
# titles a project file orders without regard to ASCII case, and accents after letters
TITLES = ["Zèbre", "article", "Bilan", "éclair", "Entretien", "bilan", "Avis", "Étude"]


def document(title: str) -> ImportedDocument:
    text = f"{TEXT} {title}"  # each its own: a project keeps one copy of a text
    return ImportedDocument(
        title=title,
        kind="text",
        source=f"{title}.txt",
        text=text,
        original=text.encode(),
        media_type="text/plain",
    )


@pytest.fixture
def editor(tmp_path: Path):
    project = Project.create(tmp_path / "p.annot", author="claire")
    for title in TITLES:
        assert project.add_document(document(title)).created
    theme = project.add_concept("Thème")
    project.add_concept("Sous-thème", parent_id=theme.id)
    project.add_concept("Autre")
    yield Editor(project)
    project.close()


class Signals:
    """What the list's model told its view."""

    def __init__(self, view: ConceptView) -> None:
        self.model = view.findChild(QListView, "passages").model()
        self.resets = self.inserted = self.removed = 0
        self.changed: list[int] = []
        self.model.modelReset.connect(self._reset)
        self.model.rowsInserted.connect(self._inserted)
        self.model.rowsRemoved.connect(self._removed)
        self.model.dataChanged.connect(
            lambda first, last, _roles=(): self.changed.extend(range(first.row(), last.row() + 1))
        )

    def _reset(self) -> None:
        self.resets += 1

    def _inserted(self, _parent, first: int, last: int) -> None:
        self.inserted += last - first + 1

    def _removed(self, _parent, first: int, last: int) -> None:
        self.removed += last - first + 1


def concept(editor: Editor, name: str) -> int:
    return next(c.id for c in editor.project.concepts() if c.name == name)


def shown_view(qtbot, editor: Editor, name: str) -> ConceptView:
    view = ConceptView(editor)
    qtbot.addWidget(view)
    view.resize(380, 600)
    view.show()
    qtbot.waitExposed(view)
    view.show_concept(concept(editor, name))
    return view


def as_listed(editor: Editor, concept_id: int) -> list[int]:
    """The ids the project lists for a concept and its sub-concepts."""
    wanted = subtree_ids(concept_id, editor.project.concepts())
    return [annotation_id for annotation_id, _ in editor.project.passage_index(wanted)[0]]


def tag(editor: Editor, document_id: int, start: int, name: str):
    return editor.tag_passage(document_id, start, start + 5, concept(editor, name)).annotation


def test_a_tag_is_one_row_inserted_in_the_listing_order(qtbot, editor):
    theme = concept(editor, "Thème")
    documents = [d.id for d in editor.project.documents()]
    rng = random.Random(3)
    view = shown_view(qtbot, editor, "Thème")
    signals = Signals(view)
    for number in range(40):  # documents entering the list, and passages among others
        name = "Sous-thème" if number % 3 else "Thème"
        tag(editor, rng.choice(documents), 6 * rng.randrange(300), name)
        assert listed(view) == as_listed(editor, theme)
    assert signals.resets == 0
    assert signals.inserted == len(listed(view))
    assert count_text(view).startswith(f"{len(listed(view))} passages in ")


def test_an_untag_is_one_row_removed_and_the_next_passage_opens_its_document(qtbot, editor):
    [bilan] = [d.id for d in editor.project.documents() if d.title == "Bilan"]
    first = tag(editor, bilan, 0, "Thème")
    second = tag(editor, bilan, 12, "Thème")
    view = shown_view(qtbot, editor, "Thème")
    signals = Signals(view)
    editor.toggle_concept(first.id, concept(editor, "Thème"))
    assert (signals.resets, signals.inserted, signals.removed) == (0, 0, 1)
    assert listed(view) == [second.id]
    assert 0 in signals.changed  # its row now carries the document's title
    assert count_text(view) == "1 passage in 1 document"
    editor.undo_stack.undo()
    assert listed(view) == [first.id, second.id]
    assert (signals.resets, signals.inserted, signals.removed) == (0, 1, 1)


def test_an_unrelated_edit_reads_nothing_and_touches_no_row(qtbot, editor):
    [avis] = [d.id for d in editor.project.documents() if d.title == "Avis"]
    listed_passage = tag(editor, avis, 0, "Thème")
    view = shown_view(qtbot, editor, "Thème")
    signals = Signals(view)
    other = tag(editor, avis, 30, "Autre")
    assert listed(view) == [listed_passage.id]
    assert (signals.resets, signals.inserted, signals.removed, signals.changed) == (0, 0, 0, [])
    statements: list[str] = []
    connection = editor.project._store._conn
    connection.set_trace_callback(statements.append)
    try:
        editor.publish(Change.of_annotations([other.id], [avis]))  # say, its memo
    finally:
        connection.set_trace_callback(None)
    assert statements == []


def test_a_memo_refreshes_its_row_only(qtbot, editor):
    [avis] = [d.id for d in editor.project.documents() if d.title == "Avis"]
    first, second = tag(editor, avis, 0, "Thème"), tag(editor, avis, 30, "Thème")
    view = shown_view(qtbot, editor, "Thème")
    signals = Signals(view)
    editor.set_memo(second.id, "À relire")
    assert (signals.resets, signals.inserted, signals.removed) == (0, 0, 0)
    assert signals.changed == [1]
    assert signals.model.passage(1).memo == "À relire"
    assert listed(view) == [first.id, second.id]
    passages = view.findChild(QListView, "passages")
    index = signals.model.index(1)
    height = passages.visualRect(index).height()
    editor.set_memo(second.id, "Une longue note. " * 20)  # more lines: a taller card
    assert signals.resets == 0
    qtbot.waitUntil(lambda: passages.visualRect(index).height() > height)
    assert passages.visualRect(index).height() == passages.sizeHintForIndex(index).height()


def test_the_combo_box_counts_follow_tags(qtbot, editor):
    [avis] = [d.id for d in editor.project.documents() if d.title == "Avis"]
    view = shown_view(qtbot, editor, "Thème")
    tag(editor, avis, 0, "Autre")
    tag(editor, avis, 30, "Thème")
    combo = view.findChild(QComboBox)
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels == ["Thème (1)", "Thème / Sous-thème (0)", "Autre (1)"]


def test_a_rename_lists_again_and_a_new_key_does_not(qtbot, editor):
    [avis] = [d.id for d in editor.project.documents() if d.title == "Avis"]
    tag(editor, avis, 0, "Thème")
    view = shown_view(qtbot, editor, "Thème")
    signals = Signals(view)
    editor.set_concept_key(concept(editor, "Thème"), "5")
    assert signals.resets == 0
    editor.rename_concept(concept(editor, "Sous-thème"), "Détail")
    assert signals.resets == 1
    assert view.findChild(QComboBox).itemText(1) == "Thème / Détail (0)"
