"""REFI-QDA (QDA-XML 1.0) pieces shared by the .qdpx/.qdc exporter and importer."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime
from typing import TYPE_CHECKING

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
# Characters XML 1.0 cannot carry, even escaped.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


class Guids:
    """Stable GUIDs: the same row of the same project gets the same GUID in every export."""

    def __init__(self, identity: uuid.UUID) -> None:
        self._identity = identity

    def __call__(self, kind: str, key: object) -> str:
        return str(uuid.uuid5(self._identity, f"{kind}\n{key}"))


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


def xsd_datetime(stamp: str) -> str | None:
    """An ISO timestamp as an xsd:dateTime in UTC ("...Z"), or None if it is not one."""
    try:
        moment = datetime.fromisoformat(stamp)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def preview(text: str, limit: int = 80) -> str:
    """One line of at most `limit` characters, for names and messages."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
