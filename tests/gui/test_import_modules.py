"""Modules loaded in short steps before an import: one per event-loop turn, then the job."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from annotator.gui.import_modules import PDF_MODULES, ModuleLoader, modules_for


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Three modules not loaded yet, the last one loading the first two."""
    folder = tmp_path / "warm_package_for_test"
    folder.mkdir()
    (folder / "__init__.py").write_text("")
    (folder / "first.py").write_text("VALUE = 1\n")
    (folder / "second.py").write_text("VALUE = 2\n")
    (folder / "third.py").write_text("from warm_package_for_test import first, second\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    names = [f"warm_package_for_test.{name}" for name in ("first", "second", "third")]
    yield names
    for name in [*names, "warm_package_for_test"]:
        sys.modules.pop(name, None)


def test_the_action_waits_until_every_module_is_loaded_one_per_turn(qtbot, package):
    loader = ModuleLoader()
    done: list[bool] = []
    loaded_per_turn: list[list[str]] = []
    turns = QTimer()
    turns.setInterval(0)
    turns.timeout.connect(
        lambda: loaded_per_turn.append([n for n in package if n in sys.modules]))
    turns.start()
    loader.then(package, lambda: done.append(all(n in sys.modules for n in package)))
    assert done == [] and loader.loading
    qtbot.waitUntil(lambda: bool(done))
    turns.stop()
    assert done == [True] and not loader.loading
    counts = [len(names) for names in loaded_per_turn]
    assert counts[-1] == 3
    assert all(later - earlier <= 1 for earlier, later in zip(counts, counts[1:], strict=False))


def test_loaded_modules_let_the_action_run_at_once(qtbot):
    done: list[bool] = []
    ModuleLoader().then(["json", "sys"], lambda: done.append(True))
    assert done == [True]


def test_a_module_that_cannot_load_does_not_hold_the_import_back(qtbot):
    done: list[bool] = []
    loader = ModuleLoader()
    loader.then(["no_such_module_for_annotator_tests"], lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done))
    assert not loader.loading


def test_a_pdf_needs_the_importer_modules_and_every_listed_one_exists():
    assert modules_for("/data/Rapport.PDF") == PDF_MODULES
    assert modules_for("https://example.org/page.html") == ()
    assert "annotator.core.importing.pdf" in PDF_MODULES
    for name in PDF_MODULES:
        __import__(name)


def test_a_job_held_while_modules_load_is_reached_by_cancel_and_never_runs(qtbot):
    from annotator.gui.workers import Job, JobRunner

    ran: list[bool] = []
    ended: list[str] = []
    runner = JobRunner()
    job = Job("held", lambda _progress, _cancel: ran.append(True))
    job.signals.cancelled.connect(lambda: ended.append("cancelled"))
    job.signals.finished.connect(lambda: ended.append("finished"))
    runner.hold(job)
    assert runner.busy
    runner.cancel_all()  # the project closes before the modules are loaded
    runner.release(job)
    qtbot.waitUntil(lambda: "finished" in ended)
    assert ended == ["cancelled", "finished"] and ran == [] and not runner.busy


def test_a_held_job_runs_once_released(qtbot):
    from annotator.gui.workers import Job, JobRunner

    runner = JobRunner()
    job = Job("held", lambda _progress, _cancel: 42)
    results: list[int] = []
    job.signals.succeeded.connect(results.append)
    runner.hold(job)
    runner.release(job)
    qtbot.waitUntil(lambda: results == [42])
    runner.wait(5000)
