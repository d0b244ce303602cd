"""The first PDF import from the window: the job's thread loads no module itself (which
would hold the window for the whole load); the window has loaded them first, in short
steps (see tests/gui/test_import_modules.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

# A fresh interpreter: the test session has long loaded the importer's modules.
IMPORT_ONE_PDF = """
import json, sys, threading
from PySide6.QtCore import QEventLoop, QTimer
from annotator.gui.app import create_application
from annotator.gui import import_controller
from annotator.gui.main_window import MainWindow

in_job = threading.local()
loaded_by_job = []
sys.addaudithook(lambda event, args: loaded_by_job.append(args[0])
                 if event == "import" and getattr(in_job, "on", False) else None)
add_source = import_controller.add_source

def watched_add_source(*args, **kwargs):
    in_job.on = True
    try:
        return add_source(*args, **kwargs)
    finally:
        in_job.on = False

import_controller.add_source = watched_add_source
app = create_application([])
window = MainWindow()
window.show()
window.open_project(sys.argv[1], create=True)
failures = []
loop = QEventLoop()
window.importer.batchFinished.connect(lambda found: (failures.extend(found), loop.quit()))
QTimer.singleShot(60000, loop.quit)
window.importer.import_sources([sys.argv[2]])
loop.exec()
print(json.dumps({"loaded_by_job": loaded_by_job, "failures": failures,
                  "documents": len(window.project.documents())}))
window.importer.runner.wait(10000)
"""


def test_a_pdf_import_loads_its_modules_before_its_job_starts(tmp_path: Path,
                                                              pdf_dir: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ANNOTATOR_DATA_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_ONE_PDF, str(tmp_path / "p.annot"),
         str(pdf_dir / "2023-06-20-PV.pdf")],
        capture_output=True, text=True, env=env, cwd=REPO, timeout=90)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["documents"] == 1 and report["failures"] == []
    assert report["loaded_by_job"] == []
