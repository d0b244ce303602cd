"""The reader: a PDF shown as pages lays out its text only when the text view is wanted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor

from annotator.core.importing.base import ImportedDocument
from annotator.core.project import Project
from annotator.gui.reader import Reader
from annotator.gui.viewers.base import Highlight
from tests.gui.test_pdf_render import synthetic_pdf
from tests.gui.test_pdf_view import synthetic_pages


def test_a_pdf_gets_its_text_view_when_it_is_first_shown(qtbot, tmp_path: Path) -> None:
    text, pages = synthetic_pages(3, lines=10)
    project = Project.create(tmp_path / "p.annot")
    document = project.add_document(ImportedDocument(
        title="rapport", kind="pdf", source="rapport.pdf", text=text,
        original=synthetic_pdf(3, lines=10), media_type="application/pdf",
        pages=pages)).document
    reader = Reader()
    qtbot.addWidget(reader)
    reader.resize(800, 600)
    reader.show()
    reader.show_document(project, document, page_mode=True)
    start = text.index(text.split()[3])
    reader.set_highlights([Highlight(1, start, start + 8, (QColor("#e0201b"),), "rouge")])
    assert reader.in_page_mode
    assert reader.text_view.text_edit.toPlainText() == ""  # not laid out while unseen

    reader.set_page_mode(False)
    assert reader.text_view.text_edit.toPlainText().split() == text.split()
    edit = reader.text_view.text_edit  # the highlight came along: its words are tinted red
    qtbot.waitUntil(lambda: bool(edit.range_rects(start, start + 8)))
    rect = edit.range_rects(start, start + 8)[0]
    image = edit.viewport().grab().toImage()
    y = round(rect.center().y())
    reds = [image.pixelColor(x, y) for x in range(round(rect.left()), round(rect.right()))]
    assert sum(c.red() - c.blue() > 40 for c in reds) > len(reds) / 2
    reader.text_view.select_range(start, start + 8)
    assert reader.selection() == (start, start + 8)
    reader.set_page_mode(True)
    assert reader.selection() == (start, start + 8)
    project.close()
