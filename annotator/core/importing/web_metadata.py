"""A saved web page's metadata: title, author, date, site, address, language, direction."""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.html


def metadata_of(result: Any, tree: lxml.html.HtmlElement, url: str | None) -> dict[str, Any]:
    """Title, author, date, site, url, language and description, the empty ones left out."""
    found: dict[str, Any] = {}
    if result is not None:
        found = {
            "title": result.title,
            "author": result.author,
            "date": result.date,
            "site": result.sitename,
            "url": result.url,
            "description": result.description,
        }
    canonical = tree.xpath("//link[contains(concat(' ', @rel, ' '), ' canonical ')]/@href")
    found["url"] = next(
        filter(None, (_absolute_http_url(link, url) for link in [*canonical, found.get("url")])),
        url,
    )
    found["language"] = _language(tree)
    found["direction"] = next(
        (
            value.lower()
            for value in tree.xpath("/html/@dir | //body/@dir")
            if value.lower() in ("rtl", "ltr")
        ),
        None,
    )
    return {key: value.strip() for key, value in found.items() if value and value.strip()}


def _absolute_http_url(candidate: str | None, base: str | None) -> str | None:
    if not candidate:
        return None
    absolute = urljoin(base or "", candidate.strip())
    return absolute if urlsplit(absolute).scheme in ("http", "https") else None


def _language(tree: lxml.html.HtmlElement) -> str | None:
    for value in tree.xpath(
        "/html/@lang | /html/@xml:lang | //meta[@http-equiv='content-language']/@content"
        " | //meta[@property='og:locale']/@content",
        namespaces={"xml": "http://www.w3.org/XML/1998/namespace"},
    ):
        if value.strip():
            return value.strip().replace("_", "-")
    return None


def page_title(tree: lxml.html.HtmlElement) -> str:
    """The text of the page's <title>, white space collapsed."""
    title = tree.find(".//title")
    return " ".join(title.text_content().split()) if title is not None else ""
