"""Fixtures for core tests: a temporary project with a small document."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.core.importing.base import ImportedDocument
from annotator.core.project import Project

SAMPLE_TEXT = (
    "Le mythe du community manager.\n"
    "Une Communauté ne se gère pas : elle se rassemble autour d'un intérêt commun.\n"
    "L'audience d'une marque n'est pas une communauté 😀 vivante."
)


def text_document(text: str = SAMPLE_TEXT, title: str = "Essai", source: str = "essai.txt"):
    return ImportedDocument(
        title=title, kind="text", source=source, text=text,
        original=text.encode("utf-8"), media_type="text/plain",
    )


@pytest.fixture
def project(tmp_path: Path):
    with Project.create(tmp_path / "test.annot", author="A") as opened:
        yield opened


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Project]:
    """An empty project to import into, whose coder is "Importer"."""
    with Project.create(tmp_path / "fresh.annot", author="Importer") as opened:
        yield opened
