"""Autocoding: code every hit of a search (or of a phrase) with a concept, as one edit.

Mixed into Project. `autocode_hits` finds the passages first, for a preview the
user can prune: each hit of the query, in the project's search syntax (words,
"phrases", prefix*, accent- and case-insensitive), or the sentence or the
paragraph holding it. `autocode` codes the chosen passages in one transaction
and returns an AutocodeBatch, which `undo_autocode` takes back and
`redo_autocode` puts again with the same ids.

Each passage follows the concept key's rule: a highlight of exactly that range
gets the concept added; otherwise a new highlight is made. A range that already
carries the concept is left alone (listed as already coded), and passages
found twice (two hits in one sentence) are coded once.

Sentences are cut inside the paragraph (annotator.core.paragraphs) holding the
hit, after . ! ? or … (and any closing quote or bracket) followed by a space;
an abbreviation such as "M. Dupont" therefore ends a sentence too.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from annotator.core import search as search_syntax
from annotator.core.errors import EditCause, SearchQueryError
from annotator.core.model import Annotation, Document
from annotator.core.paragraphs import paragraph_index, paragraph_starts
from annotator.core.passages import Tagging
from annotator.core.store import Store

Unit = Literal["hit", "sentence", "paragraph"]
UNITS: tuple[Unit, ...] = ("hit", "sentence", "paragraph")
PREVIEW_CHARS = 240  # a sentence or paragraph longer than this is cut in the preview
_SENTENCE_END = re.compile(r"[.!?…]+[»”\"')\]]*\s+")


@dataclass(frozen=True)
class AutocodeHit:
    """A passage autocoding would code, with what the preview shows of it."""

    document_id: int
    title: str
    start: int
    end: int
    preview: str  # the passage, its hit in [ ], cut around the hit if long
    coded: bool  # the range already carries the concept: left as it is


@dataclass(frozen=True)
class AutocodeBatch:
    """What one autocoding did, passage by passage: enough to undo and redo it."""

    concept_id: int
    taggings: tuple[Tagging, ...]  # only the passages that changed

    @property
    def annotation_ids(self) -> list[int]:
        return [t.annotation.id for t in self.taggings]

    @property
    def document_ids(self) -> set[int]:
        return {t.annotation.document_id for t in self.taggings}

    @property
    def created(self) -> int:
        """New highlights made (the others gained the concept)."""
        return sum(t.created for t in self.taggings)


def phrase_query(selection: str) -> str:
    """The search for every occurrence of a selected phrase (its words, in order)."""
    words = re.findall(r"\w+", selection)
    if not words:
        raise SearchQueryError.coded("", EditCause.NO_WORD_TO_AUTOCODE)
    return '"' + " ".join(words) + '"'


class Autocoding:
    """Autocoding edits of Project; relies on Project's store and annotation edits."""

    _store: Store

    if TYPE_CHECKING:  # Project's methods, which these build on

        def document(self, document_id: int) -> Document: ...

        def annotation(self, annotation_id: int) -> Annotation: ...

        def annotate(
            self,
            document_id: int,
            start: int,
            end: int,
            concept_ids: Sequence[int] = (),
            memo: str = "",
        ) -> Annotation: ...

        def set_annotation_concepts(
            self, annotation_id: int, concept_ids: Iterable[int]
        ) -> tuple[int, ...]: ...

        def restore_annotation(self, annotation: Annotation) -> None: ...

    def autocode_hits(
        self,
        query: str,
        concept_id: int,
        *,
        unit: Unit = "hit",
        document_ids: Collection[int] | None = None,
    ) -> list[AutocodeHit]:
        """Every passage a search finds (all hits, in every matching document), by document
        and reading order; overlapping hits make one passage."""
        if unit not in UNITS:
            raise ValueError(f"unknown unit {unit!r}")
        parsed = search_syntax.parse_query(query)
        if not parsed.fts:
            return []
        ranked = self._store.search_documents(parsed.fts, sys.maxsize)
        chosen = sorted(d for d in ranked if document_ids is None or d in document_ids)
        found: list[AutocodeHit] = []
        for document_id in chosen:
            document = self.document(document_id)
            spans = search_syntax.locate(document.text, parsed, sys.maxsize)
            if spans:
                found += self._document_hits(document, spans, concept_id, unit)
        return found

    def _document_hits(
        self, document: Document, spans: list[tuple[int, int]], concept_id: int, unit: Unit
    ) -> list[AutocodeHit]:
        text = document.text
        starts = paragraph_starts(document) if unit != "hit" else []
        passages: dict[tuple[int, int], tuple[int, int]] = {}  # range -> its first hit
        for start, end in _joined(_whole_words(text, spans)):
            if unit == "hit":
                passages.setdefault((start, end), (start, end))
                continue
            paragraph = _paragraph(text, starts, start)
            chosen = paragraph if unit == "paragraph" else _sentence(text, paragraph, start)
            # a hit running past its sentence or paragraph is coded whole
            chosen = (min(chosen[0], start), max(chosen[1], end))
            passages.setdefault(chosen, (start, end))
        coded = self._ranges_with(document.id, concept_id)
        return [
            AutocodeHit(
                document.id,
                document.title,
                start,
                end,
                _preview(text, start, end, *hit),
                (start, end) in coded,
            )
            for (start, end), hit in sorted(passages.items())
        ]

    def _ranges_with(self, document_id: int, concept_id: int) -> set[tuple[int, int]]:
        """Ranges of the document's highlights that carry the concept."""
        return {
            (row["start"], row["end"])
            for row in self._store.annotation_rows(document_id=document_id, concept_id=concept_id)
        }

    def autocode(self, concept_id: int, hits: Iterable[AutocodeHit]) -> AutocodeBatch:
        """Code these passages with the concept, all or none (one transaction)."""
        taggings: list[Tagging] = []
        with self._store.transaction():
            by_document: dict[int, list[AutocodeHit]] = {}
            for hit in hits:
                by_document.setdefault(hit.document_id, []).append(hit)
            for document_id, listed in by_document.items():
                exact = self._exact_ranges(document_id)
                for start, end in sorted({(h.start, h.end) for h in listed}):
                    tagging = self._tag(document_id, start, end, concept_id, exact)
                    if tagging is not None:
                        taggings.append(tagging)
        return AutocodeBatch(concept_id, tuple(taggings))

    def _exact_ranges(self, document_id: int) -> dict[tuple[int, int], list[int]]:
        """{(start, end): ids of the document's highlights of exactly that range}."""
        found: dict[tuple[int, int], list[int]] = {}
        for row in self._store.annotation_rows(document_id=document_id):
            found.setdefault((row["start"], row["end"]), []).append(row["id"])
        return found

    def _tag(
        self,
        document_id: int,
        start: int,
        end: int,
        concept_id: int,
        exact: dict[tuple[int, int], list[int]],
    ) -> Tagging | None:
        here = [self.annotation(i) for i in exact.get((start, end), [])]
        if any(concept_id in a.concept_ids for a in here):
            return None  # already coded: never a second passage on the same range
        if not here:
            created = self.annotate(document_id, start, end, (concept_id,))
            return Tagging(created, created=True, previous_concepts=())
        oldest = min(here, key=lambda a: a.id)
        self.set_annotation_concepts(oldest.id, (*oldest.concept_ids, concept_id))
        return Tagging(
            self.annotation(oldest.id), created=False, previous_concepts=oldest.concept_ids
        )

    def undo_autocode(self, batch: AutocodeBatch) -> None:
        """Take an autocoding back: new highlights removed, others' concepts restored."""
        with self._store.transaction():
            for tagging in reversed(batch.taggings):
                if tagging.created:
                    self._store.delete_annotation(tagging.annotation.id)
                else:
                    self.set_annotation_concepts(tagging.annotation.id, tagging.previous_concepts)

    def redo_autocode(self, batch: AutocodeBatch) -> None:
        """Do an undone autocoding again, with the same highlights (same ids)."""
        with self._store.transaction():
            for tagging in batch.taggings:
                if tagging.created:
                    self.restore_annotation(tagging.annotation)
                else:
                    self.set_annotation_concepts(
                        tagging.annotation.id, tagging.annotation.concept_ids
                    )


