"""The one door through which the window edits a project: every edit is undoable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from annotator.core.document_properties import DocumentProperties
from annotator.core.errors import AnnotatorError
from annotator.core.importing.base import ImportedDocument
from annotator.core.model import Annotation, Concept
from annotator.core.project import AddResult, Project
from annotator.gui import commands
from annotator.gui.messages import user_message


class Editor(QObject):
    """Wraps a Project and a QUndoStack; panels call it, never the project's edits."""

    documentsChanged = Signal()
    conceptsChanged = Signal()
    annotationsChanged = Signal()
    errorOccurred = Signal(str)

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.undo_stack = QUndoStack(self)

    # -- plumbing ---------------------------------------------------------------
    def _notify_annotations(self) -> None:
        self.annotationsChanged.emit()

    def _notify_concepts(self) -> None:
        self.conceptsChanged.emit()
        self.annotationsChanged.emit()

    def _notify_documents(self) -> None:
        self.documentsChanged.emit()
        self.annotationsChanged.emit()

    def _push(self, command: commands.ProjectCommand) -> bool:
        if self.project.read_only:
            self.errorOccurred.emit(self.tr(
                "This project is open read-only: your changes cannot be saved. "
                "Use “Save a copy…” to work on a copy."))
            return False
        command.report = lambda message: self.errorOccurred.emit(user_message(message))
        try:
            command.do()
        except AnnotatorError as exc:
            self.errorOccurred.emit(user_message(str(exc)))
            return False
        command.already_done = True
        self.undo_stack.push(command)
        return True

    # -- annotations ------------------------------------------------------------
    def annotate(self, document_id: int, start: int, end: int,
                 concept_ids: tuple[int, ...] = (), memo: str = "") -> Annotation | None:
        command = commands.Annotate(self.project, self._notify_annotations, document_id,
                                    start, end, tuple(concept_ids), memo)
        return command.annotation if self._push(command) else None

    def delete_annotation(self, annotation_id: int) -> bool:
        return self._push(
            commands.DeleteAnnotation(self.project, self._notify_annotations, annotation_id))

    def set_memo(self, annotation_id: int, memo: str) -> bool:
        if self.project.annotation(annotation_id).memo == memo:
            return False
        return self._push(
            commands.SetMemo(self.project, self._notify_annotations, annotation_id, memo))

    def set_annotation_concepts(self, annotation_id: int, concept_ids: tuple[int, ...]) -> bool:
        return self._push(commands.SetAnnotationConcepts(
            self.project, self._notify_annotations, annotation_id, tuple(concept_ids)))

    def toggle_concept(self, annotation_id: int, concept_id: int) -> bool:
        current = self.project.annotation(annotation_id).concept_ids
        if concept_id in current:
            wanted = tuple(c for c in current if c != concept_id)
            text = QCoreApplication.translate("Commands", "Remove concept")
        else:
            wanted = (*current, concept_id)
            text = QCoreApplication.translate("Commands", "Add concept")
        return self._push(commands.SetAnnotationConcepts(
            self.project, self._notify_annotations, annotation_id, wanted, text))

    # -- concepts ---------------------------------------------------------------
    def add_concept(self, name: str, parent_id: int | None = None,
                    color: str | None = None) -> Concept | None:
        command = commands.AddConcept(self.project, self._notify_concepts, name, parent_id, color)
        return command.concept if self._push(command) else None

    def rename_concept(self, concept_id: int, name: str) -> bool:
        return self._push(commands.UpdateConcept(
            self.project, self._notify_concepts, concept_id,
            QCoreApplication.translate("Commands", "Rename concept"), name=name))

    def recolor_concept(self, concept_id: int, color: str) -> bool:
        return self._push(commands.UpdateConcept(
            self.project, self._notify_concepts, concept_id,
            QCoreApplication.translate("Commands", "Change colour"), color=color))

    def describe_concept(self, concept_id: int, description: str) -> bool:
        return self._push(commands.UpdateConcept(
            self.project, self._notify_concepts, concept_id,
            QCoreApplication.translate("Commands", "Edit description"),
            description=description))

    def set_concept_key(self, concept_id: int, key: str) -> bool:
        """Give a concept the number key `key` ("1"-"9"), or none with ""."""
        return self._push(commands.UpdateConcept(
            self.project, self._notify_concepts, concept_id, "Change key", shortcut=key))

    def move_concept(self, concept_id: int, parent_id: int | None,
                     position: int | None = None) -> bool:
        return self._push(commands.MoveConcept(
            self.project, self._notify_concepts, concept_id, parent_id, position))

    def delete_concept(self, concept_id: int) -> bool:
        return self._push(
            commands.DeleteConcept(self.project, self._notify_concepts, concept_id))

    def merge_concepts(self, source_id: int, target_id: int) -> bool:
        return self._push(commands.MergeConcepts(
            self.project, self._notify_concepts, source_id, target_id))

    # -- documents --------------------------------------------------------------
    def add_document(self, imported: ImportedDocument) -> AddResult | None:
        """Store an import; a duplicate is reported, not added, and not undoable."""
        existing = self.project.find_duplicate(imported)
        if existing is not None:
            return AddResult(existing, created=False)
        command = commands.AddDocument(self.project, self._notify_documents, imported)
        return command.result if self._push(command) else None

    def set_document_properties(self, document_id: int,
                                properties: DocumentProperties) -> bool:
        """Rename a document or correct its author, date, address or memo (undoable)."""
        return self._push(commands.SetDocumentProperties(
            self.project, self._notify_documents, document_id, properties))

    def remove_document(self, document_id: int) -> bool:
        return self._push(
            commands.RemoveDocument(self.project, self._notify_documents, document_id))
