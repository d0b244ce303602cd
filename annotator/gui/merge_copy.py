"""File ▸ Merge a coder's copy: add another coder's copy of this project to it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog

from annotator import PROJECT_SUFFIX
from annotator.core.analysis.merge import merge_project
from annotator.core.errors import AnnotatorError, Cancelled
from annotator.core.project import Project
from annotator.gui.messages import describe, user_message

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow


translate = QCoreApplication.translate  # translate("MergeCopy", …): a context lupdate sees


def merge_coder_copy(window: MainWindow, path: str | None = None) -> bool:
    """Ask for the other copy, merge it in one transaction, then show what was added.

    The merge is not on the undo stack (it may add many documents); it can be
    cancelled while it runs, and then nothing is added.
    """
    if window.project is None or window.editor is None:
        return False
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            window, translate("MergeCopy", "Merge a coder's copy"), str(window.project.path.parent),
            translate("MergeCopy", "Annotator projects (*%s)") % PROJECT_SUFFIX)
        if not path:
            return False
    dialog = QProgressDialog(translate("MergeCopy", "Merging %s…") % Path(path).name,
                             translate("MergeCopy", "Cancel"), 0, 100, window)
    dialog.setWindowTitle(translate("MergeCopy", "Merge a coder's copy"))
    dialog.setMinimumDuration(300)

    class Token:
        def is_set(self) -> bool:
            return dialog.wasCanceled()

    def progress(done: int, total: int) -> None:
        dialog.setValue(int(100 * done / max(total, 1)))
        QApplication.processEvents()

    try:
        with Project.open(path, read_only=True) as other:
            report = merge_project(window.project, other, progress=progress, cancel=Token())
    except Cancelled:
        window.statusBar().showMessage(
            translate("MergeCopy", "Merge cancelled: nothing was added"), 6000)
        return False
    except AnnotatorError as exc:
        QMessageBox.warning(window, translate("MergeCopy", "Merge a coder's copy"),
                            describe(exc))
        return False
    finally:
        dialog.close()
    window.editor.undo_stack.clear()
    window.editor.publish_everything()
    groups = report.groups
    counts = translate("MergeCopy", "%1 variables added, %2 values set; %3 sets added, %4 "
                       "documents put in sets.")
    for number, count in enumerate((groups.variables_added, groups.values_set,
                                    groups.sets_added, groups.set_documents_added), 1):
        counts = counts.replace(f"%{number}", str(count))
    box = QMessageBox(QMessageBox.Icon.Information, translate("MergeCopy", "Merge a coder's copy"),
                      f"{user_message(report.summary())}\n{counts}",
                      QMessageBox.StandardButton.Ok, window)
    box.setObjectName("mergeReportBox")
    box.setInformativeText(translate(
        "MergeCopy", "A merge cannot be undone; the backup made when this project was opened "
        "holds it as it was."))
    if report.unplaced or groups.notes:
        box.setDetailedText("\n".join([*report.unplaced, *groups.notes]))
    box.open()
    return True
