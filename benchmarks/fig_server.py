"""A team project on a PostgreSQL server: many coders at once, live updates, opening.

On a throwaway cluster of its own (fig_server_cluster): CODERS processes, each a
coder login, tag a passage once a second for SECONDS seconds on localhost. Each
commit's latency is timed in the coder's process (Project.annotate, until it
returns); a listener in this process (the window's: ChangeListener) hears every
commit and reads the passage back, as a window does, and the live-update delay is
the time from the commit's return to that read. Then the big project
(benchmarks/corpus.py's) is copied to the server with annotator.core.copying and
opened in the window, against the same project as a file, in the same run.
Without PostgreSQL the rows say so instead of failing.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.corpus import TEXT_TYPE, Corpus, Sizes
from benchmarks.fig_open_project import open_until_painted
from benchmarks.fig_server_cluster import Cluster, binaries, throwaway_cluster
from benchmarks.table import Row

LATENCY_TARGET_MS = 50.0
LIVE_TARGET_S = 1.0
OPEN_RATIO_TARGET = 1.5

# One coder: open the project, wait for the common start, then tag one passage a second
# (each coder at its own phase in the second), printing [id, latency s, wall time] each.
_CODER = """
import json, sys, time
from annotator.core.project import Project
url, documents, seconds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
start_at, phase = float(sys.argv[4]), float(sys.argv[5])
with Project.open(url) as project:
    concept = project.concepts()[0].id
    done = []
    for tick in range(seconds):
        time.sleep(max(0.0, start_at + tick + phase - time.time()))
        began = time.perf_counter()
        passage = project.annotate(1 + tick % documents, tick * 3, tick * 3 + 2, [concept])
        done.append([passage.id, time.perf_counter() - began, time.time()])
print(json.dumps(done))
"""


def _scale(sizes: Sizes) -> tuple[int, int]:
    """(coders, seconds): the issue's 20 coders for about 20 s; a few for a few at --quick."""
    return (20, 20) if sizes.documents >= 1000 else (3, 3)


def labels(sizes: Sizes) -> list[str]:
    coders, seconds = _scale(sizes)
    return [
        f"server: {coders} coders tagging once a second for {seconds} s, p99 commit latency",
        f"server: {coders} coders, p99 live-update delay (commit to another window's read)",
        f"server: open the {sizes.documents:,}-document, {sizes.annotations:,}-annotation "
        "project in the window (baseline: the same project as a file)",
    ]


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def _coding_rows(cluster: Cluster, sizes: Sizes) -> list[Row]:
    from annotator.core.importing import import_bytes
    from annotator.core.project import Project
    from annotator.core.store.postgres.admin import grant_role, init_schema
    from annotator.core.store.postgres.live import ChangeListener
    from benchmarks.text_corpus import FrenchText

    coders, seconds = _scale(sizes)
    cluster.sql('CREATE DATABASE "coding"')
    url = cluster.url("coding")
    init_schema(url)
    documents = 5
    with Project.open(url) as owner:
        prose = FrenchText(seed=3)
        for number in range(documents):
            text = prose.document(2000).encode()
            owner.add_document(import_bytes(text, f"entretien-{number + 1}.txt",
                                            content_type=TEXT_TYPE))
        owner.add_concept("Thème")
    logins = []
    for number in range(coders):
        login = f"coder{number + 1:02d}"
        cluster.sql(f'CREATE ROLE "{login}" LOGIN')
        grant_role(url, login, "coder")
        logins.append(login)

    heard: dict[int, float] = {}
    observer = Project.open(url, read_only=True)

    def on_change(change) -> None:  # the listener's thread: read back, as a window does
        for annotation_id in change.annotations:
            observer.annotation(annotation_id)
            heard[annotation_id] = time.time()

    listener = ChangeListener(url, lambda: -1, on_change)
    listener.start()
    if not listener.wait_listening(10):
        raise RuntimeError("the listener did not connect")
    start_at = time.time() + 4 + 0.2 * coders  # every coder's process is up and connected
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", _CODER, cluster.url("coding", login), str(documents),
             str(seconds), str(start_at), str(number / coders)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for number, login in enumerate(logins)
    ]
    commits: list[tuple[int, float, float]] = []
    for run in runs:
        out, err = run.communicate(timeout=seconds + 120)
        if run.returncode != 0:
            raise RuntimeError(f"a coder failed: {err.strip().splitlines()[-1:]}")
        commits += [tuple(item) for item in json.loads(out.strip().splitlines()[-1])]
    deadline = time.time() + 5
    while len(heard) < len(commits) and time.time() < deadline:
        time.sleep(0.05)
    listener.stop()
    observer.close()
    late = start_at + 0.5 < min(wall - latency for _id, latency, wall in commits)
    latencies = [latency * 1000 for _id, latency, _wall in commits]
    delays = [max(0.0, heard[i] - wall) for i, _latency, wall in commits if i in heard]
    missed = len(commits) - len(delays)
    expected = coders * seconds
    common = (f"{len(commits)} of {expected} commits by {coders} coder logins (row-level "
              f"security on) on localhost, fsync on{'; the coders started late' if late else ''}")
    return [
        Row(labels(sizes)[0], _percentile(latencies, 0.99), "ms", None, "max",
            LATENCY_TARGET_MS,
            note=f"{common}; median {statistics.median(latencies):.1f} ms, max "
                 f"{max(latencies):.1f} ms"),
        Row(labels(sizes)[1], _percentile(delays, 0.99) if delays else None, "s", None, "max",
            LIVE_TARGET_S,
            note=f"median {statistics.median(delays) * 1000:.0f} ms, max "
                 f"{max(delays) * 1000:.0f} ms; {missed} never heard; LISTEN/NOTIFY, then the "
                 "passage read back" if delays else "nothing heard",
            error="" if delays else "no commit was heard"),
    ]


def _open_row(cluster: Cluster, corpus: Corpus, sizes: Sizes, work: Path) -> Row:
    from annotator.core.copying import copy_project
    from annotator.core.store.postgres.admin import init_schema
    from benchmarks.qt_tools import application

    cluster.sql('CREATE DATABASE "big"')
    url = cluster.url("big")
    init_schema(url)
    began = time.perf_counter()
    copy_project(corpus.big_project, url)
    copied = time.perf_counter() - began
    application()
    server, file = [], []
    for _ in range(max(1, min(3, sizes.repeats))):  # alternated: the same cache state
        file.append(open_until_painted(corpus.big_project, work))
        server.append(open_until_painted(url, work))
    return Row(
        labels(sizes)[2], statistics.median(server), "s", statistics.median(file), "max_ratio",
        OPEN_RATIO_TARGET,
        note=f"median of {len(server)} each, alternated (server {_seconds(server)} s; "
             f"file {_seconds(file)} s); MainWindow.open_project until the "
             f"reader's first paint; the copy to the server took {copied:.1f} s")


def _seconds(times: list[float]) -> str:
    return ", ".join(f"{t:.2f}" for t in times)


def run(corpus: Corpus, sizes: Sizes, work: Path) -> list[Row]:
    if binaries() is None:
        return [Row(label, None, "", note="PostgreSQL not installed (Debian's postgresql "
                    "package): not measured") for label in labels(sizes)]
    coders, _seconds = _scale(sizes)
    with throwaway_cluster(max_connections=coders + 30) as cluster:
        rows = _coding_rows(cluster, sizes)
        rows.append(_open_row(cluster, corpus, sizes, work))
    return rows
