"""A server project in the window: others' edits live, and a banner while the server is away.

The session starts the project's listener (annotator.core.store.postgres.live),
which hears the other coders' commits in a thread of its own; each reaches the
window as the Change its editor publishes for its own edits, so the panels patch
themselves the same way. The window's own edits are not heard back.

When the connection drops, the banner says so until the listener is connected
again. An edit the server could not save is never shown as done: the editor keeps
it, and the banner offers to make it again or to drop it. A read the window or a
panel makes meanwhile (annotator.gui.server_reads) waits, with no error of its own,
and is made once the connection is back; should the listener have kept its own
connection (only the project's was cut), the waiting reads are tried again shortly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.changes import Change
from annotator.gui.editor import Editor
from annotator.gui.warning_strip import WarningStrip

# How soon reads that found the server away are tried again while the listener still
# hears it (the project's own connection was cut, not the server stopped).
RETRY_MS = 1000

if TYPE_CHECKING:  # (it needs the PostgreSQL client, which a server project brings)
    from annotator.core.store.postgres.live import ChangeListener


class ServerBanner(WarningStrip):
    """The strip above the reader while the server is unreachable or an edit waits."""

    retryRequested = Signal()
    dropRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("serverBanner", "#fde2e1", "#e0a3a0", "#5c1a16", parent)
        self.setAccessibleName(self.tr("Server connection"))
        self.connected = True
        self.pending = False
        self.retry_button = QPushButton(self.tr("Save it again"), self)
        self.retry_button.clicked.connect(self.retryRequested)
        self.drop_button = QPushButton(self.tr("Discard it"), self)
        self.drop_button.clicked.connect(self.dropRequested)
        self.add_button(self.retry_button)
        self.add_button(self.drop_button)

    def set_connected(self, connected: bool) -> None:
        self.connected = connected
        self._update()

    def set_pending(self, pending: bool) -> None:
        self.pending = pending
        self._update()

    def _update(self) -> None:
        self.setVisible(not self.connected or self.pending)
        self.retry_button.setVisible(self.pending)
        self.drop_button.setVisible(self.pending)
        self.retry_button.setEnabled(self.connected)
        if not self.connected:
            text = self.tr(
                "<b>The connection to the server is lost:</b> reconnecting… Edits cannot "
                "be saved until it is back; the others' edits will show then.")
            if self.pending:
                text += " " + self.tr("Your last edit was not saved; it is kept.")
        else:
            text = self.tr(
                "<b>Your last edit was not saved</b> (the server could not complete it). "
                "Save it again, or discard it.")
        self.message.setText(text)


class ServerSession(QObject):
    """Live updates and the connection banner for one open server project."""

    heard = Signal(object)  # a Change, from the listener's thread
    connection = Signal(bool)

    def __init__(self, editor: Editor, banner: ServerBanner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.banner = banner
        queued = Qt.ConnectionType.QueuedConnection  # emitted from the listener's thread
        self.heard.connect(self._apply, queued)
        self.connection.connect(banner.set_connected, queued)
        self.connection.connect(self._connection_changed, queued)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._retry_reads)
        editor.reads.waiting.connect(self._read_waits)
        editor.pendingChanged.connect(banner.set_pending)
        banner.retryRequested.connect(editor.retry_pending)
        banner.dropRequested.connect(editor.drop_pending)
        banner.set_connected(True)
        banner.set_pending(False)
        listener = editor.project.listener(self.heard.emit, self.connection.emit)
        assert listener is not None, "a server project has a listener"
        self.listener: ChangeListener = listener
        listener.start()

    def _read_waits(self) -> None:
        if self.banner.connected:
            self._retry.start()

    def _retry_reads(self) -> None:
        if self.banner.connected:
            self.editor.reads.make()

    def _connection_changed(self, connected: bool) -> None:
        if connected:
            self.editor.reads.make()
        else:
            self._retry.stop()

    def _apply(self, change: Change) -> None:
        if self.editor.project is not None:
            self.editor.publish(change)

    def stop(self) -> None:
        """Stop listening (the project is closing); the banner hides."""
        self.listener.stop()
        for signal in (self.heard, self.connection):
            signal.disconnect()
        self._retry.stop()
        self.editor.reads.waiting.disconnect(self._read_waits)
        self.editor.reads.clear()
        self.editor.pendingChanged.disconnect(self.banner.set_pending)
        self.banner.retryRequested.disconnect(self.editor.retry_pending)
        self.banner.dropRequested.disconnect(self.editor.drop_pending)
        self.banner.set_connected(True)
        self.banner.set_pending(False)


def start_session(window: QMainWindow, editor: Editor) -> ServerSession:
    """Live updates for the server project the window just opened, with the banner
    atop the window's central column (made once, kept hidden between projects)."""
    banner = window.findChild(ServerBanner)
    if banner is None:
        banner = ServerBanner(window)
        central = window.centralWidget()
        column = central.layout() if central is not None else None
        assert isinstance(column, QVBoxLayout), "the window's central column"
        column.insertWidget(0, banner)
    return ServerSession(editor, banner, window)
