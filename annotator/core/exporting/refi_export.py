"""REFI-QDA export: the whole project as a .qdpx archive, or the codebook alone as a .qdc.

A .qdpx is a zip holding `project.qde` (QDA-XML, valid against Project.xsd)
and a `sources/` folder. Each PDF travels as itself (`PDFSource`) with the
plain-text `Representation` the standard requires; text and web documents
travel as `TextSource`s whose plain text is our canonical text. Selection
positions count code points of that plain text, which are exactly our offsets.

Where a document's original bytes are not its plain text (a saved web page, a
text file in another encoding), the original goes beside the plain text as
`sources/<source guid>.original.<ext>`, referenced by no element: other tools
read `richTextPath` as a word-processor file (ATLAS.ti rejects a whole import
whose rich text it cannot open), while our importer finds the original by its
name and keeps it, so a round trip loses nothing.

GUIDs derive from the project's identity and row ids, so a re-export keeps them.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from annotator import __version__
from annotator.core.exporting.atomic import ExportFailure, atomic_file, atomic_path
from annotator.core.exporting.codebook import Codebook
from annotator.core.exporting.refi_common import (
    CODEBOOK_NS,
    INTERNAL,
    ORIGINAL_MARK,
    PROJECT_MEMBER,
    PROJECT_NS,
    SOURCES_FOLDER,
    Guids,
    preview,
    project_identity,
    rgb,
    xml_text,
    xsd_datetime,
)
from annotator.core.exporting.selection import Progress
from annotator.core.model import Annotation, Document

if TYPE_CHECKING:
    from annotator.core.project import Project

ORIGIN = f"Annotator {__version__}"
_TEXT_SUFFIXES = frozenset({"txt", "md", "markdown", "text"})


class _Builder:
    """Collects the elements of one project.qde while the sources are written."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self.guids = Guids(project_identity(project))
        self.users: dict[str, str] = {}  # name -> guid
        self.sources = _element("Sources")
        self.notes = _element("Notes")

    def user(self, name: str) -> str | None:
        if not name:
            return None
        if name not in self.users:
            self.users[name] = self.guids("user", name)
        return self.users[name]

    def document(self, document: Document, archive: zipfile.ZipFile) -> None:
        """Write a document's files into the archive and add its source element."""
        guid = self.guids("source", document.id)
        text = document.text.encode("utf-8")
        original = self.project.original_bytes(document.id)
        stamp = {"creationDateTime": xsd_datetime(document.imported_at)}
        if document.kind == "pdf":
            source = _child(self.sources, "PDFSource", guid=guid, name=document.title,
                            path=f"{INTERNAL}{guid}.pdf", **stamp)
            archive.writestr(f"{SOURCES_FOLDER}/{guid}.pdf", original)
            plain = self.guids("representation", document.id)
            holder = _child(source, "Representation", guid=plain, name=document.title,
                            plainTextPath=f"{INTERNAL}{plain}.txt", **stamp)
        else:
            plain = guid
            holder = _child(self.sources, "TextSource", guid=guid, name=document.title,
                            plainTextPath=f"{INTERNAL}{plain}.txt", **stamp)
            if original != text:
                name = f"{guid}{ORIGINAL_MARK}{_original_suffix(document)}"
                archive.writestr(f"{SOURCES_FOLDER}/{name}", original)
        archive.writestr(f"{SOURCES_FOLDER}/{plain}.txt", text)
        for annotation in self.project.annotations(document_id=document.id):
            self.selection(holder, annotation)

    def selection(self, holder: etree._Element, annotation: Annotation) -> None:
        guid = self.guids("selection", annotation.id)
        author = self.user(annotation.author)
        created = xsd_datetime(annotation.created)
        modified = xsd_datetime(annotation.updated)
        selection = _child(
            holder, "PlainTextSelection", guid=guid, name=preview(annotation.quote),
            startPosition=str(annotation.start), endPosition=str(annotation.end),
            creatingUser=author, creationDateTime=created, modifiedDateTime=modified,
        )
        for concept_id in annotation.concept_ids:
            coding = _child(selection, "Coding", guid=self.guids("coding", f"{guid}\n{concept_id}"),
                            creatingUser=author, creationDateTime=created)
            _child(coding, "CodeRef", targetGUID=self.guids("code", concept_id))
        if annotation.memo:
            note = self.guids("note", annotation.id)
            _child(selection, "NoteRef", targetGUID=note)
            element = _child(self.notes, "Note", guid=note, name=preview(annotation.memo, 60),
                             creatingUser=author, creationDateTime=created,
                             modifiedDateTime=modified)
            _child(element, "PlainTextContent").text = xml_text(annotation.memo)

    def qde(self) -> bytes:
        root = _element("Project", name=self.project.path.stem, origin=ORIGIN)
        if self.users:
            users = _child(root, "Users")
            for name, guid in sorted(self.users.items()):
                _child(users, "User", guid=guid, name=name)
        codebook = Codebook(self.project.concepts())
        if codebook.concepts:
            add_codes(_child(root, "CodeBook"), codebook, self.guids)
        for section in (self.sources, self.notes):
            if len(section):
                root.append(section)
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def export_qdpx(project: Project, destination: Path, *, progress: Progress | None = None) -> Path:
    """Write the whole project as a REFI-QDA .qdpx archive; returns the path written.

    `progress(done, total)` counts annotations; raising Cancelled from it stops
    the export and leaves no file behind.
    """
    destination = Path(destination)
    builder = _Builder(project)
    documents = project.documents()
    total = sum(summary.annotation_count for summary in documents)
    done = 0
    with (
        atomic_path(destination) as temp,
        zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as archive,  # closed before the rename
    ):
        if progress is not None:
            progress(0, total)
        for summary in documents:
            builder.document(project.document(summary.id), archive)
            done += summary.annotation_count
            if progress is not None:
                progress(done, total)
        archive.writestr(PROJECT_MEMBER, builder.qde())
    return destination


