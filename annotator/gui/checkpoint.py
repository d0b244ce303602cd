"""Keeps the open project's file whole: its edits move out of the -wal soon after each one.

Each edit is committed at once into the write-ahead log beside the project;
the project file itself gets it at a checkpoint. Anyone who copies, mails or
syncs the .annot alone while the window is open must find all the work in it,
so a checkpoint follows every pause in the editing, the application losing
the focus, and (in the store) the closing of the project.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

# After the last edit: long enough not to write the file at every keystroke.
CHECKPOINT_DELAY_MS = 1000
# Edits that bypass the undo stack (remembered places, imports of missing sources,
# other windows' settings) are caught up at this pace.
CATCH_UP_MS = 3000


class Checkpointer(QObject):
    """Asks the window's open project for a checkpoint when the editing pauses."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._after_edit = QTimer(self)
        self._after_edit.setSingleShot(True)
        self._after_edit.setInterval(CHECKPOINT_DELAY_MS)
        self._after_edit.timeout.connect(self.checkpoint)
        self._catch_up = QTimer(self)
        self._catch_up.setInterval(CATCH_UP_MS)
        self._catch_up.timeout.connect(self._quiet_checkpoint)
        window.projectOpened.connect(self._watch_edits)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)

    def _watch_edits(self) -> None:
        """A project was opened: a new one, or one just migrated, is written at once too."""
        if self.window.editor is not None:
            self.window.editor.undo_stack.indexChanged.connect(self.edited)
            self.window.editor.annotationsChanged.connect(self.edited)  # every kind of edit
        self._catch_up.start()
        self.edited()

    def edited(self) -> None:
        """An edit, an undo or a redo: checkpoint once the user pauses."""
        self._after_edit.start()

    def checkpoint(self) -> bool:
        """Now; True when the project file alone holds every edit (or none is open)."""
        self._after_edit.stop()
        project = self.window.project
        if project is None:
            self._catch_up.stop()
            return True
        return project.checkpoint()

    def _quiet_checkpoint(self) -> None:
        if not self._after_edit.isActive():  # in the middle of a burst of edits: wait
            self.checkpoint()

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self.checkpoint()
