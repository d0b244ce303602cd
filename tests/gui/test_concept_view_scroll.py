"""Passages by concept keeps the passages in view in place while rows come and go elsewhere."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QListView

from annotator.gui.editor import Editor
from annotator.gui.panels import concept_view
from annotator.gui.panels.annotation_delegate import ANNOTATION_ROLE
from annotator.gui.panels.concept_view import ConceptView
from tests.gui.test_concept_view import count_text
from tests.gui.test_concept_view_patch import (  # noqa: F401 (editor: a fixture)
    as_listed,
    concept,
    editor,
    shown_view,
    tag,
)

PER_DOCUMENT = 150  # passages of each of the 8 documents: 1,200 listed


def tagged_widely(editor: Editor) -> None:  # noqa: F811 (the fixture)
    """PER_DOCUMENT passages of "Thème" in each document, a word apart."""
    project = editor.project
    theme = concept(editor, "Thème")
    with project.batch():
        for document in project.documents():
            for number in range(PER_DOCUMENT):
                start = 12 * number
                project.annotate(document.id, start, start + 5, (theme,))


def laid_out(passages: QListView) -> bool:
    """Every row measured and placed (a list view lays rows out a batch at a time)."""
    model = passages.model()
    last = model.index(model.rowCount() - 1)
    bar = passages.verticalScrollBar()
    return passages.visualRect(last).isValid() and bar.maximum() > 0


def first_in_view(passages: QListView) -> tuple[int, int] | None:
    """The passage at the top of the list's viewport, and where its card starts."""
    index = passages.indexAt(QPoint(2, 2))
    if not index.isValid():  # no row laid out there
        return None
    return index.data(ANNOTATION_ROLE).id, passages.visualRect(index).top()


