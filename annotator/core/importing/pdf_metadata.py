"""Document information of a PDF turned into the importer's title and metadata."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from typing import Any


def pdf_metadata(info: dict[str, str], page_count: int) -> dict[str, Any]:
    """author, date (ISO 8601, from CreationDate), producer when given; page_count always."""
    metadata: dict[str, Any] = {}
    if info.get("Author"):
        metadata["author"] = info["Author"]
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


def pdf_title(raw: str, source: str) -> str:
    """The metadata Title if it names the document, else the file name without extension."""
    title = " ".join(_APP_PREFIX.sub("", raw or "").split())
    meaningful = (
        title
        and any(ch.isalpha() for ch in title)
        and title.lower() not in _PLACEHOLDERS
        and not _FILE_NAME.match(title)
    )
    return title if meaningful else _stem(source)


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
