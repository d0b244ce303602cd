"""Passages by concept on a server project: a tag in a listed document is one row
inserted; a document entering the list is placed by listing again (the server
orders titles by its own collation), so the order is always the server's."""

from __future__ import annotations

from annotator.core.project import Project
from annotator.gui.editor import Editor
from annotator.gui.panels.concept_view import ConceptView
from tests.core.conftest import text_document
from tests.gui.test_concept_view import listed
from tests.gui.test_concept_view_patch import Signals


def test_tags_follow_the_servers_order(cluster, qtbot, server_url: str) -> None:
    with Project.open(server_url) as project:
        documents = [
            project.add_document(text_document(f"Texte {title} à coder.", title=title)).document
            for title in ("Zèbre", "article", "Étude", "bilan")
        ]
        theme = project.add_concept("Thème")
        project.annotate(documents[0].id, 0, 5, [theme.id])
        editor = Editor(project)
        view = ConceptView(editor)
        qtbot.addWidget(view)
        view.resize(380, 600)
        view.show()
        qtbot.waitExposed(view)
        view.show_concept(theme.id)
        signals = Signals(view)
        editor.tag_passage(documents[0].id, 6, 11, theme.id)  # a listed document
        assert (signals.resets, signals.inserted) == (0, 1)
        for document in documents[1:]:  # documents entering the list
            editor.tag_passage(document.id, 0, 5, theme.id)
            order = [i for i, _ in project.passage_index([theme.id])[0]]
            assert listed(view) == order
        assert signals.resets == 3
