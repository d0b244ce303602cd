"""The codebook as exporters need it: concepts in tree order, their paths, roots and subtrees."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from annotator.core.errors import EditCause, ProjectError
from annotator.core.model import Concept

NO_CONCEPT_COLOR = "#c0c0c0"  # as the viewers show a highlight without concepts
_HEX_COLOR = re.compile(r"#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})")


def hex_color(concept: Concept | None) -> str:
    """The concept's colour as "#rrggbb"; grey without a concept or when it is not a hex colour."""
    match = _HEX_COLOR.fullmatch(concept.color) if concept else None
    if match is None:
        return NO_CONCEPT_COLOR
    digits = match.group(1)
    return "#" + (digits if len(digits) == 6 else "".join(d * 2 for d in digits)).lower()


class Codebook:
    """A snapshot of the concept tree, read once and queried without the database."""

    def __init__(self, concepts: Sequence[Concept]) -> None:
        self.concepts = list(concepts)  # parents before children, siblings in order
        self._by_id = {concept.id: concept for concept in self.concepts}
        self._paths: dict[int, str] = {}
        self._roots: dict[int, Concept] = {}
        self._depths: dict[int, int] = {}
        for concept in self.concepts:
            parent = None if concept.parent_id is None else self._by_id.get(concept.parent_id)
            if parent is None:
                self._paths[concept.id] = concept.name
                self._roots[concept.id] = concept
                self._depths[concept.id] = 0
            else:
                self._paths[concept.id] = f"{self._paths[parent.id]}/{concept.name}"
                self._roots[concept.id] = self._roots[parent.id]
                self._depths[concept.id] = self._depths[parent.id] + 1

    def __getitem__(self, concept_id: int) -> Concept:
        return self._by_id[concept_id]

    def __contains__(self, concept_id: object) -> bool:
        return concept_id in self._by_id

    def path(self, concept_id: int) -> str:
        return self._paths[concept_id]

    def root(self, concept_id: int) -> Concept:
        """The top-level concept above (or equal to) this one."""
        return self._roots[concept_id]

    def depth(self, concept_id: int) -> int:
        return self._depths[concept_id]

    def roots(self) -> list[Concept]:
        return [concept for concept in self.concepts if self._depths[concept.id] == 0]

    def subtree_ids(self, concept_ids: Iterable[int]) -> frozenset[int]:
        """The given concepts and all their sub-concepts."""
        wanted = set()
        for concept_id in concept_ids:
            if concept_id not in self._by_id:
                raise ProjectError.coded("", EditCause.NO_CONCEPT, id=concept_id)
            wanted.add(concept_id)
        for concept in self.concepts:  # parents come before children
            if concept.parent_id in wanted:
                wanted.add(concept.id)
        return frozenset(wanted)
