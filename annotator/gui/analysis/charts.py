"""Charts drawn with QPainter: grouped bars of concept frequencies, a co-occurrence heat-map.

The same painting serves the screen, PNG files (at twice the size, for print)
and SVG files. Charts are drawn on white whatever the system theme, so a
saved image looks the same everywhere.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from annotator.core.exporting.atomic import atomic_path
from annotator.gui.analysis.table_model import heat_color
from annotator.gui.numbers import number

INK = QColor("#1f1f1f")
GRID = QColor("#d8d8d8")
PAPER = QColor("#ffffff")
DIAGONAL = QColor("#ececec")
MARGIN = 16.0
BAR = 14.0  # height of one bar
GROUP_GAP = 8.0
LABEL_SHARE = 0.36  # of the width, at most, for category labels
PNG_SCALE = 2
MIN_WIDTH = 700


@dataclass(frozen=True)
class Series:
    name: str
    color: str
    values: tuple[float, ...]


class Chart(QWidget):
    """A widget that paints itself through `paint(painter, width, height)`.

    `emphasis` marks labels drawn in bold (top-level concepts among their children).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.emphasis: list[bool] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def _label_font(self, index: int) -> QFont:
        if index < len(self.emphasis) and self.emphasis[index]:
            return _bold(self.font())
        return QFont(self.font())

    def paint(self, painter: QPainter, width: float, height: float) -> None:
        raise NotImplementedError

    def natural_height(self, width: float) -> float:
        raise NotImplementedError

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return self.export_size()

    def layout_width(self) -> int:
        """The width the chart is laid out for: as shown, never narrower than MIN_WIDTH."""
        return max(self.width(), MIN_WIDTH)

    def export_size(self) -> QSize:
        """The drawing laid out at `layout_width()`, cut to what it covers."""
        width = self.layout_width()
        return QSize(math.ceil(self.natural_width(width)),
                     math.ceil(self.natural_height(width)))

    def natural_width(self, width: float) -> float:
        """The width the drawing needs when given `width`."""
        return width

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), PAPER)
        self.paint(painter, self.width(), self.height())
        painter.end()

    def _title(self, painter: QPainter, width: float) -> float:
        """Draw the title; return the y below it."""
        font = _bold(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        painter.setFont(font)
        painter.setPen(INK)
        height = QFontMetricsF(font).height()
        painter.drawText(QRectF(MARGIN, MARGIN, width - 2 * MARGIN, height),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.title)
        painter.setFont(self.font())
        return MARGIN + height + 8


class BarChart(Chart):
    """Horizontal bars, one group per category, one bar per series."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.categories: list[str] = []
        self.series: list[Series] = []
        self.colors: list[str] = []  # per category, when there is one series
        self.value_text: Callable[[float], str] = lambda value: f"{value:g}"

    def set_data(self, title: str, categories: Sequence[str], series: Sequence[Series],
                 value_text: Callable[[float], str], colors: Sequence[str] = (),
                 emphasis: Sequence[bool] = ()) -> None:
        self.title = title
        self.emphasis = list(emphasis)
        self.categories = list(categories)
        self.series = list(series)
        self.colors = list(colors)
        self.value_text = value_text
        self.updateGeometry()
        self.update()

    def natural_height(self, width: float) -> float:
        line = QFontMetricsF(self.font()).height()
        legend = line + 8 if len(self.series) > 1 else 0
        group = max(line, BAR * max(1, len(self.series))) + GROUP_GAP
        return MARGIN * 2 + line * 1.4 + 8 + legend + group * len(self.categories) + line + 6

    def paint(self, painter: QPainter, width: float, height: float) -> None:
        metrics = QFontMetricsF(self.font())
        top = self._title(painter, width)
        if len(self.series) > 1:
            top = self._legend(painter, top, width)
        bold = QFontMetricsF(_bold(self.font()))
        label_width = min(width * LABEL_SHARE,
                          max((bold.horizontalAdvance(c) for c in self.categories),
                              default=0) + 8)
        left = MARGIN + label_width
        value_room = metrics.horizontalAdvance("000.0 %") + 8
        span = max(10.0, width - left - MARGIN - value_room)
        maximum = max((v for s in self.series for v in s.values), default=0) or 1
        group = max(metrics.height(), BAR * max(1, len(self.series))) + GROUP_GAP
        bottom = top + group * len(self.categories)
        self._grid(painter, left, top, bottom, span, maximum)
        for row, category in enumerate(self.categories):
            y = top + row * group
            painter.setPen(INK)
            font = self._label_font(row)
            painter.setFont(font)
            label = QFontMetricsF(font).elidedText(category, Qt.TextElideMode.ElideMiddle,
                                                   label_width - 8)
            painter.drawText(QRectF(MARGIN, y, label_width - 8, group - GROUP_GAP),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            painter.setFont(self.font())
            for index, series in enumerate(self.series):
                value = series.values[row]
                color = self.colors[row] if len(self.series) == 1 and self.colors else \
                    series.color
                bar = QRectF(left, y + index * BAR + 1, span * value / maximum, BAR - 2)
                painter.fillRect(bar, QColor(color))
                painter.setPen(QPen(QColor(color).darker(140), 0.8))
                painter.drawRect(bar)
                painter.setPen(INK)
                painter.drawText(QRectF(bar.right() + 4, bar.top() - 2, value_room, BAR),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 self.value_text(value))

    def _legend(self, painter: QPainter, top: float, width: float) -> float:
        metrics = QFontMetricsF(self.font())
        x = MARGIN
        for series in self.series:
            painter.fillRect(QRectF(x, top + 3, 12, metrics.height() - 6), QColor(series.color))
            painter.setPen(INK)
            painter.drawText(QPointF(x + 16, top + metrics.ascent()), series.name)
            x += 16 + metrics.horizontalAdvance(series.name) + 18
        return top + metrics.height() + 8

    def _grid(self, painter: QPainter, left: float, top: float, bottom: float, span: float,
              maximum: float) -> None:
        step = _nice_step(maximum)
        painter.setPen(QPen(GRID, 1))
        value = 0.0
        metrics = QFontMetricsF(self.font())
        while value <= maximum + 1e-9:
            x = left + span * value / maximum
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))
            painter.setPen(INK)
            text = self.value_text(value)
            painter.drawText(QPointF(x - metrics.horizontalAdvance(text) / 2,
                                     bottom + metrics.ascent() + 4), text)
            value += step


class HeatMapChart(Chart):
    """A square matrix of counts; darker is more. Empty cells (None) stay blank."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: list[str] = []
        self.values: list[list[int | None]] = []

    def set_data(self, title: str, labels: Sequence[str],
                 values: Sequence[Sequence[int | None]], emphasis: Sequence[bool] = ()) -> None:
        self.title = title
        self.emphasis = list(emphasis)
        self.labels = list(labels)
        self.values = [list(row) for row in values]
        self.updateGeometry()
        self.update()

    def _layout(self, width: float) -> tuple[float, float, float]:
        """Label width, height of the rotated column labels, cell size."""
        metrics = QFontMetricsF(_bold(self.font()))
        label_width = min(width * LABEL_SHARE,
                          max((metrics.horizontalAdvance(t) for t in self.labels), default=0)
                          + 10)
        cells = max(1, len(self.labels))
        cell = max(18.0, min(46.0, (width - 2 * MARGIN - label_width) / cells))
        return label_width, label_width * 0.75 + 8, cell

    def natural_width(self, width: float) -> float:
        label_width, header, cell = self._layout(width)
        return min(width, MARGIN * 2 + label_width + cell * len(self.labels) + header * 0.7)

    def natural_height(self, width: float) -> float:
        _, header, cell = self._layout(width)
        line = QFontMetricsF(self.font()).height()
        return MARGIN * 2 + line * 1.4 + 8 + header + cell * len(self.labels)

    def paint(self, painter: QPainter, width: float, height: float) -> None:
        metrics = QFontMetricsF(self.font())
        top = self._title(painter, width)
        label_width, header, cell = self._layout(width)
        left = MARGIN + label_width
        grid_top = top + header
        maximum = max((v for row in self.values for v in row if v), default=0)
        for column, label in enumerate(self.labels):  # column labels, slanted upwards
            painter.save()
            painter.translate(left + (column + 0.5) * cell, grid_top - 4)
            painter.rotate(-50)
            painter.setPen(INK)
            painter.setFont(self._label_font(column))
            text = QFontMetricsF(painter.font()).elidedText(
                label, Qt.TextElideMode.ElideMiddle, header / 0.77)
            painter.drawText(QPointF(0, metrics.ascent() / 2 - 2), text)
            painter.restore()
        for row, label in enumerate(self.labels):
            y = grid_top + row * cell
            painter.setPen(INK)
            painter.setFont(self._label_font(row))
            painter.drawText(QRectF(MARGIN, y, label_width - 8, cell),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             QFontMetricsF(painter.font()).elidedText(
                                 label, Qt.TextElideMode.ElideMiddle, label_width - 8))
            painter.setFont(self.font())
            for column, value in enumerate(self.values[row]):
                rect = QRectF(left + column * cell, y, cell, cell)
                strength = (value or 0) / maximum if maximum else 0.0
                painter.fillRect(rect, heat_color(strength) if value is not None else DIAGONAL)
                painter.setPen(QPen(GRID, 0.8))
                painter.drawRect(rect)
                if value:
                    painter.setPen(PAPER if strength > 0.55 else INK)
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, number(value))


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def _nice_step(maximum: float) -> float:
    """A round step giving four to eight grid lines up to `maximum`."""
    raw = maximum / 5
    power = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


