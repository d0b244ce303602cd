"""Undoable edits of document sets, each wrapping one Project edit and its inverse."""

from __future__ import annotations

from collections.abc import Sequence

from annotator.core.changes import Change
from annotator.core.project import Project
from annotator.core.sets import DocumentSet, SetDeletion
from annotator.gui.commands import Notify, ProjectCommand, translate


class CreateSet(ProjectCommand):
    """A new set, holding the documents given."""

    def __init__(
        self, project: Project, notify: Notify, name: str, document_ids: Sequence[int]
    ) -> None:
        super().__init__(project, translate("Commands", "New set %1").replace("%1", name), notify)
        self._name = name
        self._document_ids = tuple(document_ids)
        self.document_set: DocumentSet | None = None

    def do(self) -> None:
        if self.document_set is None:
            self.document_set = self.project.create_set(self._name, self._document_ids)
        else:
            self.project.restore_set(SetDeletion(self.document_set, self._document_ids))

    def revert(self) -> None:
        assert self.document_set is not None
        self.project.remove_set(self.document_set.id)

    def change(self) -> Change:
        return Change(document_list=True)


class ChangeMembers(ProjectCommand):
    """Documents put into a set, or taken out of it."""

    def __init__(
        self,
        project: Project,
        notify: Notify,
        set_id: int,
        document_ids: Sequence[int],
        *,
        add: bool,
    ) -> None:
        name = project.document_set(set_id).name
        text = (
            translate("Commands", "Add to set %1")
            if add
            else translate("Commands", "Remove from set %1")
        )
        super().__init__(project, text.replace("%1", name), notify)
        self._set_id = set_id
        self._document_ids = tuple(document_ids)
        self._add = add
        self._changed: list[int] = []

    def do(self) -> None:
        edit = self.project.add_to_set if self._add else self.project.remove_from_set
        self._changed = edit(self._set_id, self._document_ids)

    def revert(self) -> None:
        edit = self.project.remove_from_set if self._add else self.project.add_to_set
        edit(self._set_id, self._changed)

    def did_something(self) -> bool:
        return bool(self._changed)

    def change(self) -> Change:
        return Change(document_list=True)


class RenameSet(ProjectCommand):
    def __init__(self, project: Project, notify: Notify, set_id: int, name: str) -> None:
        super().__init__(
            project, translate("Commands", "Rename set %1").replace("%1", name), notify
        )
        self._set_id = set_id
        self._name = name
        self._old = ""

    def do(self) -> None:
        self._old = self.project.rename_set(self._set_id, self._name)

    def revert(self) -> None:
        self.project.rename_set(self._set_id, self._old)

    def change(self) -> Change:
        return Change(document_list=True)


class RemoveSet(ProjectCommand):
    """A set removed; its documents stay in the project."""

    def __init__(self, project: Project, notify: Notify, set_id: int) -> None:
        name = project.document_set(set_id).name
        super().__init__(
            project, translate("Commands", "Delete set %1").replace("%1", name), notify
        )
        self._set_id = set_id
        self._deletion: SetDeletion | None = None

    def do(self) -> None:
        self._deletion = self.project.remove_set(self._set_id)

    def revert(self) -> None:
        assert self._deletion is not None
        self.project.restore_set(self._deletion)

    def change(self) -> Change:
        return Change(document_list=True)
