"""The toolbar's icons are drawn when shown, at the size and scale asked, faded when
disabled; the warning strips get their icon when first shown; the focus ring's choice of
widgets asks Qt's classes by name."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QImage
from PySide6.QtWidgets import QListWidget, QPlainTextEdit, QTextEdit

from annotator.gui.focus_style import wants_ring
from annotator.gui.icons import toolbar_icon
from annotator.gui.warning_strip import WarningStrip


def ink_pixels(image: QImage) -> tuple[int, int]:
    """(pixels drawn, their summed opacity)."""
    alphas = [image.pixelColor(x, y).alpha() for x in range(image.width())
              for y in range(image.height())]
    return sum(1 for a in alphas if a), sum(alphas)


def test_toolbar_icons_are_drawn_at_the_size_and_scale_asked(qtbot):
    for name in ("import", "undo", "redo"):
        icon = toolbar_icon(name)
        normal = icon.pixmap(QSize(24, 24), 1.0).toImage()
        assert normal.size() == QSize(24, 24)
        drawn, opacity = ink_pixels(normal)
        assert 20 < drawn < 24 * 24 / 2  # a line drawing, not a filled square
        sharp = icon.pixmap(QSize(24, 24), 2.0)
        assert sharp.devicePixelRatio() == 2.0 and sharp.size() == QSize(48, 48)
        faded = icon.pixmap(QSize(24, 24), 1.0, QIcon.Mode.Disabled).toImage()
        assert ink_pixels(faded)[1] < opacity / 2


def test_undo_and_redo_are_mirror_images(qtbot):
    undo = toolbar_icon("undo").pixmap(QSize(32, 32), 1.0).toImage()
    redo = toolbar_icon("redo").pixmap(QSize(32, 32), 1.0).toImage()
    assert undo != redo
    side = undo.width()
    differences = [abs(undo.pixelColor(x, y).alpha() - redo.pixelColor(side - 1 - x, y).alpha())
                   for x in range(side) for y in range(side)]
    assert max(differences) <= 48  # antialiasing may round a mirrored edge otherwise


def test_a_warning_strip_gets_its_icon_when_first_shown(qtbot):
    strip = WarningStrip("strip", "#fff3cd", "#e0c46c", "#3d2f00")
    qtbot.addWidget(strip)
    icon = strip._icon
    assert icon.pixmap().isNull()  # made hidden, with the first window: no style asked
    strip.show()
    qtbot.waitUntil(lambda: not icon.pixmap().isNull())


def test_the_focus_ring_is_for_lists_and_read_only_text(qtbot):
    editable, read_only, plain = QTextEdit(), QTextEdit(), QPlainTextEdit()
    read_only.setReadOnly(True)
    listing = QListWidget()
    for widget in (editable, read_only, plain, listing):
        qtbot.addWidget(widget)
    assert wants_ring(listing) and wants_ring(read_only)
    assert not wants_ring(editable) and not wants_ring(plain)
    plain.setReadOnly(True)
    assert wants_ring(plain)
    assert not wants_ring(None)
