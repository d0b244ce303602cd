"""On a screen scaled twice (QT_SCALE_FACTOR=2), PDF pages are rendered with twice the
pixels they cover on screen, so text stays crisp instead of being stretched."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = r"""
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QEventLoop, QTimer
from annotator.core.importing.pdf import import_pdf
from annotator.gui.viewers.pdf_view import PdfView
from tests.gui.test_pdf_view import stored

app = QApplication([])
path = Path(sys.argv[1])
shown = stored(Path(sys.argv[2]), import_pdf(path.read_bytes(), path.name, workers=0))
view = PdfView()
view.resize(800, 600)
view.show()
loop = QEventLoop()
view.pageRendered.connect(lambda _i: loop.quit())
QTimer.singleShot(10000, loop.quit)
view.show_document(shown.document, shown.pages, shown.data)
loop.exec()
ratio = view.viewport().devicePixelRatioF()
on_screen = view.page_rect(0).width()
images = list(view.render_cache._images.values())
print(ratio, on_screen, max(image.width() for image in images))
"""


def test_pages_are_rendered_at_the_device_pixel_ratio(tmp_path: Path, pdf_dir: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "2"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(pdf_dir / "2023-06-20-PV.pdf"), str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    ratio, on_screen, rendered = (float(v) for v in done.stdout.split())
    assert ratio == 2
    assert abs(rendered - 2 * on_screen) <= 2  # device pixels, not logical ones
