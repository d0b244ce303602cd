"""What both document viewers share: the signals and methods the window relies on,
and how an annotation looks (colours, hover text)."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from annotator.core.model import Annotation, Concept

HIGHLIGHT_ALPHA = 90  # of 255: translucent enough to read dark text through
UNDERLINE_WIDTH = 2.0  # pixels: what tells a highlight from a selection at a glance
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
    """The highlights of `annotations`.

    Called with a document's thousands of annotations after each edit: each
    concept's colour and name, each set of concepts' look and each author are
    worked out once per call, not once per annotation; and only for the concepts
    the annotations carry (a key press makes one highlight, whatever the codebook).
    """
    colors: dict[int, QColor] = {}
    names: dict[int, str] = {}
    looks: dict[tuple[int, ...], tuple[tuple[QColor, ...], str]] = {}
    authors: dict[str, str] = {}
    result = []
    for annotation in annotations:
        look = looks.get(annotation.concept_ids)
        if look is None:
            known = [c for c in annotation.concept_ids if c in concepts]
            for concept_id in known:
                if concept_id not in colors:
                    colors[concept_id] = QColor(concepts[concept_id].color)
                    names[concept_id] = _name(concepts[concept_id])
            look = looks[annotation.concept_ids] = (
                tuple(colors[c] for c in known) or (QColor(NO_CONCEPT_COLOR),),
                _names([names[c] for c in known]))
        shades, tooltip = look
        if annotation.memo:
            tooltip += "<br>" + html.escape(annotation.memo).replace("\n", "<br>")
        if annotation.author:
            author = authors.get(annotation.author)
            if author is None:
                author = authors[annotation.author] = (
                    f"<br><small>{html.escape(annotation.author)}</small>")
            tooltip += author
        anchor = annotation.anchor
        result.append(Highlight(annotation.id, anchor.start, anchor.end, shades, tooltip))
    return result


def _name(concept: Concept) -> str:
    return f'<span style="color:{concept.color}">■</span> {html.escape(concept.name)}'


def _names(names: list[str]) -> str:
    none = QCoreApplication.translate("Highlight", "no concept")
    return f"<b>{', '.join(names) or f'<i>{none}</i>'}</b>"


def blended(colors: tuple[QColor, ...], alpha: int = HIGHLIGHT_ALPHA) -> QColor:
    """One translucent colour standing for several overlapping concepts."""
    red = sum(c.red() for c in colors) // len(colors)
    green = sum(c.green() for c in colors) // len(colors)
    blue = sum(c.blue() for c in colors) // len(colors)
    return QColor(red, green, blue, alpha)


def underline_color(tint: QColor) -> QColor:
    """The line drawn under a highlight: its colour opaque and darker, so even a pale
    yellow shows on white paper. A selection has none (it is the desktop's own fill)."""
    return QColor(tint.red(), tint.green(), tint.blue()).darker(160)
