"""A small hand-built project whose figures the analysis tests compute by hand."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from annotator.core.importing.base import ImportedDocument
from annotator.core.model import StyleSpan
from annotator.core.project import Project

FILLER = "Les communautés se cultivent, elles ne se pilotent pas. "


def filler(length: int, seed: str = "") -> str:
    """`length` characters of text, made different per document by `seed`."""
    text = seed + FILLER * (length // len(FILLER) + 2)
    return text[:length]


def document(
    title: str, length: int, *, kind: str = "web", site: str = "", date: str = "",
    spans: tuple[StyleSpan, ...] = (), text: str | None = None, original: bytes | None = None,
) -> ImportedDocument:
    text = filler(length, title) if text is None else text
    metadata = {key: value for key, value in (("site", site), ("date", date)) if value}
    return ImportedDocument(
        title=title, kind=kind, source=f"{title}.{kind}", text=text,  # type: ignore[arg-type]
        original=original if original is not None else text.encode("utf-8"),
        media_type="text/plain", metadata=metadata, spans=spans,
    )


@dataclass
class Corpus:
    """Three documents (two blog posts, one report) and a four-concept codebook.

    blog1 (web, "Blog A", 2025-01-10, 100 chars), blog2 (web, "Blog B",
    2025-06-01, 200 chars), report (pdf, 2026-10-01, 300 chars): 600 in all.
    Concepts: Trust, Trust/Care, Conflict, Money. Coder A's passages:
      blog1  [0,10) Trust   [8,15) Trust   [5,20) Care   [50,60) Conflict
      blog2  [0,40) Trust + Conflict       [100,120) Money
      report [10,30) Money  [200,250) Care
    Coder B: blog2 [150,160) Money.
    """

    project: Project
    ids: dict[str, int]


def build_corpus(path: Path) -> Corpus:
    project = Project.create(path, author="A")
    ids: dict[str, int] = {}
    ids["blog1"] = project.add_document(
        document("blog1", 100, site="Blog A", date="2025-01-10")).document.id
    ids["blog2"] = project.add_document(
        document("blog2", 200, site="Blog B", date="2025-06-01")).document.id
    ids["report"] = project.add_document(
        document("report", 300, kind="pdf", date="2026-10-01T09:00:00+00:00")).document.id
    trust = project.add_concept("Trust").id
    ids |= {"Trust": trust, "Care": project.add_concept("Care", parent_id=trust).id,
            "Conflict": project.add_concept("Conflict").id,
            "Money": project.add_concept("Money").id}

    def tag(doc: str, start: int, end: int, *concepts: str, author: str = "A") -> None:
        project.annotate(ids[doc], start, end, [ids[c] for c in concepts], author=author)

    tag("blog1", 0, 10, "Trust")
    tag("blog1", 8, 15, "Trust")
    tag("blog1", 5, 20, "Care")
    tag("blog1", 50, 60, "Conflict")
    tag("blog2", 0, 40, "Trust", "Conflict")
    tag("blog2", 100, 120, "Money")
    tag("report", 10, 30, "Money")
    tag("report", 200, 250, "Care")
    tag("blog2", 150, 160, "Money", author="B")
    return Corpus(project, ids)
