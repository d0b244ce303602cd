"""File ▸ Import collection…: choose a reading list, pick the links of a saved page, import them.

A bookmarks export or a list of URLs is imported at once; for a saved web
page the user first ticks the links to import (those that look like
articles come ticked). The import itself runs in CollectionImportDialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.collections import page_links
from annotator.core.collections.parsing import Link, LinkList, read_link_list
from annotator.core.errors import AnnotatorError
from annotator.gui.collection_progress import CollectionImportDialog
from annotator.gui.messages import describe
from annotator.gui.tree_items import top_level_items

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

_LINK_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("CollectionImport", text)


def import_collection(window: MainWindow) -> None:
    """Ask for a list of links, then import it into the window's project."""
    path, _ = QFileDialog.getOpenFileName(
        window, _tr("Import a collection of links"), str(Path.home()),
        _tr("Bookmarks, lists of links, web pages (*.html *.htm *.txt *.csv *.md);;"
            "All files (*)"))
    if path:
        start_collection_import(window, path)


def start_collection_import(window: MainWindow, path: str | Path) -> QDialog | None:
    """Read the list at `path`; a saved page first opens the link picker. Returns the dialog."""
    if window.editor is None:
        return None
    if window.editor.project.read_only:
        QMessageBox.information(window, _tr("Import a collection"),
                                _tr("This project is open read-only: nothing can be added."))
        return None
    try:
        links = read_link_list(path)
    except AnnotatorError as error:
        QMessageBox.warning(window, _tr("Cannot import this collection"), describe(error))
        return None
    if links.kind == "page":
        picker = LinkPickerDialog(links, window)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.accepted.connect(
            lambda: _run(window, picker.selected_links(), links.name))
        picker.open()
        return picker
    return _run(window, list(links.links), links.name)


def _run(window: MainWindow, links: list[Link], name: str) -> CollectionImportDialog | None:
    if window.editor is None or not links:
        return None
    dialog = CollectionImportDialog(window.editor, links, name, parent=window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def imported(document_id: int) -> None:
        if window.current_document_id is None:
            window.open_document(document_id)

    dialog.documentImported.connect(imported)
    dialog.open()
    dialog.start()
    return dialog


class LinkPickerDialog(QDialog):
    """The links of a saved page as a checklist; articles come ticked, navigation does not."""

    def __init__(self, links: LinkList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Links of “%s”") % (links.name or Path(links.source).name))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        articles = sum(1 for link in links.links if link.article)
        intro = QLabel(self.tr(
            "This page links to %1 pages. The %2 that look like articles are ticked; the "
            "page's menus, sharing buttons and the site's own sections are not. Tick the "
            "links to import.").replace("%1", str(len(links.links))).replace("%2", str(articles)),
            self)
        intro.setWordWrap(True)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter by text or address"))
        self.filter_edit.setAccessibleName(self.tr("Filter links"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Links of the page"))
        self.tree.setHeaderLabels([self.tr("Link text"), self.tr("Address")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.tree.setColumnWidth(0, 330)
        for link in links.links:
            item = QTreeWidgetItem([link.title or self.tr("(no text)"), link.url])
            item.setData(0, _LINK_ROLE, link)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if link.article
                               else Qt.CheckState.Unchecked)
            tip = link.url if link.article else f"{link.url}\n{self._reason(link.why_not)}"
            item.setToolTip(0, tip)
            item.setToolTip(1, tip)
            self.tree.addTopLevelItem(item)
        self.tree.itemChanged.connect(self._count)
        self.select_all_button = QPushButton(self.tr("Select &all"), self)
        self.select_all_button.setToolTip(self.tr("Tick every link shown"))
        self.select_all_button.clicked.connect(lambda: self._tick_shown(True))
        self.select_none_button = QPushButton(self.tr("Select &none"), self)
        self.select_none_button.setToolTip(self.tr("Untick every link shown"))
        self.select_none_button.clicked.connect(lambda: self._tick_shown(False))
        self.count_label = QLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.select_all_button)
        row.addWidget(self.select_none_button)
        row.addStretch(1)
        row.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.resize(820, 560)
        self._count()

    def selected_links(self) -> list[Link]:
        """The ticked links, shown or hidden by the filter, in the page's order."""
        return [item.data(0, _LINK_ROLE) for item in self._items()
                if item.checkState(0) == Qt.CheckState.Checked]

    def _items(self) -> list[QTreeWidgetItem]:
        return top_level_items(self.tree)

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for item in self._items():
            haystack = f"{item.text(0)} {item.text(1)}".casefold()
            item.setHidden(not all(word in haystack for word in words))

    def _tick_shown(self, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        self.tree.blockSignals(True)
        for item in self._items():
            if not item.isHidden():
                item.setCheckState(0, state)
        self.tree.blockSignals(False)
        self._count()

    def _count(self, *_args: object) -> None:
        chosen = len(self.selected_links())
        self.count_label.setText(self.tr("%n link(s) ticked", "", chosen))
        self.import_button.setText(self.tr("&Import %n link(s)", "", chosen))
        self.import_button.setEnabled(chosen > 0)

    def _reason(self, why_not: str) -> str:
        return {
            page_links.NAVIGATION: self.tr("Not ticked: in the page's menus, header, footer "
                                           "or sidebar"),
            page_links.SOCIAL: self.tr("Not ticked: a sharing button or social network"),
            page_links.HOME_PAGE: self.tr("Not ticked: a site's home page"),
            page_links.SAME_SITE: self.tr("Not ticked: a section of the same site"),
            page_links.NOT_A_PAGE: self.tr("Not ticked: a file that is not a page"),
            page_links.NO_TEXT: self.tr("Not ticked: a link without text (an image or an "
                                        "advertisement)"),
        }.get(why_not, self.tr("Not ticked"))
