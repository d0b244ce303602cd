"""Take the README's screenshots of the real window on the demo project.

Run on a real (or virtual) X display, once per language and screen size; the window
fills the screen, and shots of a screen other than 1366x768 are named after its size:
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python packaging/screenshots.py \
        docs/screenshots en
    xvfb-run -a -s "-screen 0 1024x600x24" .venv/bin/python packaging/screenshots.py \
        docs/screenshots fr
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
from annotator.gui.welcome import WelcomeDialog


def settle(milliseconds: int = 1800) -> None:  # after the revealed passage's flash
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def shoot(window: MainWindow, path: Path) -> None:
    settle()
    screen = QApplication.primaryScreen()
    screen.grabWindow(0).save(str(path))
    print(f"wrote {path}")


REFERENCE_SIZE = (1366, 768)


def main(out_dir: str, lang: str = "en") -> int:
    os.environ["ANNOTATOR_LANGUAGE"] = lang
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp())
    # backups, logs and settings of this run stay in its own folder, not the user's
    os.environ.setdefault("ANNOTATOR_DATA_DIR", str(work / "user-data"))
    create_application([])
    project_path = work / "demo.annot"
    build_demo(project_path)
    settings = AppSettings(work / "settings.ini")
    settings.welcome_shown = True
    window = MainWindow(settings)
    screen = QApplication.primaryScreen().geometry()
    window.setGeometry(screen)
    window.show()
    window.open_project(project_path)
    project = window.project
    assert project is not None
    documents = {d.kind: d for d in project.documents()}
    pdf = documents["pdf"]
    window.open_document(pdf.id)
    first = project.annotations(document_id=pdf.id)[2]
    window.reveal_annotation(first.id)
    size = (screen.width(), screen.height())
    suffix = ("" if lang == "en" else f"-{lang}") + (
        "" if size == REFERENCE_SIZE else f"-{size[0]}x{size[1]}")
    shoot(window, out / f"pdf-page-view{suffix}.png")

    web = next(d for d in project.documents() if d.kind == "web" and d.annotation_count >= 4)
    window.open_document(web.id)
    window.reveal_annotation(project.annotations(document_id=web.id)[1].id)
    shoot(window, out / f"web-text-view{suffix}.png")

    concept = next(c for c in project.concepts() if c.parent_id is not None)
    window.docks["concept_view"].raise_()
    window.concept_view.show_concept(concept.id)
    shoot(window, out / f"concept-view{suffix}.png")

    welcome = WelcomeDialog(AppSettings(work / "welcome.ini"), window)
    welcome.open()
    shoot(window, out / f"welcome{suffix}.png")
    welcome.close()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
