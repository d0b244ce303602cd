"""The blocks of a web page's text: an extractor's XML flattened, white space normalised."""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.etree

from annotator.core.importing.text import HEADINGS
from annotator.core.model import StyleSpan

# Extractor elements that stand on their own lines even where a block is not expected.
_BLOCK_TAGS = frozenset({"p", "head", "list", "item", "quote", "table", "row", "div"})
# Extractor elements that make a table cell part of the page's layout, not of a data table.
_LAYOUT_TAGS = ("head", "p", "list", "quote", "table")
_INVISIBLE = re.compile("[\u00ad\u200b\ufeff]")  # soft hyphen, zero-width space, stray BOM
_SPACES = re.compile(r"[^\S\n]+")
_LINE_BREAKS = re.compile(r" ?\n\s*")


@dataclass(frozen=True)
class Block:
    """One structural block of the article: its StyleSpan kind and its text."""

    kind: str
    text: str


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
        elif child.tag == "row" and is_layout_row(child):
            flush()
            for cell in child:
                _collect(cell, "p", blocks)
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


def is_layout_row(row: lxml.etree._Element) -> bool:
    """Whether a table row lays out the page (its cells hold headings, paragraphs, lists).

    Such a row is not a line of data: each cell's blocks stand on their own.
    """
    return any(cell.find(tag) is not None for cell in row for tag in _LAYOUT_TAGS)


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
