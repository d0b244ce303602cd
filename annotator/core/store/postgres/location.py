"""Whether a project location is a server's address; no driver is loaded to tell."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

_URL = re.compile(r"^postgres(ql)?://", re.IGNORECASE)
# A URL that went through pathlib (Path collapses "//"): a command that takes files only.
_FLATTENED_URL = re.compile(r"^postgres(ql)?:/[^/]", re.IGNORECASE)


def is_server_location(location: str | Path) -> bool:
    """True for a postgresql:// URL given as text."""
    return isinstance(location, str) and bool(_URL.match(location))


def is_flattened_url(location: str | Path) -> bool:
    """True for a URL a command turned into a file path (it cannot open a server yet)."""
    return bool(_FLATTENED_URL.match(str(location)))


def without_password(url: str) -> str:
    """The address as it may be shown: no password, no options (they may hold secrets)."""
    parts = urlsplit(url.replace(":/", "://", 1) if is_flattened_url(url) else url)
    host = parts.hostname or ""
    user = f"{parts.username}@" if parts.username else ""
    port = f":{parts.port}" if parts.port else ""
    return f"postgresql://{user}{host}{port}{parts.path}"
