"""Builds every corpus the figures need, once, in one working folder.

Everything is seeded, so two runs measure the same documents. Projects are
built through the public Project API (`add_document`, `annotate`) inside one
`batch()` transaction, as an importer or a script would.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from annotator.core.importing import import_bytes
from annotator.core.project import Project
from benchmarks.pdf_corpus import write_report_pdf
from benchmarks.text_corpus import FrenchText

Say = Callable[[str], None]
TEXT_TYPE = "text/plain; charset=utf-8"


@dataclass(frozen=True)
class Sizes:
    """How big each corpus is; `quick()` is the smoke-test scale."""

    pdf_pages: int = 500
    pdf_pages_small: int = 50  # the same figure on fewer pages shows whether it is flat
    documents: int = 1000
    words_per_document: int = 5000
    annotations: int = 100_000
    long_document_chars: int = 500_000
    long_document_highlights: int = 5000
    repeats: int = 5  # of quick operations; the median is reported
    import_rounds: int = 2  # of the long PDF's import and its baseline; the fastest counts

    @classmethod
    def quick(cls) -> Sizes:
        return cls(pdf_pages=12, pdf_pages_small=4, documents=20, words_per_document=300,
                   annotations=400, long_document_chars=20_000, long_document_highlights=100,
                   repeats=1, import_rounds=1)


@dataclass(frozen=True)
class Corpus:
    """Paths of what `build` made."""

    folder: Path
    pdf: Path  # the long report
    pdf_small: Path
    pdf_writer: str  # which writer made the PDFs
    pdf_project: Path  # holds the long report, imported
    pdf_small_project: Path
    big_project: Path  # many documents, many annotations
    long_document_project: Path  # one long text document with many highlights
    demo_project: Path


def corpus_paths(folder: Path) -> Corpus:
    writer = folder / "pdf-writer.txt"
    return Corpus(
        folder=folder, pdf=folder / "report.pdf", pdf_small=folder / "report-small.pdf",
        pdf_writer=writer.read_text() if writer.exists() else "",
        pdf_project=folder / "report.annot", pdf_small_project=folder / "report-small.annot",
        big_project=folder / "big.annot", long_document_project=folder / "long-document.annot",
        demo_project=folder / "demo.annot",
    )


def build(folder: Path, sizes: Sizes, say: Say) -> Corpus:
    """Make every corpus in `folder` (an empty temporary folder)."""
    from annotator.core.demo import build_demo

    steps: list[tuple[str, Callable[[], object]]] = [
        ("PDF reports", lambda: _write_pdfs(folder, sizes)),
        ("PDF projects", lambda: (_pdf_project(folder / "report.pdf", folder / "report.annot"),
                                  _pdf_project(folder / "report-small.pdf",
                                               folder / "report-small.annot"))),
        (f"project of {sizes.documents} documents, {sizes.annotations} annotations",
         lambda: build_big_project(folder / "big.annot", sizes)),
        ("long document project", lambda: build_long_document_project(
            folder / "long-document.annot", sizes)),
        ("demo project", lambda: build_demo(folder / "demo.annot")),
    ]
    for title, step in steps:
        started = time.perf_counter()
        step()
        say(f"  built {title} in {time.perf_counter() - started:.1f} s")
    return corpus_paths(folder)


def _write_pdfs(folder: Path, sizes: Sizes) -> None:
    writer = write_report_pdf(folder / "report.pdf", sizes.pdf_pages)
    write_report_pdf(folder / "report-small.pdf", sizes.pdf_pages_small)
    (folder / "pdf-writer.txt").write_text(writer)


def _pdf_project(pdf: Path, path: Path) -> None:
    with Project.create(path, author="bench") as project:
        project.add_document(import_bytes(pdf.read_bytes(), pdf.name))


def _codebook(project: Project) -> list[int]:
    """Ten themes of four sub-concepts each; returns all concept ids."""
    names = ("Engagement", "Modération", "Confiance", "Identité", "Visibilité", "Crise",
             "Événements", "Mesure", "Pratiques", "Réseaux")
    ids = []
    for name in names:
        parent = project.add_concept(name).id
        ids.append(parent)
        for child in ("positif", "négatif", "ambivalent", "à revoir"):
            ids.append(project.add_concept(f"{name} {child}", parent_id=parent).id)
    return ids


def _annotate_randomly(project: Project, rng: random.Random, prose: FrenchText,
                       document_id: int, length: int, count: int, concepts: list[int]) -> None:
    authors = ("claire", "mehdi")
    for _ in range(count):
        span = rng.randint(15, 400)
        start = rng.randrange(0, max(1, length - span))
        chosen = rng.sample(concepts, rng.choice((1, 1, 1, 2)))
        memo = prose.sentence() if rng.random() < 0.2 else ""
        project.annotate(document_id, start, min(length, start + span), chosen, memo=memo,
                         author=rng.choice(authors))


def build_big_project(path: Path, sizes: Sizes) -> None:
    """`documents` text documents of `words_per_document` words, annotations spread evenly."""
    rng = random.Random(11)
    prose = FrenchText(seed=11)
    per_document, extra = divmod(sizes.annotations, sizes.documents)
    with Project.create(path, author="bench") as project, project.batch():
        concepts = _codebook(project)
        for index in range(sizes.documents):
            text = prose.document(sizes.words_per_document)
            imported = import_bytes(text.encode(), f"entretien-{index + 1:04d}.txt",
                                    content_type=TEXT_TYPE)
            document = project.add_document(imported).document
            count = per_document + (1 if index < extra else 0)
            _annotate_randomly(project, rng, prose, document.id, len(document.text), count,
                               concepts)


def build_long_document_project(path: Path, sizes: Sizes) -> None:
    """One text document of about `long_document_chars` characters and its highlights."""
    rng = random.Random(5)
    prose = FrenchText(seed=5)
    parts: list[str] = []
    total = 0
    while total < sizes.long_document_chars:
        part = prose.document(2000)
        parts.append(part)
        total += len(part.encode())
    text = "\n".join(parts)[: sizes.long_document_chars]
    with Project.create(path, author="bench") as project, project.batch():
        concepts = _codebook(project)
        imported = import_bytes(text.encode(), "journal-de-terrain.txt", content_type=TEXT_TYPE)
        document = project.add_document(imported).document
        _annotate_randomly(project, rng, prose, document.id, len(document.text),
                           sizes.long_document_highlights, concepts)