def export_qdc(project: Project, destination: Path) -> Path:
    """Write the codebook as a REFI-QDA .qdc file; returns the path written."""
    destination = Path(destination)
    codebook = Codebook(project.concepts())
    if not codebook.concepts:
        raise ExportFailure(f"{destination}: the codebook is empty, there is nothing to export")
    root = etree.Element(f"{{{CODEBOOK_NS}}}CodeBook", nsmap={None: CODEBOOK_NS}, origin=ORIGIN)
    add_codes(root, codebook, Guids(project_identity(project)))
    with atomic_file(destination, "wb") as out:
        out.write(etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                 pretty_print=True))
    return destination


def add_codes(parent: etree._Element, codebook: Codebook, guids: Guids) -> None:
    """Append the <Codes> tree of a non-empty codebook, nested as in the project."""
    codes = _child(parent, "Codes")
    elements: dict[int, etree._Element] = {}
    for concept in codebook.concepts:  # parents before children
        under = codes if concept.parent_id is None else elements[concept.parent_id]
        code = _child(under, "Code", guid=guids("code", concept.id), name=concept.name,
                      isCodable="true", color=rgb(concept.color))
        if concept.description:
            _child(code, "Description").text = xml_text(concept.description)
        elements[concept.id] = code


def _element(tag: str, **attributes: str | None) -> etree._Element:
    element = etree.Element(f"{{{PROJECT_NS}}}{tag}", nsmap={None: PROJECT_NS})
    _set(element, attributes)
    return element


def _child(parent: etree._Element, tag: str, **attributes: str | None) -> etree._Element:
    """A child in the parent's namespace; attributes that are None are left out."""
    namespace = etree.QName(parent).namespace
    element = etree.SubElement(parent, f"{{{namespace}}}{tag}")
    _set(element, attributes)
    return element


def _set(element: etree._Element, attributes: dict[str, str | None]) -> None:
    for key, value in attributes.items():
        if value is not None:
            element.set(key, xml_text(value))


def _original_suffix(document: Document) -> str:
    if document.kind == "web":
        return "html"
    suffix = Path(document.source).suffix.lower().lstrip(".")
    return suffix if suffix in _TEXT_SUFFIXES else "txt"
