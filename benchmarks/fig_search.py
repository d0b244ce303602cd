"""Full-text search over a big project: words and phrases, as users type them."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from annotator.core.project import Project
from benchmarks.corpus import Corpus, Sizes
from benchmarks.table import Row

TARGET_MS = 50.0
# Frequent and rare words, typed without accents or capitals as often as with, and phrases.
QUERIES = (
    "communauté",
    "communaute",
    "Modération",
    "confiance",
    "plateformes",
    "québec",
    "bénévoles",
    "influenceuse",
    '"la communauté"',
    '"des règles"',
    '"de la"',
    '"les membres"',
    "engagement public",
    "recherche*",
)
ROUNDS = 3


def labels(sizes: Sizes) -> list[str]:
    return [f"full-text search, {sizes.documents:,} documents of {sizes.words_per_document:,} "
            "words (median over word and phrase queries)"]


def run(corpus: Corpus, sizes: Sizes, work: Path) -> list[Row]:
    by_query: dict[str, list[float]] = {query: [] for query in QUERIES}
    hits: dict[str, int] = {}
    with Project.open(corpus.big_project, read_only=True) as project:
        for _ in range(ROUNDS):
            for query in QUERIES:
                started = time.perf_counter()
                found = project.search(query)
                by_query[query].append(time.perf_counter() - started)
                hits[query] = len(found)
    medians = {query: statistics.median(times) for query, times in by_query.items()}
    slowest = max(medians, key=medians.__getitem__)
    return [Row(
        labels(sizes)[0], statistics.median(medians.values()) * 1000, "ms", None, "max",
        TARGET_MS,
        note=f"{len(QUERIES)} queries × {ROUNDS} rounds (Project.search, default limits: "
             f"200 hits, 20 per document); slowest {slowest} "
             f"{medians[slowest] * 1000:.0f} ms ({hits[slowest]} hits); first-round "
             f"median {statistics.median(t[0] for t in by_query.values()) * 1000:.0f} ms")]
