"""File ▸ Import codebook table (CSV)…: merge a table of concepts into the project, then report.

A codebook table is small, so it is read and applied at once, in one
transaction. Like a REFI-QDA import it is not undoable: the undo stack is
cleared when concepts changed, and the report says so.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from annotator.core.changes import Change
from annotator.core.errors import AnnotatorError
from annotator.core.importing.codebook_csv import CodebookImportReport, import_codebook_csv
from annotator.gui.messages import describe, user_message

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow


def import_codebook_table(
    window: MainWindow, path: Path | None = None
) -> CodebookImportReport | None:
    """Ask for a table (unless `path` is given), merge it, and show what changed."""
    project = window.project
    if project is None:
        return None
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            window,
            QCoreApplication.translate("CodebookTableImport", "Import a codebook table"),
            str(Path.home()),
            QCoreApplication.translate(
                "CodebookTableImport", "Codebook tables (*.csv *.tsv *.txt);;All files (*)"
            ),
        )
        if not chosen:
            return None
        path = Path(chosen)
    try:
        report = import_codebook_csv(project, path)
    except AnnotatorError as error:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("CodebookTableImport", "Codebook import failed"),
            QCoreApplication.translate(
                "CodebookTableImport", "Could not import %s. Nothing was changed in the project."
            )
            % path.name,
            QMessageBox.StandardButton.Close,
            window,
        )
        box.setObjectName("codebookTableFailedBox")
        box.setInformativeText(describe(error))
        box.open()
        return None
    changed = bool(report.added or report.updated)
    editor = window.editor
    if changed and editor is not None:
        editor.undo_stack.clear()
        editor.publish(Change(codebook=True))
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("CodebookTableImport", "Codebook import"),
        f"{path.name}: {user_message(report.summary())}",
        QMessageBox.StandardButton.Close,
        window,
    )
    box.setObjectName("codebookTableReportBox")
    if changed:
        box.setInformativeText(
            QCoreApplication.translate(
                "CodebookTableImport",
                "This import cannot be undone with Edit ▸ Undo, and the "
                "edits made before it can no longer be undone either.",
            )
        )
    if report.notes:
        box.setDetailedText("\n".join(report.notes))
    box.open()
    return report
