"""Help ▸ Keyboard shortcuts: every key of the window, grouped by menu, with a filter."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.textfold import fold
from annotator.gui.translations import QT_TRANSLATE_NOOP
from annotator.gui.tree_items import child_items, top_level_items

Row = tuple[str, str]  # (keys as shown, what they do)

# Keys that belong to one part of the window rather than to a menu. Keys are
# Qt's portable names (shown in the user's words); a "~" marks a text to translate.
EXTRA_KEYS: tuple[tuple[str, tuple[tuple[tuple[str, ...], str], ...]], ...] = (
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Text view"), (
        (("~" + QT_TRANSLATE_NOOP("ShortcutsDialog", "Shift+Arrow keys"),),
         QT_TRANSLATE_NOOP("ShortcutsDialog", "Extend the selection by a character or a line")),
        (("Ctrl+Shift+Left", "Ctrl+Shift+Right"),
         QT_TRANSLATE_NOOP("ShortcutsDialog", "Extend the selection by a word")),
        (("Alt+Right", "Alt+Left"),
         QT_TRANSLATE_NOOP("ShortcutsDialog", "Go to the next or previous sentence")),
        (("Alt+Shift+Right", "Alt+Shift+Left"),
         QT_TRANSLATE_NOOP("ShortcutsDialog", "Extend the selection by a sentence")),
        (("Ctrl+Down", "Ctrl+Up"),
         QT_TRANSLATE_NOOP("ShortcutsDialog", "Go to the next or previous paragraph")),
        (("Ctrl+Shift+Down", "Ctrl+Shift+Up"),
         QT_TRANSLATE_NOOP("ShortcutsDialog", "Extend the selection by a paragraph")),
        (("Home", "End"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Start or end of the line")),
        (("Ctrl+Home", "Ctrl+End"),
         QT_TRANSLATE_NOOP("ShortcutsDialog", "Start or end of the document")),
        (("~1 … 9",), QT_TRANSLATE_NOOP(
            "ShortcutsDialog", "Tag the selection with concept 1 to 9 (as numbered in the "
            "Concepts panel)")),
        (("Return",), QT_TRANSLATE_NOOP(
            "ShortcutsDialog", "On a highlight: show it in the Highlights panel")),
    )),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Panels"), (
        (("Return",), QT_TRANSLATE_NOOP(
            "ShortcutsDialog", "Open the document, passage or search hit")),
        (("Del",), QT_TRANSLATE_NOOP("ShortcutsDialog", "Delete the highlight or concept")),
        (("F2",), QT_TRANSLATE_NOOP("ShortcutsDialog", "Rename the concept")),
        (("Ins",), QT_TRANSLATE_NOOP("ShortcutsDialog", "New concept")),  # Ctrl+Shift+N: Edit menu
        (("Ctrl+F",), QT_TRANSLATE_NOOP(
            "ShortcutsDialog", "Library: filter the documents")),
        (("Ctrl+C",), QT_TRANSLATE_NOOP(
            "ShortcutsDialog", "Passages by concept: copy the selected passages")),
    )),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Memo"), (
        (("Ctrl+Return",), QT_TRANSLATE_NOOP("ShortcutsDialog", "Save the memo")),
        (("Esc",), QT_TRANSLATE_NOOP("ShortcutsDialog", "Put back the saved memo")),
        (("Tab",), QT_TRANSLATE_NOOP("ShortcutsDialog", "Leave the memo (it is saved)")),
    )),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Page view"), (
        (("~" + QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Wheel"),),
         QT_TRANSLATE_NOOP("ShortcutsDialog", "Zoom")),
        (("~" + QT_TRANSLATE_NOOP("ShortcutsDialog", "Drag"),),
         QT_TRANSLATE_NOOP("ShortcutsDialog", "Select a passage on the page")),
    )),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShortcutsDialog", text)


def native(keys: QKeySequence | str) -> str:
    """Keys in the words of the user's platform and language."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def menu_rows(menu: QMenu, prefix: str = "") -> list[Row]:
    """The actions of `menu` (and its submenus) that have keys, in menu order."""
    rows: list[Row] = []
    for action in menu.actions():
        name = prefix + action.iconText()  # the plain name: "Undo", not "Undo Tag passage"
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            rows += menu_rows(submenu, name + " ▸ ")
        elif not action.isSeparator() and not action.shortcut().isEmpty():
            rows.append((" / ".join(native(k) for k in action.shortcuts()), name))
    return rows


def extra_groups() -> list[tuple[str, list[Row]]]:
    groups = []
    for title, rows in EXTRA_KEYS:
        shown = [(" / ".join(_tr(k[1:]) if k.startswith("~") else native(k) for k in keys),
                  _tr(what)) for keys, what in rows]
        groups.append((_tr(title), shown))
    return groups


class ShortcutsDialog(QDialog):
    """A two-column sheet, one group per menu then one per part of the window."""

    def __init__(self, menus: list[QMenu], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        groups = [(menu.title().replace("&", ""), menu_rows(menu)) for menu in menus]
        groups = [(title, rows) for title, rows in groups if rows] + extra_groups()

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter by key or action"))
        self.filter.setAccessibleName(self.tr("Filter shortcuts"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)

        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("Action")])
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        for title, rows in groups:
            group = QTreeWidgetItem(self.tree, [title])
            group.setFirstColumnSpanned(True)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for keys, what in rows:
                item = QTreeWidgetItem(group, [keys, what])
                item.setToolTip(1, what)
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(720, 640)
        self.filter.setFocus()

    def rows(self, visible_only: bool = True) -> list[Row]:
        """(keys, action) of every listed shortcut (for tests and screen readers' users)."""
        found = []
        for group in top_level_items(self.tree):
            for item in child_items(group):
                if not (visible_only and (item.isHidden() or group.isHidden())):
                    found.append((item.text(0), item.text(1)))
        return found

    def _apply_filter(self, text: str) -> None:
        wanted = fold(text.strip())
        for group in top_level_items(self.tree):
            group_matches = wanted in fold(group.text(0))
            shown = 0
            for item in child_items(group):
                match = group_matches or wanted in fold(item.text(0) + " " + item.text(1))
                item.setHidden(not match)
                shown += match
            group.setHidden(shown == 0)


def window_menus(actions: list[QAction]) -> list[QMenu]:
    """The top-level menus among `actions` (a menu bar's actions)."""
    return [menu for action in actions if isinstance(menu := action.menu(), QMenu)]