def scrolled_to_middle(qtbot, view: ConceptView) -> QListView:
    passages = view.findChild(QListView, "passages")
    qtbot.waitUntil(lambda: laid_out(passages))
    model = passages.model()
    passages.scrollTo(
        model.index(model.rowCount() // 2), QAbstractItemView.ScrollHint.PositionAtTop
    )
    bar = passages.verticalScrollBar()
    bar.setValue(bar.value() + 9)  # the top card partly scrolled past
    return passages


def documents_around(editor: Editor, passages: QListView) -> tuple[int, int]:  # noqa: F811
    """A document listed above the passage in view, and one listed below it."""
    model = passages.model()
    rows = model.rowCount()
    return (
        model.index(0).data(ANNOTATION_ROLE).document_id,
        model.index(rows - 1).data(ANNOTATION_ROLE).document_id,
    )


def test_a_passage_tagged_above_or_below_leaves_the_view_in_place(qtbot, editor):  # noqa: F811
    tagged_widely(editor)
    view = shown_view(qtbot, editor, "Thème")
    passages = scrolled_to_middle(qtbot, view)
    above, below = documents_around(editor, passages)
    assert above != below
    before = first_in_view(passages)
    rows = passages.model().rowCount()
    for number, document_id in enumerate((above, below, above)):
        start = 12 * (PER_DOCUMENT + number) + 6  # after the document's other passages
        tag(editor, document_id, start, "Thème")
        rows += 1
        assert passages.model().rowCount() == rows
        assert first_in_view(passages) == before  # at once: no jump shown meanwhile
        qtbot.waitUntil(lambda: laid_out(passages))
        assert first_in_view(passages) == before


def test_a_passage_untagged_above_leaves_the_view_in_place(qtbot, editor):  # noqa: F811
    tagged_widely(editor)
    view = shown_view(qtbot, editor, "Thème")
    passages = scrolled_to_middle(qtbot, view)
    before = first_in_view(passages)
    model = passages.model()
    for from_end in (False, True):
        row = model.rowCount() - 2 if from_end else 3
        removed = model.index(row).data(ANNOTATION_ROLE)
        editor.toggle_concept(removed.id, concept(editor, "Thème"))
        assert removed.id not in [
            model.index(r).data(ANNOTATION_ROLE).id for r in range(model.rowCount())
        ]
        assert first_in_view(passages) == before
        qtbot.waitUntil(lambda: laid_out(passages))
        assert first_in_view(passages) == before


def test_rows_known_are_measured_again_without_reading_their_roles(qtbot, editor):  # noqa: F811
    tagged_widely(editor)
    view = shown_view(qtbot, editor, "Thème")
    passages = scrolled_to_middle(qtbot, view)
    model = passages.model()
    above, _below = documents_around(editor, passages)
    tag(editor, above, 12 * PER_DOCUMENT + 6, "Thème")  # every row measured at this width
    qtbot.waitUntil(lambda: laid_out(passages))
    asked: list[int] = []
    data = model.data
    model.data = lambda index, *role: (asked.append(index.row()), data(index, *role))[1]
    tag(editor, above, 12 * PER_DOCUMENT + 18, "Thème")
    qtbot.waitUntil(lambda: laid_out(passages))
    assert model.rowCount() == 8 * PER_DOCUMENT + 2
    assert len(set(asked)) < 30  # the new row and those painted, not all 1,202


def test_a_long_list_patches_the_edits_of_a_burst_once_typing_pauses(
    qtbot,
    editor,  # noqa: F811
    monkeypatch,
):
    monkeypatch.setattr(concept_view, "DEFER_ROWS", 1_000)  # 1,200 listed here
    tagged_widely(editor)
    view = shown_view(qtbot, editor, "Thème")
    passages = scrolled_to_middle(qtbot, view)
    model = passages.model()
    before, rows = first_in_view(passages), model.rowCount()
    above, below = documents_around(editor, passages)
    layouts: list[int] = []
    model.rowsInserted.connect(lambda: layouts.append(model.rowCount()))
    for number, document_id in enumerate((above, below, above)):
        tag(editor, document_id, 12 * (PER_DOCUMENT + number) + 6, "Thème")
    assert model.rowCount() == rows  # each key press left the list alone
    qtbot.waitUntil(lambda: model.rowCount() == rows + 3)
    assert first_in_view(passages) == before
    assert as_listed(editor, concept(editor, "Thème")) == [
        model.index(row).data(ANNOTATION_ROLE).id for row in range(model.rowCount())
    ]
    assert count_text(view).startswith(f"{rows + 3} passages in ")


def test_a_passage_untagged_in_a_burst_is_not_opened(qtbot, editor, monkeypatch):  # noqa: F811
    monkeypatch.setattr(concept_view, "DEFER_ROWS", 1_000)
    tagged_widely(editor)
    view = shown_view(qtbot, editor, "Thème")
    passages = scrolled_to_middle(qtbot, view)
    current = passages.indexAt(QPoint(2, 2))
    passages.setCurrentIndex(current)
    untagged = current.data(ANNOTATION_ROLE)
    editor.toggle_concept(untagged.id, concept(editor, "Thème"))
    with qtbot.assertNotEmitted(view.passageActivated):
        qtbot.keyClick(passages, Qt.Key.Key_Return)
    assert untagged.id not in [
        passages.model().index(row).data(ANNOTATION_ROLE).id
        for row in range(passages.model().rowCount())
    ]


def test_a_list_made_again_keeps_the_passage_in_view(qtbot, editor):  # noqa: F811
    """A change whose extent is unknown (another process, an import) lists the concept's
    passages anew: the passage at the top of the view stays at the top."""
    tagged_widely(editor)
    view = shown_view(qtbot, editor, "Thème")
    passages = scrolled_to_middle(qtbot, view)
    before = first_in_view(passages)
    assert before is not None
    listed = passages.model().rowCount()
    editor.publish_everything()
    qtbot.waitUntil(lambda: first_in_view(passages) is not None)
    assert passages.model().rowCount() == listed
    assert first_in_view(passages) == before
