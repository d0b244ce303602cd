"""A second look at an extracted article: what the extractor kept that is not the article's,
and the standfirst it left out.

The article extractor scores blocks by their text and their markup's names; a few page
parts fool it on many sites, whatever their language:
- sign-up and log-in walls (a paywall's "create your account" prompt and its offers) sit
  right after the article's last paragraph;
- teasers for other articles and picture credits are a short label and a link
  ("À lire aussi » <link>", "Read more: <link>", "Image : <link> by <link>");
- boxes of links to related pages named in French ("lire aussi", "en savoir plus", "même
  sujet"), which the extractor's English vocabulary ("related", "more-on") does not know;
- sidebars of table-laid-out pages (a cell of links beside the article's cell);
- standfirsts (French "chapô") sit beside the title, apart from the body, and are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import lxml.etree
import lxml.html

from annotator.core.importing.web_blocks import Block, clean_text, is_layout_row

# Class or id names of French related-content boxes: "lire aussi", "à lire", "voir aussi",
# "en savoir plus", "sur le même sujet/thème", "articles liés/associés/similaires".
_RELATED_BOX = re.compile(
    r"lire[-_]?aussi|(?:^|[-_\s])a[-_]lire|voir[-_]?aussi|savoir[-_]?plus|meme[-_]?(?:sujet|theme)"
    r"|articles?[-_]?(?:lies|associes|similaires)",
    re.IGNORECASE,
)
# A label of one to four words, then a colon, a guillemet or an arrow, then the rest.
_LABEL = re.compile(r"^\W{0,2}(?:[^\W\d_][\w'’.-]*\s+){0,3}[^\W\d_][\w'’.-]*\s*(?::|»|>>|›|→)\s+\S")
# Teasers are one line; past this length a labelled paragraph is prose.
_MAX_TEASER_CHARS = 300
_TEASER_LINK_SHARE = 0.5
# A layout cell of this many links, making this much of its text, is navigation.
_NAVIGATION_LINKS = 5
_NAVIGATION_LINK_SHARE = 0.7
# Class or id words of French standfirsts ("chapô", "chapeau"), as SPIP, Drupal and
# WordPress themes of French publishers name them. English sites' "standfirst" is left
# alone: there it often holds a subtitle and the byline, which readers do not count as text.
_STANDFIRST = re.compile(r"chap(?:o|eau)", re.IGNORECASE)
_MIN_STANDFIRST_CHARS = 40
# A standfirst goes before one of the article's first blocks (title, subtitle, body).
_LEADING_BLOCKS = 3
# A wall is around a form; an element holding this much of the page's text is the page.
_MAX_WALL_SHARE = 0.5
_FURNITURE = frozenset({"nav", "aside", "footer", "form", "header"})
_TEXT_ELEMENTS = ("p", "div", "li", "dd", "td", "blockquote", "q", "section", "figcaption")


def prune_account_forms(tree: lxml.html.HtmlElement) -> None:
    """Remove sign-up and log-in forms with the prompts and offers around them.

    A password field marks such a form. Everything around it, up to (not
    including) the element that holds the page's longest paragraph (the
    article), belongs to the wall and goes, unless that is most of the page
    (an article written without <p> shares its container with the form).
    """
    fields = tree.xpath("//input[@type='password']")
    if not fields:
        return
    longest = max(tree.iter("p"), key=lambda p: len(p.text_content()), default=None)
    if longest is None:
        return
    article = {longest, *longest.iterancestors()}
    page_length = len(tree.text_content())
    for field in fields:
        node = field
        while node.getparent() is not None and node.getparent() not in article:
            node = node.getparent()
        wall = node not in article and node.getparent() is not None
        if wall and len(node.text_content()) <= _MAX_WALL_SHARE * page_length:
            node.drop_tree()


def prune_related_boxes(tree: lxml.html.HtmlElement) -> None:
    """Remove the boxes whose class or id names them French related-content boxes."""
    page_length = len(tree.text_content())
    boxes = [
        element
        for element in tree.iter("div", "section", "aside", "q", "blockquote", "p", "ul")
        if _RELATED_BOX.search(f"{element.get('class', '')} {element.get('id', '')}")
    ]
    for box in boxes:
        inside_removed = any(ancestor in boxes for ancestor in box.iterancestors())
        if not inside_removed and len(box.text_content()) <= _MAX_WALL_SHARE * page_length:
            box.drop_tree()


def drop_navigation_cells(body: lxml.etree._Element, tree: lxml.html.HtmlElement) -> None:
    """Remove from the extractor's output the layout cells that are lists of links (sidebars)."""
    cells = [cell for row in body.iter("row") if is_layout_row(row) for cell in row]
    if not cells:
        return
    sources: dict[str, lxml.html.HtmlElement] = {}
    for source in tree.iter("td", "th"):
        sources.setdefault(_key(source.text_content()), source)
    for cell in cells:
        source = sources.get(_key("".join(cell.itertext())))
        if source is None or len(source.findall(".//a")) < _NAVIGATION_LINKS:
            continue
        if _link_share(source, _normal(source.text_content())) >= _NAVIGATION_LINK_SHARE:
            cell.getparent().remove(cell)


