"""Time the analysis figures on a large coded project (printed, never asserted).

    python -m benchmarks.analysis [FOLDER] [--annotations N]

Builds (once, seeded) a project of 200 web-like documents of 30,000 characters
with a 40-concept codebook and N passages (default 100,000) by two coders,
then times loading, frequencies, the concept × document matrix, co-occurrence
in its three modes and coder agreement.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from annotator.core import analysis
from annotator.core.importing.base import ImportedDocument
from annotator.core.model import StyleSpan
from annotator.core.project import Project

DOCUMENTS = 200
LENGTH = 30_000
PARAGRAPH = 600
WORDS = ("communauté", "modération", "audience", "marque", "confiance", "réseau", "échange",
         "membres", "règles", "parole", "crise", "écoute", "lien", "engagement")


def build(path: Path, annotations: int) -> None:
    rng = random.Random(7)
    with Project.create(path, author="A") as project, project.batch():
        lengths: dict[int, int] = {}
        for number in range(DOCUMENTS):
            text = _text(rng, pdf=number % 4 == 0)
            spans = tuple(StyleSpan(s, min(s + PARAGRAPH - 1, LENGTH), "p")
                          for s in range(0, LENGTH, PARAGRAPH))
            document = project.add_document(ImportedDocument(
                title=f"Document {number:03d}", kind="web" if number % 4 else "pdf",
                source=f"doc{number}.html", text=text, original=f"{number}:{text}".encode(),
                media_type="text/html", metadata={"site": f"site {number % 5}",
                                                  "date": f"2025-{number % 12 + 1:02d}-01"},
                spans=spans if number % 4 else ())).document
            lengths[document.id] = len(document.text)
        concepts = []
        for parent in range(8):
            top = project.add_concept(f"Theme {parent}")
            concepts.append(top.id)
            concepts += [project.add_concept(f"Code {parent}.{child}", parent_id=top.id).id
                         for child in range(4)]
        ids = list(lengths)
        for _ in range(annotations):
            document_id = rng.choice(ids)
            start = rng.randrange(lengths[document_id] - 500)
            project.annotate(document_id, start, start + rng.randint(50, 500),
                             rng.sample(concepts, rng.choice((1, 1, 2))),
                             author=rng.choice("AB"))


def _text(rng: random.Random, *, pdf: bool) -> str:
    """Words; a PDF's come as printed lines of about 80 characters, ending paragraphs
    every 8 lines or so."""
    words = " ".join(rng.choice(WORDS) for _ in range(LENGTH // 5))[:LENGTH]
    if not pdf:
        return words
    lines = []
    for number, start in enumerate(range(0, LENGTH, 80), start=1):
        line = words[start:start + 80]
        lines.append(line[:40] + "." if number % 8 == 0 else line)
    return "\n".join(lines)[:LENGTH]


def timed(label: str, work: Callable[[], object]) -> object:
    began = time.perf_counter()
    result = work()
    print(f"{label:<40} {time.perf_counter() - began:7.2f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path)
    parser.add_argument("--annotations", type=int, default=100_000)
    args = parser.parse_args()
    folder = args.folder or Path(tempfile.gettempdir())
    path = folder / f"analysis-{args.annotations}.annot"
    if not path.exists():
        timed(f"build {args.annotations} passages", lambda: build(path, args.annotations))
    with Project.open(path, read_only=True) as project:
        data = timed("load (with paragraphs)", lambda: analysis.load(project, paragraphs=True))
    assert isinstance(data, analysis.CodingData)
    print(f"{len(data.annotations)} passages, {len(data.documents)} documents")
    timed("frequencies", lambda: analysis.concept_frequencies(data))
    timed("frequencies with sub-concepts",
          lambda: analysis.concept_frequencies(data, include_children=True))
    timed("concept × document matrix", lambda: analysis.concept_matrix(data))
    timed("co-occurrence, overlap", lambda: analysis.cooccurrence(data))
    timed("co-occurrence, within 100", lambda: analysis.cooccurrence(
        data, mode="within", within=100))
    timed("co-occurrence, same paragraph", lambda: analysis.cooccurrence(
        data, mode="paragraph"))
    timed("agreement A/B", lambda: analysis.agreement(data, "A", "B"))
    timed("agreement A/B with sub-concepts",
          lambda: analysis.agreement(data, "A", "B", include_children=True))


if __name__ == "__main__":
    main()
