"""The one door through which the window edits a project: every edit is undoable."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from annotator.core.autocode import AutocodeBatch, AutocodeHit
from annotator.core.changes import Change
from annotator.core.document_properties import DocumentProperties
from annotator.core.errors import AnnotatorError, EditConflict
from annotator.core.importing.base import ImportedDocument
from annotator.core.model import Annotation, Concept
from annotator.core.project import AddResult, Project, Tagging
from annotator.core.sets import DocumentSet
from annotator.core.store.postgres.errors import ServerAway, ServerNotSaved
from annotator.core.variables import Variable, VariableType, parse_value
from annotator.core.variables_sheet import VariablesImportReport
from annotator.gui import commands, set_commands, variable_commands
from annotator.gui.document_annotations import DocumentAnnotations
from annotator.gui.messages import describe
from annotator.gui.server_reads import WaitingReads


class Editor(QObject):
    """Wraps a Project and a QUndoStack; panels call it, never the project's edits.

    Each edit publishes one Change (`changed`): what it touched, so that views patch
    themselves instead of re-reading the project. The coarse signals below follow
    from it for views that only need to know that something of a kind changed.
    """

    changed = Signal(object)  # a core.changes.Change
    documentsChanged = Signal()
    conceptsChanged = Signal()
    annotationsChanged = Signal()
    errorOccurred = Signal(str)
    # an edit the server could not save (a lost connection) is kept to retry: True when
    # one waits, False when it was retried or dropped
    pendingChanged = Signal(bool)

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.undo_stack = QUndoStack(self)
        # the open document's highlights, shared by the reader and the highlights panel
        self.shown = DocumentAnnotations(project)
        self.pending: commands.ProjectCommand | None = None
        # reads of a server project that found its server away, made once it is back
        self.reads = WaitingReads(self)
        self._index = 0  # the undo stack's index, to step back over a failed undo or redo
        self.undo_stack.indexChanged.connect(self._stepped)

    # -- plumbing ---------------------------------------------------------------
    def publish(self, change: Change) -> None:
        """Tell every view what changed (edits do it themselves; a change made
        elsewhere, such as a merge or another process, is published with
        Change.everything())."""
        try:
            self.shown.apply(change)
        except ServerAway:  # the views are told now; the open document's copy waits
            self.reads.wait("shown", self.publish_everything)
        self.changed.emit(change)
        if change.document_list:
            self.documentsChanged.emit()
        if change.codebook:
            self.conceptsChanged.emit()
        if change.touches_annotations or change.touches_concepts:
            self.annotationsChanged.emit()

    def publish_everything(self) -> None:
        self.publish(Change.everything())

    def refuse_read_only(self) -> None:
        """Say once that a read-only project takes no edit."""
        self.errorOccurred.emit(self.tr(
            "This project is open read-only: your changes cannot be saved. "
            "Use “Save a copy…” to work on a copy."))

    def _push(self, command: commands.ProjectCommand) -> bool:
        if self.project.read_only:
            self.refuse_read_only()
            return False
        command.report = lambda error: self.errorOccurred.emit(describe(error))
        try:
            command.do()
        except EditConflict:
            raise  # asked for by a caller that passed what the user saw: it offers a choice
        except AnnotatorError as exc:
            if isinstance(exc, ServerNotSaved):
                self.pending = command
                self.pendingChanged.emit(True)
            self.errorOccurred.emit(describe(exc))
            return False
        if not command.did_something():
            return True  # nothing to undo: no undo step
        command.already_done = True
        self.undo_stack.push(command)
        return True

    def retry_pending(self) -> bool:
        """Make again the edit the server could not save; False if refused again."""
        command, self.pending = self.pending, None
        self.pendingChanged.emit(False)
        return command is not None and self._push(command)

    def drop_pending(self) -> None:
        self.pending = None
        self.pendingChanged.emit(False)

    def _stepped(self, index: int) -> None:
        """An undo or a redo that could not be made (the server away, a full disk) is
        stepped back over, so that the stack never shows as done what was not saved."""
        before, self._index = self._index, index
        if abs(index - before) != 1:  # a push, a clear, or a step back
            return
        command = self.undo_stack.command(min(before, index))
        if isinstance(command, commands.ProjectCommand) and command.failed:
            command.step_back()
            self.undo_stack.setIndex(before)

    def _refused(self, error: AnnotatorError) -> bool:
        """An edit that could not start (a read before it failed): say why; nothing done."""
        self.errorOccurred.emit(describe(error))
        return False

    # -- annotations ------------------------------------------------------------
    def annotate(self, document_id: int, start: int, end: int,
                 concept_ids: tuple[int, ...] = (), memo: str = "") -> Annotation | None:
        command = commands.Annotate(self.project, self.publish, document_id,
                                    start, end, tuple(concept_ids), memo)
        return command.annotation if self._push(command) else None

    def tag_passage(self, document_id: int, start: int, end: int,
                    concept_id: int) -> Tagging | None:
        """A concept key on a selection (see Project.tag_passage); None if refused."""
        command = commands.TagPassage(self.project, self.publish, document_id, start, end,
                                      concept_id)
        return command.tagging if self._push(command) else None

    def autocode(self, concept_id: int, hits: Sequence[AutocodeHit]) -> AutocodeBatch | None:
        """Code these passages with a concept as one undo step; None if refused."""
        command = commands.Autocode(self.project, self.publish, concept_id, hits)
        return command.batch if self._push(command) else None

    def delete_annotation(self, annotation_id: int) -> bool:
        return self._push(
            commands.DeleteAnnotation(self.project, self.publish, annotation_id))

    def set_memo(self, annotation_id: int, memo: str, expected: str | None = None) -> bool:
        """Write a memo. With `expected` (the memo the user saw), a memo another coder
        saved meanwhile raises EditConflict instead of being overwritten."""
        try:
            if self.project.annotation(annotation_id).memo == memo:
                return False
        except ServerAway:
            pass  # the edit itself then waits to be made again (pending)
        return self._push(
            commands.SetMemo(self.project, self.publish, annotation_id, memo, expected))

    def set_annotation_concepts(self, annotation_id: int, concept_ids: tuple[int, ...]) -> bool:
        return self._push(commands.SetAnnotationConcepts(
            self.project, self.publish, annotation_id, tuple(concept_ids)))

    def toggle_concept(self, annotation_id: int, concept_id: int) -> bool:
        try:
            current = self.project.annotation(annotation_id).concept_ids
        except ServerAway as exc:
            return self._refused(exc)
        if concept_id in current:
            wanted = tuple(c for c in current if c != concept_id)
            text = QCoreApplication.translate("Commands", "Remove concept")
        else:
            wanted = (*current, concept_id)
            text = QCoreApplication.translate("Commands", "Add concept")
        return self._push(commands.SetAnnotationConcepts(
            self.project, self.publish, annotation_id, wanted, text))

    # -- concepts ---------------------------------------------------------------
    def add_concept(self, name: str, parent_id: int | None = None,
                    color: str | None = None) -> Concept | None:
        command = commands.AddConcept(self.project, self.publish, name, parent_id, color)
        return command.concept if self._push(command) else None

    def rename_concept(self, concept_id: int, name: str, expected: str | None = None) -> bool:
        """Rename a concept. With `expected` (the name the user saw), a rename another
        coder made meanwhile raises EditConflict instead of being overwritten."""
        return self._push(commands.UpdateConcept(
            self.project, self.publish, concept_id,
            QCoreApplication.translate("Commands", "Rename concept"),
            None if expected is None else {"name": expected}, name=name))

    def recolor_concept(self, concept_id: int, color: str, expected: str | None = None) -> bool:
        """Recolour a concept; with `expected` (the colour the user saw), as rename_concept."""
        return self._push(commands.UpdateConcept(
            self.project, self.publish, concept_id,
            QCoreApplication.translate("Commands", "Change colour"),
            None if expected is None else {"color": expected}, color=color))

    def describe_concept(self, concept_id: int, description: str,
                         expected: str | None = None) -> bool:
        """Describe a concept; with `expected` (the description the user saw), as
        rename_concept."""
        return self._push(commands.UpdateConcept(
            self.project, self.publish, concept_id,
            QCoreApplication.translate("Commands", "Edit description"),
            None if expected is None else {"description": expected}, description=description))

    def set_concept_key(self, concept_id: int, key: str, expected: str | None = None) -> bool:
        """Give a concept the number key `key` ("1"-"9"), or none with ""; with
        `expected` (the key the user saw), as rename_concept."""
        return self._push(commands.UpdateConcept(
            self.project, self.publish, concept_id,
            QCoreApplication.translate("Commands", "Change key"),
            None if expected is None else {"shortcut": expected}, shortcut=key))

    def move_concept(self, concept_id: int, parent_id: int | None,
                     position: int | None = None) -> bool:
        return self._push(commands.MoveConcept(
            self.project, self.publish, concept_id, parent_id, position))

    def delete_concept(self, concept_id: int) -> bool:
        return self._push(
            commands.DeleteConcept(self.project, self.publish, concept_id))

    def merge_concepts(self, source_id: int, target_id: int) -> bool:
        return self._push(commands.MergeConcepts(
            self.project, self.publish, source_id, target_id))

    # -- documents --------------------------------------------------------------
    def add_document(self, imported: ImportedDocument) -> AddResult | None:
        """Store an import; a duplicate is reported, not added, and not undoable."""
        try:
            existing = self.project.find_duplicate(imported)
        except ServerAway as exc:
            self._refused(exc)
            return None
        if existing is not None:
            return AddResult(existing, created=False)
        command = commands.AddDocument(self.project, self.publish, imported)
        return command.result if self._push(command) else None

    def set_document_properties(self, document_id: int,
                                properties: DocumentProperties) -> bool:
        """Rename a document or correct its author, date, address or memo (undoable)."""
        return self._push(commands.SetDocumentProperties(
            self.project, self.publish, document_id, properties))

    def record_added_document(self, result: AddResult) -> None:
        """A document a background import already saved: one undo step (undo removes
        it), and the views are told."""
        command = commands.AddDocument(self.project, self.publish, saved=result)
        command.already_done = True
        self.undo_stack.push(command)

    def remove_document(self, document_id: int) -> bool:
        return self._push(
            commands.RemoveDocument(self.project, self.publish, document_id))

    # -- document variables -------------------------------------------------------
    def set_variable_value(self, document_id: int, variable_id: int, raw: str) -> bool:
        """Set (or clear, when empty) a document's value; a value that does not fit the
        variable's type is reported, not guessed."""
        try:
            value = parse_value(self.project.variable(variable_id), raw)
            current = self.project.variable_values([document_id]).get(document_id, {})
        except AnnotatorError as exc:
            return self._refused(exc)
        if current.get(variable_id) == value:
            return False
        return self._push(variable_commands.SetVariableValues(
            self.project, self.publish, [(document_id, variable_id, value)]))

    def define_variable(self, name: str, kind: VariableType,
                        choices: tuple[str, ...] = ()) -> Variable | None:
        command = variable_commands.DefineVariable(self.project, self.publish, name, kind,
                                                   choices)
        return command.variable if self._push(command) else None

    def remove_variable(self, variable_id: int) -> bool:
        return self._push(
            variable_commands.RemoveVariable(self.project, self.publish, variable_id))

    def import_variables(self, path: Path) -> VariablesImportReport | None:
        """Values (and variables) from a sheet, as one undo step; None if refused."""
        command = variable_commands.ImportVariables(self.project, self.publish, path)
        return command.result if self._push(command) else None

    # -- document sets --------------------------------------------------------------
    def create_set(self, name: str, document_ids: Sequence[int] = ()) -> DocumentSet | None:
        """A new set holding these documents (undoable); None if refused."""
        command = set_commands.CreateSet(self.project, self.publish, name, document_ids)
        return command.document_set if self._push(command) else None

    def change_set_members(self, set_id: int, document_ids: Sequence[int], *,
                           add: bool) -> bool:
        """Put documents into a set, or take them out (`add=False`), undoably."""
        return self._push(set_commands.ChangeMembers(
            self.project, self.publish, set_id, document_ids, add=add))

    def rename_set(self, set_id: int, name: str) -> bool:
        return self._push(set_commands.RenameSet(self.project, self.publish, set_id, name))

    def remove_set(self, set_id: int) -> bool:
        """Delete a set (undoable); its documents stay in the project."""
        return self._push(set_commands.RemoveSet(self.project, self.publish, set_id))
