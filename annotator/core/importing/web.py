"""Saved web pages: the main article as canonical text, its structure and metadata."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.etree
import lxml.html

from annotator.core.errors import ImportFailure
from annotator.core.importing.base import ImportedDocument
from annotator.core.importing.encoding import charset_from_content_type, decode
from annotator.core.importing.text import HEADINGS, fallback_title
from annotator.core.model import StyleSpan

MAX_HTML_BYTES = 20_000_000
# Below this many characters the article extractor probably missed the article.
MIN_ARTICLE_CHARS = 250
FALLBACK_WARNING = "the main article was not recognised: imported the page's text"
# Past this many elements the article extractor takes seconds per 10,000 paragraphs.
MAX_EXTRACTOR_ELEMENTS = 50_000
LARGE_PAGE_WARNING = "very large page: imported all its text without looking for the main article"

# Extractor elements that stand on their own lines even where a block is not expected.
_BLOCK_TAGS = frozenset({"p", "head", "list", "item", "quote", "table", "row", "div"})
# HTML elements that start a block, and the StyleSpan kind of their text.
_PARAGRAPH_LIKE = (
    "p div section article main table tr td th ul ol dl figure figcaption address center details"
    " summary hr"
)
_HTML_BLOCKS = {
    **{f"h{level}": f"h{level}" for level in range(1, 7)},
    **dict.fromkeys(["li", "dt", "dd"], "li"),
    "blockquote": "blockquote",
    "pre": "pre",
    **dict.fromkeys(_PARAGRAPH_LIKE.split(), "p"),
}
# Page furniture the fallback leaves out, with everything inside it.
_FURNITURE = (
    "head script style template nav header footer aside form button select noscript svg iframe"
    " object embed"
)
_BOILERPLATE = frozenset(_FURNITURE.split())
# Void elements of HTML5 that libxml2's HTML parser does not know to be empty.
_HTML5_VOID = ("embed", "source", "track", "wbr", "keygen")
_INVISIBLE = re.compile("[\u00ad\u200b\ufeff]")  # soft hyphen, zero-width space, stray BOM
_SPACES = re.compile(r"[^\S\n]+")
_LINE_BREAKS = re.compile(r" ?\n\s*")
# An XML declaration, and a DOCTYPE's internal subset (entity declarations, never HTML):
# the HTML parser would keep the subset's end as page text. Its entities are never expanded.
_XML_PROLOGUE = re.compile(
    r"\A\s*(?:<\?xml[^>]*\?>)?\s*(?:<!DOCTYPE\s[^\[>]*\[.*?\]\s*>)?", re.DOTALL | re.IGNORECASE
)


@dataclass(frozen=True)
class Block:
    """One structural block of the article: its StyleSpan kind and its text."""

    kind: str
    text: str


def import_html(
    data: bytes, source: str, *, url: str | None = None, content_type: str | None = None
) -> ImportedDocument:
    """Extract the main article of an HTML page (bytes as saved or downloaded).

    The canonical text holds one block (heading, paragraph, list item, quote,
    code block, table row) per line, each described by a StyleSpan. Parsing is
    lxml only: no script runs and nothing is fetched. `content_type` is the
    HTTP header, whose charset wins over the page's own declaration.
    """
    if len(data) > MAX_HTML_BYTES:
        raise ImportFailure(source, f"the web page is larger than {MAX_HTML_BYTES // 1_000_000} MB")
    decoded = decode(data, declared=charset_from_content_type(content_type), html=True)
    tree = parse_html(decoded.text, source)
    blocks, metadata, warnings = extract_article(tree, url)
    if not blocks:
        raise ImportFailure(source, "no readable text found in the web page")
    text, spans = join_blocks(blocks)
    title = metadata.pop("title", "") or page_title(tree) or fallback_title(source)
    return ImportedDocument(
        title=title,
        kind="web",
        source=source,
        text=text,
        original=data,
        media_type="text/html",
        metadata={**metadata, "encoding": decoded.encoding},
        spans=spans,
        warnings=warnings,
    )


def parse_html(text: str, source: str) -> lxml.html.HtmlElement:
    """Parse HTML with lxml alone: no network, no script run.

    Comments, processing instructions, styles, templates and scripts are
    dropped, except JSON-LD blocks, which the metadata reader parses as data.
    """
    # huge_tree lifts libxml2's 10 MB text-node limit; pages are capped at MAX_HTML_BYTES anyway
    parser = lxml.html.HTMLParser(
        remove_comments=True, remove_pis=True, no_network=True, huge_tree=True
    )
    try:
        tree = lxml.html.document_fromstring(_XML_PROLOGUE.sub("", text, count=1), parser)
    except (lxml.etree.ParserError, ValueError) as error:
        raise ImportFailure(source, f"not a readable web page ({error})") from error
    for element in tree.xpath("//script[not(contains(@type, 'ld+json'))] | //style | //template"):
        element.drop_tree()
    _unnest_void_elements(tree)
    return tree


def _unnest_void_elements(tree: lxml.html.HtmlElement) -> None:
    """Move what libxml2 nested inside HTML5 void elements back after them.

    libxml2 predates <embed>, <source>, <track>, <wbr>: it puts everything
    that follows one, up to its parent's end, inside it, so an unclosed
    <embed> (skipped as page furniture) would hide the rest of the article.
    """
    nesting = [e for e in tree.iter(*_HTML5_VOID) if len(e) or e.text]
    for element in nesting:
        parent = element.getparent()
        if parent is None:
            continue
        children, tail = list(element), element.tail
        element.tail, element.text = element.text, None
        position = parent.index(element)
        for offset, child in enumerate(children, 1):
            parent.insert(position + offset, child)  # its tail moves with it
        last = children[-1] if children else element
        last.tail = (last.tail or "") + (tail or "")


def extract_article(
    tree: lxml.html.HtmlElement, url: str | None
) -> tuple[list[Block], dict[str, Any], tuple[str, ...]]:
    """The article's blocks, the page's metadata, and warnings about how they were found."""
    import trafilatura  # slow to load (~0.15 s): only once a page is imported

    if next(islice(tree.iter(), MAX_EXTRACTOR_ELEMENTS, None), None) is not None:
        return page_blocks(tree), _metadata(None, tree, url), (LARGE_PAGE_WARNING,)
    try:
        result = trafilatura.bare_extraction(
            tree,
            url=url,
            favor_recall=True,
            include_comments=False,
            include_tables=True,
            with_metadata=True,
        )
    except Exception:  # a flaw in the extractor must not stop an import: fall back
        result = None
    blocks = blocks_of(result.body) if result is not None and result.body is not None else []
    metadata = _metadata(result, tree, url)
    if _length(blocks) >= MIN_ARTICLE_CHARS:
        return blocks, metadata, ()
    fallback = page_blocks(tree)
    if _length(fallback) > _length(blocks):
        return fallback, metadata, (FALLBACK_WARNING,)
    return blocks, metadata, ()


def page_blocks(tree: lxml.html.HtmlElement) -> list[Block]:
    """The fallback: all readable text of the page's <article>, <main> or <body>, by block.

    Navigation, headers, footers, asides and forms are skipped. The walk is
    iterative, so neither deep nesting nor size can exhaust the stack.
    """
    root = _content_root(tree)
    blocks: list[Block] = []
    parts: list[str] = []
    kinds = ["p"]  # the kinds of the enclosing blocks, innermost last

    def flush() -> None:
        text = clean_text("".join(parts), kinds[-1])
        if text:
            blocks.append(Block(kinds[-1], text))
        parts.clear()

    walk = lxml.etree.iterwalk(root, events=("start", "end"))
    for event, element in walk:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        kind = _HTML_BLOCKS.get(tag)
        if event == "start":
            if _is_furniture(tag, element):
                walk.skip_subtree()
                continue
            if tag == "br":
                parts.append("\n")
            elif kind is not None:
                flush()
                kinds.append(
                    kinds[-1] if kind == "p" and kinds[-1] in ("li", "blockquote") else kind
                )
            parts.append(element.text or "")
            continue
        if kind is not None and not _is_furniture(tag, element):
            flush()
            kinds.pop()
        if element is not root:  # the root's tail lies outside it
            parts.append(element.tail or "")
    flush()
    return blocks


def _is_furniture(tag: str, element: lxml.html.HtmlElement) -> bool:
    return tag in _BOILERPLATE or element.get("role") in ("navigation", "banner", "contentinfo")


def _content_root(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """The largest <article> or <main> when it holds enough text, else the <body>."""
    candidates = tree.xpath(
        "//article[not(ancestor::article)] | //main[not(ancestor::main)] | //*[@role='main']"
    )
    sized = [(len(element.text_content()), element) for element in candidates]
    length, best = max(sized, key=lambda pair: pair[0], default=(0, None))
    if best is not None and length >= MIN_ARTICLE_CHARS:
        return best
    body = tree.find("body")
    return body if body is not None else tree


def _length(blocks: list[Block]) -> int:
    return sum(len(block.text) for block in blocks)


def blocks_of(body: lxml.etree._Element) -> list[Block]:
    """Flatten an extractor's XML body (head, p, list/item, quote, code, table) into blocks."""
    blocks: list[Block] = []
    _collect(body, "p", blocks)
    return blocks


