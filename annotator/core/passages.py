"""Coding passages: the rule a concept key follows, as one core edit with its inverse.

Mixed into Project. Pressing a concept's key on a selection either adds the concept
to the highlight that covers exactly that range (found with an indexed lookup, not
by scanning the document's highlights) or makes a new highlight; both are undone
by `untag_passage` with the Tagging the edit returned.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from annotator.core.model import Annotation
from annotator.core.store import Store


@dataclass(frozen=True)
class Tagging:
    """What tagging a passage did: the highlight as it is now, and how to take it back."""

    annotation: Annotation
    created: bool  # a new highlight was made (undo deletes it)
    previous_concepts: tuple[int, ...]  # its concepts before (undo puts them back)

    @property
    def changed(self) -> bool:
        return self.created or self.previous_concepts != self.annotation.concept_ids


class PassageCoding:
    """Tagging edits of Project; relies on Project's store and annotation edits."""

    _store: Store

    if TYPE_CHECKING:  # Project's annotation edits, which these build on

        def annotation(self, annotation_id: int) -> Annotation: ...

        def annotate(self, document_id: int, start: int, end: int,
                     concept_ids: Sequence[int] = (), memo: str = "") -> Annotation: ...

        def set_annotation_concepts(self, annotation_id: int,
                                    concept_ids: Iterable[int]) -> tuple[int, ...]: ...

    def annotation_at(self, document_id: int, start: int, end: int) -> Annotation | None:
        """The highlight covering exactly text[start:end] of a document, if any."""
        found = self._store.annotation_id_at(document_id, start, end)
        return None if found is None else self.annotation(found)

    def tag_passage(self, document_id: int, start: int, end: int, concept_id: int) -> Tagging:
        """Tag text[start:end] with a concept: the exact same range already highlighted
        gets the concept added (once); otherwise a new highlight is made."""
        existing = self.annotation_at(document_id, start, end)
        if existing is None:
            created = self.annotate(document_id, start, end, (concept_id,))
            return Tagging(created, created=True, previous_concepts=())
        previous = existing.concept_ids
        if concept_id in previous:
            return Tagging(existing, created=False, previous_concepts=previous)
        self.set_annotation_concepts(existing.id, (*previous, concept_id))
        return Tagging(self.annotation(existing.id), created=False, previous_concepts=previous)

    def untag_passage(self, tagging: Tagging) -> None:
        """Undo a tag_passage."""
        if tagging.created:
            self._store.delete_annotation(tagging.annotation.id)
        elif tagging.changed:
            self.set_annotation_concepts(tagging.annotation.id, tagging.previous_concepts)
