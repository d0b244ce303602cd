"""What both document viewers share: the signals and methods the window relies on,
and how an annotation looks (colours, hover text)."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtGui import QColor

from annotator.core.model import Annotation, Concept

HIGHLIGHT_ALPHA = 90  # of 255: translucent enough to read dark text through
NO_CONCEPT_COLOR = "#c0c0c0"


@dataclass(frozen=True)
class Highlight:
    """An annotation as a viewer draws it."""

    annotation_id: int
    start: int  # code-point offsets into the canonical text
    end: int
    colors: tuple[QColor, ...]  # one per concept, opaque; viewers apply HIGHLIGHT_ALPHA
    tooltip: str  # rich text: concepts, memo, author


def highlights_for(
    annotations: list[Annotation], concepts: dict[int, Concept]
) -> list[Highlight]:
    result = []
    for annotation in annotations:
        named = [concepts[c] for c in annotation.concept_ids if c in concepts]
        colors = tuple(QColor(c.color) for c in named) or (QColor(NO_CONCEPT_COLOR),)
        result.append(Highlight(annotation.id, annotation.start, annotation.end, colors,
                                tooltip_for(annotation, named)))
    return result


def tooltip_for(annotation: Annotation, concepts: list[Concept]) -> str:
    names = ", ".join(
        f'<span style="color:{c.color}">■</span> {html.escape(c.name)}' for c in concepts
    ) or "<i>no concept</i>"
    parts = [f"<b>{names}</b>"]
    if annotation.memo:
        parts.append(html.escape(annotation.memo).replace("\n", "<br>"))
    if annotation.author:
        parts.append(f"<small>{html.escape(annotation.author)}</small>")
    return "<br>".join(parts)


def blended(colors: tuple[QColor, ...], alpha: int = HIGHLIGHT_ALPHA) -> QColor:
    """One translucent colour standing for several overlapping concepts."""
    red = sum(c.red() for c in colors) // len(colors)
    green = sum(c.green() for c in colors) // len(colors)
    blue = sum(c.blue() for c in colors) // len(colors)
    return QColor(red, green, blue, alpha)
