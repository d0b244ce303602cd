"""The analysis as a worker process runs it: the snapshot stays in that process.

A window sends `compute` the project's path, a filter and the computation
(a picklable callable: a core function with its options bound); the worker
keeps the snapshot between calls and sends back only what a window shows:
the documents and codebook (no passages), how many passages were kept, and
the figures. Co-occurrence pairs stay here too, and `cell_pairs` lists one
cell's on demand. Only this process ever holds the passages, so closing the
window (and its worker) gives their memory back, and the window's thread
never waits on the computation.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection
from typing import Any, Literal

from annotator.core.analysis.agreement import AgreementReport, agreement
from annotator.core.analysis.cooccurrence import CooccurrenceMatrix, PassagePair
from annotator.core.analysis.data import CodingData, load
from annotator.core.analysis.filters import AnalysisFilter
from annotator.core.analysis.frequencies import GroupBy, concept_frequencies, concept_matrix
from annotator.core.analysis.tables import (
    Table,
    disagreement_table,
    frequency_table,
    matrix_table,
)
from annotator.core.errors import AnnotatorError
from annotator.core.model import Annotation
from annotator.core.project import Project

PART_ROWS = 5000  # disagreement rows per message
# This process's state (a worker serves one window, one call at a time).
_snapshot: tuple[tuple[str, int], CodingData] | None = None
_cooccurrence: tuple[int, CooccurrenceMatrix] | None = None


@dataclass(frozen=True)
class Outcome:
    """What a window needs to show a view; `whole` and `shown` carry no passages."""

    whole: CodingData  # the unfiltered project's documents and codebook
    authors: list[str]  # the coders of the whole project
    shown: CodingData  # what the filter kept
    passages: int  # how many passages the filter kept
    figures: Any


def compute(
    path: str, epoch: int, token: int, chosen: AnalysisFilter, work: Callable[[CodingData], Any]
) -> Outcome:
    """Filter the snapshot of `path` (read again when `epoch` changed) and run `work`."""
    global _cooccurrence
    whole = _read(path, epoch)
    shown = chosen.apply(whole)
    figures = work(shown)
    if isinstance(figures, CooccurrenceMatrix):
        _cooccurrence = (token, figures)
        figures = figures.counts_only()
    return Outcome(_light(whole), whole.authors, _light(shown), len(shown.annotations), figures)


def cell_pairs(
    token: int, first: int, second: int, limit: int
) -> tuple[int, list[PassagePair]] | None:
    """How many pairs the cell of `first` and `second` holds, and its first `limit`.

    None when the co-occurrence `token` named is no longer the last computed.
    """
    if _cooccurrence is None or _cooccurrence[0] != token:
        return None
    found = _cooccurrence[1].pairs(first, second)
    return len(found), found[:limit]


def frequency_tables(
    data: CodingData, *, by: GroupBy, values: Literal["count", "coverage"], include_children: bool
) -> tuple[Table, Table]:
    """The concepts table and the concepts-by-`by` table, built here: a matrix of a thousand
    documents takes the window's thread a good tenth of a second to tabulate."""
    frequencies = concept_frequencies(data, include_children=include_children)
    matrix = concept_matrix(data, by=by, include_children=include_children)
    return frequency_table(data, frequencies), matrix_table(data, matrix, values)


PassageRef = tuple[int, int]  # (document id, annotation id)


@dataclass(frozen=True)
class AgreementFigures:
    """An agreement report as a window receives it, its disagreements tabulated here.

    A big project's report holds a hundred thousand stretches, each with its
    passages: sent as objects they took seconds to unpickle, all that time in
    the window's thread. As a table of plain values they take a tenth of that.
    """

    report: AgreementReport  # without its disagreements (see `disagreements`)
    disagreement_count: int
    disagreements: Table  # one row per stretch, in the report's order
    first_passages: tuple[tuple[PassageRef | None, PassageRef | None], ...]  # A's, B's per row


def agreement_between(
    data: CodingData,
    *,
    coders: tuple[str, str] | None,
    include_children: bool,
    instead_label: str = "coded as:",
) -> AgreementFigures | None:
    """Agreement of two coders, or None when two coders were not chosen."""
    if coders is None:
        return None
    report = agreement(data, *coders, include_children=include_children)

    def first(passages: tuple[Annotation, ...]) -> PassageRef | None:
        return (passages[0].document_id, passages[0].id) if passages else None

    return AgreementFigures(
        replace(report, disagreements=()),
        len(report.disagreements),
        disagreement_table(data, report, instead_label),
        tuple((first(d.passages_a), first(d.passages_b)) for d in report.disagreements),
    )


def _read(path: str, epoch: int) -> CodingData:
    global _snapshot, _cooccurrence
    key = (path, epoch)
    if _snapshot is None or _snapshot[0] != key:
        _snapshot = _cooccurrence = None  # let the old one go before reading the new
        with Project.open(path, read_only=True) as project:  # a file or a server's URL
            _snapshot = (key, load(project, paragraphs=True))
    return _snapshot[1]


def _light(data: CodingData) -> CodingData:
    return data.with_changes(annotations=(), paragraphs={})


def split(answer: Any) -> tuple[Any, list[Any]]:
    """`answer` as a head and pieces to send one by one (none for a small answer).

    Unpickling a message holds the receiving thread until it is done: the
    disagreements of a big project (0.3 s for 123,000 rows) go in pieces of
    PART_ROWS rows, which the window reads between two of its events.
    """
    figures = getattr(answer, "figures", None)
    if not isinstance(figures, AgreementFigures) or len(figures.first_passages) <= PART_ROWS:
        return answer, []
    rows, refs = figures.disagreements.rows, figures.first_passages
    pieces = [
        (rows[i : i + PART_ROWS], refs[i : i + PART_ROWS]) for i in range(0, len(rows), PART_ROWS)
    ]
    empty = replace(figures.disagreements, rows=(), row_keys=())
    return replace(answer, figures=replace(figures, disagreements=empty, first_passages=())), pieces


def join(head: Any, pieces: list[Any]) -> Any:
    """The answer `split` cut into `head` and `pieces`."""
    if not pieces:
        return head
    figures = head.figures
    rows = tuple(row for piece_rows, _refs in pieces for row in piece_rows)
    refs = tuple(ref for _rows, piece_refs in pieces for ref in piece_refs)
    table = replace(figures.disagreements, rows=rows, row_keys=tuple(range(len(rows))))
    return replace(head, figures=replace(figures, disagreements=table, first_passages=refs))


def serve(connection: Connection, server_passwords: dict[str, str] | None = None) -> None:
    """The worker process's loop: run each `(function, args)` received, until the window
    closes its end; answer `(True, head, n)` then the n pieces of the result (see `split`),
    or `(False, message, 0)`. `server_passwords`: those the window's user typed for
    server projects this session (this process shares no memory with the window's)."""
    if server_passwords:
        from annotator.core.store.postgres.passwords import keep_session_passwords

        keep_session_passwords(server_passwords)
    while True:
        try:
            function, args = connection.recv()
        except (EOFError, OSError):
            return
        pieces: list[Any] = []
        try:
            head, pieces = split(function(*args))
            answer: tuple[bool, Any, int] = (True, head, len(pieces))
        except AnnotatorError as error:  # a typed error crosses whole, to be worded there
            answer = (False, error if error.code is not None else str(error), 0)
        except Exception as error:  # noqa: BLE001 (reported to the window, which shows it)
            answer = (False, f"{type(error).__name__}: {error}", 0)
        try:
            connection.send(answer)
            for piece in pieces:
                connection.send(piece)
        except (BrokenPipeError, OSError):
            return
