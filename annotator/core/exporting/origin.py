"""Where a document came from, as exports may show it: a file name or a web address, never a path.

The project records the source as the user gave it, often a full local path
(home folder, login name); an export sent to others must not carry it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

WEB_PREFIXES = ("http://", "https://")
_PATH_SEPARATORS = re.compile(r"[\\/]")


def web_address(source: str, metadata: Mapping[str, Any]) -> str:
    """The document's web address (its recorded URL, else a URL source), or ""."""
    url = str(metadata.get("url") or "")
    if url.startswith(WEB_PREFIXES):
        return url
    return source if source.startswith(WEB_PREFIXES) else ""


def source_label(source: str) -> str:
    """A URL as it is; a file path reduced to the file's name (either separator)."""
    if source.startswith(WEB_PREFIXES):
        return source
    return _PATH_SEPARATORS.split(source.rstrip("\\/"))[-1]
