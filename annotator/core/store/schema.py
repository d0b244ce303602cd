"""The project file's schema, by version, and the scripts that migrate to it."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable

from annotator.core.geometry import compact_boxes

log = logging.getLogger(__name__)

APPLICATION_ID = 0x414E4E54  # "ANNT"
SCHEMA_VERSION = 7
# A read-only connection may read files this old without migrating them: the
# versions since then only added tables, which read as empty when absent, and
# rewrote the page boxes compact, a form read beside the older one.
READ_ONLY_FROM_VERSION = 1
BUSY_TIMEOUT_MS = 5000
PROGRESS_EVERY = 20  # pages between two reports of a migration's progress

Progress = Callable[[int, int], None]  # (done, total)

_SCHEMA_V1 = """
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('pdf', 'web', 'text')),
    source TEXT NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    media_type TEXT NOT NULL DEFAULT '',
    metadata TEXT NOT NULL DEFAULT '{}',
    text TEXT NOT NULL,
    spans TEXT NOT NULL DEFAULT '[]',
    imported_at TEXT NOT NULL
);
CREATE TABLE originals (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    data BLOB NOT NULL
);
CREATE TABLE pages (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    width REAL NOT NULL,
    height REAL NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    boxes BLOB NOT NULL,
    PRIMARY KEY (document_id, number)
);
CREATE TABLE concepts (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES concepts(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    color TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    shortcut TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX concepts_unique_name ON concepts (ifnull(parent_id, 0), name COLLATE NOCASE);
CREATE TABLE annotations (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    quote TEXT NOT NULL,
    prefix TEXT NOT NULL DEFAULT '',
    suffix TEXT NOT NULL DEFAULT '',
    memo TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    CHECK (start <= "end")
);
CREATE INDEX annotations_by_document ON annotations (document_id, start);
CREATE TABLE annotation_concepts (
    annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
    concept_id INTEGER NOT NULL REFERENCES concepts(id) ON DELETE CASCADE,
    PRIMARY KEY (annotation_id, concept_id)
) WITHOUT ROWID;
CREATE INDEX annotation_concepts_by_concept ON annotation_concepts (concept_id, annotation_id);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text, content='documents', content_rowid='id',
    tokenize="unicode61 remove_diacritics 2"
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE VIRTUAL TABLE memos_fts USING fts5(
    memo, content='annotations', content_rowid='id',
    tokenize="unicode61 remove_diacritics 2"
);
CREATE TRIGGER memos_fts_insert AFTER INSERT ON annotations BEGIN
    INSERT INTO memos_fts (rowid, memo) VALUES (new.id, new.memo);
END;
CREATE TRIGGER memos_fts_delete AFTER DELETE ON annotations BEGIN
    INSERT INTO memos_fts (memos_fts, rowid, memo) VALUES ('delete', old.id, old.memo);
END;
CREATE TRIGGER memos_fts_update AFTER UPDATE OF memo ON annotations BEGIN
    INSERT INTO memos_fts (memos_fts, rowid, memo) VALUES ('delete', old.id, old.memo);
    INSERT INTO memos_fts (rowid, memo) VALUES (new.id, new.memo);
END;
"""

# Links of a collection that could not be downloaded, kept until a saved copy is attached.
_SCHEMA_V2 = """
CREATE TABLE missing_sources (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL DEFAULT '',
    collection TEXT NOT NULL DEFAULT '',
    error TEXT NOT NULL DEFAULT '',
    attempts INTEGER NOT NULL DEFAULT 1,
    added_at TEXT NOT NULL,
    tried_at TEXT NOT NULL
);
"""

# The GUID a code, source, selection or coder came with from another QDA tool (REFI-QDA),
# written back on export so that the other tool recognises its own items. Exactly one of
# the four keys is set; a row goes with its item.
_SCHEMA_V3 = """
CREATE TABLE refi_guids (
    guid TEXT NOT NULL UNIQUE,
    concept_id INTEGER UNIQUE REFERENCES concepts(id) ON DELETE CASCADE,
    document_id INTEGER UNIQUE REFERENCES documents(id) ON DELETE CASCADE,
    annotation_id INTEGER UNIQUE REFERENCES annotations(id) ON DELETE CASCADE,
    user_name TEXT UNIQUE,
    CHECK ((concept_id IS NOT NULL) + (document_id IS NOT NULL) + (annotation_id IS NOT NULL)
           + (user_name IS NOT NULL) = 1)
);
"""

# Document variables the researcher defines (interviewee's age, site, date, yes/no, a
# category from a fixed list), and each document's value, kept as canonical text
# (numbers as written by Python, dates YYYY-MM-DD, yes/no as "yes" or "no").
_SCHEMA_V4 = """
CREATE TABLE variables (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL COLLATE NOCASE UNIQUE,
    type TEXT NOT NULL CHECK (type IN ('text', 'number', 'date', 'boolean', 'category')),
    choices TEXT NOT NULL DEFAULT '[]',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE document_variables (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    variable_id INTEGER NOT NULL REFERENCES variables(id) ON DELETE CASCADE,
    value TEXT NOT NULL,
    PRIMARY KEY (document_id, variable_id)
) WITHOUT ROWID;
CREATE INDEX document_variables_by_variable ON document_variables (variable_id, value);
"""

# Document sets: named groups of documents (the interviews of one site, a sample), a
# document in any number of them. REFI-QDA calls them <Sets>; NVivo's cases become sets.
_SCHEMA_V5 = """
CREATE TABLE document_sets (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL COLLATE NOCASE UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE set_members (
    set_id INTEGER NOT NULL REFERENCES document_sets(id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (set_id, document_id)
) WITHOUT ROWID;
CREATE INDEX set_members_by_document ON set_members (document_id, set_id);
"""

# Version 6 changes no table: each page's character boxes are rewritten in the
# compact form (about 2 bytes per character instead of 16; see core.geometry).
_SCHEMA_V6 = ""

# Each concept's number of uses, kept by triggers as links come and go, so that a
# highlight edit reads its concepts' counts in O(1) instead of counting every link of
# the concept (0.13 ms for 3,000 uses, growing with the project). Derived data: a copy
# of the project rebuilds it from the links (transfer.py). Counted afresh whatever the
# file held, so a file marked older than it is (or half migrated) comes out right.
_SCHEMA_V7 = """
CREATE TABLE IF NOT EXISTS concept_usage (
    concept_id INTEGER PRIMARY KEY REFERENCES concepts(id) ON DELETE CASCADE,
    uses INTEGER NOT NULL
);
DELETE FROM concept_usage;
INSERT INTO concept_usage (concept_id, uses)
    SELECT concept_id, count(*) FROM annotation_concepts GROUP BY concept_id;
DROP TRIGGER IF EXISTS concept_usage_link;
CREATE TRIGGER concept_usage_link AFTER INSERT ON annotation_concepts BEGIN
    INSERT INTO concept_usage (concept_id, uses) VALUES (new.concept_id, 1)
    ON CONFLICT (concept_id) DO UPDATE SET uses = uses + 1;
END;
DROP TRIGGER IF EXISTS concept_usage_unlink;
CREATE TRIGGER concept_usage_unlink AFTER DELETE ON annotation_concepts BEGIN
    UPDATE concept_usage SET uses = uses - 1 WHERE concept_id = old.concept_id;
END;
DROP TRIGGER IF EXISTS concept_usage_relink;
CREATE TRIGGER concept_usage_relink AFTER UPDATE OF concept_id ON annotation_concepts BEGIN
    UPDATE concept_usage SET uses = uses - 1 WHERE concept_id = old.concept_id;
    INSERT INTO concept_usage (concept_id, uses) VALUES (new.concept_id, 1)
    ON CONFLICT (concept_id) DO UPDATE SET uses = uses + 1;
END;
"""


def _compact_page_boxes(conn: sqlite3.Connection, progress: Progress | None) -> int:
    """Rewrite every page's boxes compact, one page at a time (a 500-page PDF holds
    28 MB of them in the older form); returns how many pages were rewritten. A page
    whose boxes cannot be (a coordinate not a number) keeps them in the older form,
    which stays readable, and is named in the log. `progress(done, total)` is told
    every few pages."""
    keys = conn.execute(
        "SELECT document_id, number FROM pages WHERE length(boxes) % 2 = 0 AND length(boxes) > 0"
    ).fetchall()
    kept = []
    for done, (document_id, number) in enumerate(keys):
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done, len(keys))
        where = (document_id, number)
        [blob] = conn.execute(
            "SELECT boxes FROM pages WHERE document_id = ? AND number = ?", where).fetchone()
        try:
            compact = compact_boxes(bytes(blob))
        except ValueError as exc:
            kept.append(f"document {document_id} page {number}: {exc}")
            continue
        conn.execute(
            "UPDATE pages SET boxes = ? WHERE document_id = ? AND number = ?", (compact, *where))
    if kept:
        log.warning("%d of %d pages keep their boxes uncompacted, e.g. %s",
                    len(kept), len(keys), kept[0])
    if progress is not None:
        progress(len(keys), len(keys))
    return len(keys) - len(kept)


# version reached -> script that brings the previous version there
_MIGRATIONS: dict[int, str] = {
    1: _SCHEMA_V1, 2: _SCHEMA_V2, 3: _SCHEMA_V3, 4: _SCHEMA_V4, 5: _SCHEMA_V5, 6: _SCHEMA_V6,
    7: _SCHEMA_V7}
# version reached -> what rewrites the data, after its script, in the same transaction;
# it returns how many rows it rewrote
_CONVERSIONS: dict[int, Callable[[sqlite3.Connection, Progress | None], int]] = {
    6: _compact_page_boxes}

_CONCEPT_COLUMNS = frozenset(
    {"id", "parent_id", "name", "color", "description", "shortcut", "position"})
_DOCUMENT_LIGHT_COLUMNS = "id, title, kind, source, sha256, media_type, metadata, imported_at"


def _split_script(script: str) -> list[str]:
    """Split a schema script into statements, keeping trigger bodies whole."""
    statements, current = [], []
    for line in script.strip().splitlines():
        current.append(line)
        joined = "\n".join(current).strip()
        if joined.endswith(";") and sqlite3.complete_statement(joined):
            statements.append(joined)
            current = []
    return statements
