"""Untrusted REFI-QDA files read safely: bounded zip members, no path traversal, no XML entities.

Members are read into memory, never extracted to disk, and a source is only
ever looked up inside the archive: a path in the XML cannot make the import
read a file of the user's machine.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import unquote
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException, EntitiesForbidden
from defusedxml.ElementTree import fromstring

from annotator.core.errors import ImportCause, ImportFailure

MAX_MEMBER_BYTES = 1_000_000_000  # what a project can keep of one source
MAX_TOTAL_BYTES = 2_000_000_000  # all members read from one archive
MAX_XML_BYTES = 200_000_000
MAX_MEMBERS = 100_000
# Deflate rarely shrinks real files more than ~20 times; bombs shrink thousands of times.
MAX_RATIO = 200
RATIO_FLOOR = 1_000_000  # small members may compress as well as they like

_SCHEMES = ("internal://", "relative://", "absolute://", "file://")
_DRIVE = re.compile(r"[A-Za-z]:")


class Archive:
    """The members of a .qdpx (or none, for a bare .qde), looked up by name without case."""

    def __init__(self, path: Path, archive: zipfile.ZipFile | None = None) -> None:
        self.path = path
        self._zip = archive
        self._read = 0
        self._members: dict[str, zipfile.ZipInfo] = {}
        infos = archive.infolist() if archive is not None else []
        if len(infos) > MAX_MEMBERS:
            raise fail(
                path, ImportCause.ARCHIVE_TOO_MANY_FILES, count=len(infos), limit=MAX_MEMBERS
            )
        for info in infos:
            if unsafe_name(info.filename):
                raise fail(path, ImportCause.ARCHIVE_PATH_TRAVERSAL, member=info.filename)
            if not info.is_dir():
                self._members[_key(info.filename)] = info

    @property
    def is_zip(self) -> bool:
        return self._zip is not None

    def names(self) -> list[str]:
        return [info.filename for info in self._members.values()]

    def read(self, info: zipfile.ZipInfo, limit: int = MAX_MEMBER_BYTES) -> bytes:
        """A member's bytes, refusing encrypted, oversized and bomb-like members."""
        name = info.filename
        if self._zip is None:
            raise member_failure(self.path, name, ImportCause.MEMBER_MISSING)
        if info.flag_bits & 0x1:
            raise member_failure(self.path, name, ImportCause.MEMBER_ENCRYPTED)
        if info.file_size > limit:
            raise member_failure(
                self.path,
                name,
                ImportCause.MEMBER_TOO_LARGE,
                size=f"{info.file_size / 1e6:.0f}",
                limit=f"{limit / 1e6:.0f}",
            )
        ratio = info.file_size // max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            raise member_failure(self.path, name, ImportCause.MEMBER_ZIP_BOMB, ratio=ratio)
        self._read += info.file_size
        if self._read > MAX_TOTAL_BYTES:
            raise fail(
                self.path, ImportCause.ARCHIVE_TOO_LARGE, limit=f"{MAX_TOTAL_BYTES / 1e9:.0f}"
            )
        try:
            return self._zip.read(info)  # stops at the declared size, checks the CRC
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as error:
            raise member_failure(
                self.path, name, ImportCause.MEMBER_DAMAGED, detail=error
            ) from error
        except (NotImplementedError, RuntimeError) as error:
            raise member_failure(
                self.path, name, ImportCause.MEMBER_UNPACKING_FAILED, detail=error
            ) from error

    def find(self, reference: str) -> zipfile.ZipInfo | None:
        """The member a source path names: internal://, relative:// or absolute://, or a bare path.

        Whatever the scheme, the file is looked for inside the archive: under
        sources/, at the path given, then by its file name alone.
        """
        path = reference.strip()
        for scheme in _SCHEMES:
            if path.lower().startswith(scheme):
                path = path[len(scheme):]
                break
        for candidate in dict.fromkeys((path, unquote(path))):
            relative = candidate.replace("\\", "/").lstrip("/")
            if not relative:
                continue
            for key in (_key(f"sources/{relative}"), _key(relative)):
                if key in self._members:
                    return self._members[key]
            base = _key(relative.rsplit("/", 1)[-1])
            same = [i for k, i in self._members.items() if k.rsplit("/", 1)[-1] == base]
            if len(same) == 1:
                return same[0]
        return None

    def beside(self, info: zipfile.ZipInfo, mark: str) -> zipfile.ZipInfo | None:
        """A member in the same folder named like `info` with `mark` after its stem."""
        folder, _, name = _key(info.filename).rpartition("/")
        prefix = f"{folder}/{name.rsplit('.', 1)[0]}{mark}".lstrip("/")
        return next((i for k, i in self._members.items() if k.startswith(prefix)), None)


