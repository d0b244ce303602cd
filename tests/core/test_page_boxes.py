"""A PDF's pages can be read without their character boxes, then one page's boxes."""

from __future__ import annotations

from pathlib import Path

from annotator.core.importing import import_source
from annotator.core.project import Project


def test_pages_without_boxes_then_one_page_at_a_time(tmp_path: Path, pdf_dir: Path) -> None:
    with Project.create(tmp_path / "p.annot") as project:
        document = project.add_document(
            import_source(pdf_dir / "2023-06-20-PV.pdf")).document
        full = project.pages(document.id)
        light = project.pages(document.id, boxes=False)
        assert [p.number for p in light] == [p.number for p in full]
        assert [(p.start, p.end, p.width) for p in light] == [
            (p.start, p.end, p.width) for p in full]
        assert all(p.boxes == b"" for p in light)
        assert any(p.boxes for p in full)
        for page in full:
            assert project.page_boxes(document.id, page.number) == page.boxes
        assert project.page_boxes(document.id, 999) == b""
