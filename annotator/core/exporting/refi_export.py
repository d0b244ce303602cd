"""REFI-QDA export: the whole project as a .qdpx archive, or the codebook alone as a .qdc.

A .qdpx is a zip holding `project.qde` (QDA-XML, valid against Project.xsd)
and a `sources/` folder. Each PDF travels as itself (`PDFSource`) with the
plain-text `Representation` the standard requires; text and web documents
travel as `TextSource`s whose plain text is our canonical text. Selection
positions count code points of that plain text, which are exactly our offsets,
or, for NVivo (`positions="utf16"`), the UTF-16 code units NVivo counts.
A memo is written both as a note (`NoteRef`) and as the selection's
`Description`, where QualCoder and MAXQDA read it.

Where a document's original bytes are not its plain text (a saved web page, a
text file in another encoding), the original goes beside the plain text as
`sources/<source guid>.original.<ext>`, referenced by no element: other tools
read `richTextPath` as a word-processor file (ATLAS.ti rejects a whole import
whose rich text it cannot open), while our importer finds the original by its
name and keeps it, so a round trip loses nothing.

GUIDs derive from the project's identity and row ids, so a re-export keeps them;
a code, source, selection or coder imported from another tool keeps the GUID it
came with. Names that several concepts share can be qualified (see refi_names).

project.qde is streamed into the archive, never held whole: each document's
source element is written to a temporary file as soon as it is built (the
schema wants the users, known only at the end, before the sources), then
the users, the codebook, those sources and the notes follow one another.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING, NamedTuple

from lxml import etree

from annotator import __version__
from annotator.core.errors import ExportCause
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
    Units,
    Utf16Positions,
    preview,
    project_identity,
    rgb,
    xml_text,
    xsd_datetime,
)
from annotator.core.exporting.refi_names import Qualify, qualified_names
from annotator.core.exporting.refi_sets import sets_element
from annotator.core.exporting.refi_variables import RefiVariables
from annotator.core.exporting.selection import Progress
from annotator.core.model import Annotation, Document

if TYPE_CHECKING:
    from annotator.core.project import Project

ORIGIN = f"Annotator {__version__}"
_TEXT_SUFFIXES = frozenset({"txt", "md", "markdown", "text"})
# Zip compression: the fastest deflate level. Most of an archive is XML and plain
# text, which it still shrinks several times; PDFs are compressed already.
COMPRESS_LEVEL = 1
# What an attribute value cannot hold as itself.
_SPECIAL = re.compile('[&<>"\t\n\r]')
_ATTRIBUTE_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
                                    "\t": "&#9;", "\n": "&#10;", "\r": "&#13;"})
_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})


class _Note(NamedTuple):
    guid: str
    memo: str
    author: str | None
    created: str | None
    modified: str | None


class _Builder:
    """Builds one project.qde: source elements as the documents are written, then the rest."""

    def __init__(self, project: Project, positions: Units = "codepoints",
                 qualify_names: Qualify | None = None) -> None:
        self.project = project
        self.positions = positions
        self.codebook = Codebook(project.concepts())
        self.names = qualified_names(self.codebook, qualify_names)
        self.guids = Guids(project_identity(project))
        self.kept = project.refi_guids()  # GUIDs items came with from another tool
        self.users: dict[str, str] = {}  # name -> guid
        self.codes: dict[int, str] = {}  # concept id -> guid
        self.notes: list[_Note] = []
        self.variables = RefiVariables(project, self.guids)

    def user(self, name: str) -> str | None:
        if not name:
            return None
        if name not in self.users:
            self.users[name] = self.kept["user"].get(name) or self.guids("user", name)
        return self.users[name]

    def code(self, concept_id: int) -> str:
        if concept_id not in self.codes:
            self.codes[concept_id] = (self.kept["concept"].get(concept_id)
                                      or self.guids("code", concept_id))
        return self.codes[concept_id]

    def document(self, document: Document, archive: zipfile.ZipFile) -> str:
        """Write a document's files into the archive; return its source element as XML.

        Source elements are written as text: with a hundred thousand annotations,
        making each selection an lxml element took as long as all the rest.
        """
        guid = self.source_guid(document.id)
        text = document.text.encode("utf-8")
        original = self.project.original_bytes(document.id)
        stamp = xsd_datetime(document.imported_at)
        if document.kind == "pdf":
            archive.writestr(f"{SOURCES_FOLDER}/{guid}.pdf", original)
            plain = self.guids("representation", document.id)
            lines = [_start("PDFSource", guid=guid, name=document.title,
                            path=f"{INTERNAL}{guid}.pdf", creationDateTime=stamp),
                     "  " + _start("Representation", guid=plain, name=document.title,
                                   plainTextPath=f"{INTERNAL}{plain}.txt",
                                   creationDateTime=stamp)]
            indent, closing = "    ", ["  </Representation>", "</PDFSource>"]
        else:
            plain = guid
            lines = [_start("TextSource", guid=guid, name=document.title,
                            plainTextPath=f"{INTERNAL}{plain}.txt", creationDateTime=stamp)]
            indent, closing = "  ", ["</TextSource>"]
            if original != text:
                name = f"{guid}{ORIGINAL_MARK}{_original_suffix(document)}"
                archive.writestr(f"{SOURCES_FOLDER}/{name}", original)
        archive.writestr(f"{SOURCES_FOLDER}/{plain}.txt", text)
        utf16 = Utf16Positions(document.text) if self.positions == "utf16" else None
        for annotation in self.project.annotations(document_id=document.id):
            self.selection(lines, indent, annotation, utf16)
        # the source's variables close its element (after a PDF's representation)
        closing[-1:-1] = self.variables.value_lines(document.id, "  ")
        return "\n".join(lines + closing) + "\n"

    def source_guid(self, document_id: int) -> str:
        return self.kept["document"].get(document_id) or self.guids("source", document_id)

    def selection(self, lines: list[str], indent: str, annotation: Annotation,
                  utf16: Utf16Positions | None) -> None:
        # Once per annotation: the tags are spelt out rather than built attribute by
        # attribute (what _start does), the export's innermost loop.
        guid = (self.kept["annotation"].get(annotation.id)
                or self.guids("selection", annotation.id))
        start, end = annotation.start, annotation.end
        if utf16 is not None:
            start, end = utf16.to_utf16(start), utf16.to_utf16(end)
        author = self.user(annotation.author)
        created = xsd_datetime(annotation.created)
        modified = xsd_datetime(annotation.updated)
        made = ((f' creatingUser="{author}"' if author else "")
                + (f' creationDateTime="{created}"' if created else ""))
        lines.append(
            f'{indent}<PlainTextSelection guid="{guid}" '
            f'name="{_escaped(xml_text(preview(annotation.quote)))}" '
            f'startPosition="{start}" endPosition="{end}"{made}'
            + (f' modifiedDateTime="{modified}">' if modified else ">"))
        if annotation.memo:  # where QualCoder and MAXQDA read a coding's memo
            lines.append(f"{indent}  <Description>"
                         f"{xml_text(annotation.memo).translate(_TEXT_ESCAPES)}</Description>")
        for concept_id in annotation.concept_ids:
            coding = self.guids("coding", f"{guid}\n{concept_id}")
            lines.append(f'{indent}  <Coding guid="{coding}"{made}>')
            lines.append(f'{indent}    <CodeRef targetGUID="{self.code(concept_id)}"/>')
            lines.append(f"{indent}  </Coding>")
        if annotation.memo:
            note = self.guids("note", annotation.id)
            lines.append(f'{indent}  <NoteRef targetGUID="{note}"/>')
            self.notes.append(_Note(note, annotation.memo, author, created, modified))
        lines.append(f"{indent}</PlainTextSelection>")

    def write_qde(self, out: IO[bytes], sources: IO[bytes] | None) -> None:
        """Stream project.qde into `out`; `sources` holds the source elements, if any."""
        with etree.xmlfile(out, encoding="UTF-8") as xml:
            xml.write_declaration()
            with xml.element(_tag("Project"), nsmap={None: PROJECT_NS},
                             name=xml_text(self.project.path.stem), origin=ORIGIN):
                xml.write("\n")
                if self.users:
                    users = _element("Users")
                    for name, guid in sorted(self.users.items()):
                        _child(users, "User", guid=guid, name=name)
                    xml.write(users, pretty_print=True)
                if self.codebook.concepts:
                    holder = _element("CodeBook")
                    add_codes(holder, self.codebook, self.code, self.names)
                    xml.write(holder, pretty_print=True)
                variables = self.variables.element()
                if variables is not None:
                    xml.write(variables, pretty_print=True)
                if sources is not None:
                    with xml.element(_tag("Sources")):
                        xml.write("\n")
                        xml.flush()
                        shutil.copyfileobj(sources, out)
                if self.notes:
                    with xml.element(_tag("Notes")):
                        xml.write("\n")
                        for note in self.notes:
                            xml.write(_note_element(note), pretty_print=True)
                sets = sets_element(self.project, self.guids, self.source_guid)
                if sets is not None:
                    xml.write(sets, pretty_print=True)


def _note_element(note: _Note) -> etree._Element:
    element = _element("Note", guid=note.guid, name=preview(note.memo, 60),
                       creatingUser=note.author, creationDateTime=note.created,
                       modifiedDateTime=note.modified)
    _child(element, "PlainTextContent").text = xml_text(note.memo)
    return element


def export_qdpx(
    project: Project, destination: Path, *, progress: Progress | None = None,
    positions: Units = "codepoints", qualify_names: Qualify | None = None,
) -> Path:
    """Write the whole project as a REFI-QDA .qdpx archive; returns the path written.

    `progress(done, total)` counts annotations; raising Cancelled from it stops
    the export and leaves no file behind. `positions="utf16"` counts selection
    positions as NVivo does; `qualify_names` ("path" or "parent") gives repeated
    concept names their parent (see refi_names).
    """
    destination = Path(destination)
    builder = _Builder(project, positions, qualify_names)
    documents = project.documents()
    total = sum(summary.annotation_count for summary in documents)
    done = 0
    with (
        atomic_path(destination) as temp,
        zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED,  # closed before the rename
                        compresslevel=COMPRESS_LEVEL) as archive,
        tempfile.TemporaryFile(dir=temp.parent) as sources,
    ):
        if progress is not None:
            progress(0, total)
        for summary in documents:
            sources.write(builder.document(project.document(summary.id), archive).encode())
            done += summary.annotation_count
            if progress is not None:
                progress(done, total)
        sources.seek(0)
        with archive.open(PROJECT_MEMBER, "w", force_zip64=True) as member:
            builder.write_qde(member, sources if documents else None)
    return destination


def export_qdc(project: Project, destination: Path, *,
               qualify_names: Qualify | None = None) -> Path:
    """Write the codebook as a REFI-QDA .qdc file; returns the path written."""
    destination = Path(destination)
    builder = _Builder(project, qualify_names=qualify_names)
    if not builder.codebook.concepts:
        raise ExportFailure.coded(str(destination), ExportCause.EMPTY_CODEBOOK)
    root = etree.Element(f"{{{CODEBOOK_NS}}}CodeBook", nsmap={None: CODEBOOK_NS}, origin=ORIGIN)
    add_codes(root, builder.codebook, builder.code, builder.names)
    with atomic_file(destination, "wb") as out:
        out.write(etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                 pretty_print=True))
    return destination


def add_codes(parent: etree._Element, codebook: Codebook, guid: Callable[[int], str],
              names: dict[int, str]) -> None:
    """Append the <Codes> tree of a non-empty codebook, nested as in the project."""
    codes = _child(parent, "Codes")
    elements: dict[int, etree._Element] = {}
    for concept in codebook.concepts:  # parents before children
        under = codes if concept.parent_id is None else elements[concept.parent_id]
        code = _child(under, "Code", guid=guid(concept.id), name=names[concept.id],
                      isCodable="true", color=rgb(concept.color))
        if concept.description:
            _child(code, "Description").text = xml_text(concept.description)
        elements[concept.id] = code


def _tag(name: str) -> str:
    return f"{{{PROJECT_NS}}}{name}"


def _element(tag: str, **attributes: str | None) -> etree._Element:
    element = etree.Element(_tag(tag), nsmap={None: PROJECT_NS})
    _set(element, attributes)
    return element


def _child(parent: etree._Element, tag: str, **attributes: str | None) -> etree._Element:
    """A child in the parent's namespace; attributes that are None are left out."""
    namespace = parent.tag[1:parent.tag.index("}")]
    return etree.SubElement(parent, f"{{{namespace}}}{tag}", _attributes(attributes))


