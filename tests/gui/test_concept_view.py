"""Retrieval by concept: passages across documents, sub-concepts, activation, copy."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QListView

from annotator.core.importing.base import ImportedDocument
from annotator.core.project import Project
from annotator.gui.editor import Editor
from annotator.gui.panels.annotation_delegate import ANNOTATION_ROLE
from annotator.gui.panels.concept_view import ConceptView

ESSAY = "Une communauté se rassemble. Une audience consomme. Modérer protège."
ARTICLE = "Online communities need care. Trust builds slowly."


def document(title: str, text: str) -> ImportedDocument:
    return ImportedDocument(title=title, kind="text", source=f"{title}.txt", text=text,
                            original=text.encode(), media_type="text/plain")


@pytest.fixture
def corpus(tmp_path: Path):
    project = Project.create(tmp_path / "p.annot", author="claire")
    essay = project.add_document(document("Essai", ESSAY)).document
    article = project.add_document(document("Article", ARTICLE)).document
    community = project.add_concept("Community")
    belonging = project.add_concept("Belonging", parent_id=community.id)
    trust = project.add_concept("Trust")

    def tag(doc, phrase: str, *concepts):
        start = doc.text.index(phrase)
        return project.annotate(doc.id, start, start + len(phrase), [c.id for c in concepts])

    passages = {
        "rassemble": tag(essay, "Une communauté se rassemble.", community, belonging),
        "audience": tag(essay, "Une audience consomme.", belonging),
        "care": tag(article, "Online communities need care.", community, trust),
        "trust": tag(article, "Trust builds slowly.", trust),
    }
    yield Editor(project), passages, {"community": community, "belonging": belonging,
                                      "trust": trust}
    project.close()


@pytest.fixture
def view(qtbot, corpus):
    widget = ConceptView(corpus[0])
    qtbot.addWidget(widget)
    widget.resize(380, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def listed(view: ConceptView) -> list[int]:
    model = view.findChild(QListView, "passages").model()
    shown = [model.index(i, 0).data(ANNOTATION_ROLE) for i in range(model.rowCount())]
    return [a.id if a is not None else None for a in shown]  # None: deleted, not yet listed


def count_text(view: ConceptView) -> str:
    return next(label.text() for label in view.findChildren(QLabel)
                if "passage" in label.text())


def test_lists_passages_across_documents_with_a_count(view, corpus):
    _, passages, concepts = corpus
    view.show_concept(concepts["community"].id)
    # Documents sorted by title (Article before Essai), passages in reading order.
    assert listed(view) == [passages[k].id for k in ("care", "rassemble", "audience")]
    assert count_text(view) == "3 passages in 2 documents"
    assert view.findChild(QComboBox).currentText().startswith("Community")


def test_include_sub_concepts_toggle_changes_the_list(view, corpus, qtbot):
    _, passages, concepts = corpus
    view.show_concept(concepts["community"].id)
    box = view.findChild(QCheckBox)
    assert box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert listed(view) == [passages["care"].id, passages["rassemble"].id]
    assert count_text(view) == "2 passages in 2 documents"
    box.setChecked(True)
    assert len(listed(view)) == 3


def test_activation_emits_document_and_annotation(view, corpus, qtbot):
    _, passages, concepts = corpus
    view.show_concept(concepts["trust"].id)
    passages_list = view.findChild(QListView, "passages")
    centre = passages_list.visualRect(passages_list.model().index(1, 0)).center()
    with qtbot.waitSignal(view.passageActivated) as blocker:
        qtbot.mouseClick(passages_list.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    trust = passages["trust"]
    assert blocker.args == [trust.document_id, trust.id]
    passages_list.setCurrentIndex(passages_list.model().index(0, 0))
    with qtbot.waitSignal(view.passageActivated) as blocker:
        qtbot.keyClick(passages_list, Qt.Key.Key_Return)
    assert blocker.args == [passages["care"].document_id, passages["care"].id]


def test_follows_edits_and_copies_selected_passages(view, corpus, qtbot):
    editor, passages, concepts = corpus
    view.show_concept(concepts["trust"].id)
    editor.toggle_concept(passages["audience"].id, concepts["trust"].id)
    assert passages["audience"].id in listed(view)
    assert count_text(view) == "3 passages in 2 documents"
    passages_list = view.findChild(QListView, "passages")
    passages_list.selectAll()
    qtbot.keyClick(passages_list, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text()
    assert "“Une audience consomme.”\n— Essai" in copied
    assert copied.startswith("“Online communities need care.”\n— Article")


def test_empty_concept_says_so(view, corpus):
    editor, _, _ = corpus
    lonely = editor.add_concept("Lonely")
    view.show_concept(lonely.id)
    shown = [label.text() for label in view.findChildren(QLabel) if label.isVisible()]
    assert "No passages tagged with “Lonely” yet." in shown


def test_a_hidden_view_catches_up_when_shown(view, corpus, qtbot):
    editor, passages, concepts = corpus
    view.show_concept(concepts["trust"].id)
    view.hide()
    editor.delete_annotation(passages["care"].id)
    view.show()
    qtbot.waitUntil(lambda: listed(view) == [passages["trust"].id])
    assert count_text(view) == "1 passage in 1 document"


def test_a_view_behind_another_dock_tab_lists_once_brought_to_the_front(corpus, qtbot):
    from PySide6.QtWidgets import QDockWidget, QMainWindow

    editor, passages, concepts = corpus
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(QLabel("reader"))
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    docks = []
    for widget in (QLabel("highlights"), ConceptView(editor)):
        dock = QDockWidget(window)
        dock.setWidget(widget)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        docks.append(dock)
    window.tabifyDockWidget(docks[0], docks[1])
    docks[0].raise_()
    view = docks[1].widget()
    view.show_concept(concepts["trust"].id)
    qtbot.wait(50)
    assert listed(view) == []  # still behind: nothing listed yet
    docks[1].raise_()
    qtbot.waitUntil(lambda: listed(view) == [passages["care"].id, passages["trust"].id])


def test_passages_are_read_a_page_at_a_time_when_shown(qtbot, tmp_path):
    """Listing a large concept reads the passages' ids; the passages themselves are read
    when the view shows them."""
    from annotator.core.importing.base import ImportedDocument
    from annotator.core.project import Project
    from annotator.gui.editor import Editor
    from annotator.gui.panels.passage_model import PAGE

    text = "Une communauté se cultive. " * 700
    project = Project.create(tmp_path / "big.annot")
    document = project.add_document(ImportedDocument(
        title="Long", kind="text", source="long.txt", text=text, original=text.encode(),
        media_type="text/plain")).document
    concept = project.add_concept("Culture")
    with project.batch():
        for k in range(3 * PAGE):
            project.annotate(document.id, 27 * k, 27 * k + 26, (concept.id,))
    editor = Editor(project)
    widget = ConceptView(editor)
    qtbot.addWidget(widget)
    widget.resize(380, 300)
    widget.show()
    qtbot.waitExposed(widget)
    widget.show_concept(concept.id)
    model = widget.findChild(QListView, "passages").model()
    assert model.rowCount() == 3 * PAGE
    assert count_text(widget) == f"{3 * PAGE} passages in 1 document"
    assert model.loaded_count() < 3 * PAGE  # not every passage read to list them
    last = model.index(3 * PAGE - 1, 0).data(ANNOTATION_ROLE)
    assert last.anchor.start == 27 * (3 * PAGE - 1)
