"""`python -m benchmarks.page_boxes [FOLDER]`: what the compact page boxes save and cost.

Imports the 500-page benchmark report into a new project, makes a copy whose
boxes are in the form of files before schema 6 (four float32 a character, the
file then vacuumed as a version 5 file would be), and prints: bytes per
character both ways, both files' sizes, the time the migration takes (with its
vacuum), the worst error of the compact form on these pages, and the time to
encode a page of 4,000 characters and to decode it in each form. Run it three times
on a busy machine and report the range.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from array import array
from collections.abc import Callable
from pathlib import Path

from annotator.core.geometry import decode_boxes, encode_boxes
from annotator.core.importing import import_source
from annotator.core.project import Project
from annotator.core.store import Store
from benchmarks.pdf_corpus import write_report_pdf

PAGES = 500
PAGE_CHARS = 4000


def _blobs(path: Path) -> list[bytes]:
    conn = sqlite3.connect(path)
    try:
        return [bytes(r[0]) for r in conn.execute("SELECT boxes FROM pages ORDER BY number")]
    finally:
        conn.close()


def _as_version_5(path: Path, older: Path) -> None:
    """A copy of the project as schema 5 stored it: float32 boxes, user_version 5."""
    shutil.copyfile(path, older)
    conn = sqlite3.connect(older)
    rows = conn.execute("SELECT document_id, number, boxes FROM pages").fetchall()
    for document_id, number, blob in rows:
        flat = array("f", [v for box in decode_boxes(bytes(blob)) for v in box])
        if sys.byteorder != "little":
            flat.byteswap()
        conn.execute(
            "UPDATE pages SET boxes = ? WHERE document_id = ? AND number = ?",
            (flat.tobytes(), document_id, number),
        )
    conn.execute("PRAGMA user_version = 5")
    conn.commit()
    conn.execute("VACUUM")
    conn.close()


def _worst_error(blobs: list[bytes]) -> float:
    """Of the compact form, on the report's boxes moved by random fractions of a point
    (those read back from a compact file already sit on its grid)."""
    rng = random.Random(1)
    worst = 0.0
    for blob in blobs:
        boxes = [
            tuple(v + rng.uniform(0, 0.05) if v else v for v in box) for box in decode_boxes(blob)
        ]
        for box, back in zip(boxes, decode_boxes(encode_boxes(boxes)), strict=True):
            worst = max(worst, *(abs(a - b) for a, b in zip(box, back, strict=True)))
    return worst


def _cpu_ms(work: Callable[[], object]) -> float:
    """Median processor time of `work` over 20 rounds of 10 (less sensitive than the
    clock to other programs sharing the processor)."""
    times = []
    for _ in range(20):
        started = time.process_time()
        for _ in range(10):
            work()
        times.append((time.process_time() - started) / 10)
    return statistics.median(times) * 1000


def main(folder: Path) -> None:
    pdf, project, older = folder / "report.pdf", folder / "new.annot", folder / "v5.annot"
    write_report_pdf(pdf, PAGES)
    project.unlink(missing_ok=True)
    with Project.create(project) as opened:
        opened.add_document(import_source(pdf))
    _as_version_5(project, older)
    compact, legacy = _blobs(project), _blobs(older)
    chars = sum(len(b) // 16 for b in legacy)
    print(f"{PAGES} pages, {chars:,} characters")
    for name, path, blobs in (("compact", project, compact), ("schema 5", older, legacy)):
        total = sum(map(len, blobs))
        print(
            f"{name:9}: boxes {total:,} B = {total / chars:.2f} B/char, "
            f"file {path.stat().st_size:,} B"
        )
    print(f"worst error on these A4 pages: {_worst_error(legacy):.5f} pt")
    migrated = folder / "migrated.annot"
    shutil.copyfile(older, migrated)
    started = time.perf_counter()
    Store(migrated).close()
    print(
        f"migration of the schema 5 file: {time.perf_counter() - started:.2f} s, "
        f"file {migrated.stat().st_size:,} B"
    )
    boxes = [box for blob in compact for box in decode_boxes(blob)][:PAGE_CHARS]
    new_page, old_page = encode_boxes(boxes), b"".join(legacy)[: 16 * PAGE_CHARS]
    print(
        f"a page of {PAGE_CHARS:,} characters, processor time: "
        f"decode {_cpu_ms(lambda: decode_boxes(new_page)):.2f} ms "
        f"(schema 5: {_cpu_ms(lambda: decode_boxes(old_page)):.2f} ms), "
        f"encode {_cpu_ms(lambda: encode_boxes(boxes)):.2f} ms"
    )


if __name__ == "__main__":
    if len(sys.argv) > 1:
        main(Path(sys.argv[1]))
    else:
        with tempfile.TemporaryDirectory() as temporary:
            main(Path(temporary))
