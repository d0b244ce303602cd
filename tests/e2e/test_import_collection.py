"""From the window: File ▸ Import collection… turns a dozen bookmarks into documents in one step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QTreeView

from annotator.gui.attach_saved_page import MissingSourcesDialog
from annotator.gui.collection_dialog import LinkPickerDialog
from annotator.gui.collection_progress import CollectionImportDialog
from annotator.gui.main_window import MainWindow
from tests.core.collections_fixtures import (
    dozen_bookmarks,
    local_base_url,
    local_site,
    without_proxy,
)
from tests.core.test_collections_parsing import SAVED_PAGE

_site = pytest.fixture(name="site")(local_site)
_base_url = pytest.fixture(name="base_url")(local_base_url)
_no_proxy = pytest.fixture(name="no_proxy", autouse=True)(without_proxy)


def file_action(window: MainWindow, text: str):
    return next(action for action in window.window_actions.file_menu.actions()
                if action.text().replace("&", "") == text)


def choose_file(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(path), "")))


def test_a_dozen_bookmarks_from_the_file_menu(qtbot, window: MainWindow, tmp_path: Path,
                                              base_url: str, monkeypatch) -> None:
    bookmarks = tmp_path / "favoris.html"
    bookmarks.write_bytes(dozen_bookmarks(base_url))
    assert window.open_project(tmp_path / "lectures.annot", create=True)
    choose_file(monkeypatch, bookmarks)

    file_action(window, "Import collection…").trigger()

    dialog = window.findChild(CollectionImportDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.close_button.isVisible(), timeout=20_000)
    statuses = [dialog.status_text(row) for row in range(12)]
    assert statuses.count("Imported") == 11
    assert statuses[11] == "Failed: HTTP 404 Not Found"
    assert dialog.summary.text().startswith("11 imported, 1 failed.")
    library = window.library.findChild(QTreeView)
    qtbot.waitUntil(lambda: library.model().rowCount() == 11)
    assert window.current_document_id is not None  # the first one is opened
    assert {d.metadata["collection"] for d in window.project.documents()} == {
        "Presse", "Blogs", "Rapports"}

    dialog.missing_button.click()
    missing = dialog.findChild(MissingSourcesDialog)
    assert missing.tree.topLevelItemCount() == 1
    assert missing.tree.topLevelItem(0).text(0) == "Page disparue"
    missing.close()
    dialog.close_button.click()
    assert not dialog.isVisible()

    file_action(window, "Missing sources…").trigger()
    listed = [d for d in window.findChildren(MissingSourcesDialog) if d.isVisible()]
    assert len(listed) == 1 and listed[0].tree.topLevelItem(0).toolTip(0) == f"{base_url}/gone"


def test_a_saved_page_asks_which_links_first(qtbot, window: MainWindow, tmp_path: Path,
                                             base_url: str, monkeypatch) -> None:
    page = tmp_path / "lectures.html"
    page.write_text(SAVED_PAGE.replace(
        "https://revue.example/2021/05/le-mythe-du-community-manager",
        f"{base_url}/articles/tumblr"), encoding="utf-8")
    assert window.open_project(tmp_path / "p.annot", create=True)
    choose_file(monkeypatch, page)

    file_action(window, "Import collection…").trigger()

    picker = window.findChild(LinkPickerDialog)
    assert picker is not None and picker.isVisible()
    picker.select_none_button.click()
    picker.filter_edit.setText("tumblr")
    picker.select_all_button.click()
    picker.import_button.click()
    dialog = window.findChild(CollectionImportDialog)
    qtbot.waitUntil(lambda: dialog.close_button.isVisible(), timeout=10_000)
    assert [dialog.status_text(0)] == ["Imported"]
    assert [d.title for d in window.project.documents()] == [
        "Minecraft 1.8 - The Bountiful Update"]
    assert window.project.documents()[0].metadata["collection"] == "Lectures sur les communs"


def test_a_file_without_links_says_so(qtbot, window: MainWindow, tmp_path: Path,
                                      monkeypatch) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("aucune adresse", encoding="utf-8")
    assert window.open_project(tmp_path / "p.annot", create=True)
    choose_file(monkeypatch, notes)
    shown: list[str] = []
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text: shown.append(text)))
    file_action(window, "Import collection…").trigger()
    assert shown == [f"{notes}: No web addresses (http:// or https://) were found in this file."]
    assert window.findChild(CollectionImportDialog) is None
