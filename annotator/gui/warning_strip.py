"""The coloured strip with a warning icon and a message that a banner above the reader is
made of (read-only project, server connection); each banner adds its own buttons."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget


class WarningStrip(QFrame):
    """Hidden until its owner shows it; `message` holds the text, `add_button` the actions."""

    def __init__(self, name: str, background: str, border: str, text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(
            f"#{name} {{ background: {background}; border-bottom: 1px solid {border}; }}"
            f"#{name} QLabel {{ color: {text}; }}")
        self._icon = QLabel(self)  # its picture comes when the strip is first shown
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(10, 6, 10, 6)
        self._layout.addWidget(self._icon)
        self._layout.addWidget(self.message, 1)
        self.setVisible(False)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        """The style's warning icon, asked for only now: the strips are made hidden with
        the first window, and asking the style would have PySide build QStyle's Python
        class and its enums (5 ms) before that window is shown."""
        if self._icon.pixmap().isNull():
            from PySide6.QtWidgets import QStyle

            size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
            self._icon.setPixmap(self.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        super().showEvent(event)

    def add_button(self, button: QWidget) -> None:
        self._layout.addWidget(button)
