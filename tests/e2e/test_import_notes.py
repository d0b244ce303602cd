"""One stray byte in a page is a note in the status bar, not a box that stops the work;
counts read "1 character", never "1 characters"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from annotator.core.importing.ocr_languages import OcrChoice
from annotator.core.importing.pdf_warnings import pdf_warnings
from annotator.core.importing.pdf_worker import PageResult
from annotator.gui.import_controller import is_note
from annotator.gui.main_window import MainWindow
from tests.e2e.test_coding_loop import import_and_wait
from tests.e2e.test_web_import_warnings import PAGE


def test_a_single_undecodable_character_is_a_note(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    assert window.open_project(tmp_path / "p.annot", create=True)
    page = tmp_path / "stray.html"
    page.write_bytes(PAGE.encode().replace(b"dernier", b"der\xffnier", 1))
    failures = import_and_wait(qtbot, window, [str(page)])
    assert failures == []
    assert window.findChild(QMessageBox, "importFailuresBox") is None
    shown = window.statusBar().currentMessage()
    assert "stray.html: 1 character could not be decoded and shows as \ufffd." in shown
    assert "1 characters" not in shown


def test_many_undecodable_characters_still_warn() -> None:
    text = "a" * 500 + "\ufffd" * 3
    warning = "3 characters could not be decoded and show as \ufffd"
    assert not is_note(warning, text)
    assert is_note("1 character could not be decoded and shows as \ufffd", "a" * 500 + "\ufffd")
    assert not is_note("pages 2 could not be read and left empty (x)", "a" * 500)


def test_pdf_glyph_counts_say_character_in_the_singular() -> None:
    def warnings(count: int) -> tuple[str, ...]:
        page = PageResult(0, 595, 842, "Texte \ufffd lisible", b"", undecodable=count)
        return pdf_warnings(page.text, [page], OcrChoice(None))

    assert warnings(1)[-1:] == (
        "1 character could not be decoded (a font without a Unicode map) and appears as \ufffd",
    )
    assert warnings(3)[-1:] == (
        "3 characters could not be decoded (fonts without a Unicode map) and appear as \ufffd",
    )
