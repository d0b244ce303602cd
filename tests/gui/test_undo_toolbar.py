"""The toolbar's Undo and Redo keep one short word (and their width) while the menu
and the tooltip name the step they would undo or redo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QToolBar, QToolButton

from annotator.gui.main_window import MainWindow


def test_the_toolbar_says_undo_and_the_tooltip_what(qtbot, window: MainWindow,
                                                    tmp_path: Path) -> None:
    assert window.open_project(tmp_path / "p.annot", create=True)
    actions = window.window_actions
    toolbar = window.findChild(QToolBar)
    button = next(b for b in toolbar.findChildren(QToolButton)
                  if b.defaultAction() is actions.undo_action)
    width = button.sizeHint().width()
    assert window.editor.add_concept("Une très longue catégorie de la grille de codage")
    assert actions.undo_action.text().replace("&", "").startswith("Undo ")
    assert "Une très longue catégorie" in actions.undo_action.toolTip()
    assert button.text() == "Undo"
    assert button.sizeHint().width() == width
