"""A fatal crash of the running app leaves a traceback in the log folder."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def wait_for_text(path: Path, text: str, timeout_s: float = 30.0) -> bool:
    """Poll a file another process writes (no Qt event loop to wait on here)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if path.exists() and text in path.read_text(encoding="utf-8", errors="replace"):
            return True
        time.sleep(0.1)
    return False


@pytest.mark.skipif(sys.platform == "win32", reason="sends SIGSEGV")
def test_segfault_is_traced_to_crash_log_and_old_log_rotated(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    logs.mkdir()
    (logs / "crash.log").write_text("x" * 1_100_000)  # past the limit: moved aside
    env = {**os.environ, "ANNOTATOR_DATA_DIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen([sys.executable, "-m", "annotator"], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        assert wait_for_text(logs / "annotator.log", "starting"), "the app did not start"
        assert wait_for_text(logs / "crash.log", "started")
        process.send_signal(signal.SIGSEGV)
        assert process.wait(timeout=30) != 0
    finally:
        process.kill()
        process.wait()
    trace = (logs / "crash.log").read_text(encoding="utf-8")
    assert trace.startswith("--- Annotator ")
    assert "Fatal Python error: Segmentation fault" in trace
    assert 'File "' in trace  # a Python stack, for the report
    assert (logs / "crash.log.1").stat().st_size == 1_100_000


def session(number: int) -> str:
    return f"--- Annotator 1.0 started 2026-01-0{number} 10:00:00 (process {number})\n"


@pytest.mark.parametrize(("log", "crashed"), [
    (None, False),
    (session(1), False),
    (session(1) + "Fatal Python error: Segmentation fault\n\n  File \"x.py\", line 1\n", True),
    (session(1) + "Fatal Python error: Aborted\n" + session(2), False),  # a clean run since
])
def test_previous_session_crashed(tmp_path: Path, log: str | None, crashed: bool) -> None:
    from annotator.gui.crash_log import previous_session_crashed

    path = tmp_path / "crash.log"
    if log is not None:
        path.write_text(log, encoding="utf-8")
    assert previous_session_crashed(path) is crashed


def test_crash_notice_says_where_the_report_is(qtbot, tmp_path: Path, monkeypatch) -> None:
    from annotator.gui.crash_log import show_crash_notice

    monkeypatch.setenv("ANNOTATOR_DATA_DIR", str(tmp_path))
    box = show_crash_notice()
    qtbot.addWidget(box)
    assert box.isVisible()
    assert "closed unexpectedly" in box.text()
    assert str(tmp_path / "logs") in box.informativeText()
    assert "crash.log" in box.informativeText()
    box.accept()
