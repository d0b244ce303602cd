"""The coding loop: turn the reader's selection into tagged highlights."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from annotator.gui.concept_keys import ConceptKeys
from annotator.gui.editor import Editor
from annotator.gui.panels.concept_picker import ConceptPicker
from annotator.gui.server_reads import waits_for_server

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

MAX_CONCEPT_NAME_FROM_SELECTION = 60


class CodingController(QObject):
    """Applies concepts to the selection (or to the current highlight)."""

    def __init__(self, window: MainWindow, editor: Editor) -> None:
        super().__init__(window)
        self.window = window
        self.editor = editor
        self.concepts = ConceptKeys(editor)

    @property
    def project(self):
        return self.editor.project

    @waits_for_server(later=False)
    def apply_concept(self, concept_id: int) -> None:
        """Tag the selected passage; with no selection, toggle it on the current highlight."""
        window = self.window
        document_id = window.current_document_id
        selection = window.reader.selection()
        if document_id is not None and selection:
            tagging = self.editor.tag_passage(document_id, *selection, concept_id)
            if tagging is None:
                return
            window.reader.clear_selection()
            window.annotations_panel.select_annotation(tagging.annotation.id)
            window.coder_name.annotated(tagging.annotation)
            window.statusBar().showMessage(
                self.tr("Tagged “%s”") % self.concepts.path(concept_id), 4000)
            return
        current = window.annotations_panel.current_annotation_id()
        if current is not None:
            annotation = self.project.annotation(current)
            had = concept_id in annotation.concept_ids
            if self.editor.toggle_concept(current, concept_id):
                # the highlight changed may lie off screen: bring it into view, flashed
                window.reader.reveal(annotation.start, annotation.end)
                name = self.concepts.path(concept_id)
                text = (self.tr("Removed “%s” from the current highlight") if had
                        else self.tr("Added “%s” to the current highlight"))
                window.statusBar().showMessage(text % name, 5000)
            return
        window.statusBar().showMessage(
            self.tr("Select a passage first, then press a concept's number or Ctrl+K"), 5000)

    @waits_for_server(later=False)
    def apply_concept_number(self, number: int) -> None:
        """Digit n applies the concept that holds key n (shown in the concepts panel)."""
        concept = self.concepts.concept_for_key(str(number))
        if concept is not None:
            self.apply_concept(concept.id)
        else:
            self.window.statusBar().showMessage(
                self.tr("No concept has the key %d yet") % number, 5000)

    @waits_for_server(later=False)
    def pick_concept(self) -> None:
        """Ctrl+K: type to filter concepts, Enter applies; a new name creates one."""
        chosen, new_name = ConceptPicker.pick(self.project, self.window)
        if new_name:
            concept = self.editor.add_concept(new_name)
            chosen = concept.id if concept else None
        if chosen is not None:
            self.apply_concept(chosen)

    @waits_for_server(later=False)
    def new_concept_from_selection(self) -> None:
        selection = self.window.reader.selection()
        document_id = self.window.current_document_id
        if not selection or document_id is None:
            self.window.concepts_panel.start_new_concept()
            return
        text = " ".join(self.project.document(document_id).text[slice(*selection)].split())
        name = text if len(text) <= MAX_CONCEPT_NAME_FROM_SELECTION else (
            text[:MAX_CONCEPT_NAME_FROM_SELECTION].rsplit(" ", 1)[0] + "…")
        existing = {c.name.casefold() for c in self.project.concepts() if c.parent_id is None}
        base, suffix = name, 2
        while name.casefold() in existing:
            name = f"{base} ({suffix})"
            suffix += 1
        concept = self.editor.add_concept(name.replace("/", "-"))
        if concept is not None:
            self.apply_concept(concept.id)
            self.window.concepts_panel.select_concept(concept.id)

    def delete_current_annotation(self) -> None:
        current = self.window.annotations_panel.current_annotation_id()
        if current is not None:
            self.editor.delete_annotation(current)

    @waits_for_server(later=False)
    def step_annotation(self, step: int) -> None:
        """Jump to the next (+1) or previous (-1) highlight in reading order."""
        document_id = self.window.current_document_id
        if document_id is None:
            return
        annotations = self.project.annotations(document_id=document_id)
        if not annotations:
            return
        current = self.window.annotations_panel.current_annotation_id()
        ids = [a.id for a in annotations]
        if current in ids:
            index = (ids.index(current) + step) % len(ids)
        else:
            position = self.window.reader.position()
            after = [i for i, a in enumerate(annotations) if a.start >= position]
            index = after[0] if after and step > 0 else (len(ids) - 1 if step < 0 else 0)
        self.window.reveal_annotation(ids[index])
