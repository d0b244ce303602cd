"""REFI-QDA import: a .qdpx project or a .qdc codebook made by another QDA tool, read liberally.

Everything is read, checked and placed before the project is touched: a
hostile or broken file (path traversal, zip bomb, XML entities, no project
inside) raises an ImportFailure and changes nothing, while a problem with one
item (a missing source, an empty or out-of-range selection, an unknown code)
skips that item and is listed in the report. Concepts are matched by path,
documents by their bytes, passages by document, range and concepts, so
importing the same file twice adds nothing the second time.
"""

from __future__ import annotations

import zipfile
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING
from xml.etree.ElementTree import Element

from annotator.core.errors import ImportCause, ImportFailure
from annotator.core.exporting.refi_common import ORIGINAL_MARK, rgb
from annotator.core.importing import import_bytes
from annotator.core.importing.base import ImportedDocument, ProgressCallback
from annotator.core.importing.encoding import decode
from annotator.core.importing.refi_archive import (
    MAX_XML_BYTES,
    Archive,
    fail,
    guid_key,
    kid,
    kids,
    local,
    member_failure,
    open_archive,
    parse_xml,
    read_xml_file,
    text_of,
)
from annotator.core.importing.refi_passages import Selections
from annotator.core.importing.refi_plan import (
    PlannedCode,
    PlannedSource,
    RefiImportReport,
)
from annotator.core.importing.refi_sets import add_case_values, read_sets, write_sets
from annotator.core.importing.refi_units import UNIT_NAMES
from annotator.core.importing.refi_variables import (
    read_variables,
    source_values,
    write_variables,
)
from annotator.core.importing.refi_writing import write_plan
from annotator.core.importing.text import import_text
from annotator.core.model import Document

__all__ = ["RefiImportReport", "import_qdc", "import_qdpx"]

if TYPE_CHECKING:
    from annotator.core.project import Project

# "/" separates the levels of a concept path, so a code named "Pros/Cons" becomes "Pros∕Cons".
PATH_SEPARATOR_STAND_IN = "\u2215"
UNNAMED_CODE = "Unnamed code"
MAX_CODE_DEPTH = 20  # real codebooks have a handful of levels; deeper is hostile or broken
UNNAMED_SOURCE = "Untitled source"
_UNSUPPORTED_SOURCES = {"PictureSource": "picture", "AudioSource": "audio",
                        "VideoSource": "video"}
_UNSUPPORTED_SECTIONS = {"Graphs": "Graph"}


def import_qdpx(
    project: Project, path: Path, *, progress: ProgressCallback | None = None
) -> RefiImportReport:
    """Import a REFI-QDA project (.qdpx, or a bare .qde) into `project`.

    `progress(done, total)` counts sources. Raises ImportFailure, having
    changed nothing, when the file cannot be read safely as a REFI-QDA project.
    """
    path = Path(path)
    report = RefiImportReport()
    with open_archive(path) as archive:
        member, data = _project_xml(archive)
        root = parse_xml(data, path, member)
        if local(root.tag) != "Project":
            raise member_failure(
                path, member, ImportCause.NOT_A_REFI_PROJECT_ROOT, root=local(root.tag)
            )
        codes = _codes(kid(kid(root, "CodeBook"), "Codes"), report)
        reader = _Reader(project, archive, root, report, {code.guid for code in codes})
        sources = reader.sources(progress)
        reader.report_leftovers()
        variables = read_variables(root, report)
        values = {_guid(element): source_values(element)
                  for element in next(iter(kids(root, "Sources")), [])}
        sets = read_sets(root, report)
        add_case_values(values, sets, {k: v.name for k, v in variables.items()}, report)
    with project.batch():
        write_plan(project, codes, sources, report, reader.selections.user_guids)
        write_variables(project, variables, sources, values, report)
        write_sets(project, sets, sources, report)
    return report


def import_qdc(project: Project, path: Path) -> RefiImportReport:
    """Import a REFI-QDA codebook (.qdc) into `project`: its codes become concepts."""
    path = Path(path)
    report = RefiImportReport()
    root = parse_xml(read_xml_file(path), path, path.name)
    codebook = kid(root, "CodeBook") if local(root.tag) == "Project" else None
    if codebook is not None:  # a .qde given as a codebook: take its codebook
        root = codebook
    if local(root.tag) != "CodeBook":
        raise fail(path, ImportCause.NOT_A_REFI_CODEBOOK, root=local(root.tag))
    with project.batch():
        write_plan(project, _codes(kid(root, "Codes"), report), [], report)
    return report


