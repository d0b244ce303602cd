"""The analysis worker's protocol: figures computed from a kept snapshot, long answers in pieces."""

from __future__ import annotations

import threading
from functools import partial
from multiprocessing import Pipe
from pathlib import Path

import pytest

from annotator.core.analysis import AnalysisFilter, worker
from annotator.core.errors import ProjectCause, ProjectError
from tests.core.analysis_fixtures import build_corpus


@pytest.fixture
def path(tmp_path: Path) -> str:
    corpus = build_corpus(tmp_path / "corpus.annot")
    corpus.project.close()
    return str(corpus.project.path)


def agreement_request(path: str) -> tuple:
    work = partial(worker.agreement_between, coders=("A", "B"), include_children=False)
    return worker.compute, (path, 0, 1, AnalysisFilter(), work)


def test_an_agreement_answer_in_pieces_is_joined_back_whole(path, monkeypatch) -> None:
    function, args = agreement_request(path)
    whole = function(*args)
    rows = whole.figures.disagreements.rows
    assert len(rows) == 4 and whole.passages == 9
    monkeypatch.setattr(worker, "PART_ROWS", 1)
    head, pieces = worker.split(whole)
    assert len(pieces) == 4 and head.figures.disagreements.rows == ()
    assert worker.join(head, pieces) == whole
    monkeypatch.setattr(worker, "PART_ROWS", 5000)
    assert worker.split(whole) == (whole, [])


def test_serve_answers_with_a_head_then_its_pieces(path, monkeypatch) -> None:
    monkeypatch.setattr(worker, "PART_ROWS", 3)  # 4 rows: two pieces
    window_end, worker_end = Pipe()
    serving = threading.Thread(target=worker.serve, args=(worker_end,))
    serving.start()
    window_end.send(agreement_request(path))
    ok, head, count = window_end.recv()
    pieces = [window_end.recv() for _ in range(count)]
    window_end.send((worker.cell_pairs, (99, 1, 2, 10)))  # no co-occurrence computed: None
    assert window_end.recv() == (True, None, 0)
    window_end.send((worker.compute, ("missing.annot", 0, 2, AnalysisFilter(), len)))
    failed, message, _count = window_end.recv()
    window_end.close()
    serving.join(timeout=10)
    assert ok and count == 2
    joined = worker.join(head, pieces)
    assert joined.figures.first_passages[3][1] is not None  # B's passage of the last row
    assert not failed and isinstance(message, ProjectError)  # typed: worded by the window
    assert message.code is ProjectCause.NOT_FOUND and "missing.annot" in str(message)
    assert not serving.is_alive()


def set_part_rows(rows: int) -> None:
    """Run in a worker process (by a test) to make it cut its answers finer."""
    worker.PART_ROWS = rows
