"""`--smoke-test` in-process on the source tree, with a two-document corpus."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from annotator.gui.smoke import CORPUS_HTML, CORPUS_PDF, run_smoke_test, smoke_sources


@pytest.fixture
def tiny_corpus(tmp_path: Path, corpus_dir: Path) -> Path:
    folder = tmp_path / "corpus"
    for relative in (CORPUS_PDF, CORPUS_HTML):
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(corpus_dir / relative, folder / relative)
    return folder


@pytest.fixture
def user_data(tmp_path: Path, monkeypatch) -> Path:
    folder = tmp_path / "user-data"
    folder.mkdir()
    monkeypatch.setenv("ANNOTATOR_DATA_DIR", str(folder))
    return folder


def test_every_step_passes_and_is_timed(qapp, tiny_corpus: Path, user_data: Path,
                                        tmp_path: Path, capsys) -> None:
    report = tmp_path / "report.txt"
    assert run_smoke_test(tiny_corpus, report_file=report) == 0
    printed = capsys.readouterr().out
    assert printed == report.read_text(encoding="utf-8")
    for step in ("show the window", "build the demo project", "open the demo project",
                 "welcome dialog", "import a PDF and a page", "export to CSV"):
        assert any(re.match(rf"  {step} +\d+\.\d\d s", line)
                   for line in printed.splitlines()), step
    assert "(longest: 21 pages)" in printed  # the demo report went through the PDF workers
    # the corpus PDF's text came through (its exact length follows the layout rules)
    characters = re.search(r"pdf (\d+) characters", printed)
    assert characters is not None and 1900 < int(characters.group(1)) < 2100
    assert "web " in printed
    assert printed.splitlines()[-1].startswith("smoke test passed in")
    # the run used a throwaway data folder: the user's own is untouched
    assert list(user_data.iterdir()) == []


def test_a_missing_document_fails_naming_the_step(qapp, tmp_path: Path, capsys) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "only.pdf").write_bytes(b"%PDF-1.4\n")
    assert run_smoke_test(corpus) == 1
    last = capsys.readouterr().out.splitlines()[-1]
    assert last == f"smoke test FAILED at step 'find the corpus': no HTML file found in {corpus}"


def test_an_unreadable_pdf_fails_at_the_import(qapp, tmp_path: Path, user_data: Path,
                                               corpus_dir: Path, capsys) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "pdf").mkdir(parents=True)
    (corpus / "pdf" / "broken.pdf").write_bytes(b"%PDF-1.4\nnot really a PDF")
    shutil.copy(corpus_dir / CORPUS_HTML, corpus / "page.html")
    assert run_smoke_test(corpus) == 1
    last = capsys.readouterr().out.splitlines()[-1]
    assert last.startswith("smoke test FAILED at step 'import a PDF and a page': ")
    assert "broken.pdf" in last


def test_without_a_corpus_the_demo_documents_are_used() -> None:
    pdf, html = smoke_sources(None)
    assert pdf.suffix == ".pdf" and pdf.parent.name == "demo"
    assert html.suffix == ".html" and html.parent.name == "articles"
