"""The reader's context menu: code the selected passage with the mouse.

A right click on the text or on a PDF page offers the coding loop's actions (the
concepts of the codebook, as its tree; the concept picker; a new concept named after
the selection; the memo of the current highlight) above what the view itself offers
(copy, select all), so that a researcher who does not know the keys still finds them.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractScrollArea, QMenu, QTextEdit, QWidget

from annotator.core.model import Concept
from annotator.gui.reader import Reader

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReaderMenu", text)


def install_reader_menu(window: MainWindow, reader: Reader, actions: list[QAction]) -> None:
    """Give the reader's text and page views the context menu; `actions` (the window's
    own: pick a concept, new concept from the selection, edit memo) follow the codebook."""
    for view in (reader.text_view.text_edit, reader.pdf_view):
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(
            partial(_show, window, reader, view, actions))


def reader_menu(window: MainWindow, reader: Reader, view: QWidget,
                actions: list[QAction]) -> QMenu:
    """The menu a right click in `view` shows (built anew each time: the codebook and the
    selection change)."""
    menu = QMenu(view)
    selected = bool(reader.selection()) and window.project is not None
    tag = menu.addMenu(_tr("Tag with"))
    tag.setEnabled(selected)
    if window.project is not None:
        _add_concepts(tag, window.project.concepts(), None, window.coding.apply_concept)
    tag.menuAction().setEnabled(selected and not tag.isEmpty())
    for action in actions:
        menu.addAction(action)
    if isinstance(view, QTextEdit):
        menu.addSeparator()
        standard = view.createStandardContextMenu()
        for action in standard.actions():
            action.setParent(menu)
            menu.addAction(action)
    return menu


def _show(window: MainWindow, reader: Reader, view: QWidget, actions: list[QAction],
          at: QPoint) -> None:
    menu = reader_menu(window, reader, view, actions)
    # a scroll area gives the position in its viewport's coordinates
    origin = view.viewport() if isinstance(view, QAbstractScrollArea) else view
    menu.move(origin.mapToGlobal(at))
    _open(menu)


def _open(menu: QMenu) -> None:
    """Show the menu where it was placed, until an entry is chosen or it is closed."""
    menu.exec()
    menu.deleteLater()


def _add_concepts(menu: QMenu, concepts: list[Concept], parent_id: int | None,
                  apply: Callable[[int], None]) -> None:
    """The concepts under `parent_id`, a concept with sub-concepts as a submenu that
    starts with the concept itself."""
    for concept in (c for c in concepts if c.parent_id == parent_id):
        label = f"{concept.name}\t{concept.shortcut}" if concept.shortcut else concept.name
        children = [c for c in concepts if c.parent_id == concept.id]
        if children:
            sub = menu.addMenu(concept.name)
            sub.addAction(label, partial(apply, concept.id))
            sub.addSeparator()
            _add_concepts(sub, concepts, concept.id, apply)
        else:
            menu.addAction(label, partial(apply, concept.id))
