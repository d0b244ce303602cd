"""Shared fixtures: corpus paths, temporary projects."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_CORPUS = REPO_ROOT.parent / "shared" / "corpus"
DEMO_DIR = REPO_ROOT / "resources" / "demo"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The shared real-world corpus (PDFs and saved web pages written by others)."""
    if not SHARED_CORPUS.is_dir():
        pytest.fail(f"shared corpus not found beside the checkout: {SHARED_CORPUS}")
    return SHARED_CORPUS


@pytest.fixture(scope="session")
def pdf_dir(corpus_dir: Path) -> Path:
    return corpus_dir / "pdf"


@pytest.fixture(scope="session")
def html_dir(corpus_dir: Path) -> Path:
    return corpus_dir / "html"
