"""Saved web pages: the main article as canonical text, its structure and metadata."""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

import lxml.etree
import lxml.html

from annotator.core.errors import ImportCause, ImportFailure
from annotator.core.importing.base import ImportedDocument
from annotator.core.importing.encoding import charset_from_content_type, decode
from annotator.core.importing.text import fallback_title
from annotator.core.importing.web_blocks import Block, blocks_of, join_blocks
from annotator.core.importing.web_fallback import MIN_ARTICLE_CHARS, page_blocks
from annotator.core.importing.web_metadata import metadata_of, page_title
from annotator.core.importing.web_refine import (
    drop_link_teasers,
    drop_navigation_cells,
    prune_account_forms,
    prune_related_boxes,
    restore_standfirst,
)

MAX_HTML_BYTES = 20_000_000
FALLBACK_WARNING = "the main article was not recognised: imported the page's text"
# Past this many elements the article extractor takes seconds per 10,000 paragraphs.
MAX_EXTRACTOR_ELEMENTS = 50_000
LARGE_PAGE_WARNING = "very large page: imported all its text without looking for the main article"
NO_EXTRACTOR_WARNING = (
    "the article extraction library is unavailable: imported the page's readable text, "
    "which may include menus and other page chrome"
)

# Void elements of HTML5 that libxml2's HTML parser does not know to be empty.
_HTML5_VOID = ("embed", "source", "track", "wbr", "keygen")
# An XML declaration, and a DOCTYPE's internal subset (entity declarations, never HTML):
# the HTML parser would keep the subset's end as page text. Its entities are never expanded.
_XML_PROLOGUE = re.compile(
    r"\A\s*(?:<\?xml[^>]*\?>)?\s*(?:<!DOCTYPE\s[^\[>]*\[.*?\]\s*>)?", re.DOTALL | re.IGNORECASE
)


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
        raise ImportFailure.coded(
            source, ImportCause.PAGE_TOO_LARGE, limit=MAX_HTML_BYTES // 1_000_000
        )
    decoded = decode(data, declared=charset_from_content_type(content_type), html=True)
    tree = parse_html(decoded.text, source)
    blocks, metadata, warnings = extract_article(tree, url)
    if not blocks:
        raise ImportFailure.coded(source, ImportCause.NO_ARTICLE)
    text, spans = join_blocks(blocks)
    title = metadata.pop("title", "") or page_title(tree) or fallback_title(source)
    if decoded.replaced:
        warnings = (*warnings, *undecoded_warning(text, title))
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
        raise ImportFailure.coded(source, ImportCause.NOT_A_WEB_PAGE, detail=error) from error
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
    try:
        import trafilatura  # slow to load (~0.15 s): only once a page is imported
    except ImportError:  # a broken install (e.g. lxml's cleaner missing) must not stop imports
        return page_blocks(tree), metadata_of(None, tree, url), (NO_EXTRACTOR_WARNING,)
    if next(islice(tree.iter(), MAX_EXTRACTOR_ELEMENTS, None), None) is not None:
        return page_blocks(tree), metadata_of(None, tree, url), (LARGE_PAGE_WARNING,)
    prune_account_forms(tree)
    prune_related_boxes(tree)
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
    if isinstance(result, dict):  # a dict only when asked with as_dict=True
        result = None
    blocks: list[Block] = []
    if result is not None and result.body is not None:
        drop_navigation_cells(result.body, tree)
        blocks = blocks_of(result.body)
    blocks = restore_standfirst(drop_link_teasers(blocks, tree), tree)
    metadata = metadata_of(result, tree, url)
    if _length(blocks) >= MIN_ARTICLE_CHARS:
        return blocks, metadata, ()
    fallback = page_blocks(tree)
    if _length(fallback) > _length(blocks):
        return fallback, metadata, (FALLBACK_WARNING,)
    return blocks, metadata, ()


def undecoded_warning(text: str, title: str) -> tuple[str, ...]:
    """A warning counting the U+FFFD that undecodable bytes left in the text and title."""
    count = text.count("\ufffd") + (0 if title in text else title.count("\ufffd"))
    if not count:
        return ()
    characters = "1 character" if count == 1 else f"{count} characters"
    verb = "shows" if count == 1 else "show"
    return (f"{characters} could not be decoded and {verb} as \ufffd",)


def _length(blocks: list[Block]) -> int:
    return sum(len(block.text) for block in blocks)
