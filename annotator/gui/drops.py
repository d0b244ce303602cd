"""What a drop onto the window brings: local files and web addresses."""

from __future__ import annotations

from PySide6.QtCore import QUrl


def dropped_sources(urls: list[QUrl], text: str) -> list[str]:
    """Local files and web addresses from a drop; plain text may hold URLs, one a line."""
    sources = []
    for url in urls:
        if url.isLocalFile():
            sources.append(url.toLocalFile())
        elif url.scheme() in {"http", "https"}:
            sources.append(url.toString())
    if not sources and text:
        sources = [line.strip() for line in text.splitlines()
                   if line.strip().startswith(("http://", "https://"))]
    return sources
