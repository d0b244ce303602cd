"""Highlight cards: uniform heights, chips on one row, layouts measured once."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from annotator.core.model import Anchor, Annotation
from annotator.gui.panels.annotation_delegate import (
    ANNOTATION_ROLE,
    CHIPS_ROLE,
    AnnotationDelegate,
    Chip,
    chip_layout,
)


def annotation(number: int, quote: str, memo: str = "") -> Annotation:
    return Annotation(number, 1, Anchor(0, len(quote), quote), (1,), memo, "claire",
                      "2026-03-02T10:00:00+00:00")


def card_list(qtbot, delegate: AnnotationDelegate, annotations: list[Annotation],
              chips: tuple[Chip, ...] = (Chip("Communauté", "#2e86de"),)) -> QListWidget:
    view = QListWidget()
    qtbot.addWidget(view)
    view.setItemDelegate(delegate)
    for each in annotations:
        item = QListWidgetItem(each.quote)
        item.setData(ANNOTATION_ROLE, each)
        item.setData(CHIPS_ROLE, chips)
        view.addItem(item)
    view.resize(300, 400)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_uniform_cards_share_one_height_whatever_their_quote_and_memo(qtbot):
    short = annotation(1, "Une règle.")
    long = annotation(2, "Une règle écrite au milieu d'un conflit ressemble toujours à une "
                         "règle écrite contre quelqu'un, et tout le monde le sait. " * 3,
                      memo="Temporalité des règles : les écrire à froid, avant le conflit.")
    view = card_list(qtbot, AnnotationDelegate(uniform=True), [short, long])
    view.setUniformItemSizes(True)
    heights = {view.visualItemRect(view.item(row)).height() for row in range(2)}
    assert len(heights) == 1
    font = view.font()
    line = QFontMetrics(font).height()
    assert heights.pop() >= 3 * line  # two quote lines, chips and a memo line fit


def test_chips_on_one_row_end_with_a_count_of_those_left_out():
    metrics = QFontMetrics(QFont())
    chips = tuple(Chip(f"Concept numéro {n}", "#e74c3c") for n in range(6))
    placed = chip_layout(chips, metrics, 260, "no concept", one_row=True)
    assert all(rect.top() == 0 and rect.right() < 260 for rect, _, _ in placed)
    shown = [chip for _, chip, _ in placed if chip is not None]
    overflow = placed[-1]
    assert overflow[1] is None and overflow[2] == f"+{len(chips) - len(shown)}"
    wrapped = chip_layout(chips, metrics, 260, "no concept")
    assert len(wrapped) == len(chips) and wrapped[-1][0].top() > 0


def test_a_long_list_is_measured_once_not_at_every_layout(qtbot, monkeypatch):
    rows = AnnotationDelegate.LAYOUT_CACHE_SIZE + 400  # more cards than the layout cache
    computed = []
    original = AnnotationDelegate._compute_layout

    def counting(self, option, index, each, width):
        computed.append(each.id)
        return original(self, option, index, each, width)

    monkeypatch.setattr(AnnotationDelegate, "_compute_layout", counting)
    view = card_list(qtbot, AnnotationDelegate(quote_lines=None, memo_lines=3),
                     [annotation(n, f"Passage {n} sur la modération.") for n in range(rows)])
    view.doItemsLayout()
    first = len(computed)
    assert first >= rows
    view.doItemsLayout()
    view.doItemsLayout()
    assert len(computed) - first < 50  # only cards painted again, not every row


def test_words_measured_once_wrap_as_measured_each_time(qapp):
    from annotator.gui.panels.card_fonts import Advances
    from annotator.gui.panels.card_wrap import wrapped_lines

    metrics = QFontMetrics(QFont())
    text = ("Une règle écrite au milieu d'un conflit ressemble toujours à une règle écrite "
            "contre quelqu'un, anticonstitutionnellementparlantetsansespaces, et tout le "
            "monde le sait.\nModérer, c'est protéger les nouveaux venus.")
    advance = Advances(metrics)
    for width, lines in ((60, None), (140, 2), (260, None), (260, 2)):
        direct = wrapped_lines(text, metrics, width, lines)
        assert wrapped_lines(text, metrics, width, lines, advance) == direct
        assert wrapped_lines(text, metrics, width, lines, advance) == direct  # from the table
