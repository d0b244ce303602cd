"""Take the README's screenshots of the real window on the demo project.

Run on a real (or virtual) X display, e.g.:
    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python packaging/screenshots.py docs/screenshots
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from annotator.core.demo import build_demo
from annotator.gui.app import create_application
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import AppSettings


def settle(milliseconds: int = 600) -> None:
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def shoot(window: MainWindow, path: Path) -> None:
    settle()
    screen = QApplication.primaryScreen()
    screen.grabWindow(0).save(str(path))
    print(f"wrote {path}")


def main(out_dir: str, lang: str = "") -> int:
    if lang:
        os.environ["ANNOTATOR_LANGUAGE"] = lang
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp())
    create_application([])
    project_path = work / "demo.annot"
    build_demo(project_path)
    window = MainWindow(AppSettings(work / "settings.ini"))
    window.setGeometry(0, 0, 1366, 768)
    window.show()
    window.open_project(project_path)
    project = window.project
    assert project is not None
    documents = {d.kind: d for d in project.documents()}
    pdf = documents["pdf"]
    window.open_document(pdf.id)
    first = project.annotations(document_id=pdf.id)[2]
    window.reveal_annotation(first.id)
    suffix = f"-{lang}" if lang else ""
    shoot(window, out / f"pdf-page-view{suffix}.png")

    web = next(d for d in project.documents() if d.kind == "web" and d.annotation_count >= 4)
    window.open_document(web.id)
    window.reveal_annotation(project.annotations(document_id=web.id)[1].id)
    shoot(window, out / f"web-text-view{suffix}.png")

    concept = next(c for c in project.concepts() if c.parent_id is not None)
    window.docks["concept_view"].raise_()
    window.concept_view.show_concept(concept.id)
    shoot(window, out / f"concept-view{suffix}.png")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
