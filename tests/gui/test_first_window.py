"""The first window imports only what it shows; a project brings the rest."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

# Run in a fresh interpreter: the test session has long imported everything.
FIRST_WINDOW = """
import json, sys
from annotator.gui.app import create_application
from annotator.gui.main_window import MainWindow
app = create_application([])
window = MainWindow()
window.show()
app.processEvents()
before = sorted(m for m in sys.modules if m.startswith("annotator"))
import PySide6.QtWidgets as widgets  # a class PySide has built is in its module's dict
built = [name for name in BUILT_LATE if name in vars(widgets)]
menu = [a.text() for a in window.window_actions.view_menu.actions() if a.isVisible()]
window.open_project(sys.argv[1], create=True)
after = sorted(m for m in sys.modules if m.startswith("annotator"))
shown = window.reader.isVisible() and window.docks["library"].widget() is window.library
view = [a.text() for a in window.window_actions.view_menu.actions()]
print(json.dumps({"before": before, "after": after, "shown": shown, "menu": menu,
                  "view": view, "built": built}))
window.close()
"""

# PySide builds a Qt class's Python class, and all its enums, when it is first named or
# one of its objects first reaches Python: 1 to 5 ms each (QStyle: 5). The first window
# names none of these.
BUILT_LATE = ("QStyle", "QCommonStyle", "QMessageBox", "QFileDialog", "QInputDialog",
              "QProgressDialog", "QDialog", "QAbstractItemView", "QTextEdit", "QPlainTextEdit")

# What a project needs and the empty first window does not.
LOADED_WITH_A_PROJECT = (
    "annotator.core.project", "annotator.core.store", "annotator.core.backup",
    "annotator.gui.reader", "annotator.gui.viewers.pdf_view", "annotator.gui.viewers.text_view",
    "annotator.gui.panels.library", "annotator.gui.panels.concepts",
    "annotator.gui.panels.annotations", "annotator.gui.panels.concept_view",
    "annotator.gui.panels.search", "annotator.gui.coding", "annotator.gui.import_controller",
    "annotator.gui.editor",
)


def test_the_first_window_loads_the_project_modules_only_when_a_project_opens(
        tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ANNOTATOR_DATA_DIR": str(tmp_path)}
    script = f"BUILT_LATE = {BUILT_LATE!r}\n{FIRST_WINDOW}"
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "p.annot")],
                          capture_output=True, text=True, env=env, cwd=REPO, timeout=60)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    early = [m for m in LOADED_WITH_A_PROJECT if m in report["before"]]
    assert early == [], f"the empty first window imported {early}"
    assert len(report["before"]) < 25, report["before"]  # was about 120 annotator modules
    assert report["built"] == [], f"the empty first window built {report['built']}"
    assert [m for m in LOADED_WITH_A_PROJECT if m not in report["after"]] == []
    assert report["shown"]  # the reader and the panels are in place once a project opens
    assert "Zoom in" in [t.replace("&", "") for t in report["menu"]]
    # the reader's view switches join the top of the View menu when it is built
    assert report["view"][:2] == ["Page view", "Text view"]
