"""QUndoCommand subclasses, each wrapping one Project edit and its inverse."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from annotator.core.autocode import AutocodeBatch, AutocodeHit
from annotator.core.changes import Change
from annotator.core.document_properties import DocumentProperties
from annotator.core.errors import AnnotatorError
from annotator.core.importing.base import ImportedDocument
from annotator.core.model import Annotation, Concept
from annotator.core.project import (
    AddResult,
    ConceptDeletion,
    ConceptMerge,
    DocumentDeletion,
    Project,
    Tagging,
)

Notify = Callable[[Change], None]
translate = QCoreApplication.translate  # the undo texts show in Edit ▸ Undo


class ProjectCommand(QUndoCommand):
    """One edit. The editor calls `do()` once before pushing, so a refused edit
    (a ProjectError) never reaches the undo stack; the push's own redo is then
    skipped, and later redos replay the edit."""

    def __init__(self, project: Project, text: str, notify: Notify) -> None:
        super().__init__(text)
        self.project = project
        self._notify = notify
        self.already_done = False
        # Set by the editor: how a failed undo or redo (a full disk...) is reported.
        self.report: Callable[[AnnotatorError], None] = lambda _error: None
        # The last undo or redo could not be made: the editor steps the stack back over it.
        self.failed = False
        self._stepping_back = False

    def redo(self) -> None:
        if self._stepping_back:
            self._stepping_back = False
            return
        if self.already_done:
            self.already_done = False
        elif not self._guarded(self.do):
            return
        self._notify(self.change())

    def undo(self) -> None:
        if self._stepping_back:
            self._stepping_back = False
            return
        if self._guarded(self.revert):
            self._notify(self.change())

    def step_back(self) -> None:
        """The stack moves back over this failed step: nothing is made, nothing changed."""
        self.failed = False
        self._stepping_back = True

    def _guarded(self, step: Callable[[], None]) -> bool:
        """Qt's undo machinery cannot take an exception: report it instead (False)."""
        try:
            step()
        except AnnotatorError as exc:
            self.failed = True
            self.report(exc)
            return False
        return True

    def do(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def change(self) -> Change:
        """What doing or undoing this edit changes, for the views to patch themselves."""
        raise NotImplementedError

    def did_something(self) -> bool:
        """False when `do()` found nothing to change (then there is nothing to undo)."""
        return True


class TagPassage(ProjectCommand):
    """A concept key on a selection: a new highlight, or the concept added to the
    highlight of exactly that range (the rule lives in Project.tag_passage)."""

    def __init__(self, project: Project, notify: Notify, document_id: int, start: int,
                 end: int, concept_id: int) -> None:
        super().__init__(project, translate("Commands", "Highlight passage"), notify)
        self._args = (document_id, start, end, concept_id)
        self.tagging: Tagging | None = None
        self._as_stored: tuple[Annotation, ...] = ()  # the passage, right after tagging

    def do(self) -> None:
        if self.tagging is None:
            self.tagging = self.project.tag_passage(*self._args)
            self._as_stored = (self.tagging.annotation,)
            return
        self._as_stored = ()  # a replay may stamp it anew: views read it back
        if self.tagging.created:
            self.project.restore_annotation(self.tagging.annotation)
        else:
            annotation = self.tagging.annotation
            self.project.set_annotation_concepts(annotation.id, annotation.concept_ids)

    def revert(self) -> None:
        assert self.tagging is not None
        self._as_stored = ()
        self.project.untag_passage(self.tagging)

    def did_something(self) -> bool:
        return self.tagging is not None and self.tagging.changed

    def change(self) -> Change:
        document_id, _start, _end, concept_id = self._args
        ids = [self.tagging.annotation.id] if self.tagging is not None else []
        return Change.of_annotations(ids, [document_id], [concept_id], self._as_stored)


class Autocode(ProjectCommand):
    """Every chosen hit of a search coded with a concept: one undo step for the batch
    (the rule and the batch edit live in Project.autocode)."""

    def __init__(self, project: Project, notify: Notify, concept_id: int,
                 hits: Sequence[AutocodeHit]) -> None:
        text = translate("Commands", "Autocode %1 passages").replace("%1", str(len(hits)))
        super().__init__(project, text, notify)
        self._concept_id, self._hits = concept_id, tuple(hits)
        self.batch: AutocodeBatch | None = None

    def do(self) -> None:
        if self.batch is None:
            self.batch = self.project.autocode(self._concept_id, self._hits)
        else:
            self.project.redo_autocode(self.batch)

    def revert(self) -> None:
        assert self.batch is not None
        self.project.undo_autocode(self.batch)

    def did_something(self) -> bool:
        return self.batch is not None and bool(self.batch.taggings)

    def change(self) -> Change:
        if self.batch is None:
            return Change.of_annotations([], [], [self._concept_id])
        return Change.of_annotations(self.batch.annotation_ids, self.batch.document_ids,
                                     [self._concept_id])


class Annotate(ProjectCommand):
    def __init__(self, project: Project, notify: Notify, document_id: int, start: int,
                 end: int, concept_ids: tuple[int, ...], memo: str = "") -> None:
        super().__init__(project, translate("Commands", "Highlight passage"), notify)
        self._args = (document_id, start, end, concept_ids, memo)
        self.annotation: Annotation | None = None

    def do(self) -> None:
        if self.annotation is None:
            self.annotation = self.project.annotate(*self._args[:4], memo=self._args[4])
        else:
            self.project.restore_annotation(self.annotation)

    def revert(self) -> None:
        assert self.annotation is not None
        self.project.delete_annotation(self.annotation.id)

    def change(self) -> Change:
        ids = [self.annotation.id] if self.annotation is not None else []
        return Change.of_annotations(ids, [self._args[0]], self._args[3])


class DeleteAnnotation(ProjectCommand):
    def __init__(self, project: Project, notify: Notify, annotation_id: int) -> None:
        super().__init__(project, translate("Commands", "Delete highlight"), notify)
        self._id = annotation_id
        self._old: Annotation | None = None

    def do(self) -> None:
        self._old = self.project.delete_annotation(self._id)

    def revert(self) -> None:
        assert self._old is not None
        self.project.restore_annotation(self._old)

    def change(self) -> Change:
        old = self._old
        if old is None:
            return Change.of_annotations([self._id], [])
        return Change.of_annotations([old.id], [old.document_id], old.concept_ids)


class SetMemo(ProjectCommand):
    """A memo edit made on the memo the user saw (`expected`): another coder's memo saved
    meanwhile is refused (an EditConflict), on the first go as on undo and redo."""

    def __init__(self, project: Project, notify: Notify, annotation_id: int, memo: str,
                 expected: str | None = None) -> None:
        super().__init__(project, translate("Commands", "Edit memo"), notify)
        self._id, self._memo, self._expected = annotation_id, memo, expected
        self._old: str | None = None
        self._document_id = project.annotation(annotation_id).document_id

    def do(self) -> None:
        expected = self._expected if self._old is None else self._old
        self._old = self.project.set_memo(self._id, self._memo, expected=expected)

    def revert(self) -> None:
        assert self._old is not None
        self.project.set_memo(self._id, self._old, expected=self._memo)

    def change(self) -> Change:
        return Change.of_annotations([self._id], [self._document_id])


class SetAnnotationConcepts(ProjectCommand):
    def __init__(self, project: Project, notify: Notify, annotation_id: int,
                 concept_ids: tuple[int, ...], text: str | None = None) -> None:
        super().__init__(project, text or translate("Commands", "Change concepts"), notify)
        self._id, self._ids = annotation_id, concept_ids
        self._old: tuple[int, ...] = ()
        self._document_id = project.annotation(annotation_id).document_id

    def do(self) -> None:
        self._old = self.project.set_annotation_concepts(self._id, self._ids)

    def revert(self) -> None:
        self.project.set_annotation_concepts(self._id, self._old)

    def change(self) -> Change:
        return Change.of_annotations([self._id], [self._document_id], {*self._old, *self._ids})


class AddConcept(ProjectCommand):
    def __init__(self, project: Project, notify: Notify, name: str,
                 parent_id: int | None, color: str | None = None) -> None:
        # a verb, as the other labels: "New concept %1" read "New concept New concept"
        text = translate("Commands", "Create concept “%1”").replace("%1", name)
        super().__init__(project, text, notify)
        self._args = (name, parent_id, color)
        self.concept: Concept | None = None
        self._cancelled = False

    def cancel(self) -> None:
        """Make the next undo a cancelled creation: undone, the command leaves the stack
        (Qt deletes an obsolete command it undoes), so no redo brings the concept back."""
        self._cancelled = True

    def undo(self) -> None:
        super().undo()
        if self._cancelled and not self.failed:
            self.setObsolete(True)
        self._cancelled = False

    def do(self) -> None:
        if self.concept is None:
            name, parent_id, color = self._args
            self.concept = self.project.add_concept(name, parent_id=parent_id, color=color)
        else:
            self.project.restore_concepts(ConceptDeletion((self.concept,), ()))

    def revert(self) -> None:
        assert self.concept is not None
        self.project.delete_concept(self.concept.id)

    def change(self) -> Change:
        return Change(codebook=True)


class UpdateConcept(ProjectCommand):
    """Rename, recolor, describe or set a shortcut."""

    def __init__(self, project: Project, notify: Notify, concept_id: int, text: str,
                 expected: dict[str, Any] | None = None, **changes: Any) -> None:
        super().__init__(project, text, notify)
        self._id, self._changes, self._expected = concept_id, changes, expected
        self._old: dict[str, Any] = {}
        self._new: dict[str, Any] = {}

    def do(self) -> None:
        expected = self._old or self._expected
        old = self.project.update_concept(self._id, expected=expected, **self._changes)
        self._old = {key: getattr(old, key) for key in self._changes}
        if expected is not None:  # as stored (a name is tidied), for undo to expect
            new = self.project.concept(self._id)
            self._new = {key: getattr(new, key) for key in self._changes}

    def revert(self) -> None:
        self.project.update_concept(self._id, expected=self._new or None, **self._old)

    def change(self) -> Change:
        return Change(codebook=True)


class MoveConcept(ProjectCommand):
    def __init__(self, project: Project, notify: Notify, concept_id: int,
                 parent_id: int | None, position: int | None) -> None:
        super().__init__(project, translate("Commands", "Move concept"), notify)
        self._args = (concept_id, parent_id, position)
        self._old: Concept | None = None

    def do(self) -> None:
        self._old = self.project.move_concept(*self._args)

    def revert(self) -> None:
        assert self._old is not None
        self.project.restore_concept_placement(self._old)

    def change(self) -> Change:
        return Change(codebook=True)


class DeleteConcept(ProjectCommand):
    def __init__(self, project: Project, notify: Notify, concept_id: int) -> None:
        super().__init__(project, translate("Commands", "Delete concept"), notify)
        self._id = concept_id
        self._deletion: ConceptDeletion | None = None

    def do(self) -> None:
        self._deletion = self.project.delete_concept(self._id)

    def revert(self) -> None:
        assert self._deletion is not None
        self.project.restore_concepts(self._deletion)

    def change(self) -> Change:
        return Change(codebook=True, all_annotations=True)


class MergeConcepts(ProjectCommand):
    def __init__(self, project: Project, notify: Notify, source_id: int, target_id: int) -> None:
        super().__init__(project, translate("Commands", "Merge concepts"), notify)
        self._ids = (source_id, target_id)
        self._merge: ConceptMerge | None = None

    def do(self) -> None:
        self._merge = self.project.merge_concepts(*self._ids)

    def revert(self) -> None:
        assert self._merge is not None
        self.project.unmerge_concepts(self._merge)

    def change(self) -> Change:
        return Change(codebook=True, all_annotations=True)


class RemoveDocument(ProjectCommand):
    def __init__(self, project: Project, notify: Notify, document_id: int) -> None:
        super().__init__(project, translate("Commands", "Remove document"), notify)
        self._id = document_id
        self._deletion: DocumentDeletion | None = None

    def do(self) -> None:
        self._deletion = self.project.remove_document(self._id)

    def revert(self) -> None:
        assert self._deletion is not None
        self.project.restore_document(self._deletion)

    def change(self) -> Change:
        return Change(frozenset(), frozenset([self._id]), document_list=True, all_annotations=True)


class AddDocument(ProjectCommand):
    """Importing is undoable too: undo removes the document, redo puts it back.

    Made with `imported` it saves the document when first done; made with `saved`
    (an import a background job has already written) it only takes the undo step.
    """

    def __init__(self, project: Project, notify: Notify,
                 imported: ImportedDocument | None = None, *,
                 saved: AddResult | None = None) -> None:
        title = saved.document.title if saved is not None else imported.title if imported else ""
        text = translate("Commands", "Import %1").replace("%1", title[:40])
        super().__init__(project, text, notify)
        self._imported = imported
        self.result: AddResult | None = saved
        self._deletion: DocumentDeletion | None = None

    def do(self) -> None:
        if self.result is None:
            assert self._imported is not None
            self.result = self.project.add_document(self._imported)
        else:
            assert self._deletion is not None
            self.project.restore_document(self._deletion)

    def revert(self) -> None:
        assert self.result is not None
        self._deletion = self.project.remove_document(self.result.document.id)

    def change(self) -> Change:
        return Change(document_list=True, all_annotations=True)


class SetDocumentProperties(ProjectCommand):
    """Correct a document's title, author, date, address or memo."""

    def __init__(self, project: Project, notify: Notify, document_id: int,
                 properties: DocumentProperties) -> None:
        super().__init__(project, translate("Commands", "Edit document properties"), notify)
        self._id, self._new = document_id, properties
        self._old: DocumentProperties | None = None

    def do(self) -> None:
        self._old = self.project.set_document_properties(self._id, self._new)

    def revert(self) -> None:
        assert self._old is not None
        self.project.set_document_properties(self._id, self._old)

    def change(self) -> Change:
        return Change(document_list=True)
