"""REFI-QDA (QDA-XML 1.0) pieces shared by the .qdpx/.qdc exporter and importer."""

from __future__ import annotations

import hashlib
import re
import uuid
from bisect import bisect_left, bisect_right
from contextlib import suppress
from datetime import UTC, datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal

from annotator.core.errors import ProjectError

if TYPE_CHECKING:
    from annotator.core.project import Project

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
PROJECT_MEMBER = "project.qde"
SOURCES_FOLDER = "sources"
INTERNAL = "internal://"
# A text or web document's original file (HTML, a non-UTF-8 text...) travels beside
# its plain text as sources/<source guid>.original.<ext>; see refi_export.
ORIGINAL_MARK = ".original."

# The setting holding the project's identity, from which every exported GUID derives.
IDENTITY_SETTING = "refi_identity"
_ROOT = uuid.uuid5(uuid.NAMESPACE_URL, "annotator:refi-qda")
# What the export dialog remembers: a project whose last export was REFI-QDA has
# exported with the identity derived from its file name (see ensure_identity).
_LAST_EXPORT_SETTING = "export.format"

# How selection positions are counted: code points (the standard, QualCoder, ATLAS.ti,
# MAXQDA, us) or UTF-16 code units (NVivo).
Units = Literal["codepoints", "utf16"]
UNITS: tuple[Units, ...] = ("codepoints", "utf16")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")

_RGB = re.compile(r"#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})")
_UTC_TO_THE_SECOND = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:\+00:00|Z)",
                                re.ASCII)
# Characters XML 1.0 cannot carry, even escaped.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


class Guids:
    """Stable GUIDs: the same row of the same project gets the same GUID in every export.

    Each is `str(uuid.uuid5(identity, f"{kind}\n{key}"))`, computed without building
    UUID objects: an export makes several per annotation.
    """

    def __init__(self, identity: uuid.UUID) -> None:
        self._namespace = hashlib.sha1(identity.bytes)
        self._kinds: dict[str, Any] = {}  # kind -> the hash with identity and kind fed in

    def __call__(self, kind: str, key: object) -> str:
        started = self._kinds.get(kind)
        if started is None:
            started = self._kinds[kind] = self._namespace.copy()
            started.update(f"{kind}\n".encode())
        sha = started.copy()
        sha.update(str(key).encode())
        raw = bytearray(sha.digest()[:16])
        raw[6] = (raw[6] & 0x0F) | 0x50  # version 5
        raw[8] = (raw[8] & 0x3F) | 0x80  # RFC 4122 variant
        digits = raw.hex()
        return (f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-"
                f"{digits[20:]}")


def project_identity(project: Project) -> uuid.UUID:
    """The project's REFI identity, as kept in its settings (see ensure_identity).

    A copy of the project file keeps it, so exports of either agree. A project
    never opened for writing since identities were kept falls back to the
    identity earlier versions derived from its file name.
    """
    stored = _stored_identity(project)
    return stored if stored is not None else _file_name_identity(project)


def ensure_identity(project: Project) -> None:
    """Give a writable project its lasting identity if it has none yet.

    A new project gets a random one, so unrelated projects never share GUIDs.
    An older project gets a random one too, unless the export dialog remembers
    a REFI-QDA export: earlier exports derived the identity from the file name,
    and keeping that one keeps the GUIDs another tool already holds (from now on
    it is stored, so renaming the file no longer changes it).
    """
    if _stored_identity(project) is not None:
        return
    exported = project.setting(_LAST_EXPORT_SETTING) in ("qdpx", "qdc")
    identity = _file_name_identity(project) if exported else uuid.uuid4()
    # A full disk or a busy file must not keep the project from opening: exports
    # use the file-name identity until an opening can keep one.
    with suppress(ProjectError):
        project.set_setting(IDENTITY_SETTING, str(identity))


def _stored_identity(project: Project) -> uuid.UUID | None:
    try:
        return uuid.UUID(project.setting(IDENTITY_SETTING) or "")
    except ValueError:
        return None


def _file_name_identity(project: Project) -> uuid.UUID:
    return uuid.uuid5(_ROOT, f"project\n{project.path.name}")


class Utf16Positions:
    """Converts positions in `text` between code points and UTF-16 code units.

    Only characters beyond the Basic Multilingual Plane (emoji, rare CJK...)
    take two units, so the positions of those characters are all it keeps.
    """

    def __init__(self, text: str) -> None:
        self.length = len(text)
        self._astral = [match.start() for match in _ASTRAL.finditer(text)]
        # The UTF-16 position just after each of them.
        self._ends = [index + rank + 2 for rank, index in enumerate(self._astral)]

    @property
    def differ(self) -> bool:
        """True when the two ways of counting give different positions."""
        return bool(self._astral)

    @property
    def units(self) -> int:
        return self.length + len(self._astral)

    def to_utf16(self, position: int) -> int:
        return position + bisect_left(self._astral, position)

    def from_utf16(self, position: int) -> int | None:
        """The code point at UTF-16 `position`; None inside a character's two units."""
        before = bisect_right(self._ends, position)
        if before < len(self._ends) and self._ends[before] - 1 == position:
            return None
        return position - before


def xml_text(value: str) -> str:
    """`value` without the control characters XML 1.0 cannot hold."""
    return _NOT_XML.sub("", value)


def rgb(color: str | None) -> str | None:
    """A "#rrggbb" colour, or None when `color` is not a hex RGB colour."""
    color = (color or "").strip()
    if not _RGB.fullmatch(color):
        return None
    if len(color) == 4:
        color = "#" + "".join(2 * digit for digit in color[1:])
    return color.lower()


@lru_cache(maxsize=256)  # an annotation's creation and change are often the same moment
def xsd_datetime(stamp: str) -> str | None:
    """An ISO timestamp as an xsd:dateTime in UTC ("...Z"), or None if it is not one."""
    try:
        moment = datetime.fromisoformat(stamp)
    except (TypeError, ValueError):
        return None
    if _UTC_TO_THE_SECOND.fullmatch(stamp):  # as the project writes them: no arithmetic
        return stamp[:19] + "Z"
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def preview(text: str, limit: int = 80) -> str:
    """One line of at most `limit` characters, for names and messages."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
