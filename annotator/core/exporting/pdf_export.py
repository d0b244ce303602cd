"""Annotated PDF: the original file plus one /Highlight annotation per passage and page.

The highlights are appended as an incremental update: the original bytes are
kept as they are at the start of the new file, so the pages' content is not
re-rendered or rewritten. Each highlight's QuadPoints come from the character
boxes stored at import; its colour is that of the passage's first concept, its
popup text the concept paths and the memo, its author the coder. Highlights are
drawn at a constant opacity (/CA) so that overlapping ones stay readable, and
text with any non-ASCII character is written as UTF-16BE with a byte-order mark,
which every reader decodes (some read PDFDocEncoding's accents as UTF-8 and fail).

As a registry format ("pdf") the destination is a folder: one annotated copy
per selected PDF that has highlights to show, named after the document.
"""

from __future__ import annotations

import codecs
import io
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator.core.errors import ExportCause
from annotator.core.exporting.atomic import ExportFailure, atomic_file
from annotator.core.exporting.codebook import Codebook, hex_color
from annotator.core.exporting.selection import (
    ExportSelection,
    Progress,
    SelectedAnnotation,
    selected_annotations,
    selected_documents,
)
from annotator.core.geometry import Box, decode_boxes, line_rects
from annotator.core.model import Page

if TYPE_CHECKING:
    from annotator.core.project import Project

FILE_SUFFIX = " (annotated).pdf"
HIGHLIGHT_OPACITY = 0.4  # overlapping highlights darken, but the words under them stay legible
MAX_NAME_CHARS = 120
_UNSAFE_NAME = re.compile(r'[\x00-\x1f<>:"/\\|?*]+')


def export_annotated_pdf(
    project: Project,
    document_id: int,
    destination: Path,
    selection: ExportSelection | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write one PDF document with its (selected) passages as highlight annotations."""
    title, items = _items(project, document_id, selection, progress)
    _write(project, document_id, title, items, Codebook(project.concepts()), Path(destination))
    return Path(destination)


def write_annotated_pdfs(
    project: Project,
    destination: Path,
    selection: ExportSelection | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write an annotated copy of each selected PDF with highlights into the folder `destination`.

    Each file is written atomically; PDFs without selected passages are skipped.
    """
    folder = Path(destination)
    if folder.exists() and not folder.is_dir():
        raise ExportFailure.coded(str(folder), ExportCause.NOT_A_FOLDER)
    documents = [d for d in selected_documents(project, selection) if d.kind == "pdf"]
    total = sum(document.annotation_count for document in documents)
    done = 0
    work = []
    for document in documents:
        def step(count: int, _: int, base: int = done) -> None:
            if progress is not None:
                progress(base + count, total)

        title, items = _items(project, document.id, selection, step)
        done += document.annotation_count
        if items:
            work.append((document.id, title, items))
    if not work:
        raise ExportFailure.coded("", ExportCause.NO_HIGHLIGHTED_PDF)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ExportFailure.coded(
            str(folder), ExportCause.CANNOT_CREATE_FOLDER, detail=error.strerror or error
        ) from error
    codebook = Codebook(project.concepts())
    names = file_names([(document_id, title) for document_id, title, _ in work])
    for (document_id, title, items), name in zip(work, names, strict=True):
        _write(project, document_id, title, items, codebook, folder / name)
    return folder


def file_names(documents: Sequence[tuple[int, str]]) -> list[str]:
    """A safe, unique file name per document, from its title."""
    names: list[str] = []
    taken: set[str] = set()
    for document_id, title in documents:
        stem = _UNSAFE_NAME.sub("_", title).strip(" .")[:MAX_NAME_CHARS]
        stem = stem or f"document {document_id}"
        name, number = stem + FILE_SUFFIX, 2
        while name.casefold() in taken:
            name = f"{stem} ({number}){FILE_SUFFIX}"
            number += 1
        taken.add(name.casefold())
        names.append(name)
    return names


@dataclass(frozen=True)
class Frame:
    """Maps a page's displayed frame (top-left origin, after /Rotate, within the
    CropBox: the frame of the stored boxes) to PDF user space."""

    left: float
    bottom: float
    right: float
    top: float
    rotation: int  # 0, 90, 180 or 270, clockwise as displayed

    def point(self, u: float, v: float) -> tuple[float, float]:
        if self.rotation == 90:
            return self.left + v, self.bottom + u
        if self.rotation == 180:
            return self.right - u, self.bottom + v
        if self.rotation == 270:
            return self.right - v, self.top - u
        return self.left + u, self.top - v

    def quad(self, rect: Box) -> list[float]:
        """QuadPoints of a displayed rect: its top-left, top-right, bottom-left, bottom-right."""
        x0, top, x1, bottom = rect
        return [c for corner in ((x0, top), (x1, top), (x0, bottom), (x1, bottom))
                for c in self.point(*corner)]


def page_frame(page: Any) -> Frame:
    """The displayed frame of a pypdf page: the CropBox clipped to the MediaBox, and /Rotate."""
    media = _box(page.mediabox)
    crop = _box(page.cropbox)
    left, bottom = max(media[0], crop[0]), max(media[1], crop[1])
    right, top = min(media[2], crop[2]), min(media[3], crop[3])
    if right - left < 1 or top - bottom < 1:  # nonsensical CropBox: the importer took the MediaBox
        left, bottom, right, top = media
    rotation = int(page.rotation or 0) % 360
    return Frame(left, bottom, right, top, rotation if rotation in (90, 180, 270) else 0)


def _box(rectangle: Any) -> tuple[float, float, float, float]:
    x0, y0, x1, y1 = (float(value) for value in rectangle)
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


def _items(
    project: Project, document_id: int, selection: ExportSelection | None,
    progress: Progress | None,
) -> tuple[str, list[SelectedAnnotation]]:
    """The PDF's title and its selected annotations."""
    document = project.document(document_id)
    if document.kind != "pdf":
        raise ExportFailure.coded(document.title, ExportCause.NOT_A_PDF)
    concepts = selection.concept_ids if selection is not None else None
    only_this = ExportSelection(document_ids=[document_id], concept_ids=concepts)
    return document.title, list(selected_annotations(project, only_this, progress))


def _write(
    project: Project, document_id: int, title: str, items: list[SelectedAnnotation],
    codebook: Codebook, destination: Path,
) -> None:
    from pypdf import PdfReader, PdfWriter  # heavy: load on first use
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(project.original_bytes(document_id)))
        if reader.is_encrypted:
            raise ExportFailure.coded(title, ExportCause.PDF_PROTECTED)
        writer = PdfWriter(reader, incremental=True)
        pages = project.pages(document_id)
        for page_index, annotation in _highlights(pages, items, codebook, writer.pages):
            writer.add_annotation(page_index, annotation)
        with atomic_file(destination) as out:
            writer.write(out)
    except (PyPdfError, ValueError, KeyError, TypeError) as error:
        raise ExportFailure.coded(title, ExportCause.PDF_NOT_ANNOTATABLE, detail=error) from error


