"""What an edit changed, so that views patch themselves instead of re-reading the project.

Every edit of the window's editor publishes one Change: the ids of the annotations
it added, edited or removed, the documents they belong to, and the concepts whose
usage changed. A view holding a document's highlights reads back only those
annotations (or takes them from the change when the edit gives them as stored); a
codebook view re-counts only those concepts. Coarse flags say when a whole list must
be read again (documents added or removed, the codebook's shape or looks changed, or
a change made elsewhere: another process, an import of a whole project), which is
rare and never on the coding loop's path.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from annotator.core.model import Annotation


@dataclass(frozen=True)
class Change:
    """The parts of a project one edit touched."""

    annotations: frozenset[int] = field(default_factory=frozenset)
    documents: frozenset[int] = field(default_factory=frozenset)
    concepts: frozenset[int] = field(default_factory=frozenset)  # usage counts changed
    document_list: bool = False  # documents added, removed or described anew
    codebook: bool = False  # concepts added, removed, renamed, moved, recoloured
    all_annotations: bool = False  # annotations changed beyond the ids listed
    # some of the annotations listed as the edit left them, which a view may take instead
    # of reading them back (an edit gives only those it knows to be stored so)
    values: tuple[Annotation, ...] = ()

    @classmethod
    def of_annotations(
        cls, annotation_ids: Iterable[int], document_ids: Iterable[int],
        concept_ids: Iterable[int] = (), values: Iterable[Annotation] = (),
    ) -> Change:
        return cls(frozenset(annotation_ids), frozenset(document_ids), frozenset(concept_ids),
                   values=tuple(values))

    @classmethod
    def everything(cls) -> Change:
        """A change whose extent is unknown (made elsewhere): read everything again."""
        return cls(document_list=True, codebook=True, all_annotations=True)

    @property
    def touches_annotations(self) -> bool:
        return bool(self.annotations) or self.all_annotations

    @property
    def touches_concepts(self) -> bool:
        return bool(self.concepts) or self.codebook or self.all_annotations

    @property
    def touches_documents(self) -> bool:
        return bool(self.documents) or self.document_list

    def touches_document(self, document_id: int) -> bool:
        """Whether the highlights of this document may differ after the change."""
        return self.all_annotations or document_id in self.documents
