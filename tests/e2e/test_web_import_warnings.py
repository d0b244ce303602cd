"""A web page imported from the window: what its decoding found is shown to the user."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from annotator.gui.main_window import MainWindow
from tests.e2e.test_coding_loop import import_and_wait

PAGE = (
    "<html><head><meta charset='utf-8'><title>Été à Paris</title></head><body><article>"
    "<h1>Été à Paris</h1><p>"
    + "L’été dernier, à Paris, une communauté s’est rassemblée autour d’un intérêt commun. " * 5
    + "</p></article></body></html>"
)


def test_undecodable_bytes_are_counted_in_the_import_report(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    assert window.open_project(tmp_path / "p.annot", create=True)
    page = tmp_path / "broken.html"
    page.write_bytes(PAGE.encode().replace(b"dernier", b"der\xff\xfenier", 1))
    failures = import_and_wait(qtbot, window, [str(page)])
    assert failures == ["broken.html: 2 characters could not be decoded and show as \ufffd."]
    [document] = window.project.documents()
    assert document.title == "Été à Paris"
    box = window.findChild(QMessageBox, "importFailuresBox")
    qtbot.waitUntil(lambda: box is not None and box.isVisible())
    assert "2 characters could not be decoded" in box.informativeText()
