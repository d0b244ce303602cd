"""Undoable edits of document variables, each wrapping one Project edit and its inverse."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from annotator.core.changes import Change
from annotator.core.project import Project
from annotator.core.variables import ValueChange, Variable, VariableDeletion, VariableType
from annotator.core.variables_sheet import VariablesImportReport, import_variables
from annotator.gui.commands import Notify, ProjectCommand, translate


class SetVariableValues(ProjectCommand):
    """Documents' values of variables set or cleared (canonical values; None clears)."""

    def __init__(self, project: Project, notify: Notify, changes: Sequence[ValueChange]) -> None:
        super().__init__(project, translate("Commands", "Set document variable"), notify)
        self._changes = list(changes)
        self._undo: list[ValueChange] = []

    def do(self) -> None:
        self._undo = self.project.set_variable_values(self._changes)

    def revert(self) -> None:
        self.project.set_variable_values(self._undo)

    def change(self) -> Change:
        return Change(document_list=True)


class DefineVariable(ProjectCommand):
    def __init__(
        self,
        project: Project,
        notify: Notify,
        name: str,
        kind: VariableType,
        choices: Sequence[str],
    ) -> None:
        text = translate("Commands", "New variable %1").replace("%1", name)
        super().__init__(project, text, notify)
        self._args = (name, kind, tuple(choices))
        self.variable: Variable | None = None

    def do(self) -> None:
        if self.variable is None:
            self.variable = self.project.define_variable(*self._args)
        else:
            self.project.restore_variable(VariableDeletion(self.variable, ()))

    def revert(self) -> None:
        assert self.variable is not None
        self.project.remove_variable(self.variable.id)

    def change(self) -> Change:
        return Change(document_list=True)


class RemoveVariable(ProjectCommand):
    def __init__(self, project: Project, notify: Notify, variable_id: int) -> None:
        super().__init__(project, translate("Commands", "Remove variable"), notify)
        self._id = variable_id
        self._deletion: VariableDeletion | None = None

    def do(self) -> None:
        self._deletion = self.project.remove_variable(self._id)

    def revert(self) -> None:
        assert self._deletion is not None
        self.project.restore_variable(self._deletion)

    def change(self) -> Change:
        return Change(document_list=True)


class ImportVariables(ProjectCommand):
    """A sheet of document variables: undo removes the variables it defined and puts
    back the values it replaced."""

    def __init__(self, project: Project, notify: Notify, path: Path) -> None:
        text = translate("Commands", "Import variables from %1").replace("%1", path.name)
        super().__init__(project, text, notify)
        self._path = path
        self.result: VariablesImportReport | None = None

    def do(self) -> None:
        if self.result is None:
            self.result = import_variables(self.project, self._path)
            return
        with self.project.batch():
            for variable in self.result.defined:
                self.project.restore_variable(VariableDeletion(variable, ()))
            self.project.set_variable_values(self.result.changes)

    def revert(self) -> None:
        assert self.result is not None
        with self.project.batch():
            self.project.set_variable_values(self.result.undo)
            for variable in reversed(self.result.defined):
                self.project.remove_variable(variable.id)

    def did_something(self) -> bool:
        return self.result is not None and bool(self.result.defined or self.result.changes)

    def change(self) -> Change:
        return Change(document_list=True)
