"""A scroll bar that repaints only where its slider was and is when it moves.

QScrollBar repaints all of itself whenever its value or range changes, and the
widgets under it too (it is not opaque). A highlight made adds a card to a long
list: the range grows by one card and the slider moves a few pixels, or not at all,
yet the whole groove was drawn again (in Fusion, its gradient and outline cost
more than the rest of the scroll bar together). Here such a change repaints the
slider's old and new rectangles only (and the arrows at an end it reaches or
leaves: styles draw them disabled there), nothing when the slider stays where it
was; any other change (a resize, a new style or palette, the page step) repaints it
all, as QScrollBar does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractSlider, QScrollBar, QStyle, QStyleOptionSlider, QWidget

SubControl = QStyle.SubControl
SLIDER_OVERDRAW = 3  # pixels
# the controls at each end: drawn disabled by some styles when the value is there
ENDS = (
    (SubControl.SC_ScrollBarSubLine, SubControl.SC_ScrollBarFirst),
    (SubControl.SC_ScrollBarAddLine, SubControl.SC_ScrollBarLast),
)

_MOVES = (
    QAbstractSlider.SliderChange.SliderRangeChange,
    QAbstractSlider.SliderChange.SliderValueChange,
)


class SliderScrollBar(QScrollBar):
    """A QScrollBar whose value and range changes repaint only the slider's places."""

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        # what the screen shows once the pending repaints are made; None: unknown
        # (a full repaint is pending), learnt again at the next paint
        self._shown: tuple[QRect, bool, bool] | None = None

    def look(self) -> tuple[QRect, bool, bool]:
        """What a value or range change may alter: where the slider is drawn, and
        whether the value sits at the minimum, at the maximum."""
        option = self._option()
        return (
            self._rect(option, SubControl.SC_ScrollBarSlider),
            option.sliderPosition <= option.minimum,
            option.sliderPosition >= option.maximum,
        )

    def sliderChange(self, change: QAbstractSlider.SliderChange) -> None:  # noqa: N802
        shown = self._shown
        if change not in _MOVES or shown is None:
            self._shown = None
            super().sliderChange(change)  # repaints all of it
            return
        now = self._shown = self.look()
        # one rectangle: a region of several is clipped to far more slowly
        changed = (
            self._around(shown[0]).united(self._around(now[0])) if now[0] != shown[0] else QRect()
        )
        for end, controls in enumerate(ENDS, start=1):
            if now[end] != shown[end]:
                option = self._option()
                for control in controls:
                    changed = changed.united(self._rect(option, control))
        if not changed.isEmpty():
            self.update(changed)

    def _around(self, slider: QRect) -> QRect:
        """The slider's rectangle and the few pixels beyond its ends that styles draw
        on (Fusion's outline sits one pixel above it)."""
        if self.orientation() == Qt.Orientation.Vertical:
            return slider.adjusted(0, -SLIDER_OVERDRAW, 0, SLIDER_OVERDRAW)
        return slider.adjusted(-SLIDER_OVERDRAW, 0, SLIDER_OVERDRAW, 0)

    def _option(self) -> QStyleOptionSlider:
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        return option

    def _rect(self, option: QStyleOptionSlider, control: QStyle.SubControl) -> QRect:
        return self.style().subControlRect(
            QStyle.ComplexControl.CC_ScrollBar, option, control, self
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if self._shown is None:
            self._shown = self.look()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        self._shown = None
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        self._shown = None  # style, palette, font, enabled state, direction...
        super().changeEvent(event)
