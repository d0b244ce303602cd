"""Cards kept as pixmaps: the same pixels as cards drawn directly, and a repaint after
one new row draws only that card."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QListWidget, QListWidgetItem, QStyleOptionViewItem

from annotator.gui.panels.annotation_delegate import ANNOTATION_ROLE, CHIPS_ROLE, AnnotationDelegate
from annotator.gui.panels.card_pixmaps import CardPixmaps
from tests.gui.test_annotation_delegate import annotation, card_list

QUOTES = [
    "Une règle écrite au milieu d'un conflit ressemble toujours à une règle contre quelqu'un.",
    "Les nouveaux venus lisent d'abord les règles épinglées.",
    "Modérer, c'est protéger les nouveaux venus.",
    "L'audience d'une marque n'est pas une communauté vivante.",
]


def cards(qtbot, *, keep: bool) -> QListWidget:
    view = card_list(
        qtbot,
        AnnotationDelegate(uniform=True, keep_cards=keep),
        [annotation(n, quote, memo="à relire" if n % 2 else "") for n, quote in enumerate(QUOTES)],
    )
    view.setUniformItemSizes(True)
    view.setCurrentRow(1)  # a selected card too
    QApplication.processEvents()
    return view


def painted(view: QListWidget) -> QImage:
    view.viewport().repaint()
    return view.viewport().grab().toImage()


def kept(view: QListWidget) -> CardPixmaps:
    delegate = view.itemDelegate()
    assert isinstance(delegate, AnnotationDelegate) and delegate._pixmaps is not None
    return delegate._pixmaps


def test_kept_cards_look_exactly_like_cards_drawn_directly(qtbot):
    direct, copied = cards(qtbot, keep=False), cards(qtbot, keep=True)
    first = painted(copied)
    assert len(kept(copied)) == len(QUOTES)
    assert painted(copied) == first  # copies, the second time
    assert first == painted(direct)
    for each in (direct, copied):
        each.setCurrentRow(2)  # one card selected, the other no longer
    assert painted(copied) == painted(direct)


def test_a_new_row_draws_only_its_own_card(qtbot):
    view = cards(qtbot, keep=True)
    painted(view)
    before = kept(view).drawn
    added = annotation(9, "Un passage tout juste surligné.")
    item = QListWidgetItem(added.quote)
    item.setData(ANNOTATION_ROLE, added)
    item.setData(CHIPS_ROLE, view.item(0).data(CHIPS_ROLE))
    view.insertItem(0, item)  # every row below moves: the list repaints them all
    painted(view)
    assert kept(view).drawn == before + 1


def test_a_changed_highlight_is_drawn_again(qtbot):
    view, direct = cards(qtbot, keep=True), cards(qtbot, keep=False)
    painted(view)
    for each in (view, direct):
        row = each.item(2)
        row.setData(ANNOTATION_ROLE, replace(row.data(ANNOTATION_ROLE), memo="Nouveau mémo"))
    before = kept(view).drawn
    assert painted(view) == painted(direct)
    assert kept(view).drawn == before + 1


def test_the_kept_cards_stay_within_their_budget(qtbot):
    view = cards(qtbot, keep=True)
    delegate = view.itemDelegate()
    delegate._pixmaps = CardPixmaps(budget_bytes=1)  # room for one card only
    painted(view)
    assert len(delegate._pixmaps) == 1


def test_a_screen_scaled_by_a_fraction_gets_cards_drawn_directly(qtbot):
    view = cards(qtbot, keep=True)
    image = QImage(300, 100, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(1.5)
    option = QStyleOptionViewItem()
    option.widget = view
    option.rect = view.visualItemRect(view.item(0))
    painter = QPainter(image)
    try:
        copied = kept(view).draw(painter, option, "card", lambda to, at: None)
    finally:
        painter.end()
    assert not copied


def test_the_kept_cards_take_about_three_views_of_pixels(qtbot):
    from annotator.gui.panels.card_pixmaps import FLOOR_BYTES, SCREENS

    view = card_list(
        qtbot,
        AnnotationDelegate(uniform=True, keep_cards=True),
        [annotation(n, f"Passage {n} sur la modération des échanges.") for n in range(300)],
    )
    view.setUniformItemSizes(True)
    QApplication.processEvents()  # laid out
    scroll_bar = view.verticalScrollBar()
    for value in range(0, scroll_bar.maximum() + 1, max(scroll_bar.pageStep(), 1)):
        scroll_bar.setValue(value)
        view.viewport().repaint()
    store = kept(view)
    viewport = view.viewport()
    ratio = viewport.devicePixelRatio()
    screen = viewport.width() * viewport.height() * ratio * ratio * 4
    card = next(iter(store._pixmaps.values()))
    card_bytes = card.width() * card.height() * 4
    assert store.drawn > len(store)  # cards scrolled past were let go
    assert len(store) * card_bytes <= max(FLOOR_BYTES, SCREENS * screen) + card_bytes


def test_a_card_selected_or_not_is_one_kept_card_with_the_selection_drawn_over_it(qtbot):
    view = cards(qtbot, keep=True)
    painted(view)
    before = kept(view).drawn
    unselected = painted(view).copy(view.visualItemRect(view.item(2)))
    view.setCurrentRow(2)
    selected = painted(view).copy(view.visualItemRect(view.item(2)))
    view.setCurrentRow(1)
    assert kept(view).drawn == before  # both rows changed state: copies only
    assert selected != unselected  # the selection shows...
    highlight = view.palette().color(view.palette().ColorRole.Highlight)
    assert selected.pixelColor(1, selected.height() // 2) == highlight  # ...framed
    assert painted(view).copy(view.visualItemRect(view.item(2))) == unselected
