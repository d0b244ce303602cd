"""A project to exchange as REFI-QDA, the schemas to check it against, and archive builders."""

from __future__ import annotations

import functools
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from lxml import etree

from annotator.core.importing import import_bytes, import_source
from annotator.core.importing.base import ImportedDocument
from annotator.core.project import Project

SCHEMAS = Path(__file__).resolve().parents[2].parent / "shared" / "refi-qda"
PV_PDF = "2023-06-20-PV.pdf"
ESSAY = (
    "Le mythe du community manager.\n"
    "Une Communauté ne se gère pas : elle se rassemble autour d'un intérêt commun.\n"
    "L'audience d'une marque n'est pas une communauté 😀 vivante."
)
ARTICLE_HTML = (
    "<!doctype html><html lang='fr'><head><meta charset='utf-8'>"
    "<title>Cultiver une communauté</title></head><body><article>"
    "<h1>Cultiver une communauté</h1>"
    "<p>Une communauté se cultive 🌱, elle ne se décrète pas : on l'écoute, on la réunit.</p>"
    "<p>Les modérateurs bénévoles sont le cœur de l'été associatif.</p>"
    "</article></body></html>"
)


@dataclass(frozen=True)
class Study:
    project: Project
    documents: dict[str, int]  # essay, article, pdf
    concepts: dict[str, int]  # by path
    annotations: dict[str, int]


@functools.cache
def imported_pdf(path: Path) -> ImportedDocument:
    return import_source(path)


def build_study(path: Path, pdf_dir: Path) -> Study:
    """Two text documents (accents, emoji), a real PDF, a two-level codebook, two coders."""
    project = Project.create(path, author="Alice")
    article = import_bytes(ARTICLE_HTML.encode("utf-8"), "https://example.org/cultiver")
    documents = {
        "essay": project.add_document(ImportedDocument(
            title="Essai — communauté 😀", kind="text", source="essai.txt", text=ESSAY,
            original=ESSAY.encode("utf-8"), media_type="text/plain")).document,
        "article": project.add_document(article).document,
        "pdf": project.add_document(imported_pdf(pdf_dir / PV_PDF)).document,
    }
    concepts: dict[str, int] = {}
    for path_name, color, description in (
        ("Communauté", "#58d68d", "Ce qui rassemble"),
        ("Communauté/Rassemblement", "#5dade2", ""),
        ("Communauté/Audience", "#f1948a", "Public « passif »"),
        ("Gouvernance", "#bb8fce", ""),
        ("Gouvernance/Décision", "#f5b041", "Qui décide & comment <vraiment>"),
    ):
        parent, _, name = path_name.rpartition("/")
        concepts[path_name] = project.add_concept(
            name, parent_id=concepts.get(parent), color=color, description=description
        ).id

    def annotate(document: str, needle: str, *paths: str, memo: str = "",
                 author: str = "Alice") -> int:
        text = documents[document].text
        start = text.index(needle)
        ids = [concepts[p] for p in paths]
        return project.annotate(
            documents[document].id, start, start + len(needle), ids, memo, author
        ).id

    annotations = {
        "key_idea": annotate("essay", "Communauté ne se gère pas", "Communauté/Rassemblement",
                             "Gouvernance", memo="Idée clé — à creuser 😀\nsur deux lignes"),
        "emoji": annotate("essay", "communauté 😀 vivante", "Communauté/Audience", author="Bob",
                          memo="Bob: l'émoji compte pour un caractère"),
        "untagged": annotate("essay", "Le mythe", memo="à revoir"),
        "article": annotate("article", "se cultive 🌱, elle ne se décrète pas", "Communauté",
                            author="Bob"),
        "overlap": annotate("article", "elle ne se décrète pas", "Gouvernance/Décision"),
        "member": annotate("pdf", "Gaëtan Gagné", "Gouvernance/Décision", memo="Membre"),
        "closing": annotate("pdf", "La séance est levée à 16h05.", "Gouvernance", author="Bob"),
    }
    return Study(
        project, {key: document.id for key, document in documents.items()}, concepts, annotations
    )


@pytest.fixture
def study(tmp_path: Path, pdf_dir: Path) -> Iterator[Study]:
    built = build_study(tmp_path / "study.annot", pdf_dir)
    with built.project:
        yield built


@functools.cache
def schema(name: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMAS / name)))


def zip_bytes(members: dict[str, bytes | str]) -> bytes:
    """A zip archive holding the given members (str members are written as UTF-8)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data.encode("utf-8") if isinstance(data, str) else data)
    return buffer.getvalue()
