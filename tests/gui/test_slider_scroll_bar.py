"""The highlights list's scroll bar: a moved slider repaints its two places only, and
the screen then shows what a full repaint would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QListWidget, QStyle

from annotator.gui.panels.slider_scroll_bar import SLIDER_OVERDRAW, SliderScrollBar


class Paints(QObject):
    """The rectangles a widget was asked to paint."""

    def __init__(self) -> None:
        super().__init__()
        self.rects: list[QRect] = []

    def eventFilter(self, _watched, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            self.rects.extend(event.region())
        return False


@pytest.fixture
def bar(qtbot):
    """A long list whose scroll bar is a SliderScrollBar, shown and painted once."""
    view = QListWidget()
    qtbot.addWidget(view)
    view.setVerticalScrollBar(SliderScrollBar(Qt.Orientation.Vertical, view))
    view.addItems([f"passage {n}" for n in range(400)])
    view.resize(200, 300)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)  # no repaint for a change of activation later
    scroll_bar = view.verticalScrollBar()
    assert isinstance(scroll_bar, SliderScrollBar)
    scroll_bar.setValue(100)
    QApplication.processEvents()
    paints = Paints()
    scroll_bar.installEventFilter(paints)
    return scroll_bar, paints, view


def on_screen(widget) -> QImage:
    """What the window shows where `widget` is (its backing store), not a fresh render."""
    window = widget.window()
    top_left = widget.mapTo(window, widget.rect().topLeft())
    screen = window.screen().grabWindow(window.winId())
    ratio = screen.devicePixelRatio()
    area = QRect(top_left, widget.size())
    image = screen.copy(QRect(area.topLeft() * ratio, area.size() * ratio)).toImage()
    return image.convertToFormat(QImage.Format.Format_RGB32)


def fully_painted(widget) -> QImage:
    """The widget painted whole, over its window's background."""
    return (
        widget.window()
        .grab(QRect(widget.mapTo(widget.window(), widget.rect().topLeft()), widget.size()))
        .toImage()
        .convertToFormat(QImage.Format.Format_RGB32)
    )


def test_a_moved_slider_repaints_its_old_and_new_places_only(bar):
    scroll_bar, paints, _view = bar
    before = scroll_bar.look()[0]
    scroll_bar.setValue(scroll_bar.value() + 40)
    QApplication.processEvents()
    after = scroll_bar.look()[0]
    assert after != before
    assert paints.rects
    painted = QRect()
    for rect in paints.rects:
        painted = painted.united(rect)
    moved = before.united(after)
    assert painted.contains(moved)
    assert painted.height() <= moved.height() + 2 * SLIDER_OVERDRAW < scroll_bar.height() / 2
    assert on_screen(scroll_bar) == fully_painted(scroll_bar)


def test_a_range_that_leaves_the_slider_in_place_repaints_nothing(bar):
    scroll_bar, paints, _view = bar
    slider = scroll_bar.look()[0]
    scroll_bar.setMaximum(scroll_bar.maximum() + 1)  # one pixel more to scroll
    QApplication.processEvents()
    assert scroll_bar.look()[0] == slider
    assert paints.rects == []


def test_reaching_an_end_repaints_that_end_s_arrow_too(bar):
    scroll_bar, paints, _view = bar
    scroll_bar.setValue(scroll_bar.minimum())
    QApplication.processEvents()
    painted = QRect()
    for rect in paints.rects:
        painted = painted.united(rect)
    arrow = scroll_bar.style().subControlRect(
        QStyle.ComplexControl.CC_ScrollBar,
        scroll_bar._option(),
        QStyle.SubControl.SC_ScrollBarSubLine,
        scroll_bar,
    )
    assert painted.contains(arrow)
    assert on_screen(scroll_bar) == fully_painted(scroll_bar)


def test_a_resize_repaints_all_of_it_and_later_moves_stay_right(bar):
    scroll_bar, paints, view = bar
    view.resize(200, 220)
    QApplication.processEvents()
    assert any(rect.height() == scroll_bar.height() for rect in paints.rects)
    for step in (30, -70, 200, -10):
        scroll_bar.setValue(scroll_bar.value() + step)
        QApplication.processEvents()
        assert on_screen(scroll_bar) == fully_painted(scroll_bar)
