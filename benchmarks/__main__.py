"""`python -m benchmarks`: build the corpora, measure every figure, print the table.

Each figure runs in its own Python process (fresh memory, its own Qt
application, no state left by the previous figure); it prints its rows as
JSON on its last output line. A figure that fails or runs out of time shows
as FAILED, with the reason in the notes, and the command exits with 1.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import figures
from benchmarks.table import Row, render


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _sizes(quick: bool):
    from benchmarks.corpus import Sizes

    return Sizes.quick() if quick else Sizes()


def run_figure_here(name: str, folder: Path, quick: bool) -> None:
    """The child side: measure one figure and print its rows as one JSON line."""
    from benchmarks.corpus import corpus_paths

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    module = figures.load(name)
    rows = module.run(corpus_paths(folder), _sizes(quick), folder / "work" / name)
    print(json.dumps([row.to_json() for row in rows]), flush=True)


def _run_figure(name: str, folder: Path, quick: bool, timeout: float) -> list[Row]:
    command = [sys.executable, "-m", "benchmarks", "--figure", name, "--folder", str(folder)]
    if quick:
        command.append("--quick")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "ANNOTATOR_DATA_DIR": str(folder / "userdata" / name)}
    (folder / "work" / name).mkdir(parents=True, exist_ok=True)
    labels = figures.labels(name, _sizes(quick))
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=env,
                              cwd=Path(__file__).resolve().parents[1])
    except subprocess.TimeoutExpired:
        return [Row(label, None, "", error=f"no result within {timeout:.0f} s")
                for label in labels]
    last = done.stdout.strip().splitlines()[-1:] if done.stdout.strip() else []
    if done.returncode != 0 or not last:
        lines = done.stderr.strip().splitlines()
        reason = lines[-1] if lines else f"exit code {done.returncode}"
        _say(done.stderr)
        return [Row(label, None, "", error=f"failed: {reason}") for label in labels]
    return [Row.from_json(item) for item in json.loads(last[0])]


def _load() -> str:
    """The system's 1-minute load average: other programs running skew every figure."""
    try:
        return f"{os.getloadavg()[0]:.1f}"
    except (AttributeError, OSError):  # not on this platform
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Measure the speed and memory users feel, against targets.")
    parser.add_argument("--quick", action="store_true",
                        help="tiny corpora: checks that every figure still runs (seconds)")
    parser.add_argument("--only", action="append", choices=figures.NAMES, metavar="FIGURE",
                        help=f"measure only this figure (repeatable): {', '.join(figures.NAMES)}")
    parser.add_argument("--keep", type=Path, metavar="FOLDER",
                        help="build the corpora in FOLDER, new or empty, and keep them "
                             "(default: a temporary folder, removed afterwards)")
    parser.add_argument("--figure", help=argparse.SUPPRESS)  # child process: one figure
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.figure:
        run_figure_here(args.figure, args.folder, args.quick)
        return 0
    if args.keep is not None and args.keep.exists() and any(args.keep.iterdir()):
        # the figures edit the projects they measure: a second run on them would differ
        parser.error(f"{args.keep} is not empty: --keep needs a new or empty folder")

    from benchmarks.corpus import build

    sizes = _sizes(args.quick)
    started = time.perf_counter()
    load_before = _load()
    with tempfile.TemporaryDirectory(prefix="annotator-bench-") as temporary:
        folder = args.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        _say(f"building corpora in {folder}")
        corpus = build(folder, sizes, _say)
        rows: list[Row] = []
        for name in args.only or figures.NAMES:
            _say(f"measuring {name}…")
            figure_started = time.perf_counter()
            timeout = 120 if args.quick else 600
            rows += _run_figure(name, folder, args.quick, timeout)
            _say(f"  {name}: {time.perf_counter() - figure_started:.1f} s")
    print(render(rows))
    print(f"\n{'quick' if args.quick else 'full'} run, {time.perf_counter() - started:.0f} s in "
          f"all; PDFs written by {corpus.pdf_writer}; {os.cpu_count()} CPUs; "
          f"Python {sys.version.split()[0]}; load average {load_before} at the start, "
          f"{_load()} at the end")
    return 1 if any(row.error for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