def _collect(element: lxml.etree._Element, kind: str, blocks: list[Block]) -> None:
    """Append the blocks of `element`, whose own loose text is of the given kind."""
    parts = [element.text or ""]

    def flush() -> None:
        text = clean_text("".join(parts), kind)
        if text:
            blocks.append(Block(kind, text))
        parts.clear()

    for child in element:
        child_kind = _block_kind(child, element, kind)
        if child_kind is None:
            parts.append(_inline_text(child))
        elif child.tag == "row":
            flush()
            cells = (clean_text(_inline_text(cell), "p") for cell in child)
            row = "\t".join(cell for cell in cells if cell)
            if row:
                blocks.append(Block("p", row))
        else:
            flush()
            _collect(child, child_kind, blocks)
        parts.append(child.tail or "")
    flush()


def _block_kind(child: lxml.etree._Element, parent: lxml.etree._Element, kind: str) -> str | None:
    """The block kind a child element starts, or None when it is inline."""
    tag = child.tag
    if tag == "head":
        rend = child.get("rend", "")
        return rend if rend in HEADINGS else "h2"
    if tag in ("list", "item"):
        return "li"
    if tag == "quote":
        return "blockquote"
    if tag == "p":
        return kind if kind in ("blockquote", "li") else "p"
    if tag == "code":
        return "pre" if parent.tag in ("body", "div", "quote") else None
    if tag in ("table", "row", "div"):
        return kind
    return None


def _inline_text(element: lxml.etree._Element) -> str:
    if element.tag == "lb":
        return "\n"
    parts = [element.text or ""]
    for child in element:
        text = _inline_text(child)
        parts.append(f"\n{text}\n" if child.tag in _BLOCK_TAGS else text)
        parts.append(child.tail or "")
    return "".join(parts)


def clean_text(text: str, kind: str) -> str:
    """Normalise a block's white space; code keeps its lines and indentation."""
    text = _INVISIBLE.sub("", text)
    if kind == "pre":
        lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
        return "\n".join(lines).strip("\n")
    return _LINE_BREAKS.sub("\n", _SPACES.sub(" ", text)).strip()


def join_blocks(blocks: list[Block]) -> tuple[str, tuple[StyleSpan, ...]]:
    """The canonical text (blocks separated by one line break) and one span per block."""
    spans = []
    offset = 0
    for block in blocks:
        spans.append(StyleSpan(offset, offset + len(block.text), block.kind))
        offset += len(block.text) + 1
    return "\n".join(block.text for block in blocks), tuple(spans)


def _metadata(result: Any, tree: lxml.html.HtmlElement, url: str | None) -> dict[str, Any]:
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
