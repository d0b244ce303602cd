"""Schema 6 rewrites the page boxes of older project files compact, after a backup of
the file as it was; read-only openings, copies and merges of such files keep every box."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from annotator.core import backup
from annotator.core.copying import copy_project
from annotator.core.geometry import Box, decode_boxes, encode_boxes
from annotator.core.importing.base import ImportedDocument
from annotator.core.model import Page
from annotator.core.project import Project
from annotator.core.store import SCHEMA_VERSION
from tests.core.test_box_codec import legacy_blob, text_page

A4_ERROR = 842 / 131070


def pdf_document(pages: list[list[Box]], blob=encode_boxes) -> ImportedDocument:
    """A PDF-like document whose page n holds one character per box of pages[n]."""
    text, made, start = "", [], 0
    for number, boxes in enumerate(pages, 1):
        text += ("\n\n" if text else "") + "x" * len(boxes)
        start = len(text) - len(boxes)
        made.append(Page(number, 595.0, 842.0, start, len(text), blob(boxes)))
    return ImportedDocument(
        title="Rapport",
        kind="pdf",
        source="rapport.pdf",
        text=text,
        original=b"%PDF-1.7",
        media_type="application/pdf",
        pages=tuple(made),
    )


def make_version_5_project(path: Path, pages: list[list[Box]]) -> int:
    """A project file as version 5 wrote it: boxes as four float32 per character."""
    with Project.create(path) as project:
        document_id = project.add_document(pdf_document(pages)).document.id
        project.annotate(document_id, 10, 40)
    conn = sqlite3.connect(path)
    for number, boxes in enumerate(pages, 1):
        conn.execute("UPDATE pages SET boxes = ? WHERE number = ?", (legacy_blob(boxes), number))
    conn.execute("PRAGMA user_version = 5")
    conn.commit()
    conn.execute("VACUUM")
    conn.close()
    return document_id


def stored_blobs(path: Path) -> list[bytes]:
    conn = sqlite3.connect(path)
    try:
        return [bytes(row[0]) for row in conn.execute("SELECT boxes FROM pages ORDER BY number")]
    finally:
        conn.close()


def assert_close(blob: bytes, boxes: list[Box]) -> None:
    decoded = decode_boxes(blob)
    assert len(decoded) == len(boxes)
    assert (
        max(
            abs(a - b)
            for box, back in zip(boxes, decoded, strict=True)
            for a, b in zip(box, back, strict=True)
        )
        <= A4_ERROR
    )


def version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def test_a_version_5_file_is_read_as_it_is_then_upgraded_compact(tmp_path: Path) -> None:
    path = tmp_path / "v5.annot"
    pages = [text_page(595.0, 842.0, seed) for seed in (1, 2, 3)]
    document_id = make_version_5_project(path, pages)
    legacy = stored_blobs(path)
    size_before = path.stat().st_size
    with Project.open(path, read_only=True) as project:  # no migration: both forms read
        assert [p.boxes for p in project.pages(document_id)] == legacy
        assert decode_boxes(project.page_boxes(document_id, 2)) == decode_boxes(legacy[1])
    assert version(path) == 5 and stored_blobs(path) == legacy

    with Project.open(path) as project:
        assert project.check() == []
        [annotation] = project.annotations(document_id)
        assert (annotation.start, annotation.end) == (10, 40)
        for page, boxes in zip(project.pages(document_id), pages, strict=True):
            assert len(page.boxes) % 2 == 1  # compact
            assert_close(page.boxes, boxes)
    assert version(path) == SCHEMA_VERSION >= 6
    total_chars = sum(map(len, pages))
    assert sum(map(len, stored_blobs(path))) <= 37 * len(pages) + 8 * total_chars
    assert path.stat().st_size < size_before - 10 * total_chars  # the space went back


def test_an_older_file_is_said_to_need_an_upgrade_whose_progress_is_told(
    tmp_path: Path,
) -> None:
    path = tmp_path / "v5.annot"
    pages = [text_page(595.0, 842.0, seed)[:50] for seed in range(45)]
    make_version_5_project(path, pages)
    assert Project.needs_upgrade(path)
    told: list[tuple[int, int]] = []
    with Project.open(path, read_only=True, progress=lambda *done: told.append(done)):
        pass
    assert Project.needs_upgrade(path) and told == []  # read as it is
    with Project.open(path, progress=lambda *done: told.append(done)):
        pass
    assert told == [(0, 45), (20, 45), (40, 45), (45, 45)]
    assert not Project.needs_upgrade(path)
    assert not Project.needs_upgrade(tmp_path / "missing.annot")
    with Project.create(tmp_path / "new.annot"):
        pass
    assert not Project.needs_upgrade(tmp_path / "new.annot")


def test_the_file_as_it_was_is_backed_up_before_it_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "v5.annot"
    pages = [text_page(595.0, 842.0, 6)[:300]]
    make_version_5_project(path, pages)
    legacy = stored_blobs(path)
    with Project.open(path, read_only=True):
        pass
    assert backup.list_backups(path) == []  # nothing migrated, nothing backed up
    with Project.open(path):
        pass
    [made] = backup.list_backups(path)
    assert version(made.path) == 5 and stored_blobs(made.path) == legacy
    with Project.open(path):  # already migrated: no more backups
        pass
    assert backup.list_backups(path) == [made]


def test_a_page_whose_boxes_are_not_numbers_keeps_them_readable(tmp_path, caplog) -> None:
    path = tmp_path / "v5.annot"
    pages = [text_page(595.0, 842.0, 1)[:200], text_page(595.0, 842.0, 2)[:200]]
    document_id = make_version_5_project(path, pages)
    broken = [(float("nan"), 1.0, 2.0, 3.0), *pages[1][1:]]
    conn = sqlite3.connect(path)
    conn.execute("UPDATE pages SET boxes = ? WHERE number = 2", (legacy_blob(broken),))
    conn.commit()
    conn.close()
    with caplog.at_level(logging.WARNING), Project.open(path) as project:
        first, second = project.pages(document_id)
    assert version(path) == SCHEMA_VERSION
    assert_close(first.boxes, pages[0])
    assert second.boxes == legacy_blob(broken)  # left as it was, and still read
    assert decode_boxes(second.boxes)[1:] == decode_boxes(legacy_blob(pages[1]))[1:]
    assert "1 of 2 pages keep their boxes uncompacted" in caplog.text
    assert f"document {document_id} page 2" in caplog.text


def test_a_copy_of_a_version_5_file_arrives_compact(tmp_path: Path) -> None:
    source, copy = tmp_path / "v5.annot", tmp_path / "copy.annot"
    pages = [text_page(595.0, 842.0, 4)]
    document_id = make_version_5_project(source, pages)
    copy_project(source, copy)
    assert version(source) == 5  # read only: left as it was
    [blob] = stored_blobs(copy)
    assert len(blob) % 2 == 1
    assert_close(blob, pages[0])
    with Project.open(copy, read_only=True) as project:
        assert project.page_boxes(document_id, 1) == blob


def test_boxes_of_an_older_file_merged_in_are_stored_compact(tmp_path: Path) -> None:
    """A merge adds the other project's pages as they were read (older form here)."""
    pages = [text_page(595.0, 842.0, 5)[:500]]
    with Project.create(tmp_path / "p.annot") as project:
        document_id = project.add_document(pdf_document(pages, legacy_blob)).document.id
        [page] = project.pages(document_id)
        assert len(page.boxes) % 2 == 1
        assert_close(page.boxes, pages[0])
        project.restore_document(project.remove_document(document_id))  # delete, undo
        assert project.pages(document_id) == [page]