class _Reader:
    """Turns the sources of a parsed project.qde into documents and passages to add."""

    def __init__(self, project: Project, archive: Archive, root: Element,
                 report: RefiImportReport, codes: set[str]) -> None:
        self.project = project
        self.codes = codes - {""}
        self.archive = archive
        self.root = root
        self.report = report
        self.label = archive.path.name
        self.selections = Selections(root, archive, report, codes)

    def sources(self, progress: ProgressCallback | None) -> list[PlannedSource]:
        elements = kids(self.root, "Sources")
        elements = list(elements[0]) if elements else []
        planned = []
        for done, element in enumerate(elements):
            if progress is not None:
                progress(done, len(elements))
            kind = local(element.tag)
            name = " ".join((element.get("name") or "").split()) or UNNAMED_SOURCE
            if kind == "TextSource":
                source = self.text_source(element, name)
            elif kind == "PDFSource":
                source = self.pdf_source(element, name)
            else:
                what = _UNSUPPORTED_SOURCES.get(kind, kind)
                self.report.skip(f"{what} source “{name}” (only text and PDF sources are imported)")
                continue
            if source is not None:
                planned.append(source)
        if progress is not None:
            progress(len(elements), len(elements))
        return planned

    def text_source(self, element: Element, name: str) -> PlannedSource | None:
        read = self.plain_text(element, name)
        if read is None:
            return None
        raw, data, info = read
        original_info = self.archive.beside(info, ORIGINAL_MARK) if info is not None else None
        original = self.archive.read(original_info) if original_info is not None else None
        existing = self.existing(original) or self.existing(data)
        imported = None
        if existing is None:
            member = original_info or info
            label = f"{self.label}/{member.filename if member else name}"
            imported = self.text_document(raw, data, original, label, name)
            if imported is None:
                return None
        source = PlannedSource(name, _guid(element), existing, imported)
        self.selections.place(source, element, raw)
        self.whole_source_items(element, name)
        return source

    def pdf_source(self, element: Element, name: str) -> PlannedSource | None:
        selections = _selection_count(element)
        reference = element.get("path") or element.get("currentPath") or ""
        info = self.archive.find(reference) if reference else None
        if info is None:
            self.report.skip(f"source “{name}”: its PDF {reference or '(no path)'} is not in the "
                             f"archive{_losing(selections)}")
            return None
        data = self.archive.read(info)
        existing = self.existing(data)
        imported = None
        if existing is None:
            try:
                imported = replace(import_bytes(data, f"{self.label}/{info.filename}"), title=name)
            except ImportFailure as error:
                self.report.skip(f"source “{name}”: {error.cause}{_losing(selections)}")
                return None
        source = PlannedSource(name, _guid(element), existing, imported)
        areas = len(kids(element, "PDFSelection"))
        if areas:
            self.report.skip(f"{areas} area selections in the PDF “{name}” (only text passages "
                             "are imported)")
        representation = kid(element, "Representation")
        if representation is not None:
            read = self.plain_text(representation, name)
            if read is not None:
                self.selections.place(source, representation, read[0])
            self.whole_source_items(representation, name)
        elif selections:
            self.report.skip(f"{selections} passages of “{name}”: the PDF has no plain-text "
                             "representation to place them in")
        self.whole_source_items(element, name)
        return source

    def plain_text(
        self, element: Element, name: str
    ) -> tuple[str, bytes, zipfile.ZipInfo | None] | None:
        """The plain text of a TextSource (inline or a file), its bytes and its member."""
        content = kid(element, "PlainTextContent")
        if content is not None:
            raw = content.text or ""
            return raw, raw.encode("utf-8"), None
        reference = element.get("plainTextPath") or ""
        info = self.archive.find(reference) if reference else None
        if info is None:
            self.report.skip(f"source “{name}”: its text {reference or '(no path)'} is not in the "
                             f"archive{_losing(_selection_count(element))}")
            return None
        data = self.archive.read(info)
        try:
            raw = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            decoded = decode(data)
            raw = decoded.text
            self.report.notes.append(f"the text of “{name}” is not UTF-8; read as "
                                     f"{decoded.encoding}")
        return raw, data, info

    def text_document(self, raw: str, data: bytes, original: bytes | None, label: str,
                      name: str) -> ImportedDocument | None:
        """A new document for a TextSource: its original if we can read it, else its text."""
        if original is not None:
            try:
                document = import_bytes(original, label)
            except ImportFailure:
                document = None
            if document is not None:
                spans = document.spans if document.text == raw else ()
                return replace(document, title=name, text=raw, spans=spans, pages=())
        try:
            return replace(import_text(data, label), title=name)
        except ImportFailure as error:
            self.report.skip(f"source “{name}”: {error.cause}")
            return None

    def existing(self, data: bytes | None) -> Document | None:
        if data is None:
            return None
        probe = ImportedDocument(title="", kind="text", source="", text="", original=data,
                                 media_type="")
        return self.project.find_duplicate(probe)

    def whole_source_items(self, element: Element, name: str) -> None:
        codings = len(kids(element, "Coding"))
        if codings:
            self.report.skip(f"{codings} codings of the whole document “{name}” (only passages "
                             "carry concepts here)")

    def report_leftovers(self) -> None:
        selections = self.selections
        if selections.utf16_sources:
            self.report.notes.append(
                f"positions of {selections.utf16_sources} sources read as "
                f"{UNIT_NAMES['utf16']}, as {selections.origin or 'NVivo'} counts them")
        unused = [guid for guid in selections.notes if guid not in selections.used_notes]
        if unused:
            self.report.skip(f"{len(unused)} notes attached to no passage (project, document or "
                             "code memos)")
        for section, item in _UNSUPPORTED_SECTIONS.items():
            count = len(kids(kid(self.root, section), item))
            if count:
                self.report.skip(f"{count} {item.lower()}s (not supported)")


