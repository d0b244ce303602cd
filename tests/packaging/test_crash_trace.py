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
