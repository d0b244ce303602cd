"""Passages by concept keeps the passages in view in place while rows come and go elsewhere."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractItemView, QListView

from annotator.gui.editor import Editor
from annotator.gui.panels.annotation_delegate import ANNOTATION_ROLE
from annotator.gui.panels.concept_view import ConceptView
from tests.gui.test_concept_view_patch import concept, editor, shown_view, tag  # noqa: F401

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
    asked: list[int] = []
    data = model.data
    model.data = lambda index, *role: (asked.append(index.row()), data(index, *role))[1]
    above, _below = documents_around(editor, passages)
    tag(editor, above, 12 * PER_DOCUMENT + 6, "Thème")
    qtbot.waitUntil(lambda: laid_out(passages))
    assert model.rowCount() == 8 * PER_DOCUMENT + 1
    assert len(set(asked)) < 50  # the new row and those painted, not all 1,201
