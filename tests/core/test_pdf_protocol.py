"""The importing process reads a PDF through workers without loading the PDF libraries."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

# A fresh interpreter: the test session has long imported pdfplumber itself.
IMPORT_IN_WORKERS = """
import json, sys
from pathlib import Path
from annotator.core.importing.pdf import import_pdf

if __name__ == "__main__":
    path = Path(sys.argv[1])
    document = import_pdf(path.read_bytes(), str(path), workers=2, ocr_languages=None)
    loaded = sorted({m.split(".")[0] for m in sys.modules} & {"pdfplumber", "pdfminer",
                                                            "pypdfium2"})
    print(json.dumps({"pages": len(document.pages), "chars": len(document.text),
                      "boxes": len(document.pages[0].boxes), "loaded": loaded}))
"""


def test_workers_read_the_pages_and_the_caller_never_loads_the_pdf_libraries(
        tmp_path: Path, pdf_dir: Path) -> None:
    script = tmp_path / "import_here.py"
    script.write_text(IMPORT_IN_WORKERS, encoding="utf-8")
    pdf = pdf_dir / "issue-33-lorem-ipsum.pdf"
    done = subprocess.run([sys.executable, str(script), str(pdf)], capture_output=True,
                          text=True, cwd=REPO, timeout=120)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["loaded"] == []  # only the workers (and their fork server) loaded them
    assert report["pages"] > 0 and report["chars"] > 0 and report["boxes"] > 0
