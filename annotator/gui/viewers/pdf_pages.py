"""A scroll area of PDF pages: layout, zoom, lazy off-thread rendering, page indicator.

It paints its pages itself rather than through a QGraphicsScene: one mapping
between view pixels and page points serves painting, hit tests and
selection, and nothing is built per page. Placeholders sized from the stored
page sizes appear at once; only the visible pages, plus the next one, are
asked of the renderer. Measured on a 500-page PDF (offscreen, 1000x700):
show 4 ms, first page on screen 27 ms with one page rendered, repaint while
scrolling 2.3 ms median, 30 ms at worst. Subclasses paint what goes over a
page (`paint_over_page`) and map pointer positions with `page_point`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QWidget

from annotator.gui.viewers.pdf_layout import MARGIN, PAGE_GAP, PageLayout
from annotator.gui.viewers.pdf_paint import paint_paper
from annotator.gui.viewers.pdf_render import ImageCache, PageRenderer
from annotator.gui.viewers.pdf_tiles import PagePlan, page_images, plan_page

POINTS_TO_PIXELS = 96 / 72  # 100 %: a point at the usual 96 logical dpi
MIN_ZOOM, MAX_ZOOM = 0.25, 8.0
ZOOM_STEP = 1.2
DEFAULT_SIZE = (612.0, 792.0)  # US Letter, for a page stored without a size

# PdfView inherits this canvas: self.tr would look the texts up under its name
translate = QCoreApplication.translate


class PageCanvas(QAbstractScrollArea):
    """Pages (sizes in points) in one continuous vertical scroll, rendered on demand."""

    pageRendered = Signal(int)  # 0-based page index whose fresh rendering is now shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Always on: fitting the width must not make the scroll bar come and go.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Dark)
        for bar in (self.verticalScrollBar(), self.horizontalScrollBar()):
            bar.setSingleStep(40)
            bar.valueChanged.connect(self._scrolled)

        self._renderer = PageRenderer()
        self.start_renderer = self._renderer.start  # see PageRenderer.start
        self._renderer.pageReady.connect(self._page_ready)
        self._renderer.failed.connect(self._render_failed)
        self.destroyed.connect(self._renderer.close)
        self._render_timer = QTimer(self, singleShot=True, interval=0)
        self._render_timer.timeout.connect(self._request_renders)

        self._sizes: list[tuple[float, float]] = []
        self._zoom = POINTS_TO_PIXELS
        self._fit = True
        self._layout = PageLayout([], self._zoom, 0)
        self._indicator = _badge(self.viewport(), translate("PageCanvas", "Current page"))
        # why pages stay blank
        self._notice = _badge(self.viewport(), translate("PageCanvas", "Notice"))
        self._notice.setWordWrap(True)
        self._notice.setAlignment(Qt.AlignmentFlag.AlignCenter)

    # -- what the view builds on -------------------------------------------------------
    def set_pages(self, sizes: Sequence[tuple[float, float]], pdf_bytes: bytes | None,
                  message: str = "") -> None:
        """Show these pages (width, height in points), fit to the width, from the top."""
        self._sizes = [(w or DEFAULT_SIZE[0], h or DEFAULT_SIZE[1]) for w, h in sizes]
        self._set_notice(message)
        self._renderer.open(pdf_bytes if self._sizes else None)
        self._fit = True
        self._relayout()
        self.verticalScrollBar().setValue(0)
        self.horizontalScrollBar().setValue(0)
        self._scrolled()

    def paint_over_page(self, painter: QPainter, index: int, rect: QRectF) -> None:
        """Draw over page `index`, shown at `rect` (viewport pixels); nothing here."""

    def page_point(self, pos: QPointF) -> tuple[int, float, float] | None:
        """Viewport position -> (page index, x, y in points) on the nearest page."""
        if not self._sizes:
            return None
        x = pos.x() + self.horizontalScrollBar().value()
        y = pos.y() + self.verticalScrollBar().value()
        index = self._layout.nearest_page(y)
        return (index, *self._layout.to_points(index, x, y))

    def top_point(self) -> tuple[int, float] | None:
        """The page showing at the view's top edge, and that edge's height on it in points."""
        if not self._sizes:
            return None
        y = self.verticalScrollBar().value()
        index = self._layout.page_below(y)
        return index, self._layout.to_points(index, 0, y)[1]

    def scroll_to_page(self, index: int) -> None:
        """Scroll so that page `index` starts just below the view's top edge."""
        top = self._layout.page_rect(index)[1]
        self.verticalScrollBar().setValue(int(top - PAGE_GAP / 2) if index else 0)

    def scroll_to_point(self, index: int, x: float, y: float, at: QPointF) -> None:
        """Scroll so that point (x, y) of page `index` shows at viewport position `at`."""
        canvas_x, canvas_y = self._layout.from_points(index, x, y)
        self.horizontalScrollBar().setValue(round(canvas_x - at.x()))
        self.verticalScrollBar().setValue(int(canvas_y - at.y()))

    # -- zoom --------------------------------------------------------------------------
    def zoom(self) -> float:
        """Logical pixels per PDF point."""
        return self._zoom

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / ZOOM_STEP)

    def fit_width(self) -> None:
        """Fit the usual page width (the most common one) to the view, now and on resize."""
        self.set_zoom(self._fit_zoom(), keep_fit=True)

    def set_zoom(self, zoom: float, anchor: QPointF | None = None,
                 keep_fit: bool = False) -> None:
        """Zoom, keeping the page point under `anchor` (default: the middle) in place."""
        zoom = min(max(zoom, MIN_ZOOM), MAX_ZOOM)
        self._fit = keep_fit
        at = anchor or QPointF(self.viewport().width() / 2, self.viewport().height() / 2)
        point = self.page_point(at)
        self._zoom = zoom
        self._relayout()
        if point is not None:
            self.scroll_to_point(*point, at=at)
        self._schedule_render()
        self.viewport().update()

    # -- pages on screen -----------------------------------------------------------------
    def current_page(self) -> int:
        """1-based number of the page in the middle of the view (0 without pages)."""
        if not self._sizes:
            return 0
        middle = self.verticalScrollBar().value() + self.viewport().height() / 2
        return self._layout.nearest_page(middle) + 1

    def page_rect(self, index: int) -> QRectF:
        """Where page `index` (0-based) is drawn, in viewport coordinates."""
        x, y, width, height = self._layout.page_rect(index)
        return QRectF(x - self.horizontalScrollBar().value(),
                      y - self.verticalScrollBar().value(), width, height)

    def rendered_page_count(self) -> int:
        """How many page renderings the current document has received."""
        return self._renderer.rendered_count

    @property
    def render_cache(self) -> ImageCache:
        """The renderings kept (bounded in bytes: `capacity`)."""
        return self._renderer.cache

    def render_pending(self) -> bool:
        """Whether renderings asked for the current view are still to come."""
        return self._render_timer.isActive() or self._renderer.busy()

    def largest_rendering_bytes(self) -> int:
        """The size of the largest image rendered for the current document."""
        return self._renderer.largest_image_bytes

    def visible_pages(self) -> range:
        top = self.verticalScrollBar().value()
        return self._layout.visible(top, top + self.viewport().height())

    # -- layout and rendering ---------------------------------------------------------------
    def _relayout(self) -> None:
        if self._fit:
            self._zoom = self._fit_zoom()
        self._layout = PageLayout(self._sizes, self._zoom, self.viewport().width())
        size = self.viewport().size()
        for bar, extent, view in (
            (self.verticalScrollBar(), self._layout.height, size.height()),
            (self.horizontalScrollBar(), self._layout.width, size.width()),
        ):
            bar.setRange(0, max(0, int(extent - view)))
            bar.setPageStep(view)

    def _fit_zoom(self) -> float:
        widths = Counter(round(width) for width, _ in self._sizes)
        usual = widths.most_common(1)[0][0] if widths else DEFAULT_SIZE[0]
        return min(max((self.viewport().width() - 2 * MARGIN) / usual, MIN_ZOOM), MAX_ZOOM)

    def _schedule_render(self) -> None:
        self._render_timer.start()

    def _request_renders(self) -> None:
        """Ask for the visible pages and the next one, at the current zoom, sharp on HiDPI."""
        if not self.isVisible():
            return  # e.g. behind the text view; showEvent asks again
        visible = self.visible_pages()
        wanted = list(visible)
        if visible and visible.stop < len(self._sizes):
            wanted.append(visible.stop)
        self._renderer.request([job for i in wanted for job in self._plan(i).jobs()])

    def _plan(self, index: int) -> PagePlan:
        """The renderings page `index` needs for what of it the viewport shows."""
        return plan_page(index, self._sizes[index], self.page_rect(index),
                         QRectF(self.viewport().rect()), self.viewport().devicePixelRatioF())

    def _page_ready(self, index: int) -> None:
        if index in self.visible_pages():
            self.viewport().update()
        self.pageRendered.emit(index)

    def _render_failed(self, password: bool, reason: str) -> None:
        if password:
            self._set_notice(translate(
                "PageCanvas", "This PDF is password-protected, so its pages cannot be drawn here;"
                " read and annotate it in the text view."))
        else:
            self._set_notice(translate(
                "PageCanvas", "The pages could not be drawn: {reason}").format(reason=reason))

    def _set_notice(self, message: str) -> None:
        self._notice.setText(message)
        self._notice.setVisible(bool(message))
        self._place_badges()

    def _scrolled(self) -> None:
        self._update_indicator()
        self._schedule_render()
        self.viewport().update()

    def _update_indicator(self) -> None:
        if self._sizes:
            self._indicator.setText(translate("PageCanvas", "page {current} / {total}").format(
                current=self.current_page(), total=len(self._sizes)))
            self._indicator.adjustSize()
        self._indicator.setVisible(bool(self._sizes))
        self._place_badges()

    def _place_badges(self) -> None:
        width, height = self.viewport().width(), self.viewport().height()
        self._indicator.move(width - self._indicator.width() - 8,
                             height - self._indicator.height() - 8)
        self._notice.setFixedWidth(min(480, max(width - 32, 100)))
        self._notice.adjustSize()
        self._notice.move((width - self._notice.width()) // 2, 16)

    # -- events ------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self.viewport())
        palette = self.palette()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        exposed = QRectF(event.rect())
        for index in self.visible_pages():
            rect = self.page_rect(index)
            if rect.adjusted(-MARGIN, 0, 0, 0).intersects(exposed):
                image, tiles = page_images(self._plan(index), rect, self._renderer.cache)
                paint_paper(painter, rect, image, palette)
                for target, tile in tiles:
                    painter.drawImage(target, tile)
                self.paint_over_page(painter, index, rect)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._schedule_render()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        top = self.top_point()
        self._relayout()
        if top is not None and self._fit:  # the zoom followed the width: keep the place
            index, y = top
            self.verticalScrollBar().setValue(int(self._layout.from_points(index, 0, y)[1]))
        self._scrolled()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.DevicePixelRatioChange:
            self._schedule_render()
        return super().event(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt override)
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self._zoom * ZOOM_STEP ** steps, anchor=event.position())
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key = event.key()
        control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        bar = self.verticalScrollBar()
        if control and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif control and key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif control and key == Qt.Key.Key_0:
            self.fit_width()
        elif key == Qt.Key.Key_Home:
            bar.setValue(bar.minimum())
        elif key == Qt.Key.Key_End:
            bar.setValue(bar.maximum())
        else:
            super().keyPressEvent(event)


def _badge(parent: QWidget, name: str) -> QLabel:
    """A small label floating over the pages, drawn in the window's colours."""
    label = QLabel(parent)
    label.setAccessibleName(name)
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    label.setForegroundRole(QPalette.ColorRole.WindowText)  # not the viewport's
    label.setStyleSheet("QLabel { background: palette(window); border: 1px solid palette(mid);"
                        " border-radius: 4px; padding: 2px 8px; }")
    label.hide()
    return label
