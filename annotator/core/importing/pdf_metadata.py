"""Document information of a PDF turned into the importer's title and metadata.

The document information is often stale: a report made from an older one's
Word file keeps that one's Title, and Author is often the account or the
program that made the file ("office-2007", "Administrator", "Microsoft Word").
A Title whose words are mostly missing from the first pages is set aside (and
the import says so), and such an Author is not taken as the document's author.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from annotator.core.importing.pdf_heading import page_heading
from annotator.core.importing.pdf_protocol import PageResult

OPENING_PAGES = 3  # the pages whose words a metadata Title is checked against
MIN_OPENING_WORDS = 20  # fewer distinct words there: too little text to judge a Title


def pdf_metadata(info: dict[str, str], page_count: int) -> dict[str, Any]:
    """author (unless generic), date (ISO 8601, from CreationDate), producer when given;
    page_count always."""
    metadata: dict[str, Any] = {}
    author = " ".join(info.get("Author", "").split())
    if author and not generic_author(author, info):
        metadata["author"] = author
    date = pdf_date(info.get("CreationDate", ""))
    if date:
        metadata["date"] = date
    if info.get("Producer"):
        metadata["producer"] = info["Producer"]
    metadata["page_count"] = page_count
    return metadata


_FILE_NAME = re.compile(
    r"^[^\s/\\]*\.(?:pdf|docx?|odt|rtf|txt|tex|dvi|ps|eps|indd|qxd|pptx?|xlsx?|html?|exe|tmp)$",
    re.IGNORECASE,
)
_APP_PREFIX = re.compile(r"^(?:Microsoft (?:Word|PowerPoint|Excel) - )", re.IGNORECASE)
_PLACEHOLDERS = {"untitled", "untitled document", "document", "title", "unknown", "none"}


# Accounts, placeholders and programs found as Author (compared without case, accents
# or a trailing version number).
_GENERIC_AUTHORS = {
    "acrobat", "adobe acrobat", "acrobat distiller", "admin", "administrateur",
    "administrator", "auteur", "author", "default", "excel", "ghostscript", "guest", "inconnu",
    "invite", "latex", "libreoffice", "microsoft", "microsoft excel", "microsoft office",
    "microsoft office user", "microsoft powerpoint", "microsoft word", "name", "nom", "office",
    "openoffice", "openoffice.org", "owner", "pdfcreator", "powerpoint", "proprietaire",
    "root", "tex", "unknown", "user", "utilisateur", "utilisateur de microsoft office",
    "utilisateur windows", "windows user", "word", "writer",
}  # fmt: skip
_VERSION = re.compile(r"[\s_-]*(?:v|ver\.?|version)?\s*\d[\d.]*$")


def generic_author(author: str, info: dict[str, str]) -> bool:
    """Whether `author` names a program, a machine or an account rather than a person or
    body: a known one, the file's Producer or Creator, or one word with digits in it
    ("office-2007", "PC0412"), which no name has."""
    key = _folded(author)
    if key in _GENERIC_AUTHORS or _VERSION.sub("", key) in _GENERIC_AUTHORS:
        return True
    if key in {_folded(info.get(field, "")) for field in ("Producer", "Creator")}:
        return True
    return not any(ch.isalpha() for ch in key) or (
        " " not in key and any(ch.isdigit() for ch in key)
    )


def _folded(text: str) -> str:
    """`text` without accents, case or repeated spaces, to compare."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


@dataclass(frozen=True)
class PdfTitle:
    """The title a PDF is given, and the metadata Title set aside for it, if one was."""

    title: str
    set_aside: str = ""
    from_heading: bool = False  # else from the metadata, or the file name


def choose_title(raw: str, source: str, results: Sequence[PageResult]) -> PdfTitle:
    """The metadata Title if it names a document (not a placeholder or a file name) and
    its words are not mostly missing from the first pages `results`; else the first page's
    heading (see pdf_heading) or the file name without extension."""
    title = _named(raw)
    if not title:
        return PdfTitle(_stem(source))
    if not _stale(title, results[:OPENING_PAGES]):
        return PdfTitle(title)
    first = results[0]
    heading = page_heading(first.text, first.boxes, first.height)
    if heading:
        return PdfTitle(heading, set_aside=title, from_heading=True)
    return PdfTitle(_stem(source), set_aside=title)


def _stale(title: str, opening: Sequence[PageResult]) -> bool:
    """Whether most of the title's words (see `_words`) are missing from the text of these
    pages; False when they have too little text to tell."""
    words = _words(title)
    seen = set(_words("\n".join(page.text for page in opening)))
    if not words or len(seen) < MIN_OPENING_WORDS:
        return False
    return 2 * sum(word in seen for word in words) < len(words)


# Scripts written without spaces between words (Thai, Japanese kana, Chinese
# characters): each character counts as a word.
_UNSPACED = "\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(rf"([{_UNSPACED}])|([^\W_{_UNSPACED}]+)")


def _words(text: str) -> list[str]:
    """The words of `text` that tell a title apart: numbers, words of 4 letters or more,
    and characters of the scripts written without spaces."""
    return [
        sign or word
        for sign, word in _TOKEN.findall(_folded(text))
        if sign or len(word) >= 4 or word.isdigit()
    ]


def _named(raw: str) -> str:
    """The metadata Title without a program's prefix, or "" if it names no document (empty,
    a placeholder, a file name)."""
    title = " ".join(_APP_PREFIX.sub("", raw or "").split())
    meaningful = (
        any(ch.isalpha() for ch in title)
        and title.lower() not in _PLACEHOLDERS
        and not _FILE_NAME.match(title)
    )
    return title if meaningful else ""


def _stem(source: str) -> str:
    path = re.split(r"[?#]", source.strip(), maxsplit=1)[0]
    name = re.split(r"[/\\]", path.rstrip("/\\"))[-1]
    stem = re.sub(r"\.pdf$", "", name, flags=re.IGNORECASE)
    return stem or name or source or "Untitled PDF"


_PDF_DATE = re.compile(
    r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?"
    r"\s*(Z|[+-]\d{2})?'?(\d{2})?'?"
)


def pdf_date(raw: str) -> str | None:
    """A PDF date ("D:20230621093027-04'00'") as ISO 8601, at the precision given."""
    match = _PDF_DATE.match(raw.strip())
    if not match:
        return None
    year, month, day, hour, minute, second, zone, zone_minutes = match.groups()
    try:
        if hour is None:
            return datetime(int(year), int(month or 1), int(day or 1)).date().isoformat()
        tz = None
        if zone == "Z":
            tz = UTC
        elif zone:
            offset = timedelta(hours=int(zone[1:]), minutes=int(zone_minutes or 0))
            tz = timezone(offset if zone[0] == "+" else -offset)
        moment = datetime(
            int(year),
            int(month or 1),
            int(day or 1),
            int(hour),
            int(minute or 0),
            int(second or 0),
            tzinfo=tz,
        )
    except ValueError:
        return None
    return moment.isoformat()
