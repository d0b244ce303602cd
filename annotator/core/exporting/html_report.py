"""HTML report: one self-contained page (inline CSS, no scripts) of passages grouped by concept.

The documents table gives each document's variables and the sets it is in.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import datetime
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.core.exporting.atomic import atomic_file
from annotator.core.exporting.codebook import Codebook, hex_color
from annotator.core.exporting.origin import source_label, web_address
from annotator.core.exporting.selection import (
    ExportSelection,
    Progress,
    SelectedAnnotation,
    selected_annotations,
    selected_concept_ids,
    selected_documents,
)
from annotator.core.model import Concept
from annotator.core.variables import Variable

if TYPE_CHECKING:
    from annotator.core.project import DocumentSummary, Project

KIND_NAMES = {"pdf": "PDF", "web": "Web page", "text": "Text"}

STYLE = """
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5f6368; --rule: #d9d9de; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 50rem; padding: 2rem 1.25rem 4rem; color: var(--ink);
  font: 17px/1.6 Charter, "Iowan Old Style", Georgia, Cambria, "Times New Roman", serif; }
h1, h2, h3, h4, h5, h6, nav, table, .meta, .summary, .subtitle {
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .25rem; }
h2 { font-size: 1.45rem; margin: 2.5rem 0 1rem; padding-bottom: .25rem;
  border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.2rem; margin: 2rem 0 .75rem; }
h4, h5, h6 { font-size: 1.05rem; margin: 1.75rem 0 .75rem; }
h3, h4, h5, h6 { display: flex; align-items: center; gap: .5rem; }
.subtitle, .meta, .empty, .description { color: var(--muted); }
.summary { display: flex; flex-wrap: wrap; gap: .5rem 2rem; margin: 1.25rem 0; padding: 0; }
.summary div { display: flex; flex-direction: column-reverse; }
.summary dt { color: var(--muted); font-size: .85rem; }
.summary dd { margin: 0; font-size: 1.5rem; font-weight: 600; }
nav ol { padding-left: 1.25rem; } nav li { margin: .15rem 0; }
a { color: #1a5fb4; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem;
  border-bottom: 1px solid var(--rule); }
