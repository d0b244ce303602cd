"""Resident memory of a process and all its descendants, sampled from /proc (Linux)."""

from __future__ import annotations

import os
import threading
from pathlib import Path

PROC = Path("/proc")


def _status_kb(pid: int, field: str) -> int | None:
    try:
        text = (PROC / str(pid) / "status").read_text()
    except OSError:  # it exited meanwhile
        return None
    for line in text.splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return None


def descendants(pid: int) -> list[int]:
    """Pids of every process below `pid` (children, their children...)."""
    children: dict[int, list[int]] = {}
    for entry in PROC.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # the command name, in parentheses, may hold spaces: split after its closing ")"
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(parent, []).append(int(entry.name))
    found, stack = [], [pid]
    while stack:
        for child in children.get(stack.pop(), []):
            found.append(child)
            stack.append(child)
    return found


class TreeMemory:
    """Samples a process tree every `interval` s in a thread.

    Keeps each process's last seen high-water mark (VmHWM) and the peak of the
    summed current RSS; `hwm_total_mb` adds up the high-water marks, an upper
    bound of what the tree ever held at once.
    """

    def __init__(self, pid: int | None = None, interval: float = 0.02) -> None:
        self.pid = pid or os.getpid()
        self.interval = interval
        self.hwm_kb: dict[int, int] = {}
        self.peak_sum_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="memory-sampler", daemon=True)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.sample()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def sample(self) -> None:
        total = 0
        for pid in [self.pid, *descendants(self.pid)]:
            rss = _status_kb(pid, "VmRSS")
            hwm = _status_kb(pid, "VmHWM")
            if rss is not None:
                total += rss
            if hwm is not None:
                self.hwm_kb[pid] = max(self.hwm_kb.get(pid, 0), hwm)
        self.peak_sum_kb = max(self.peak_sum_kb, total)

    @property
    def processes(self) -> int:
        return len(self.hwm_kb)

    @property
    def hwm_total_mb(self) -> float:
        return sum(self.hwm_kb.values()) / 1024

    @property
    def peak_sum_mb(self) -> float:
        return self.peak_sum_kb / 1024

    @property
    def own_hwm_mb(self) -> float:
        return self.hwm_kb.get(self.pid, 0) / 1024
