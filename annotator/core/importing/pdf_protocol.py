"""What PDF worker processes send back, without the PDF libraries that read the pages.

The importing process (the window's, with Qt loaded) unpickles these results and
starts the workers; it never imports pdfplumber, pdfminer or pypdfium2 itself,
which would hold its interpreter for tens of milliseconds at the start of the
first import. Only the workers (and the fork server they come from) load them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# A worker that runs out of memory exits with this code (MemoryError or not).
MEMORY_EXIT = 3
# The module whose worker_main a worker process runs (imported there only).
WORKER_MODULE = "annotator.core.importing.pdf_worker"


@dataclass(frozen=True)
class PageResult:
    """One page as extracted: size as displayed, text, encoded boxes (one per char)."""

    index: int  # 0-based
    width: float
    height: float
    text: str
    boxes: bytes
    has_images: bool = False
    undecodable: int = 0  # glyphs without a Unicode mapping, shown as U+FFFD
    error: str = ""  # why the page could not be read; then text is ""
    image_cover: float = 0.0  # fraction of the visible page covered by images
    ocr_confidences: tuple[float, ...] | None = None  # per word, when the text is OCR'd
    ocr_error: str = ""  # why OCR failed on this page; the text layer is kept
    # mean word confidence of an OCR reading set aside for the page's own few characters
    ocr_rejected: float | None = None


def run_worker(*args: Any) -> None:
    """A worker process's target: imports the PDF libraries there, then serves pages."""
    from annotator.core.importing.pdf_worker import worker_main

    worker_main(*args)
