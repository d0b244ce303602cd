"""A visible focus ring: a 2-pixel frame in the selection colour around the list, tree
or reader that has the keyboard focus (the styles' own dotted line, or none, was nearly
invisible, so a keyboard user lost track of where keys go)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

RING_WIDTH = 2


def wants_ring(widget: QWidget | None) -> bool:
    """Item views and read-only scroll areas (the reader's text and pages); editors
    already show a caret and a frame of their own."""
    if widget is None or not isinstance(widget, QAbstractScrollArea):
        return False
    # asked of Qt's meta-objects: naming the item and text view classes here would have
    # PySide build their Python types (and enums) before the first window is shown
    if widget.inherits("QAbstractItemView"):
        return True
    if widget.inherits("QTextEdit") or widget.inherits("QPlainTextEdit"):
        return bool(widget.property("readOnly"))
    return True


class FocusRing(QWidget):
    """Drawn over the focused widget's edges; mouse clicks go through it."""

    def __init__(self) -> None:
        super().__init__(None)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None

    def follow(self, widget: QWidget | None) -> None:
        if self.target is not None and shiboken6.isValid(self.target):
            self.target.removeEventFilter(self)
        self.target = widget if wants_ring(widget) else None
        if self.target is None:
            self.hide()
            self.setParent(None)
            return
        self.setParent(self.target)
        self.target.installEventFilter(self)
        self._fit()
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.target and event.type() in (QEvent.Type.Resize,
                                                       QEvent.Type.ChildAdded):
            self._fit()
        return False

    def _fit(self) -> None:
        if self.target is not None:
            self.setGeometry(self.target.rect())
            self.raise_()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        color = self.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
        pen = QPen(color, RING_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = RING_WIDTH / 2
        painter.drawRect(self.rect().toRectF().adjusted(half, half, -half, -half))
        painter.end()


class FocusFollower(QObject):
    """Moves the ring to each newly focused widget. A widget's deletion takes the ring
    with it (it is a child), so a new ring is made when needed."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("focusFollower")
        self._ring: FocusRing | None = None
        app.focusChanged.connect(self._focus_changed)

    @property
    def ring(self) -> FocusRing:
        if self._ring is None or not shiboken6.isValid(self._ring):
            self._ring = FocusRing()
        return self._ring

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self.ring.follow(new)


def install_focus_ring(app: QApplication) -> FocusFollower:
    """Once per application: the ring then follows the focus wherever it goes."""
    follower = app.findChild(FocusFollower, "focusFollower")
    if follower is None:
        follower = FocusFollower(app)
        follower.ring.follow(app.focusWidget())
    return follower