def _codes(codes: Element | None, report: RefiImportReport) -> list[PlannedCode]:
    """The code tree, parents before children, with names fit for concept paths."""
    found: list[PlannedCode] = []
    too_deep = 0
    stack: list[tuple[Element, tuple[str, ...]]] = [
        (element, ()) for element in reversed(kids(codes, "Code"))
    ]
    while stack:
        element, parent = stack.pop()
        if len(parent) >= MAX_CODE_DEPTH:
            too_deep += sum(local(e.tag) == "Code" for e in element.iter())
            continue
        given = element.get("name") or ""
        name = " ".join(given.split()).replace("/", PATH_SEPARATOR_STAND_IN) or UNNAMED_CODE
        if name != " ".join(given.split()):
            report.notes.append(f"code “{given}” imported as “{name}”")
        path = (*parent, name)
        description = text_of(kid(element, "Description")).strip()
        found.append(PlannedCode(guid_key(element.get("guid")), path, rgb(element.get("color")),
                                 description, _guid(element)))
        stack.extend((child, path) for child in reversed(kids(element, "Code")))
    if too_deep:
        report.skip(f"{too_deep} codes nested more than {MAX_CODE_DEPTH} levels deep")
    return found


def _project_xml(archive: Archive) -> tuple[str, bytes]:
    """The name and bytes of the archive's single .qde (or of a bare .qde file)."""
    path = archive.path
    if not archive.is_zip:
        data = read_xml_file(path)
        if not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
            raise fail(path, ImportCause.NOT_A_REFI_PROJECT)
        return path.name, data
    candidates = [
        name for name in archive.names()
        if name.lower().endswith(".qde") and not name.startswith("__MACOSX/")
        and not name.rsplit("/", 1)[-1].startswith("._")
    ]
    if not candidates:
        raise fail(path, ImportCause.NO_REFI_PROJECT)
    if len(candidates) > 1:
        raise fail(path, ImportCause.SEVERAL_REFI_PROJECTS, names=", ".join(sorted(candidates)))
    info = archive.find(candidates[0])
    assert info is not None  # listed above
    return candidates[0], archive.read(info, limit=MAX_XML_BYTES)


def _guid(element: Element) -> str:
    return (element.get("guid") or "").strip("{} ")


def _selection_count(element: Element) -> int:
    return sum(local(e.tag) in ("PlainTextSelection", "PDFSelection") for e in element.iter())


def _losing(count: int) -> str:
    return f" ({count} passages not imported)" if count else ""
