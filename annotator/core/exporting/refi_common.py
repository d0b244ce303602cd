"""REFI-QDA (QDA-XML 1.0) pieces shared by the .qdpx/.qdc exporter and importer."""

from __future__ import annotations

import hashlib
import re
import uuid
from datetime import UTC, datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any

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
    """The project's REFI identity, created and kept in its settings on first use.

    A copy of the project file keeps it, so re-exports of either agree. A
    read-only project that never had one falls back to an identity derived
    from its file name.
    """
    stored = project.setting(IDENTITY_SETTING)
    if stored:
        try:
            return uuid.UUID(stored)
        except ValueError:
            pass
    if project.read_only:
        return uuid.uuid5(_ROOT, f"project\n{project.path.name}")
    identity = uuid.uuid4()
    project.set_setting(IDENTITY_SETTING, str(identity))
    return identity


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
