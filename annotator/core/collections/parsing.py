"""Read a list of links: a bookmarks export, a text or CSV file of URLs, or a saved web page.

Bookmarks exports (the "Netscape" HTML format that browsers, Pearltrees and
Diigo write) keep their folders as collection names. A saved web page gives
its outgoing links, each with a guess of whether it leads to an article
(see page_links). Parsing is lxml only: nothing is fetched, no script runs.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

import lxml.etree
import lxml.html

from annotator.core.collections.urls import clean_url, same_page_key
from annotator.core.errors import ImportCause, ImportFailure
from annotator.core.importing import read_file
from annotator.core.importing.encoding import decode
from annotator.core.importing.sniff import sniff

MAX_LIST_BYTES = 50_000_000
MAX_LINKS = 20_000
COLLECTION_SEPARATOR = " / "
NO_LINKS = ImportCause.NO_LINKS.value
NOT_A_LIST = ImportCause.NOT_A_LINK_LIST.value

LinkListKind = Literal["bookmarks", "page", "text"]

_BOOKMARKS_DOCTYPE = re.compile(r"<!doctype\s+netscape-bookmark-file", re.IGNORECASE)
_BOOKMARKS_SHAPE = re.compile(r"<dt>\s*<(?:a|h3)\b", re.IGNORECASE)
_URL_IN_TEXT = re.compile(r"""(?:https?://|www\.)[^\s<>"'`\]\[{}|\\^]+""", re.IGNORECASE)
_MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\(\s*(https?://[^)\s]+)\s*\)", re.IGNORECASE)
_TRAILING_PUNCTUATION = ".,;:!?»”’'\""
_TITLE_SEPARATORS = " \t-–—|:;,•*>#"
_URL_COLUMNS = ("url", "href", "link", "lien", "address", "adresse", "uri")
_TITLE_COLUMNS = ("title", "titre", "name", "nom")
_COLLECTION_COLUMNS = ("collection", "folder", "dossier", "list", "liste", "category",
                       "catégorie", "categorie")


@dataclass(frozen=True)
class Link:
    """One link to import: where it points, its name, and the collection it belongs to."""

    url: str
    title: str = ""
    collection: str = ""  # folder path "Parent / Child", or the list's own name
    article: bool = True  # for links of a saved page: a guess
    why_not: str = ""  # why a page link is not taken for an article ("site navigation"...)


@dataclass(frozen=True)
class LinkList:
    """The links read from one file, in their order, each web address once."""

    source: str
    kind: LinkListKind
    name: str  # the list's own name: the page's title or the file's name
    links: tuple[Link, ...]
    ignored: int = 0  # entries that are not web addresses (bookmarklets, local files...)

    def collections(self) -> list[str]:
        """The collection names, in the order they first appear."""
        return list(dict.fromkeys(link.collection for link in self.links if link.collection))

    def in_collection(self, name: str) -> LinkList:
        """The links of the collection called `name`, or of any folder of that name inside.

        Matching ignores case; "Research" matches "Bookmarks bar / Research"
        and its sub-folders, as does the full path.
        """
        wanted = name.strip().casefold()

        def matches(collection: str) -> bool:
            parts = [part.casefold() for part in collection.split(COLLECTION_SEPARATOR)]
            whole = collection.casefold()
            return wanted in parts or whole == wanted or whole.startswith(
                wanted + COLLECTION_SEPARATOR)

        return replace(self, links=tuple(link for link in self.links
                                         if matches(link.collection)))

    def articles(self) -> LinkList:
        """Only the links guessed to lead to articles."""
        return replace(self, links=tuple(link for link in self.links if link.article))


def read_link_list(path: str | Path) -> LinkList:
    """Read a list of links from a file; ImportFailure says why when it holds none."""
    path = Path(path).expanduser()
    source = str(path)
    try:
        size = path.stat().st_size
    except OSError:
        size = 0  # read_file gives the precise reason
    if size > MAX_LIST_BYTES:
        raise ImportFailure.coded(
            source, ImportCause.LINK_LIST_TOO_LARGE, limit=MAX_LIST_BYTES // 1_000_000
        )
    return parse_link_list(read_file(path, source), source, name=path.stem)


def parse_link_list(data: bytes, source: str, *, name: str = "") -> LinkList:
    """The links in `data`, whatever the kind of list it is (recognised by content)."""
    kind = sniff(data)
    if kind in ("pdf", "binary"):
        raise ImportFailure.coded(source, ImportCause.NOT_A_LINK_LIST)
    text = decode(data, html=kind == "html").text
    head = text[:4096]
    if _BOOKMARKS_DOCTYPE.search(head) or (
        re.search(r"<dl\b", head, re.IGNORECASE) and _BOOKMARKS_SHAPE.search(head)
    ):
        links, ignored = parse_bookmarks(text, source, default_collection=name)
        result = LinkList(source, "bookmarks", name, links, ignored)
    elif kind == "html":
        from annotator.core.collections.page_links import parse_page_links

        page_name, links, ignored = parse_page_links(text, source)
        result = LinkList(source, "page", page_name or name, links, ignored)
    else:
        links = parse_text_links(text, default_collection=name)
        result = LinkList(source, "text", name, links)
    if not result.links:
        raise ImportFailure.coded(source, ImportCause.NO_LINKS)
    return result


def parse_html_tree(text: str, source: str) -> lxml.html.HtmlElement:
    """Parse HTML with lxml alone: no network, no entities fetched, comments dropped."""
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
    try:
        return lxml.html.document_fromstring(text, parser)
    except (lxml.etree.ParserError, ValueError) as error:
        raise ImportFailure.coded(source, ImportCause.NOT_HTML, detail=error) from error


def parse_bookmarks(
    text: str, source: str, *, default_collection: str = ""
) -> tuple[tuple[Link, ...], int]:
    """Links of a bookmarks export, each in its folder path; and how many were not web links.

    The format nests a <DL> list after each folder's <H3> name. Browsers leave
    <DT> and <p> unclosed, so the parsed tree is irregular: folders are
    tracked by walking the document in order, an <H3> naming the next <DL>.
    """
    tree = parse_html_tree(text, source)
    folders: list[str] = []
    pending = ""
    found: list[Link] = []
    ignored = 0
    for event, element in lxml.etree.iterwalk(tree, events=("start", "end")):
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if event == "end":
            if tag == "dl" and folders:
                folders.pop()
            continue
        if tag == "h3":
            pending = _squash(element.text_content())
        elif tag == "dl":
            folders.append(pending)
            pending = ""
        elif tag == "a":
            pending = ""
            url = clean_url(element.get("href") or "")
            if url is None:
                ignored += 1
                continue
            collection = COLLECTION_SEPARATOR.join(f for f in folders if f)
            found.append(Link(url, _squash(element.text_content()),
                              collection or default_collection))
    return unique_links(found), ignored


def parse_text_links(text: str, *, default_collection: str = "") -> tuple[Link, ...]:
    """Links of a text file: a CSV table with a URL column, or any text with addresses in it."""
    lines = text.splitlines()
    table = _csv_links(lines, default_collection)
    if table is not None:
        return unique_links(table)
    found: list[Link] = []
    for line in lines:
        for title, url in _line_links(line):
            found.append(Link(url, title, default_collection))
    return unique_links(found)


def unique_links(links: Iterable[Link]) -> tuple[Link, ...]:
    """Each page once, at its first place (keeping the first non-empty title), capped."""
    by_key: dict[str, Link] = {}
    for link in links:
        key = same_page_key(link.url)
        kept = by_key.get(key)
        if kept is None:
            if len(by_key) >= MAX_LINKS:
                break
            by_key[key] = link
        elif (link.article and not kept.article) or (link.title and not kept.title):
            # The same page linked twice (a picture, then its title): the best of both.
            by_key[key] = replace(kept, title=kept.title or link.title,
                                  article=kept.article or link.article,
                                  why_not="" if link.article else kept.why_not)
    return tuple(by_key.values())


def _csv_links(lines: list[str], default_collection: str) -> list[Link] | None:
    """Links of a CSV table whose header names a URL column; None if it is not one."""
    header_index = next((i for i, line in enumerate(lines) if line.strip()), None)
    if header_index is None:
        return None
    header = lines[header_index]
    delimiter = max(",;\t", key=header.count)
    if header.count(delimiter) == 0:
        return None
    rows = csv.reader(lines[header_index:], delimiter=delimiter)
    names = [cell.strip().casefold() for cell in next(rows)]
    url_column = _column(names, _URL_COLUMNS)
    if url_column is None:
        return None
    title_column = _column(names, _TITLE_COLUMNS)
    collection_column = _column(names, _COLLECTION_COLUMNS)
    found = []
    for row in rows:
        cells = [*row, *[""] * len(names)]
        url = clean_url(cells[url_column])
        if url is None:
            continue
        title = _squash(cells[title_column]) if title_column is not None else ""
        collection = _squash(cells[collection_column]) if collection_column is not None else ""
        found.append(Link(url, title, collection or default_collection))
    return found


def _column(names: list[str], wanted: tuple[str, ...]) -> int | None:
    return next((i for i, name in enumerate(names) if name in wanted), None)


def _line_links(line: str) -> list[tuple[str, str]]:
    """(title, url) of each address on a line; the rest of the line is the title."""
    markdown = [(_squash(title), url) for title, url in _MARKDOWN_LINK.findall(line)]
    if markdown:
        return [(title, url) for title, url in markdown if clean_url(url)]
    found = []
    for match in _URL_IN_TEXT.finditer(line):
        raw = match.group(0).rstrip(_TRAILING_PUNCTUATION)
        if raw.endswith(")") and "(" not in raw:
            raw = raw[:-1]
        url = clean_url(raw if "://" in raw else f"https://{raw}")
        if url is not None:
            found.append(url)
    if len(found) != 1:
        return [("", url) for url in found]
    rest = _URL_IN_TEXT.sub(" ", line)
    return [(_squash(rest).strip(_TITLE_SEPARATORS), found[0])]


def _squash(text: str) -> str:
    return " ".join(text.split())