def _whole_words(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Hits run to the end of their last word: `communaut*` codes "communautés" whole."""
    return [(start, _word_end(text, end)) for start, end in spans]


def _word_end(text: str, end: int) -> int:
    while end < len(text) and (text[end].isalnum() or text[end] == "_"):
        end += 1
    return end


def _joined(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted hits with overlapping ones joined (two terms matching the same words)."""
    joined: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if joined and start < joined[-1][1]:
            joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
        else:
            joined.append((start, end))
    return joined


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The range without the spaces and line breaks at its ends."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _paragraph(text: str, starts: list[int], offset: int) -> tuple[int, int]:
    index = paragraph_index(starts, offset)
    end = starts[index + 1] if index + 1 < len(starts) else len(text)
    return _trimmed(text, starts[index], end)


def _sentence(text: str, paragraph: tuple[int, int], offset: int) -> tuple[int, int]:
    """The sentence of the paragraph holding `offset`."""
    start, end = paragraph
    sentence_start = start
    for match in _SENTENCE_END.finditer(text, start, end):
        if match.end() > offset:
            return _trimmed(text, sentence_start, match.end())
        sentence_start = match.end()
    return _trimmed(text, sentence_start, end)


def _preview(text: str, start: int, end: int, hit_start: int, hit_end: int) -> str:
    """The passage on one line with its hit in [ ], cut around the hit when long."""
    before = " ".join(text[start:hit_start].split())
    hit = " ".join(text[hit_start:hit_end].split())
    after = " ".join(text[hit_end:end].split())
    room = max(0, (PREVIEW_CHARS - len(hit)) // 2)
    if len(before) > room:
        before = "…" + before[-room:]
    if len(after) > room:
        after = after[:room] + "…"
    space_before = " " if text[start:hit_start][-1:].isspace() else ""
    space_after = " " if text[hit_end:end][:1].isspace() else ""
    return f"{before}{space_before}[{hit}]{space_after}{after}"
