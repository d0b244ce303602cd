"""Document variables in the library: how values read and sort, their editor, a new one.

Each variable is a column after the fixed ones. A value is edited in place
(F2 or a double click): a list for yes/no and categories, a line otherwise;
what does not fit the variable's type is refused with a message, never guessed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from annotator.core.errors import AnnotatorError
from annotator.core.variables import TYPES, Variable, VariableType, typed
from annotator.core.variables_sheet import VariablesImportReport, export_variables
from annotator.gui.messages import describe

if TYPE_CHECKING:
    from annotator.gui.editor import Editor
    from annotator.gui.panels.library_model import DocumentTableModel

FIXED_COLUMNS = 4  # the library's own columns, before the variables'

Index = QModelIndex | QPersistentModelIndex
VARIABLE_ROLE = Qt.ItemDataRole.UserRole + 4  # the Variable of a column's cells
MISSING_LAST = "\U0010ffff"  # sorts after every text
translate = QCoreApplication.translate


def type_label(kind: VariableType) -> str:
    return {
        "text": translate("LibraryVariables", "text"),
        "number": translate("LibraryVariables", "number"),
        "date": translate("LibraryVariables", "date"),
        "boolean": translate("LibraryVariables", "yes/no"),
        "category": translate("LibraryVariables", "category"),
    }[kind]


def value_text(variable: Variable, value: str | None) -> str:
    """A value as the library shows it (yes/no in the user's language)."""
    if value is None:
        return ""
    if variable.type == "boolean":
        return (
            translate("LibraryVariables", "yes")
            if value == "yes"
            else translate("LibraryVariables", "no")
        )
    return value


def sort_key(variable: Variable, value: str | None) -> Any:
    """Numbers by size, dates by time, categories in their list's order, text by
    letters; documents without a value after the others (in ascending order)."""
    if variable.type == "category":
        order = (
            variable.choices.index(value) if value in variable.choices else len(variable.choices)
        )
        return order if value is not None else len(variable.choices) + 1
    if value is None:
        return float("inf") if variable.type in ("number", "boolean") else MISSING_LAST
    if variable.type == "boolean":
        return 0 if value == "yes" else 1
    meaning = typed(variable, value)
    return meaning.casefold() if isinstance(meaning, str) else meaning


class VariableDelegate(QStyledItemDelegate):
    """Edits a variable's cell: a list of choices or yes/no, else a line of text."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,  # noqa: N802
        index: Index,
    ) -> QWidget:
        variable: Variable | None = index.data(VARIABLE_ROLE)
        if variable is None or variable.type not in ("boolean", "category"):
            line = QLineEdit(parent)
            if variable is not None and variable.type == "date":
                line.setPlaceholderText(translate("LibraryVariables", "YYYY-MM-DD"))
            return line
        combo = QComboBox(parent)
        combo.addItem("", "")
        if variable.type == "boolean":
            combo.addItem(translate("LibraryVariables", "yes"), "yes")
            combo.addItem(translate("LibraryVariables", "no"), "no")
        else:
            for choice in variable.choices:
                combo.addItem(choice, choice)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole) or ""
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QLineEdit):
            editor.setText(value)

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,  # noqa: N802
        index: Index,
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData() or "", Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class NewVariableDialog(QDialog):
    """Name, type and, for a category, its choices (one per line or separated by ;)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Document Variable"))
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Variable name"))
        self.name.setPlaceholderText(self.tr("e.g. Age, Site, Interview date"))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Variable type"))
        for kind in TYPES:
            self.kind.addItem(type_label(kind), kind)
        self.choices = QLineEdit(self)
        self.choices.setAccessibleName(self.tr("Categories"))
        self.choices.setPlaceholderText(self.tr("e.g. Lyon; Paris; Marseille"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Type:"), self.kind)
        form.addRow(self.tr("&Categories:"), self.choices)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def chosen(self) -> tuple[str, VariableType, tuple[str, ...]]:
        kind: VariableType = self.kind.currentData()
        choices = tuple(c.strip() for c in self.choices.text().split(";") if c.strip())
        return self.name.text().strip(), kind, choices if kind == "category" else ()

    def _kind_changed(self) -> None:
        self.choices.setEnabled(self.kind.currentData() == "category")


class VariableColumns(QObject):
    """The variables' columns of the library's view: their editor, widths, and the
    header's menu (new variable, import or export a sheet, remove a variable)."""

    def __init__(self, editor: Editor, view: QTreeView, model: DocumentTableModel) -> None:
        super().__init__(view)
        self._editor = editor
        self._view = view
        self._model = model
        view.setItemDelegate(VariableDelegate(view))
        header = view.header()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_menu)
        model.valueEdited.connect(editor.set_variable_value)
        model.modelReset.connect(self._fit)

    def _fit(self) -> None:
        header = self._view.header()
        for column in range(FIXED_COLUMNS, self._model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, 90)

    def menu(self, column: int) -> QMenu:
        """The header's menu over `column` (a variable's or another)."""
        menu = QMenu(self._view)
        menu.addAction(self.tr("New variable…"), self.new_variable)
        menu.addAction(self.tr("Import variables from a sheet…"), self.import_sheet)
        menu.addAction(self.tr("Export variables…"), self.export_sheet)
        variable = self._model.variable_at(column)
        if variable is not None:
            menu.addSeparator()
            menu.addAction(
                self.tr("Remove variable “%1”…").replace("%1", variable.name),
                lambda: self.remove_variable(variable),
            )
        return menu

    def _show_menu(self, position: QPoint) -> None:
        column = self._view.header().logicalIndexAt(position)
        self.menu(column).exec(self._view.header().mapToGlobal(position))

    def new_variable(self) -> Variable | None:
        dialog = NewVariableDialog(self._view)
        if not dialog.exec():
            return None
        return self._editor.define_variable(*dialog.chosen())

    def import_sheet(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._view,
            self.tr("Import Document Variables"),
            str(Path.home()),
            self.tr("Sheets (*.csv *.xlsx);;All files (*)"),
        )
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> VariablesImportReport | None:
        """Import a sheet (one undo step) and say what it set and what it left out."""
        report = self._editor.import_variables(path)
        if report is not None:
            QMessageBox.information(
                self._view,
                self.tr("Document Variables"),
                "\n".join([self._summary(report), *report.details()]),
            )
        return report

    def _summary(self, report: VariablesImportReport) -> str:
        return (
            self.tr(
                "%1 values set for %2 documents; %3 variables defined; %4 rows matched no "
                "document; %5 values left out."
            )
            .replace("%1", str(report.values))
            .replace("%2", str(report.documents))
            .replace("%3", str(len(report.defined)))
            .replace("%4", str(len(report.unmatched)))
            .replace("%5", str(len(report.refused)))
        )

    def export_sheet(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self._view,
            self.tr("Export Document Variables"),
            str(Path.home() / "variables.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if path:
            try:
                export_variables(self._editor.project, Path(path))
            except (AnnotatorError, OSError) as exc:
                self._editor.errorOccurred.emit(describe(exc))

    def remove_variable(self, variable: Variable) -> bool:
        answer = QMessageBox.question(
            self._view,
            self.tr("Remove Variable"),
            self.tr(
                "Remove the variable “%1” and every document's value of it? You can "
                "undo this with Edit ▸ Undo."
            ).replace("%1", variable.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._editor.remove_variable(variable.id)
