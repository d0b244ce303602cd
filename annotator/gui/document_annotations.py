"""The highlights of the document on screen, kept in step with edits.

The reader and the highlights panel both show the open document's annotations.
Instead of each re-reading all of them after every key press (thousands in a long
document), they share this copy, which an edit's Change patches by reading back
only the annotations it names (none when the change gives them as stored): one small
query at most, whatever the size of the document or the project.
"""

from __future__ import annotations

import bisect

from annotator.core.changes import Change
from annotator.core.model import Annotation
from annotator.core.project import Project


def _order(annotation: Annotation) -> tuple[int, int, int]:
    return (annotation.start, annotation.end, annotation.id)


class DocumentAnnotations:
    """One document's annotations in reading order, patched by changes."""

    def __init__(self, project: Project) -> None:
        self._project = project
        self.document_id: int | None = None
        self._by_id: dict[int, Annotation] = {}
        self._keys: list[tuple[int, int, int]] = []
        self._sorted: list[Annotation] = []

    def show(self, document_id: int | None) -> None:
        """Hold the annotations of this document (None: no document)."""
        self.document_id = document_id
        self.reload()

    def reload(self) -> None:
        found = ([] if self.document_id is None
                 else self._project.annotations(document_id=self.document_id))
        self._by_id = {a.id: a for a in found}
        self._sorted = sorted(found, key=_order)
        self._keys = [_order(a) for a in self._sorted]

    def annotations(self) -> list[Annotation]:
        """In reading order (start, end, id); do not modify the list."""
        return self._sorted

    def index_of(self, annotation: Annotation) -> int:
        """The place of a held annotation in reading order."""
        return bisect.bisect_left(self._keys, _order(annotation))

    def get(self, annotation_id: int) -> Annotation | None:
        return self._by_id.get(annotation_id)

    def apply(self, change: Change) -> None:
        """Bring the copy up to date, reading back only the annotations `change` names."""
        if self.document_id is None or not change.touches_document(self.document_id):
            return
        if change.all_annotations:
            self.reload()
            return
        ids = sorted(change.annotations)
        given = {a.id: a for a in change.values}
        unknown = [annotation_id for annotation_id in ids if annotation_id not in given]
        read = self._project.annotations_by_id(unknown) if unknown else []
        fresh = {a.id: a for a in (*given.values(), *read) if a.document_id == self.document_id}
        for annotation_id in ids:
            old, new = self._by_id.get(annotation_id), fresh.get(annotation_id)
            if old == new:
                continue
            if old is not None:
                self._remove(old)
            if new is not None:
                self._insert(new)

    def _remove(self, annotation: Annotation) -> None:
        index = bisect.bisect_left(self._keys, _order(annotation))
        del self._keys[index], self._sorted[index]
        del self._by_id[annotation.id]

    def _insert(self, annotation: Annotation) -> None:
        key = _order(annotation)
        index = bisect.bisect_left(self._keys, key)
        self._keys.insert(index, key)
        self._sorted.insert(index, annotation)
        self._by_id[annotation.id] = annotation
