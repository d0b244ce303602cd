"""The concept a number key applies, and the path the status bar names it by, read once.

A concept key is pressed thousands of times and each press would otherwise read the
concept holding the key and then each level of its path from the project. Both only
change when the codebook does, which every edit that changes it says (Change.codebook,
also set for changes made elsewhere): the answers are kept until then.
"""

from __future__ import annotations

from annotator.core.changes import Change
from annotator.core.model import Concept
from annotator.gui.editor import Editor


class ConceptKeys:
    """The codebook's answers the coding loop needs, kept until the codebook changes."""

    def __init__(self, editor: Editor) -> None:
        self._editor = editor
        self._by_key: dict[str, Concept | None] = {}
        self._paths: dict[int, str] = {}
        editor.changed.connect(self._apply)

    def concept_for_key(self, key: str) -> Concept | None:
        if key not in self._by_key:
            self._by_key[key] = self._editor.project.concept_for_key(key)
        return self._by_key[key]

    def path(self, concept_id: int) -> str:
        """The concept's path ("Parent/Child"), as Project.concept_path gives it."""
        if concept_id not in self._paths:
            self._paths[concept_id] = self._editor.project.concept_path(concept_id)
        return self._paths[concept_id]

    def _apply(self, change: Change) -> None:
        if change.codebook:
            self._by_key.clear()
            self._paths.clear()