def drop_link_teasers(blocks: list[Block], tree: lxml.html.HtmlElement) -> list[Block]:
    """The blocks without the labelled links: teasers for other pages, picture credits."""
    candidates = [
        block
        for block in blocks
        if block.kind == "p" and len(block.text) <= _MAX_TEASER_CHARS and _LABEL.match(block.text)
    ]
    if not candidates:
        return blocks
    wanted = {_normal(block.text) for block in candidates}
    teasers = set()
    for element in tree.iter(*_TEXT_ELEMENTS):
        text = _normal(element.text_content())
        if text in wanted and _link_share(element, text) >= _TEASER_LINK_SHARE:
            teasers.add(text)
    return [block for block in blocks if _normal(block.text) not in teasers]


def restore_standfirst(blocks: list[Block], tree: lxml.html.HtmlElement) -> list[Block]:
    """The blocks with the standfirst the extractor left out put back before the body.

    A standfirst is named so by its class (or its parent's or grandparent's),
    lies after a title (<h1>), is prose rather than links, and goes before the
    first of the leading blocks that follows it on the page.
    """
    candidates = [p for p in tree.iter("p") if _is_standfirst(p)] if blocks else []
    if not candidates:
        return blocks
    body = tree.find("body")
    page = _normal((body if body is not None else tree).text_content())
    extracted = _normal(" ".join(block.text for block in blocks))
    titles = (page.find(_normal(h1.text_content())) for h1 in tree.iter("h1"))
    title_at = min((at for at in titles if at >= 0), default=None)
    leading = [page.find(_normal(block.text)[:60]) for block in blocks[:_LEADING_BLOCKS]]
    restored: list[tuple[int, Block]] = []
    for paragraph in candidates:
        text = _normal(paragraph.text_content())
        at = page.find(text)
        if (
            title_at is None
            or not title_at < at
            or len(text) < _MIN_STANDFIRST_CHARS
            or text in extracted
            or _link_share(paragraph, text) >= _TEASER_LINK_SHARE
        ):
            continue
        # the first leading block after it; none found on the page means no safe place
        place = next((i for i, found in enumerate(leading) if found < 0 or found > at), None)
        if place is not None and leading[place] >= 0:
            restored.append((place, Block("p", clean_text(paragraph.text_content(), "p"))))
    result = list(blocks)
    for place, block in reversed(restored):
        result.insert(place, block)
    return result


def _is_standfirst(paragraph: lxml.html.HtmlElement) -> bool:
    lineage = [paragraph, *_first(paragraph.iterancestors(), 2)]
    if any(element.tag in _FURNITURE for element in paragraph.iterancestors()):
        return False
    return any(
        _STANDFIRST.search(f"{element.get('class', '')} {element.get('id', '')}")
        for element in lineage
    )


def _first(elements: Iterable[lxml.html.HtmlElement], count: int) -> list[lxml.html.HtmlElement]:
    return [element for _, element in zip(range(count), elements, strict=False)]


def _link_share(element: lxml.html.HtmlElement, text: str) -> float:
    """How much of an element's (normalised) text is the text of its links."""
    linked = sum(len(_normal(link.text_content())) for link in element.iter("a"))
    return linked / len(text) if text else 0.0


def _normal(text: str) -> str:
    """Text as blocks hold it, on one line: comparable across markup and extractor output."""
    return " ".join(clean_text(text, "p").split())


def _key(text: str) -> str:
    """Text without any white space: the extractor and the page space words differently."""
    return "".join(_normal(text).split())
