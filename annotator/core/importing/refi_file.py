"""Any REFI-QDA file, told apart by content: a project (.qdpx, bare .qde) or a codebook (.qdc)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from annotator.core.importing.base import ProgressCallback
from annotator.core.importing.refi_import import RefiImportReport, import_qdc, import_qdpx

if TYPE_CHECKING:
    from annotator.core.project import Project

RefiKind = Literal["project", "codebook"]
_HEAD_BYTES = 64 * 1024
_COMMENT = re.compile(rb"<!--.*?-->", re.DOTALL)
_FIRST_ELEMENT = re.compile(rb"<([A-Za-z_][\w.:-]*)")


def refi_file_kind(path: Path) -> RefiKind:
    """"project" for a zip archive or QDA-XML rooted at <Project>, "codebook" for <CodeBook>.

    The extension is not trusted: a .qdc renamed .qdpx is still a codebook.
    Anything else counts as a project, whose importer then says what is wrong.
    """
    try:
        if zipfile.is_zipfile(path):
            return "project"
        with open(path, "rb") as file:
            head = file.read(_HEAD_BYTES)
    except OSError:
        return "project"  # the importer reports the file as unreadable, with its cause
    match = _FIRST_ELEMENT.search(_COMMENT.sub(b"", head))
    if match is not None and match.group(1).rsplit(b":", 1)[-1] == b"CodeBook":
        return "codebook"
    return "project"


def import_refi(
    project: Project, path: Path, *, progress: ProgressCallback | None = None
) -> RefiImportReport:
    """Import a REFI-QDA project or codebook, whichever `path` holds."""
    path = Path(path)
    if refi_file_kind(path) == "codebook":
        return import_qdc(project, path)
    return import_qdpx(project, path, progress=progress)
