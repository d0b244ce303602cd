"""IRaMuTeQ corpus: each coded passage as a text of its own, with starred variables, in UTF-8.

IRaMuTeQ reads ALCESTE-formatted text: every text opens with a line of four
stars followed by starred variables, "*name_value", separated by spaces.
Here that line is "**** *concept_X *doc_Y *coder_Z", followed by the passage.
A passage tagged with several concepts is written once per concept (as the
CSV has a row per passage and concept); passages without concepts are left out.

Values are made safe for IRaMuTeQ: accents are dropped and every run of
characters other than ASCII letters and digits becomes "_" (no spaces, stars
or hyphens in a variable), and two different names that end up the same get
the id of the second appended. In the passage, "*" becomes a space: a line
starting with "****" or "-*" would otherwise open a new text or a theme.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.core.exporting.atomic import atomic_file
from annotator.core.exporting.codebook import Codebook
from annotator.core.exporting.selection import (
    ExportSelection,
    Progress,
    selected_annotations,
    selected_documents,
)

if TYPE_CHECKING:
    from annotator.core.project import Project

MAX_VALUE_CHARS = 60
NO_CODER = "unknown"
_UNSAFE = re.compile(r"[^A-Za-z0-9]+")


def write_iramuteq(
    project: Project,
    destination: Path,
    selection: ExportSelection | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write the selected coded passages as an IRaMuTeQ corpus."""
    codebook = Codebook(project.concepts())
    documents = safe_values((d.id, d.title) for d in selected_documents(project, selection))
    concepts = safe_values((c.id, codebook.path(c.id)) for c in codebook.concepts)
    coders: dict[str, str] = {}
    with atomic_file(destination, "w", encoding="utf-8", newline="\n") as out:
        for item in selected_annotations(project, selection, progress, codebook):
            author = item.annotation.author
            if author not in coders:
                coders[author] = _unique(
                    safe_value(author) or NO_CODER, set(coders.values()), len(coders) + 1
                )
            text = passage_text(item.annotation.quote)
            for concept in item.concepts:
                out.write(
                    f"**** *concept_{concepts[concept.id]} "
                    f"*doc_{documents[item.document.id]} *coder_{coders[author]}\n"
                    f"{text}\n\n"
                )
    return destination


def safe_value(name: str) -> str:
    """A variable value IRaMuTeQ accepts: ASCII letters and digits joined by "_"."""
    ascii_only = "".join(
        c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)
    )
    return _UNSAFE.sub("_", ascii_only).strip("_")[:MAX_VALUE_CHARS].strip("_")


def safe_values(named: Iterable[tuple[int, str]]) -> dict[int, str]:
    """{id: safe value}, distinct names kept distinct by appending the id on a clash."""
    values: dict[int, str] = {}
    for key, name in named:
        values[key] = _unique(safe_value(name) or str(key), set(values.values()), key)
    return values


def passage_text(quote: str) -> str:
    """The passage as IRaMuTeQ text: stars replaced by spaces, lines trimmed, blank ones dropped."""
    lines = (line.strip() for line in quote.replace("*", " ").splitlines())
    return "\n".join(line for line in lines if line)


def _unique(value: str, taken: set[str], key: int) -> str:
    return value if value not in taken else f"{value}_{key}"