th { border-bottom: 2px solid var(--ink); }
td.count, th.count { text-align: right; font-variant-numeric: tabular-nums; }
.swatch { display: inline-block; flex: none; width: .9em; height: .9em; border-radius: 2px;
  border: 1px solid rgba(0, 0, 0, .25); vertical-align: -.1em; margin-right: .35em;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.passage { margin: 0 0 1.5rem; padding-left: 1rem; border-left: 4px solid var(--c, #c0c0c0);
  break-inside: avoid; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.passage blockquote { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.passage .meta { margin: .35rem 0 0; font-size: .85rem; }
.passage .memo { margin: .5rem 0 0; padding: .5rem .75rem; background: #f5f5f7;
  white-space: pre-wrap; overflow-wrap: anywhere; font-size: .95rem; }
.also { font-style: italic; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  a { color: inherit; text-decoration: none; }
  h2, h3, h4, h5, h6 { break-after: avoid; }
  table, tr { break-inside: avoid; }
}
"""


def write_html_report(
    project: Project,
    destination: Path,
    selection: ExportSelection | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write a readable, printable report of the selected passages, grouped by concept."""
    codebook = Codebook(project.concepts())
    wanted = selected_concept_ids(codebook, selection)
    report = _Report(
        title=project.path.stem,
        codebook=codebook,
        concepts=[concept for concept in codebook.concepts if concept.id in wanted],
        documents=selected_documents(project, selection),
        items=list(selected_annotations(project, selection, progress, codebook)),
        groups=_Groups.of(project),
    )
    with atomic_file(destination, "w", encoding="utf-8") as out:
        out.writelines(report.html())
    return destination


class _Groups:
    """The documents' variables and sets, as the documents table shows them."""

    def __init__(self, variables: list[Variable], values: dict[int, dict[int, str]],
                 sets: dict[int, list[str]]) -> None:
        self.variables = variables
        self.values = values
        self.sets = sets  # document id -> names of its sets

    @classmethod
    def of(cls, project: Project) -> _Groups:
        names = {s.id: s.name for s in project.document_sets()}
        sets = {
            document_id: sorted((names[s] for s in set_ids), key=str.casefold)
            for document_id, set_ids in project.sets_by_document().items()
        }
        return cls(project.variables(), project.variable_values(), sets)

    def headers(self) -> str:
        cells = "".join(f"<th>{escape(v.name)}</th>" for v in self.variables)
        return cells + ("<th>Sets</th>" if self.sets else "")

    def cells(self, document_id: int) -> str:
        found = self.values.get(document_id, {})
        cells = "".join(f"<td>{escape(found.get(v.id, ''))}</td>" for v in self.variables)
        if self.sets:
            cells += f"<td>{escape(', '.join(self.sets.get(document_id, [])))}</td>"
        return cells


class _Report:
    def __init__(
        self, title: str, codebook: Codebook, concepts: list[Concept],
        documents: list[DocumentSummary], items: list[SelectedAnnotation],
        groups: _Groups | None = None,
    ) -> None:
        self.title = title
        self.groups = groups or _Groups([], {}, {})
        self.codebook = codebook
        self.concepts = concepts
        self.documents = documents
        self.items = items
        self.by_concept: dict[int, list[SelectedAnnotation]] = defaultdict(list)
        self.untagged: list[SelectedAnnotation] = []
        for item in items:
            for concept in item.concepts:
                self.by_concept[concept.id].append(item)
            if not item.concepts:
                self.untagged.append(item)
        self.per_document = Counter(item.document.id for item in items)

    def html(self) -> Iterator[str]:
        title = escape(self.title)
        yield (
            '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<meta http-equiv="Content-Security-Policy" '
            "content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
            '<meta name="generator" content="Annotator">\n'
            f"<title>{title} — annotation report</title>\n<style>{STYLE}</style>\n"
            "</head>\n<body>\n"
        )
        yield from self._header(title)
        yield from self._contents()
        yield from self._codebook()
        yield from self._document_table()
        yield '<section id="passages">\n<h2>Passages by concept</h2>\n'
        for concept in self.concepts:
            yield from self._concept_section(concept)
        if self.untagged:
            yield '<section id="untagged">\n<h3>Passages without a concept</h3>\n'
            for item in self.untagged:
                yield self._passage(item, None)
            yield "</section>\n"
        yield "</section>\n</body>\n</html>\n"

    def _header(self, title: str) -> Iterator[str]:
        generated = datetime.now().astimezone().strftime("%Y-%m-%d %H:%M")
        coders = {item.annotation.author for item in self.items if item.annotation.author}
        counts = (("Documents", len(self.documents)), ("Concepts", len(self.concepts)),
                  ("Passages", len(self.items)), ("Coders", len(coders)))
        yield f"<header>\n<h1>{title}</h1>\n"
        yield f'<p class="subtitle">Annotation report, generated {generated}</p>\n'
        yield '<dl class="summary">'
        yield "".join(f"<div><dt>{name}</dt><dd>{count}</dd></div>" for name, count in counts)
        yield "</dl>\n</header>\n"

    def _contents(self) -> Iterator[str]:
        yield '<nav aria-label="Contents">\n<h2>Contents</h2>\n<ol>\n'
        yield '<li><a href="#codebook">Codebook</a></li>\n'
        yield '<li><a href="#documents">Documents</a></li>\n'
        yield '<li><a href="#passages">Passages by concept</a>\n<ol>\n'
        for concept in self.concepts:
            count = len(self.by_concept[concept.id])
            yield (f'<li><a href="#concept-{concept.id}">{self._label(concept)}</a> '
                   f'<span class="meta">({count})</span></li>\n')
        if self.untagged:
            yield (f'<li><a href="#untagged">Passages without a concept</a> '
                   f'<span class="meta">({len(self.untagged)})</span></li>\n')
        yield "</ol></li>\n</ol>\n</nav>\n"

    def _codebook(self) -> Iterator[str]:
        yield '<section id="codebook">\n<h2>Codebook</h2>\n'
        if not self.concepts:
            yield '<p class="empty">No concepts.</p>\n</section>\n'
            return
        yield ('<table>\n<thead><tr><th>Concept</th><th>Description</th>'
               '<th class="count">Passages</th></tr></thead>\n<tbody>\n')
        for concept in self.concepts:
            indent = self.codebook.depth(concept.id) * 1.25
            yield (
                f'<tr><td style="padding-left:{indent + .5:.2f}rem">'
                f'<a href="#concept-{concept.id}">{_swatch(concept)}{escape(concept.name)}</a></td>'
                f"<td>{escape(concept.description)}</td>"
                f'<td class="count">{len(self.by_concept[concept.id])}</td></tr>\n'
            )
        yield "</tbody>\n</table>\n</section>\n"

    def _document_table(self) -> Iterator[str]:
        yield '<section id="documents">\n<h2>Documents</h2>\n'
        if not self.documents:
            yield '<p class="empty">No documents.</p>\n</section>\n'
            return
        yield ('<table>\n<thead><tr><th>Title</th><th>Kind</th><th>Source</th>'
               f'<th class="count">Passages</th>{self.groups.headers()}</tr></thead>\n<tbody>\n')
        for document in self.documents:
            yield (
                f"<tr><td>{escape(document.title)}</td>"
                f"<td>{KIND_NAMES.get(document.kind, escape(document.kind))}</td>"
                f'<td style="overflow-wrap:anywhere">{escape(_origin(document))}</td>'
                f'<td class="count">{self.per_document[document.id]}</td>'
                f"{self.groups.cells(document.id)}</tr>\n"
            )
        yield "</tbody>\n</table>\n</section>\n"

    def _concept_section(self, concept: Concept) -> Iterator[str]:
        level = min(3 + self.codebook.depth(concept.id), 6)
        yield (f'<section id="concept-{concept.id}">\n'
               f"<h{level}>{_swatch(concept)}{self._label(concept)}</h{level}>\n")
        if concept.description:
            yield f'<p class="description">{escape(concept.description)}</p>\n'
        passages = self.by_concept[concept.id]
        if not passages:
            yield '<p class="empty">No passages.</p>\n'
        for item in passages:
            yield self._passage(item, concept)
        yield "</section>\n"

    def _passage(self, item: SelectedAnnotation, concept: Concept | None) -> str:
        annotation = item.annotation
        color = hex_color(concept)
        where = f"<cite>{escape(item.document.title)}</cite>"
        if item.page is not None:
            where += f", p.\u00a0{item.page}"
        details = [where]
        if annotation.author:
            details.append(escape(annotation.author))
        if annotation.created:
            details.append(escape(annotation.created[:10]))
        others = [c for c in item.concepts if concept is None or c.id != concept.id]
        if others:
            names = ", ".join(escape(self.codebook.path(c.id)) for c in others)
            details.append(f'<span class="also">also {names}</span>')
        memo = f'<p class="memo">{escape(annotation.memo)}</p>' if annotation.memo else ""
        return (
            f'<article class="passage" style="--c:{color}">'
            f"<blockquote>{escape(annotation.quote)}</blockquote>"
            f'<p class="meta">{" · ".join(details)}</p>{memo}</article>\n'
        )

    def _label(self, concept: Concept) -> str:
        return escape(self.codebook.path(concept.id))


def _origin(document: DocumentSummary) -> str:
    """The web address of a page, else the file's name: never a local path."""
    return web_address(document.source, document.metadata) or source_label(document.source)


def _swatch(concept: Concept) -> str:
    return f'<span class="swatch" style="background:{hex_color(concept)}"></span>'