def _highlights(
    pages: list[Page], items: list[SelectedAnnotation], codebook: Codebook, pdf_pages: Any,
) -> list[tuple[int, Any]]:
    """(page index, highlight annotation) for every passage on every page it touches."""
    pages = sorted((p for p in pages if p.end > p.start), key=lambda p: p.start)
    ends = [page.end for page in pages]
    boxes: dict[int, list[Box]] = {}
    frames: dict[int, Frame] = {}
    result = []
    for item in items:
        start, end = item.annotation.start, item.annotation.end
        index = bisect_right(ends, start)
        while index < len(pages) and pages[index].start < end:
            page = pages[index]
            index += 1
            if not 0 < page.number <= len(pdf_pages):
                continue
            if page.number not in boxes:
                boxes[page.number] = decode_boxes(page.boxes)
                frames[page.number] = page_frame(pdf_pages[page.number - 1])
            rects = line_rects(boxes[page.number], start - page.start, end - page.start)
            if rects:
                highlight = _annotation(item, page.number, rects, frames[page.number], codebook)
                result.append((page.number - 1, highlight))
    return result


def _annotation(
    item: SelectedAnnotation, page_number: int, rects: list[Box], frame: Frame,
    codebook: Codebook,
) -> Any:
    from pypdf.annotations import Highlight
    from pypdf.generic import ArrayObject, FloatObject, NameObject

    annotation = item.annotation
    quads = [value for rect in rects for value in frame.quad(rect)]
    xs, ys = quads[0::2], quads[1::2]
    color = hex_color(item.concepts[0] if item.concepts else None)
    highlight = Highlight(
        rect=(min(xs), min(ys), max(xs), max(ys)),
        quad_points=ArrayObject(FloatObject(round(value, 3)) for value in quads),
        highlight_color=color[1:],
        printing=True,
    )
    highlight[NameObject("/CA")] = FloatObject(HIGHLIGHT_OPACITY)
    contents = "\n".join(codebook.path(concept.id) for concept in item.concepts)
    if annotation.memo:
        contents = f"{contents}\n\n{annotation.memo}" if contents else annotation.memo
    fields = {
        "/Contents": contents,
        "/T": annotation.author,
        "/NM": f"annotator-{annotation.id}-p{page_number}",
        "/CreationDate": _pdf_date(annotation.created),
        "/M": _pdf_date(annotation.updated),
    }
    for key, value in fields.items():
        if value:
            highlight[NameObject(key)] = pdf_text(value)
    return highlight


def pdf_text(value: str) -> Any:
    """A PDF text string: ASCII as it is, anything else UTF-16BE with a byte-order mark."""
    from pypdf.generic import TextStringObject

    if value.isascii():
        return TextStringObject(value)
    return TextStringObject(codecs.BOM_UTF16_BE + value.encode("utf-16-be"))


def _pdf_date(stamp: str) -> str:
    """An ISO timestamp as a PDF date string (UTC), or "" if it cannot be read."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("D:%Y%m%d%H%M%SZ")
