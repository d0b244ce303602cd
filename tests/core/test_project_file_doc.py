"""docs/project-file.md describes every table and column of a new project, and only those."""

from __future__ import annotations

import re
import struct
import zlib
from array import array
from pathlib import Path

import pytest
import sqlite_utils

from annotator.core.geometry import decode_boxes, encode_boxes
from annotator.core.importing.base import ImportedDocument
from annotator.core.model import Page
from annotator.core.project import Project
from tests.conftest import REPO_ROOT

DOC = REPO_ROOT / "docs" / "project-file.md"
TABLE_HEADING = re.compile(r"^### `(\w+)`$", re.MULTILINE)
COLUMN_ROW = re.compile(r"^\| `(\w+)` \|", re.MULTILINE)


def documented() -> dict[str, set[str]]:
    """{table: its columns}, from the doc's `### table` sections and their `| col |` rows."""
    text = DOC.read_text(encoding="utf-8")
    headings = list(TABLE_HEADING.finditer(text))
    tables = {}
    for heading, following in zip(headings, [*headings[1:], None], strict=True):
        section = text[heading.end() : following.start() if following else len(text)]
        tables[heading.group(1)] = set(COLUMN_ROW.findall(section))
    return tables


def actual(path: Path) -> dict[str, set[str]]:
    """{table: its columns} of a project file, FTS5's own storage tables left out."""
    db = sqlite_utils.Database(path)
    fts = set(db.table_names(fts5=True))
    shadow = {name for name in db.table_names() if any(name.startswith(f"{f}_") for f in fts)}
    return {name: set(db[name].columns_dict) for name in db.table_names() if name not in shadow}


def test_the_doc_lists_every_table_and_column_of_a_new_project(tmp_path: Path) -> None:
    path = tmp_path / "new.annot"
    Project.create(path).close()
    tables = actual(path)
    assert len(tables) >= 12  # documents, pages, concepts, annotations... and the indexes
    assert documented() == tables
    assert sqlite_utils.Database(path).view_names() == []  # as the doc says


def read_boxes_as_documented(blob: bytes) -> list[tuple[float, ...]]:
    """The compact boxes read by following the doc alone, not core.geometry."""
    form, n, x_step, y_step, x_origin, y_origin = struct.unpack_from("<BIdddd", blob)
    assert len(blob) % 2 == 1  # odd: the compact form
    payload = blob[struct.calcsize("<BIdddd") :]
    if form == 2:
        payload = zlib.decompress(payload)
    numbers = array("H", payload[: 8 * n])
    gaps, widths, rises, heights = (numbers[k * n : (k + 1) * n] for k in range(4))
    boxes, x1, top = [], 0, 0
    for gap, width, rise, height in zip(gaps, widths, rises, heights, strict=True):
        x0, top = (x1 + gap) % 65536, (top + rise) % 65536
        x1, bottom = (x0 + width) % 65536, (top + height) % 65536
        boxes.append((x_origin + x_step * x0, y_origin + y_step * top,
                      x_origin + x_step * x1, y_origin + y_step * bottom))
    return boxes


def test_the_doc_describes_offsets_and_boxes_as_stored(tmp_path: Path) -> None:
    """Offsets in code points, boxes in the compact form the doc spells out."""
    text = "Un 🙂 sourire"
    boxes = [(float(i), 1.0, float(i) + 1, 2.0) for i in range(len(text))]
    path = tmp_path / "p.annot"
    with Project.create(path) as project:
        document = project.add_document(
            ImportedDocument(
                title="Page",
                kind="pdf",
                source="p.pdf",
                text=text,
                original=b"%PDF-1.7",
                media_type="application/pdf",
                pages=(Page(1, 595.0, 842.0, 0, len(text), encode_boxes(boxes)),),
            )
        ).document
        start = text.index("sourire")
        project.annotate(document.id, start, start + len("sourire"))
    db = sqlite_utils.Database(path)
    [annotation] = db["annotations"].rows
    assert (annotation["start"], annotation["end"]) == (5, 12)  # 🙂 counts as one
    assert text[annotation["start"] : annotation["end"]] == annotation["quote"] == "sourire"
    [page] = db["pages"].rows
    assert len(page["boxes"]) <= 37 + 8 * (page["end"] - page["start"])
    stored = read_boxes_as_documented(page["boxes"])
    assert stored == decode_boxes(page["boxes"])
    assert stored[5] == pytest.approx(boxes[5], abs=0.001)
