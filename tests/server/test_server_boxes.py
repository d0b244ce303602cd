"""Server projects write page boxes compact, still read the 16-byte boxes they got
before, and copies both ways arrive compact."""

from __future__ import annotations

from pathlib import Path

import psycopg

from annotator.core.copying import copy_project
from annotator.core.project import Project
from tests.core.test_box_codec import legacy_blob, text_page
from tests.core.test_boxes_migration import (
    assert_close,
    make_version_5_project,
    pdf_document,
    stored_blobs,
)


def test_a_version_5_file_goes_to_the_server_and_back_compact(
    server_url: str, tmp_path: Path
) -> None:
    source, back = tmp_path / "v5.annot", tmp_path / "back.annot"
    pages = [text_page(595.0, 842.0, 1), text_page(595.0, 842.0, 2)]
    document_id = make_version_5_project(source, pages)
    copy_project(source, server_url)
    with Project.open(server_url, read_only=True) as server:
        on_server = [page.boxes for page in server.pages(document_id)]
    for blob, boxes in zip(on_server, pages, strict=True):
        assert len(blob) % 2 == 1
        assert_close(blob, boxes)
    copy_project(server_url, back)
    assert stored_blobs(back) == on_server


def test_older_boxes_on_a_server_are_read_and_new_ones_written_compact(
    server_url: str, tmp_path: Path
) -> None:
    pages = [text_page(595.0, 842.0, 3)[:800]]
    with Project.open(server_url) as server:
        document_id = server.add_document(pdf_document(pages, legacy_blob)).document.id
        [page] = server.pages(document_id)
        assert len(page.boxes) % 2 == 1  # given the older form, written compact
        assert_close(page.boxes, pages[0])
    with psycopg.connect(server_url) as conn:  # as a server project made before kept them
        conn.execute("UPDATE pages SET boxes = %s", (legacy_blob(pages[0]),))
    with Project.open(server_url, read_only=True) as server:
        assert server.page_boxes(document_id, 1) == legacy_blob(pages[0])
    copy_project(server_url, tmp_path / "copy.annot")
    [copied] = stored_blobs(tmp_path / "copy.annot")
    assert len(copied) % 2 == 1
    assert_close(copied, pages[0])