def svg_available() -> bool:
    try:
        from PySide6 import QtSvg  # noqa: F401
    except ImportError:
        return False
    return True


def save_chart(chart: Chart, destination: Path) -> Path:
    """Write the chart as PNG (twice the screen size) or, for a .svg name, as SVG."""
    size = chart.export_size()
    with atomic_path(destination) as temp:
        if destination.suffix.lower() == ".svg":
            from PySide6.QtSvg import QSvgGenerator

            generator = QSvgGenerator()
            generator.setFileName(str(temp))
            generator.setSize(size)
            generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
            generator.setTitle(chart.title)
            painter = QPainter(generator)
            painter.fillRect(QRectF(0, 0, size.width(), size.height()), PAPER)
            chart.paint(painter, chart.layout_width(), size.height())
            painter.end()
        else:
            image = QImage(size * PNG_SCALE, QImage.Format.Format_ARGB32)
            image.fill(PAPER)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.scale(PNG_SCALE, PNG_SCALE)
            chart.paint(painter, chart.layout_width(), size.height())
            painter.end()
            # PySide6 refuses bytes for the format, which is all its stub accepts
            if not image.save(str(temp), "PNG"):  # type: ignore[call-overload]
                raise OSError(f"{destination}: the image could not be written")
    return destination
