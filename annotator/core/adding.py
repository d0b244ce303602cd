"""Adding a source to a project from a background job, on the job's own connection.

The window's thread must stay free while a long PDF imports: reading it, hashing
it, extracting it and writing its text, index and character boxes all happen
here, in the job, and the window only learns which document was added. The
bytes are hashed once, before extraction, so a file already in the project is
not extracted again. The project is opened only around the short checks and the
one write transaction, never during the extraction.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from annotator.core.importing import import_bytes, load_source
from annotator.core.importing.base import CancelToken, ProgressCallback
from annotator.core.importing.ocr_languages import DEFAULT_OCR_LANGUAGES
from annotator.core.project import AddResult, Project


def add_source(
    project_path: str | Path,
    source: str | Path,
    *,
    author: str | None = None,
    password: str | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    ocr_languages: str | None = DEFAULT_OCR_LANGUAGES,
    ocr_progress: ProgressCallback | None = None,
) -> AddResult:
    """Import `source` into the project at `project_path` (a file, or a server project's
    postgresql:// address as text); a file whose exact bytes
    are already there is found before any extraction (created=False)."""
    loaded = load_source(source, cancel=cancel)
    digest = hashlib.sha256(loaded.data).hexdigest()
    with Project.open(project_path, read_only=True, author=author) as project:
        existing = project.document_with_sha256(digest)
    if existing is not None:
        return AddResult(existing, created=False)
    imported = import_bytes(
        loaded.data, loaded.name, url=loaded.url, content_type=loaded.content_type,
        password=password, progress=progress, cancel=cancel, ocr_languages=ocr_languages,
        ocr_progress=ocr_progress,
    )
    with Project.open(project_path, author=author) as project:
        return project.add_document(imported, sha256=digest)
