"""The search panel: accent-insensitive and phrase search, errors, hits, activation."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget

from annotator.core.importing.base import ImportedDocument
from annotator.core.project import Project
from annotator.gui.editor import Editor
from annotator.gui.panels.search import HIT_ROLE, HTML_ROLE, SearchPanel, snippet_html

ESSAY = ("La Communauté des pratiques [1] est vivante. Une audience n'est pas une "
         "communauté en ligne. Les <marques> & les forums en parlent.")
ARTICLE = "A forum needs care. Trust builds slowly; moderation keeps it."


def document(title: str, text: str) -> ImportedDocument:
    return ImportedDocument(title=title, kind="text", source=f"{title}.txt", text=text,
                            original=text.encode(), media_type="text/plain")


@pytest.fixture
def editor(tmp_path: Path):
    project = Project.create(tmp_path / "p.annot", author="claire")
    essay = project.add_document(document("Essai", ESSAY)).document
    project.add_document(document("Article", ARTICLE))
    start = ESSAY.index("Une audience")
    project.annotate(essay.id, start, start + 12, memo="Voir la communauté de Wenger")
    yield Editor(project)
    project.close()


@pytest.fixture
def panel(qtbot, editor):
    widget = SearchPanel(editor)
    qtbot.addWidget(widget)
    widget.resize(360, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def search(panel: SearchPanel, qtbot, query: str) -> list:
    field = panel.findChild(QLineEdit)
    field.clear()
    qtbot.keyClicks(field, query)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    return hits(panel)


def hits(panel: SearchPanel) -> list:
    results = panel.findChild(QListWidget)
    return [results.item(i).data(HIT_ROLE) for i in range(results.count())]


def visible_texts(panel: SearchPanel) -> list[str]:
    return [label.text() for label in panel.findChildren(QLabel) if label.isVisible()]


def test_accent_insensitive_search_with_count_and_memo_hits(panel, qtbot):
    found = search(panel, qtbot, "communaute")
    texts = [h for h in found if not h.in_memo]
    assert [ESSAY[h.start:h.end] for h in texts] == ["Communauté", "communauté"]
    assert [h.in_memo for h in found] == [False, False, True]
    assert "3 hits in 1 document" in visible_texts(panel)
    results = panel.findChild(QListWidget)
    assert results.item(0).data(HTML_ROLE).count("<b>Communauté</b>") == 1
    assert "<i>" in results.item(2).data(HTML_ROLE)  # the memo hit is set apart


def test_phrase_search_finds_only_the_phrase(panel, qtbot):
    found = search(panel, qtbot, '"en ligne"')
    assert [ESSAY[h.start:h.end] for h in found] == ["en ligne"]
    assert search(panel, qtbot, '"ligne en"') == []
    assert any(text.startswith("No matches") for text in visible_texts(panel))


def test_malformed_query_shows_its_error_inline(panel, qtbot):
    search(panel, qtbot, "communaute")
    assert search(panel, qtbot, '"unclosed') == []
    assert any("quote" in text and "not closed" in text for text in visible_texts(panel))
    search(panel, qtbot, "forum")
    assert not any("not closed" in text for text in visible_texts(panel))


def test_typing_searches_after_a_pause(panel, qtbot):
    qtbot.keyClicks(panel.findChild(QLineEdit), "trust")
    assert hits(panel) == []  # not on every keystroke
    qtbot.waitUntil(lambda: len(hits(panel)) == 1, timeout=1500)
    assert hits(panel)[0].document_title == "Article"


def test_activating_a_hit_emits_its_offsets(panel, qtbot):
    search(panel, qtbot, "moderation")
    results = panel.findChild(QListWidget)
    centre = results.visualItemRect(results.item(0)).center()
    with qtbot.waitSignal(panel.hitActivated) as blocker:
        qtbot.mouseClick(results.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    document_id, start, end = blocker.args
    assert ARTICLE[start:end] == "moderation"
    results.setCurrentRow(0)
    with qtbot.waitSignal(panel.hitActivated) as blocker:
        qtbot.keyClick(results, Qt.Key.Key_Return)
    assert blocker.args == [document_id, start, end]


def test_focus_search_with_text_runs_it(panel):
    panel.focus_search("  forum*\n")
    assert panel.findChild(QLineEdit).text() == "forum*"
    assert sorted(h.document_title for h in hits(panel)) == ["Article", "Essai"]


def test_snippet_html_bolds_the_hit_and_escapes_the_rest():
    snippet = "Les <marques> [1] & la [communauté] en ligne…"
    assert snippet_html(snippet, "communaute") == (
        "Les &lt;marques&gt; [1] &amp; la <b>communauté</b> en ligne…")
    assert snippet_html("a [x<y] b") == "a <b>x&lt;y</b> b"
    assert snippet_html("no hit <here>") == "no hit &lt;here&gt;"


def test_results_follow_memo_edits(panel, qtbot, editor):
    found = search(panel, qtbot, "wenger")
    assert [h.in_memo for h in found] == [True]
    editor.set_memo(found[0].annotation_id, "rien à voir")
    assert hits(panel) == []
    editor.undo_stack.undo()
    assert len(hits(panel)) == 1
