"""Concept names made unique for REFI-QDA tools that need them so (QualCoder).

Names are unique among siblings here, but "Other" may sit under several
parents; QualCoder then merges or refuses them. An export can warn about it
and, on request, qualify each repeated name as "Parent/Child" (its path) or
"Child (Parent)".
"""

from __future__ import annotations

from collections import defaultdict
from typing import Literal

from annotator.core.exporting.codebook import Codebook

Qualify = Literal["path", "parent"]
QUALIFY_STYLES: tuple[Qualify, ...] = ("path", "parent")


def repeated_names(codebook: Codebook) -> dict[str, list[int]]:
    """{name: concept ids} for each name (ignoring case) that several concepts bear."""
    by_name: dict[str, list[int]] = defaultdict(list)
    for concept in codebook.concepts:
        by_name[concept.name.casefold()].append(concept.id)
    return {codebook[ids[0]].name: ids for ids in by_name.values() if len(ids) > 1}


def qualified_names(codebook: Codebook, style: Qualify | None) -> dict[int, str]:
    """The name to export for each concept: its own, or qualified when repeated and asked."""
    names = {concept.id: concept.name for concept in codebook.concepts}
    if style is None:
        return names
    qualified = [
        concept_id
        for ids in repeated_names(codebook).values()
        for concept_id in ids
        if codebook[concept_id].parent_id in codebook
    ]  # top-level names stay
    for concept_id in qualified:
        concept = codebook[concept_id]
        if style == "path" or concept.parent_id is None:  # (qualified ones have a parent)
            names[concept_id] = codebook.path(concept_id)
        else:
            names[concept_id] = f"{concept.name} ({codebook[concept.parent_id].name})"
    counts: dict[str, int] = defaultdict(int)
    for name in names.values():
        counts[name.casefold()] += 1
    for concept_id in qualified:  # "Child (Parent)" may be taken: the path is not
        if counts[names[concept_id].casefold()] > 1:
            names[concept_id] = codebook.path(concept_id)
    return names


def repeated_names_warning(codebook: Codebook, style: Qualify | None) -> str:
    """A warning for names several concepts share (with an example), or "" when none do
    or the export qualifies them."""
    repeated = repeated_names(codebook)
    if not repeated or style is not None:
        return ""
    name, ids = next(iter(repeated.items()))
    example = ", ".join(f"“{codebook.path(i)}”" for i in ids[:3])
    return (
        f"{len(repeated)} concept names are used by several concepts (e.g. “{name}”: "
        f"{example}); QualCoder needs unique names: qualify them as Parent/Child or "
        "Child (Parent)"
    )
