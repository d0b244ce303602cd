"""Showing documents one after another leaves nothing behind: no documents, no memory."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from annotator.core.importing import import_bytes
from annotator.core.project import Project
from annotator.gui.main_window import MainWindow

DOCUMENTS = 30
ROUND_MB = 8.0  # allowed RSS growth over a round once the first round warmed up
PARAGRAPH = "Une communauté se cultive, jour après jour, et les règles comptent. " * 30


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS in /proc/self/status")


@pytest.fixture
def window(window: MainWindow, tmp_path: Path) -> MainWindow:
    """A window on a project of DOCUMENTS text documents of about 25 KB each."""
    path = tmp_path / "many.annot"
    with Project.create(path) as project, project.batch():
        for number in range(DOCUMENTS):
            text = f"Entretien {number}\n" + "\n".join([PARAGRAPH] * 12)
            project.add_document(
                import_bytes(
                    text.encode(),
                    f"entretien-{number}.txt",
                    content_type="text/plain; charset=utf-8",
                )
            )
    window.resize(1200, 760)
    assert window.open_project(path)
    return window


def show_all(window: MainWindow) -> None:
    reader = window.reader
    for document in window.project.documents():
        window.open_document(document.id)
        assert not reader.in_page_mode
        reader.text_view.text_edit.viewport().repaint()
    QApplication.processEvents()
    gc.collect()


def live_text_documents(window: MainWindow) -> int:
    return len(window.findChildren(QTextDocument))


def test_showing_documents_keeps_one_text_document_and_flat_memory(window) -> None:
    view = window.reader.text_view
    show_all(window)
    documents = live_text_documents(window)
    children = len(view.findChildren(QObject))
    before = rss_mb()
    show_all(window)
    grown = rss_mb() - before
    assert live_text_documents(window) == documents
    assert len(view.findChildren(QObject)) == children
    assert len(view.text_edit.findChildren(QTextDocument)) == 1
    assert grown < ROUND_MB, f"RSS grew by {grown:.1f} MB showing {DOCUMENTS} documents again"
