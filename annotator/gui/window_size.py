"""Windows on small screens: a first size within the screen, strips that scroll sideways."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QWidget

SCREEN_SHARE = 0.92  # leaves room for a title bar and a task bar


def initial_size(wanted: QSize) -> QSize:
    """`wanted`, shrunk to fit the primary screen's free area (a 1280×760 window was cut
    off on a 1366×768 laptop, and did not fit at all on 1024×600)."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return wanted
    free = screen.availableGeometry().size()
    return QSize(
        min(wanted.width(), int(free.width() * SCREEN_SHARE)),
        min(wanted.height(), int(free.height() * SCREEN_SHARE)),
    )


def scrolled_sideways(widget: QWidget) -> QScrollArea:
    """`widget` in a strip that scrolls sideways when the window is narrower than it
    (the filter bar alone was wider than a 1024-pixel screen in French)."""
    area = QScrollArea(widget.parentWidget())
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    area.setFixedHeight(widget.sizeHint().height() + area.horizontalScrollBar().sizeHint().height())
    return area
