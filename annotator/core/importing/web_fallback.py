"""The fallback extractor: a page's readable text, block by block, without its furniture."""

from __future__ import annotations

import lxml.etree
import lxml.html

from annotator.core.importing.web_blocks import Block, clean_text

# Below this many characters an <article> or <main> is not the article (nor is an extraction).
MIN_ARTICLE_CHARS = 250

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
