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
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING
from xml.etree.ElementTree import Element

from annotator.core.errors import ImportFailure
from annotator.core.exporting.refi_common import ORIGINAL_MARK, preview, rgb
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
from annotator.core.importing.refi_placing import Placer
from annotator.core.importing.text import import_text
from annotator.core.model import Document

if TYPE_CHECKING:
    from annotator.core.project import Project

# "/" separates the levels of a concept path, so a code named "Pros/Cons" becomes "Pros∕Cons".
PATH_SEPARATOR_STAND_IN = "\u2215"
UNNAMED_CODE = "Unnamed code"
MAX_CODE_DEPTH = 20  # real codebooks have a handful of levels; deeper is hostile or broken
UNNAMED_SOURCE = "Untitled source"
_UNSUPPORTED_SOURCES = {"PictureSource": "picture", "AudioSource": "audio",
                        "VideoSource": "video"}
_UNSUPPORTED_SECTIONS = {"Cases": "Case", "Variables": "Variable", "Sets": "Set",
                         "Graphs": "Graph"}


@dataclass
class RefiImportReport:
    """What an import added or found already there, and what it had to leave out."""

    documents_added: int = 0
    documents_reused: int = 0
    concepts_added: int = 0
    concepts_reused: int = 0
    annotations_added: int = 0
    annotations_present: int = 0  # already in the project, not added twice
    skipped: list[str] = field(default_factory=list)  # "skipped: ..." lines
    notes: list[str] = field(default_factory=list)  # renamed codes, re-anchored passages

    def skip(self, what: str) -> None:
        self.skipped.append(f"skipped: {what}")

    def summary(self) -> str:
        return (f"{self.documents_added} documents, {self.concepts_added} concepts and "
                f"{self.annotations_added} annotations added; {len(self.skipped)} items skipped")


@dataclass(frozen=True)
class _Code:
    guid: str
    path: tuple[str, ...]
    color: str | None
    description: str


@dataclass(frozen=True)
class _Passage:
    start: int
    end: int
    codes: tuple[str, ...]  # code GUIDs
    memo: str
    author: str


@dataclass
class _Source:
    name: str
    existing: Document | None  # the same bytes already in the project
    imported: ImportedDocument | None  # else the document to add
    passages: list[_Passage] = field(default_factory=list)

    @property
    def text(self) -> str:
        document = self.existing or self.imported
        assert document is not None  # a source is planned with one or the other
        return document.text


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
                path, member, f"not a REFI-QDA project (its root is <{local(root.tag)}>)")
        codes = _codes(kid(kid(root, "CodeBook"), "Codes"), report)
        reader = _Reader(project, archive, root, report, {code.guid for code in codes})
        sources = reader.sources(progress)
        reader.report_leftovers()
    with project.batch():
        _write(project, codes, sources, report)
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
        raise fail(path, f"not a REFI-QDA codebook (its root is <{local(root.tag)}>)")
    with project.batch():
        _write(project, _codes(kid(root, "Codes"), report), [], report)
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
        self.users = {guid_key(u.get("guid")): u.get("name") or ""
                      for u in kids(kid(root, "Users"), "User")}
        self.notes = {guid_key(n.get("guid")): n for n in kids(kid(root, "Notes"), "Note")}
        self.used_notes: set[str] = set()
        self.links: dict[str, list[str]] = {}  # selection GUID -> note GUIDs (NVivo)
        for link in kids(kid(root, "Links"), "Link"):
            ends = guid_key(link.get("originGUID")), guid_key(link.get("targetGUID"))
            for one, other in (ends, ends[::-1]):
                if other in self.notes and one not in self.notes:
                    self.links.setdefault(one, []).append(other)

    def sources(self, progress: ProgressCallback | None) -> list[_Source]:
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

    def text_source(self, element: Element, name: str) -> _Source | None:
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
        source = _Source(name, existing, imported)
        self.passages(source, element, raw)
        self.whole_source_items(element, name)
        return source

    def pdf_source(self, element: Element, name: str) -> _Source | None:
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
        source = _Source(name, existing, imported)
        areas = len(kids(element, "PDFSelection"))
        if areas:
            self.report.skip(f"{areas} area selections in the PDF “{name}” (only text passages "
                             "are imported)")
        representation = kid(element, "Representation")
        if representation is not None:
            read = self.plain_text(representation, name)
            if read is not None:
                self.passages(source, representation, read[0])
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

    def passages(self, source: _Source, holder: Element, raw: str) -> None:
        """Place the holder's selections, and QualCoder-style memo notes, in the document."""
        placer = Placer(raw, source.text)
        for selection in kids(holder, "PlainTextSelection"):
            self.passage(source, selection, placer, self.memo(selection))
        for reference in kids(holder, "NoteRef"):
            note = self.notes.get(guid_key(reference.get("targetGUID")))
            if note is None:
                continue
            for selection in kids(note, "PlainTextSelection"):
                self.used_notes.add(guid_key(note.get("guid")))
                self.passage(source, selection, placer, _note_text(note, self.archive), note)
        if placer.reanchored:
            self.report.notes.append(f"{placer.reanchored} passages of “{source.name}” were "
                                     "placed by their quote: the texts differ")

    def passage(self, source: _Source, selection: Element, placer: Placer, memo: str,
                note: Element | None = None) -> None:
        try:
            start = int(selection.get("startPosition", ""))
            end = int(selection.get("endPosition", ""))
        except ValueError:
            self.report.skip(f"a passage of “{source.name}” without numeric positions")
            return
        where = f"passage {start}–{end} of “{source.name}”"
        if end <= start:
            self.report.skip(f"{where}: empty selection")
            return
        if start < 0 or end > len(placer.raw):
            self.report.skip(f"{where}: outside the text (0–{len(placer.raw)})")
            return
        quote = preview(placer.raw[start:end], 40)
        placed = placer.place(start, end)
        if placed is None or not 0 <= placed[0] < placed[1] <= len(source.text):
            self.report.skip(f"{where} “{quote}”: not found in the imported text")
            return
        codes = [guid_key(reference.get("targetGUID"))
                 for coding in kids(selection, "Coding") for reference in kids(coding, "CodeRef")]
        known = [code for code in codes if code in self.codes]
        if len(known) < len(codes):
            self.report.skip(f"{len(codes) - len(known)} codings of {where} “{quote}”: their "
                             "code is not in the codebook")
            if not known and not memo:
                return
        made_by = note if note is not None else selection
        author = (self.users.get(guid_key(made_by.get("creatingUser")))
                  or self.users.get(guid_key(made_by.get("modifyingUser"))) or "")
        source.passages.append(_Passage(placed[0], placed[1], tuple(known), memo, author))

    def memo(self, selection: Element) -> str:
        """The memo of a selection: its notes (NoteRef, or NVivo links), else its description."""
        guids = [guid_key(r.get("targetGUID")) for r in kids(selection, "NoteRef")]
        guids += self.links.get(guid_key(selection.get("guid")), [])
        texts = []
        for guid in dict.fromkeys(guids):
            if guid in self.notes:
                self.used_notes.add(guid)
                texts.append(_note_text(self.notes[guid], self.archive).strip())
        memo = "\n\n".join(text for text in texts if text)
        return memo or (text_of(kid(selection, "Description"))).strip()

    def whole_source_items(self, element: Element, name: str) -> None:
        codings = len(kids(element, "Coding"))
        if codings:
            self.report.skip(f"{codings} codings of the whole document “{name}” (only passages "
                             "carry concepts here)")

    def report_leftovers(self) -> None:
        unused = [guid for guid in self.notes if guid not in self.used_notes]
        if unused:
            self.report.skip(f"{len(unused)} notes attached to no passage (project, document or "
                             "code memos)")
        for section, item in _UNSUPPORTED_SECTIONS.items():
            count = len(kids(kid(self.root, section), item))
            if count:
                self.report.skip(f"{count} {item.lower()}s (not supported)")


