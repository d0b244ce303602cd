"""Correcting a document's description, and what the import recorded about it."""

from __future__ import annotations

from pathlib import Path

from annotator.core.document_properties import DocumentProperties
from annotator.core.importing.base import ImportedDocument
from annotator.core.project import Project


def imported(**changes) -> ImportedDocument:
    fields = dict(
        title="office-2007", kind="pdf", source="/home/someone/rapport.pdf",
        text="Un rapport.", original=b"%PDF-1.4 fake", media_type="application/pdf",
        metadata={"author": "office-2007", "page_count": 2, "producer": "Word",
                  "ocr": {"languages": "fra+eng", "pages": [2]}},
        warnings=("page 2 of 2 read by OCR",),
    )
    fields.update(changes)
    return ImportedDocument(**fields)


def test_properties_are_set_and_the_old_ones_returned(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.annot") as project:
        document_id = project.add_document(imported()).document.id
        new = DocumentProperties("Rapport 2024", "Observatoire", "2024-03-15",
                                 "https://example.org/r", "Mémo du document")
        old = project.set_document_properties(document_id, new)
        assert old == DocumentProperties("office-2007", "office-2007")
        assert project.document_properties(document_id) == new
        document = project.document(document_id)
        assert document.title == "Rapport 2024"
        assert document.author == "Observatoire"
        assert document.metadata["producer"] == "Word"  # other metadata kept
        project.set_document_properties(document_id, old)
        assert project.document_properties(document_id) == old
        assert "url" not in project.document(document_id).metadata


def test_import_details_keep_the_warnings_and_no_local_folder(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.annot") as project:
        document_id = project.add_document(imported()).document.id
        details = project.import_details(document_id)
        assert details.file_name == "rapport.pdf"
        assert details.page_count == 2
        assert details.ocr_pages == (2,)
        assert details.ocr_languages == "fra+eng"
        assert details.warnings == ("page 2 of 2 read by OCR",)
        web = project.add_document(imported(
            kind="web", source="https://example.org/a", original=b"<html>a</html>",
            metadata={}, warnings=())).document.id
        assert project.import_details(web).file_name == "https://example.org/a"
        assert project.import_details(web).warnings == ()