def _set(element: etree._Element, attributes: dict[str, str | None]) -> None:
    for key, value in _attributes(attributes).items():
        element.set(key, value)


def _start(tag: str, **attributes: str | None) -> str:
    """A start tag written as text, in the namespace of the element holding it."""
    return f"<{tag}{_attribute_text(**attributes)}>"


def _attribute_text(**attributes: str | None) -> str:
    """' key="value"' for each attribute that is not None (names escaped: free text)."""
    return "".join(f' {key}="{_escaped(value) if key == "name" else value}"'
                   for key, value in _attributes(attributes).items())


def _escaped(value: str) -> str:
    """`value` fit for a double-quoted attribute."""
    if _SPECIAL.search(value) is None:
        return value
    return value.translate(_ATTRIBUTE_ESCAPES)


def _attributes(given: dict[str, str | None]) -> dict[str, str]:
    """The attributes that are not None; only names are free text that may hold what
    XML cannot (the other values are GUIDs, numbers, dates and colours we made)."""
    return {key: xml_text(value) if key == "name" else value
            for key, value in given.items() if value is not None}


def _original_suffix(document: Document) -> str:
    if document.kind == "web":
        return "html"
    suffix = Path(document.source).suffix.lower().lstrip(".")
    return suffix if suffix in _TEXT_SUFFIXES else "txt"
