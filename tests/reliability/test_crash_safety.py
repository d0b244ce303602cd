"""Killing Annotator mid-write (SIGKILL: no cleanup at all) loses nothing it had saved."""

from __future__ import annotations

import os
import random
import shutil
import time
from collections import deque
from pathlib import Path

import pytest

from annotator.core.importing import import_source
from annotator.core.project import Project
from tests.reliability.conftest import Child, project_state

KILL_ROUNDS = 50
STARTED_AHEAD = 3  # children started while another one runs (starting Python is slow)
IMPORT_KILLS = (0.05, 0.3, 0.5, 0.7, 0.95)
MAX_IMPORT_ROUNDS = 14

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")


def test_every_acknowledged_annotation_survives_random_kills(worked_project: Path) -> None:
    seed = int(os.environ.get("RELIABILITY_SEED", time.time_ns() % 100_000))
    rng = random.Random(seed)
    with Project.open(worked_project) as project:
        document_id = project.documents()[0].id
        concept_id = project.concepts()[0].id

    def child(round_number: int) -> Child:
        return Child("annotate", worked_project, document_id, concept_id, f"r{round_number}", 0)

    waiting = deque(child(n) for n in range(STARTED_AHEAD))
    acknowledged: dict[int, str] = {}
    for round_number in range(KILL_ROUNDS):
        running = waiting.popleft()
        running.go()
        time.sleep(rng.uniform(0.0, 0.08))
        printed = running.kill()
        if round_number + STARTED_AHEAD < KILL_ROUNDS:
            waiting.append(child(round_number + STARTED_AHEAD))
        for line in printed:
            annotation_id, memo = line.split(" ", 1)
            acknowledged[int(annotation_id)] = memo

        with Project.open(worked_project) as project:
            assert project.check() == [], f"round {round_number} (seed {seed})"
            stored = {a.id: a for a in project.annotations()}
        missing = sorted(set(acknowledged) - set(stored))
        assert not missing, f"lost {missing} in round {round_number} (seed {seed})"
        for annotation_id, memo in acknowledged.items():
            annotation = stored[annotation_id]
            assert (annotation.memo, annotation.concept_ids) == (memo, (concept_id,))
    assert len(acknowledged) > KILL_ROUNDS  # the children did write between the kills


@pytest.fixture(scope="module")
def big_text(tmp_path_factory) -> Path:
    """About 10 MB of text: storing it takes long enough to be killed in the middle."""
    words = ["communauté", "réseau", "modération", "forum", "participation", "identité",
             "données", "œuvre", "plateforme", "échange", "règle", "nouveaux"]
    rng = random.Random(7)
    paragraphs = [" ".join(rng.choice(words) for _ in range(150)) + "." for _ in range(6_000)]
    paragraphs.insert(3000, "Le mot témoin zygomorphe n'apparaît qu'ici.")
    path = tmp_path_factory.mktemp("big") / "corpus.txt"
    path.write_text("\n\n".join(paragraphs), encoding="utf-8")
    return path


def test_an_import_killed_midway_leaves_all_of_the_document_or_none(
        worked_project: Path, big_text: Path, tmp_path: Path) -> None:
    expected = import_source(big_text)
    before = project_state(worked_project)

    def prepare(number: int) -> tuple[Child, Path]:
        copy = tmp_path / f"round-{number}.annot"
        shutil.copyfile(worked_project, copy)
        return Child("import", copy, big_text), copy

    def write(child: Child) -> float:
        child.go()
        child.expect("writing")
        return time.monotonic()

    rounds = [prepare(n) for n in range(len(IMPORT_KILLS) + 1)]
    child, complete = rounds.pop(0)
    started = write(child)
    assert child.finish() == ["done"]
    write_time = time.monotonic() - started
    assert project_state(complete)[0].documents == before[0].documents + 1

    killed_mid_write = 0
    # Planned kills first; then, as timings vary on a busy machine, home in on the middle
    # of the write: too early (nothing written yet) moves later, too late moves earlier.
    early, late = 0.0, 1.5
    for number in range(1, MAX_IMPORT_ROUNDS + 1):
        if number > len(IMPORT_KILLS) and killed_mid_write:
            break
        fraction = IMPORT_KILLS[number - 1] if number <= len(IMPORT_KILLS) else (early + late) / 2
        child, copy = rounds.pop(0) if rounds else prepare(number)
        started = write(child)
        time.sleep(max(0.0, started + write_time * fraction - time.monotonic()))
        child.kill()
        wal = Path(f"{copy}-wal")
        wrote_some = wal.exists() and wal.stat().st_size > 0
        with Project.open(copy) as project:
            assert project.check() == []
            found = [d.id for d in project.documents() if d.title == expected.title]
            hits = [h.document_id for h in project.search("zygomorphe", memos=False)]
            if found:
                document = project.document(found[0])
                assert document.text == expected.text
                assert project.original_bytes(document.id) == big_text.read_bytes()
                assert project.pages(document.id) == []
                assert hits == [document.id]
        if found:  # committed before the kill
            late, early = fraction, min(early, fraction / 2)
        elif not wrote_some:  # killed before the first page reached the file
            early, late = fraction, max(late, fraction * 1.5)
        else:
            killed_mid_write += 1
        if not found:
            assert hits == []
            assert project_state(copy) == before
    assert killed_mid_write, "no kill landed in the middle of the write: nothing was tested"
