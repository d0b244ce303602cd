"""Every hostile file through `annotator import` (and REFI-QDA ones through `import-refi`),
into a project that already holds work: each is imported right or refused in one clear
line, within 10 s, without touching the network, the earlier work or any other folder."""

from __future__ import annotations

import threading
import time
import traceback
from dataclasses import dataclass
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.core.project import Project
from tests.hostile.conftest import (
    RecordingServer,
    Work,
    document_problems,
    escaped_zip_slip_files,
    folder_state,
    work_in,
)
from tests.hostile.make_corpus import CASES, Case, Outcome

PER_FILE_SECONDS = 10.0
HANG_SECONDS = 60.0  # an import still running then is taken as hung


@dataclass(frozen=True)
class Run:
    """One command as a user would see it."""

    code: int | None
    out: str
    err: str
    seconds: float
    crash: str = ""  # a traceback, or why the command never ended


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> Run:
    """`annotator ARGS` in this process, on a thread so that a hang cannot stop the test."""
    result: dict[str, object] = {}

    def target() -> None:
        try:
            result["code"] = main(args)
        except BaseException:  # noqa: BLE001 - any escape is what the test reports
            result["crash"] = traceback.format_exc()

    thread = threading.Thread(target=target, name="hostile-import", daemon=True)
    started = time.monotonic()
    thread.start()
    thread.join(HANG_SECONDS)
    seconds = time.monotonic() - started
    captured = capsys.readouterr()
    crash = str(result.get("crash", ""))
    if thread.is_alive():
        crash = f"still running after {HANG_SECONDS:.0f} s"
    code = result.get("code")
    return Run(code if isinstance(code, int) else None, captured.out, captured.err, seconds,
               crash)


def problems_with(case: Case, command: str, expected: Outcome, run: Run, project: Path,
                  before: Work) -> list[str]:
    """What is wrong with one import's outcome; empty when all is as expected."""
    label = f"{command} {case.name}"
    if run.crash:
        return [f"{label}: {run.crash}"]
    found = []
    if run.seconds >= PER_FILE_SECONDS:
        found.append(f"{label}: took {run.seconds:.1f} s")
    output = run.out + run.err
    if "Traceback" in output:
        found.append(f"{label}: printed a traceback")
    found += [f"{label}: printed {text!r}" for text in expected.absent if text in output]
    errors = [line for line in run.err.splitlines() if line.startswith("error:")]
    after = work_in(project)
    added = sorted(set(after.documents) - set(before.documents))
    if expected.refused:
        if run.code in (0, None) or len(errors) != 1:
            found.append(f"{label}: exit {run.code}, errors {errors}, expected one error line")
        elif case.name not in errors[0] or not any(w in errors[0].lower() for w in expected.cause):
            found.append(f"{label}: the error does not name the file and one of "
                         f"{expected.cause}: {errors[0]}")
        if added:
            found.append(f"{label}: refused, yet added documents {added}")
        return found
    if run.code != 0 or errors:
        return [*found, f"{label}: exit {run.code}, errors {errors}, expected an import"]
    if len(added) != 1:
        return [*found, f"{label}: added {len(added)} documents, expected one"]
    found += document_problems(label, expected, project, added[0])
    warnings = [line for line in run.err.splitlines() if line.startswith("warning:")]
    if expected.warning and not any(expected.warning in line for line in warnings):
        found.append(f"{label}: no warning about {expected.warning!r} in {warnings}")
    return found


def test_every_hostile_file_is_imported_right_or_refused_in_one_line(
        corpus: dict[str, Path], busy_project: Path, recording_server: RecordingServer,
        no_network: list[str], tmp_path: Path, tmp_path_factory: pytest.TempPathFactory,
        capsys: pytest.CaptureFixture[str]) -> None:
    watched = tmp_path_factory.getbasetemp()
    files_before = folder_state(watched, leave_out=tmp_path)
    heard_before = len(recording_server.heard())
    earlier = work_in(busy_project)
    problems: list[str] = []
    tally = {"imported": 0, "refused": 0, "runs": 0}
    slowest = (0.0, "")

    for case in CASES:
        # `annotator import` hands a REFI-QDA file (.qdpx, .qdc, .qde) to the REFI-QDA importer
        refi_file = Path(case.name).suffix in (".qdpx", ".qdc", ".qde")
        through_import = case.refi if refi_file and case.refi else case.document
        commands = [("import", through_import)] + [("import-refi", case.refi)] * bool(case.refi)
        for command, expected in commands:
            assert expected is not None
            before = work_in(busy_project)
            run = run_cli([command, str(busy_project), str(corpus[case.name])], capsys)
            problems += problems_with(case, command, expected, run, busy_project, before)
            tally["runs"] += 1
            slowest = max(slowest, (run.seconds, f"{command} {case.name}"))
            tally["refused" if expected.refused else "imported"] += 1
            if "still running" in run.crash:
                break  # the hung import still holds the project: nothing more can be judged
            after = work_in(busy_project)
            if {i: after.documents.get(i) for i in earlier.documents} != earlier.documents:
                problems.append(f"{command} {case.name}: an earlier document changed")
            if (after.concepts, after.annotations) != (earlier.concepts, earlier.annotations):
                problems.append(f"{command} {case.name}: the codebook or annotations changed")
            with Project.open(busy_project, read_only=True) as project:
                problems += [f"{command} {case.name}: check: {p}" for p in project.check()]

    problems += [f"written outside the project: {path}"
                 for path in escaped_zip_slip_files(corpus["zip_slip.qdpx"], busy_project,
                                                    Path.cwd(), Path.home())]
    if folder_state(watched, leave_out=tmp_path) != files_before:
        problems.append("files changed outside the test's folder")
    problems += [f"connection attempted: {address}" for address in no_network]
    problems += [f"the local server heard: {line}"
                 for line in recording_server.heard()[heard_before:]]
    with capsys.disabled():
        print(f"\nhostile corpus through the CLI: {len(CASES)} files tried in {tally['runs']} "
              f"imports, {tally['imported']} imported, {tally['refused']} refused, "
              f"failures: {len(problems)}; slowest: {slowest[1]} in {slowest[0]:.1f} s")
    assert problems == []
