"""Collection import in the window: the link picker, the batch dialog, missing sources."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from annotator.core.collections.batch import BatchOptions, LinkStatus
from annotator.core.collections.parsing import Link, parse_link_list
from annotator.core.project import Project
from annotator.gui.attach_saved_page import MissingSourcesDialog
from annotator.gui.collection_dialog import LinkPickerDialog
from annotator.gui.collection_progress import CollectionImportDialog
from annotator.gui.editor import Editor
from tests.core.collections_fixtures import local_base_url, local_site, without_proxy
from tests.core.test_collections_parsing import SAVED_PAGE

_site = pytest.fixture(name="site")(local_site)
_base_url = pytest.fixture(name="base_url")(local_base_url)
_no_proxy = pytest.fixture(name="no_proxy", autouse=True)(without_proxy)

FAST = BatchOptions(timeout=1.0, max_bytes=1_000_000, backoff=0.05)


@pytest.fixture
def editor(tmp_path: Path, qtbot):
    with Project.create(tmp_path / "p.annot", author="A") as project:
        yield Editor(project)


def run_batch(qtbot, editor: Editor, links: list[Link]) -> CollectionImportDialog:
    dialog = CollectionImportDialog(editor, links, "Veille", options=FAST)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.finishedImport, timeout=10_000):
        dialog.start()
    return dialog


# -- the link picker ----------------------------------------------------------------------

def test_the_picker_ticks_the_articles_and_leaves_navigation(qtbot) -> None:
    links = parse_link_list(SAVED_PAGE.encode(), "lectures.html")
    picker = LinkPickerDialog(links)
    qtbot.addWidget(picker)
    assert picker.tree.topLevelItemCount() == len(links.links) == 13
    assert [link.url for link in picker.selected_links()] == [
        link.url for link in links.links if link.article]
    assert picker.import_button.text().replace("&", "") == "Import 4 link(s)"
    about = next(picker.tree.topLevelItem(i) for i in range(13)
                 if picker.tree.topLevelItem(i).text(1).endswith("/a-propos"))
    assert about.checkState(0) == Qt.CheckState.Unchecked
    assert "menus" in about.toolTip(0)


def test_filter_then_select_all_or_none_acts_on_the_links_shown(qtbot) -> None:
    picker = LinkPickerDialog(parse_link_list(SAVED_PAGE.encode(), "lectures.html"))
    qtbot.addWidget(picker)
    picker.select_none_button.click()
    assert picker.selected_links() == []
    assert not picker.import_button.isEnabled()
    qtbot.keyClicks(picker.filter_edit, "veille.example")
    shown = [picker.tree.topLevelItem(i) for i in range(13)
             if not picker.tree.topLevelItem(i).isHidden()]
    assert shown and all("veille.example" in item.text(1) for item in shown)
    picker.select_all_button.click()
    picker.filter_edit.clear()
    assert {link.url for link in picker.selected_links()} == {item.text(1) for item in shown}
    assert picker.count_label.text() == f"{len(shown)} link(s) ticked"


def test_ticking_a_row_by_hand_counts(qtbot) -> None:
    picker = LinkPickerDialog(parse_link_list(SAVED_PAGE.encode(), "lectures.html"))
    qtbot.addWidget(picker)
    picker.select_none_button.click()
    picker.tree.topLevelItem(0).setCheckState(0, Qt.CheckState.Checked)
    assert len(picker.selected_links()) == 1
    assert picker.import_button.isEnabled()


# -- the batch dialog -----------------------------------------------------------------------

def test_each_link_gets_a_row_with_its_outcome(qtbot, editor: Editor, base_url: str) -> None:
    links = [Link(f"{base_url}/articles/tumblr", "Minecraft", "Veille"),
             Link(f"{base_url}/docs/2023-06-20-PV.pdf", "PV", "Veille"),
             Link(f"{base_url}/flaky", "Flaky", "Veille"),
             Link(f"{base_url}/gone", "Disparue", "Veille")]
    imported: list[int] = []
    dialog = CollectionImportDialog(editor, links, "Veille", options=FAST)
    qtbot.addWidget(dialog)
    dialog.documentImported.connect(imported.append)
    with qtbot.waitSignal(dialog.finishedImport, timeout=10_000):
        dialog.start()
    assert [dialog.status_text(row) for row in range(4)] == [
        "Imported", "Imported", "Imported", "Failed: HTTP 404 Not Found"]
    assert dialog.tree.topLevelItem(0).text(0) == "Minecraft 1.8 - The Bountiful Update"
    assert dialog.bar.value() == dialog.bar.maximum() == 4
    assert dialog.summary.text().startswith("3 imported, 1 failed.")
    assert "missing sources" in dialog.summary.text()
    assert dialog.missing_button.isVisibleTo(dialog) and dialog.close_button.isVisibleTo(dialog)
    assert not dialog.cancel_button.isVisibleTo(dialog)
    assert len(imported) == 3 and editor.project.info().documents == 3
    assert [m.url for m in editor.project.missing_sources()] == [links[3].url]
    editor.undo_stack.undo()  # each new document is an undoable edit
    assert editor.project.info().documents == 2


def test_running_the_same_list_again_says_what_is_already_there(
    qtbot, editor: Editor, base_url: str
) -> None:
    links = [Link(f"{base_url}/articles/rtl-1"), Link(f"{base_url}/articles/heise")]
    run_batch(qtbot, editor, links)
    dialog = run_batch(qtbot, editor, [*links, Link(f"{base_url}/copy-of-lemonde"),
                                       Link(f"{base_url}/articles/lemonde-1")])
    assert [dialog.status_text(row) for row in range(4)] == [
        "Already in the project", "Already in the project", "Imported",
        "Already in the project (same content)"]
    assert dialog.summary.text() == "1 imported, 3 already in the project."
    assert not dialog.missing_button.isVisibleTo(dialog)


def test_cancel_keeps_what_was_imported(qtbot, editor: Editor, base_url: str, site) -> None:
    from tests.core.collections_fixtures import serve

    with serve(site) as other:
        links = [Link(f"{base_url}/articles/rtl-1"), Link(f"{other}/slow"),
                 Link(f"{other}/articles/heise")]
        dialog = CollectionImportDialog(editor, links, options=BatchOptions(timeout=30))
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.start()
        qtbot.waitUntil(lambda: dialog.status_text(0) == "Imported", timeout=5000)
        qtbot.waitUntil(lambda: dialog.status_text(1) == "Downloading…", timeout=5000)
        assert dialog.cancel_button.isVisible() and not dialog.close_button.isVisible()
        assert not dialog.missing_button.isVisible()
        with qtbot.waitSignal(dialog.finishedImport, timeout=5000):
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert [dialog.status_text(row) for row in range(3)] == [
        "Imported", "Cancelled", "Cancelled"]
    assert "Import the same collection again" in dialog.summary.text()
    assert editor.project.info().documents == 1
    assert editor.project.missing_sources() == []


def test_escape_while_running_cancels_then_closes(qtbot, editor: Editor, base_url: str) -> None:
    dialog = CollectionImportDialog(editor, [Link(f"{base_url}/slow")],
                                    options=BatchOptions(timeout=30))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.status_text(0) == "Downloading…", timeout=5000)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # not closed under a running download
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert not dialog.running


# -- missing sources ------------------------------------------------------------------------

def test_attach_a_saved_page_to_a_missing_source(qtbot, editor: Editor, html_dir: Path) -> None:
    project = editor.project
    url = "https://presse.example/loi-renseignement"
    project.add_missing_source(url, title="Loi renseignement", collection="Presse",
                               error="HTTP 403 Forbidden")
    project.add_missing_source("https://autre.example/x", error="HTTP 404 Not Found")
    saved = str(html_dir / "lemonde-1" / "source.html")
    dialog = MissingSourcesDialog(editor, choose_file=lambda missing: saved)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.tree.topLevelItemCount() == 2
    first = dialog.tree.topLevelItem(0)
    assert (first.text(0), first.text(2)) == ("https://autre.example/x", "HTTP 404 Not Found")
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(1))
    changed: list[bool] = []
    editor.documentsChanged.connect(lambda: changed.append(True))
    with qtbot.waitSignal(dialog.attached, timeout=10_000) as attached:
        dialog.attach_button.click()
    document = project.document(attached.args[0])
    assert document.metadata["url"] == url and document.metadata["collection"] == "Presse"
    assert changed
    assert [m.url for m in project.missing_sources()] == ["https://autre.example/x"]
    assert dialog.tree.topLevelItemCount() == 1
    assert "now stands for" in dialog.status.text()


def test_a_file_that_cannot_be_imported_is_reported(qtbot, editor: Editor, tmp_path: Path,
                                                    monkeypatch) -> None:
    editor.project.add_missing_source("https://a.example/x")
    empty = tmp_path / "page.html"
    empty.write_bytes(b"")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text: warnings.append(text))
    dialog = MissingSourcesDialog(editor, choose_file=lambda missing: str(empty))
    qtbot.addWidget(dialog)
    dialog.attach_button.click()
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    assert "empty" in warnings[0]
    assert len(editor.project.missing_sources()) == 1
    assert dialog.status.text().startswith("Not attached:")


def test_forget_and_copy(qtbot, editor: Editor, monkeypatch) -> None:
    editor.project.add_missing_source("https://a.example/x")
    dialog = MissingSourcesDialog(editor)
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == "https://a.example/x"
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: QMessageBox.StandardButton.Yes)
    dialog.forget_button.click()
    assert editor.project.missing_sources() == []
    assert dialog.empty_label.isVisibleTo(dialog) and not dialog.tree.isVisibleTo(dialog)
    assert not dialog.attach_button.isEnabled()


def test_statuses_have_icons(qtbot, editor: Editor, base_url: str) -> None:
    dialog = run_batch(qtbot, editor, [Link(f"{base_url}/articles/rtl-1"),
                                       Link(f"{base_url}/gone")])
    assert not dialog.tree.topLevelItem(0).icon(0).isNull()
    assert not dialog.tree.topLevelItem(1).icon(0).isNull()
    assert dialog.results[1].status == LinkStatus.FAILED