@contextmanager
def open_archive(path: Path) -> Iterator[Archive]:
    """The .qdpx at `path` opened as an Archive; a file that is not a zip gives an empty one."""
    try:
        archive = zipfile.ZipFile(path) if zipfile.is_zipfile(path) else None
    except (zipfile.BadZipFile, zipfile.LargeZipFile) as error:
        raise fail(path, ImportCause.NOT_A_ZIP, detail=error) from error
    except OSError as error:
        raise fail(path, ImportCause.UNREADABLE, detail=error.strerror or error) from error
    if archive is None:
        yield Archive(path)
        return
    with archive:
        yield Archive(path, archive)


def read_xml_file(path: Path) -> bytes:
    """The bytes of a bare XML file (.qdc, .qde), within the size limit."""
    try:
        size = path.stat().st_size
        if size > MAX_XML_BYTES:
            raise fail(path, ImportCause.REFI_TOO_LARGE, size=f"{size / 1e6:.0f}")
        return path.read_bytes()
    except FileNotFoundError as error:
        raise fail(path, ImportCause.FILE_NOT_FOUND) from error
    except IsADirectoryError as error:
        raise fail(path, ImportCause.FOLDER) from error
    except OSError as error:
        raise fail(path, ImportCause.UNREADABLE, detail=error.strerror or error) from error


def parse_xml(data: bytes, path: Path, member: str) -> Element:
    """Parse untrusted XML: entity declarations, external references and bad syntax raise."""
    try:
        return fromstring(data)
    except EntitiesForbidden as error:
        raise member_failure(path, member, ImportCause.XML_ENTITIES) from error
    except DefusedXmlException as error:
        raise member_failure(
            path, member, ImportCause.XML_OUTSIDE_RESOURCES, detail=error
        ) from error
    except ParseError as error:
        raise member_failure(path, member, ImportCause.XML_MALFORMED, detail=error) from error


def unsafe_name(name: str) -> bool:
    """True for a member name that is absolute or climbs out of the archive with '..'."""
    parts = re.split(r"[\\/]", name)
    return name.startswith(("/", "\\")) or bool(_DRIVE.match(name)) or ".." in parts


def fail(path: Path, cause: ImportCause, **params: object) -> ImportFailure:
    return ImportFailure.coded(str(path), cause, **params)


def member_failure(path: Path, member: str, cause: ImportCause, **params: object) -> ImportFailure:
    """The error for one file of the archive, named after the archive; a bare .qde or .qdc
    is not named twice."""
    subject = str(path) if member == path.name else f"{path}: {member}"
    return ImportFailure.coded(subject, cause, **params)


def _key(name: str) -> str:
    return name.replace("\\", "/").casefold()


# -- reading QDA-XML elements whatever their namespace (1.0, older drafts, none) ---------
def local(tag: object) -> str:
    """An element tag without its namespace ("" for comments and processing instructions)."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def kids(element: Element | None, name: str) -> list[Element]:
    return [] if element is None else [c for c in element if local(c.tag) == name]


def kid(element: Element | None, name: str) -> Element | None:
    return next(iter(kids(element, name)), None)


def text_of(element: Element | None) -> str:
    return "" if element is None else "".join(element.itertext())


def guid_key(value: str | None) -> str:
    """A GUID as written by any tool ({braces}, upper case) reduced to one spelling."""
    return (value or "").strip().strip("{}").lower()
