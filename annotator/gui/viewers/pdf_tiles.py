"""Which renderings a page needs at the current zoom: the whole page, or a preview and tiles.

A page that would render larger than `pdf_render.WHOLE_PAGE_PIXELS` is drawn
from a small preview of the whole page (stretched: something shows at once)
under the TILE-pixel tiles that intersect the viewport, each rendered at the
current zoom. Memory then depends on the viewport's size, not on the zoom.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage

from annotator.gui.viewers.pdf_render import TILE, ImageCache, RenderJob, tile_rect, tiled

PREVIEW_PIXELS = 1024 * 1024  # a tiled page's stretched stand-in (4 MB)


@dataclass(frozen=True)
class PagePlan:
    """The renderings page `page` needs: `whole` (a whole page) or `preview` and `tiles`."""

    page: int
    width: int  # device pixels of the page at the current zoom
    height: int
    whole: RenderJob | None
    preview: RenderJob | None
    tiles: tuple[RenderJob, ...]

    def jobs(self) -> list[RenderJob]:
        """Most wanted first: the whole page, or the preview then the tiles."""
        first = self.whole or self.preview
        return [*([first] if first is not None else []), *self.tiles]


def plan_page(
    page: int, size: tuple[float, float], rect: QRectF, viewport: QRectF, ratio: float
) -> PagePlan:
    """What page `page` (`size` in points) drawn at `rect` needs for the part in `viewport`."""
    width = max(1, round(rect.width() * ratio))
    height = max(1, math.ceil(size[1] * width / size[0]))
    if not tiled(width, height):
        return PagePlan(page, width, height, RenderJob(page, width), None, ())
    preview = max(1, min(width, math.floor(math.sqrt(PREVIEW_PIXELS * size[0] / size[1]))))
    seen = rect.intersected(viewport)
    tiles: tuple[RenderJob, ...] = ()
    if not seen.isEmpty():
        columns = _tiles(seen.left() - rect.left(), seen.right() - rect.left(), ratio, width)
        rows = _tiles(seen.top() - rect.top(), seen.bottom() - rect.top(), ratio, height)
        tiles = tuple(RenderJob(page, width, (column, row)) for row in rows for column in columns)
    return PagePlan(page, width, height, None, RenderJob(page, preview), tiles)


def _tiles(start: float, end: float, ratio: float, extent: int) -> range:
    """The tile indices covering logical pixels [start, end) of a side `extent` device pixels."""
    return range(
        max(0, math.floor(start * ratio / TILE)),
        min(math.ceil(extent / TILE), math.ceil(end * ratio / TILE)),
    )


def page_images(
    plan: PagePlan, rect: QRectF, cache: ImageCache
) -> tuple[QImage | None, list[tuple[QRectF, QImage]]]:
    """The image to stretch over the whole page (if any) and the cached tiles with their rects."""
    if plan.whole is not None:
        return cache.best(plan.page, plan.width), []
    preview = cache.get(plan.preview) if plan.preview is not None else None
    scale = rect.width() / plan.width  # logical pixels per device pixel
    pieces = []
    for job in plan.tiles:
        image = cache.get(job)
        if image is None:
            continue
        x, y, width, height = tile_rect(job, plan.height)
        pieces.append(
            (
                QRectF(
                    rect.left() + x * scale, rect.top() + y * scale, width * scale, height * scale
                ),
                image,
            )
        )
    return preview, pieces
