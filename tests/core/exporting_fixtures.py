"""A small project to export: accents, an emoji, formula-like lines, a web page, a real PDF."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from annotator.core.importing import import_source
from annotator.core.importing.base import ImportedDocument
from annotator.core.model import DocumentKind
from annotator.core.project import Project

PV_PDF = "2023-06-20-PV.pdf"
HOSTILE = "<script>alert(1)</script> & Co"
ESSAY = (
    "Le mythe du community manager.\n"
    "Une Communauté ne se gère pas : elle se rassemble autour d'un intérêt commun.\n"
    "L'audience d'une marque n'est pas une communauté 😀 vivante."
)
FORMULAS = (
    '=HYPERLINK("http://example.com","x")\n+33 1 23 45\n-2 degrés\n@SUM(A1:A2)\n\tTabulé\nFin.'
)
ARTICLE = "Une communauté se cultive, elle ne se décrète pas."
ARTICLE_URL = "https://example.org/article"
LONG_CONCEPT = "=Risques: [vrais]? *longs* noms de concept\\x"


@dataclass(frozen=True)
class Sample:
    project: Project
    documents: dict[str, int]  # essay, formulas, article, pdf
    concepts: dict[str, int]  # by path
    annotations: dict[str, int]


@functools.cache
def imported_pdf(path: Path) -> ImportedDocument:
    return import_source(path)


def text_document(
    title: str, text: str, source: str, kind: DocumentKind = "text", **metadata: str
) -> ImportedDocument:
    return ImportedDocument(
        title=title, kind=kind, source=source, text=text, original=text.encode("utf-8"),
        media_type="text/html" if kind == "web" else "text/plain", metadata=metadata,
    )


def span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def build_sample(path: Path, pdf_dir: Path) -> Sample:
    project = Project.create(path, author="Tester")
    documents = {
        "essay": project.add_document(
            text_document("Essai — communauté 😀", ESSAY, "essai.txt")).document,
        "formulas": project.add_document(
            text_document(HOSTILE, FORMULAS, "=cmd|' /C calc'!A0.txt")).document,
        "article": project.add_document(text_document(
            "Article", ARTICLE, ARTICLE_URL, kind="web", url=ARTICLE_URL, author="Jane",
        )).document,
        "pdf": project.add_document(imported_pdf(pdf_dir / PV_PDF)).document,
    }
    concepts: dict[str, int] = {}
    for path_name, color in (
        ("Communauté", "#58d68d"), ("Communauté/Rassemblement", "#5dade2"),
        ("Communauté/Audience", "#f1948a"), ("Gouvernance", "#bb8fce"),
        ("Gouvernance/Décision", "#f5b041"), (LONG_CONCEPT, "red;background:url(x)"),
    ):
        parent, _, name = path_name.rpartition("/")
        concepts[path_name] = project.add_concept(
            name, parent_id=concepts.get(parent), color=color
        ).id

    def annotate(document: str, needle: str, *paths: str, memo: str = "",
                 author: str = "Alice") -> int:
        start, end = span(documents[document].text, needle)
        ids = [concepts[p] for p in paths]
        return project.annotate(documents[document].id, start, end, ids, memo, author).id

    pdf_text = documents["pdf"].text
    page_break = pdf_text.index("\n\n", 1500)
    risk = LONG_CONCEPT
    annotations = {
        "key_idea": annotate("essay", "Communauté ne se gère pas", "Communauté/Rassemblement",
                             "Gouvernance", memo=f"Idée clé {HOSTILE}\nsur deux lignes"),
        "emoji": annotate("essay", "communauté 😀 vivante", "Communauté/Audience", author="Bob"),
        "untagged": annotate("essay", "Le mythe", memo="à revoir"),
        "hyperlink": annotate("formulas", '=HYPERLINK("http://example.com","x")', risk),
        "plus": annotate("formulas", "+33 1 23 45", risk),
        "minus": annotate("formulas", "-2 degrés", risk, memo="@memo"),
        "at": annotate("formulas", "@SUM(A1:A2)", risk),
        "tab": annotate("formulas", "\tTabulé", risk),
        "article": annotate("article", "communauté se cultive", "Communauté"),
        "member": annotate("pdf", "Gaëtan Gagné", "Gouvernance/Décision", memo="Membre"),
        "two_lines": annotate(
            "pdf", "ATTENDU la pertinence du projet de remplacement proposé;\nATTENDU QU’aucune",
            "Communauté/Rassemblement"),
        "closing": annotate("pdf", "La séance est levée à 16h05.", "Gouvernance", author="Bob"),
        "two_pages": annotate("pdf", pdf_text[page_break - 20 : page_break + 12].strip(),
                              "Gouvernance"),
    }
    return Sample(
        project,
        {key: document.id for key, document in documents.items()},
        concepts,
        annotations,
    )


@pytest.fixture
def sample(tmp_path: Path, pdf_dir: Path) -> Iterator[Sample]:
    built = build_sample(tmp_path / "sample.annot", pdf_dir)
    with built.project:
        yield built