def _write(project: Project, codes: list[_Code], sources: list[_Source],
           report: RefiImportReport) -> None:
    """Add what was planned: concepts by path, documents by bytes, passages not yet there."""
    by_path: dict[tuple[str, ...], int] = {}
    siblings = {(c.parent_id, c.name.casefold()): c.id for c in project.concepts()}
    by_guid: dict[str, int] = {}
    for code in codes:  # parents come first
        if code.path not in by_path:
            parent = by_path[code.path[:-1]] if len(code.path) > 1 else None
            key = (parent, code.path[-1].casefold())
            if key in siblings:
                report.concepts_reused += 1
            else:
                siblings[key] = project.add_concept(
                    code.path[-1], parent_id=parent, color=code.color,
                    description=code.description,
                ).id
                report.concepts_added += 1
            by_path[code.path] = siblings[key]
        by_guid[code.guid] = by_path[code.path]
    for source in sources:
        document = source.existing
        if document is None:
            assert source.imported is not None  # a source is planned with one or the other
            added = project.add_document(source.imported)
            document = added.document
            report.documents_added += added.created
            report.documents_reused += not added.created
        else:
            report.documents_reused += 1
        if document.text != source.text:  # the same file twice in the archive, read differently
            report.skip(f"{len(source.passages)} passages of “{source.name}”: the document is "
                        "already imported with another text")
            continue
        present = {(a.start, a.end, frozenset(a.concept_ids))
                   for a in project.annotations(document_id=document.id)}
        for passage in source.passages:
            concepts = tuple(dict.fromkeys(by_guid[guid] for guid in passage.codes))
            key = (passage.start, passage.end, frozenset(concepts))
            if key in present:
                report.annotations_present += 1
                continue
            project.annotate(document.id, passage.start, passage.end, concepts, passage.memo,
                             passage.author or None)
            present.add(key)
            report.annotations_added += 1


def _codes(codes: Element | None, report: RefiImportReport) -> list[_Code]:
    """The code tree, parents before children, with names fit for concept paths."""
    found: list[_Code] = []
    too_deep = 0
    stack = [(element, ()) for element in reversed(kids(codes, "Code"))]
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
        found.append(_Code(guid_key(element.get("guid")), path, rgb(element.get("color")),
                           description))
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
            raise fail(path, "not a REFI-QDA project: neither a .qdpx archive nor QDA-XML")
        return path.name, data
    candidates = [
        name for name in archive.names()
        if name.lower().endswith(".qde") and not name.startswith("__MACOSX/")
        and not name.rsplit("/", 1)[-1].startswith("._")
    ]
    if not candidates:
        raise fail(path, "no project (.qde file) in the archive")
    if len(candidates) > 1:
        raise fail(path, f"several projects in the archive ({', '.join(sorted(candidates))}); "
                         "cannot tell which one to import")
    info = archive.find(candidates[0])
    assert info is not None  # listed above
    return candidates[0], archive.read(info, limit=MAX_XML_BYTES)


def _note_text(note: Element, archive: Archive) -> str:
    content = kid(note, "PlainTextContent")
    if content is not None:
        return content.text or ""
    info = archive.find(note.get("plainTextPath") or "") if note.get("plainTextPath") else None
    return decode(archive.read(info)).text if info is not None else ""


def _selection_count(element: Element) -> int:
    return sum(local(e.tag) in ("PlainTextSelection", "PDFSelection") for e in element.iter())


def _losing(count: int) -> str:
    return f" ({count} passages not imported)" if count else ""
