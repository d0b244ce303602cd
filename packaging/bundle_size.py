"""The frozen app's largest files against an allow-list, so that its size cannot creep back up.

    python packaging/bundle_size.py APP_FOLDER     # exit 1, naming each file out of bounds

Every file of 1 MB or more must match a pattern below and stay under its bound, and the
whole folder under TOTAL_MIB. A new large file, or one that grew, is a decision to take
(add it here, with the reason) rather than something that happens.
"""

from __future__ import annotations

import fnmatch
import sys
from pathlib import Path

LARGE_MB = 1.0
TOTAL_MIB = 180  # the whole folder, in MiB as `du -sh` counts
# Pattern of the path under the app folder (versions as *), the most it may weigh in MB.
ALLOWED_MB: dict[str, float] = {
    # the program, holding the app's and its libraries' Python code (compressed)
    "annotator": 10,
    # Qt: ICU's data (collation, locales, conversion tables), the modules the app uses
    "_internal/PySide6/Qt/lib/libicudata.so.*": 33,
    "_internal/PySide6/Qt/lib/libicui18n.so.*": 4,
    "_internal/PySide6/Qt/lib/libicuuc.so.*": 2.5,
    "_internal/PySide6/Qt/lib/libQt6Gui.so.6": 12.5,
    "_internal/PySide6/Qt/lib/libQt6Widgets.so.6": 9,
    "_internal/PySide6/Qt/lib/libQt6Core.so.6": 8,
    "_internal/PySide6/Qt/lib/libQt6WaylandClient.so.6": 1.5,
    "_internal/PySide6/Qt*.abi3.so": 7,
    # Python and its standard library
    "_internal/libpython3.*.so.*": 7,
    "_internal/base_library.zip": 2,
    "_internal/python3.*/lib-dynload/unicodedata.*.so": 1.5,
    "_internal/libcrypto.so.*": 5,
    "_internal/libsqlite3.so.*": 2,
    # decrypting PDFs (pdfminer), reading and rendering them, HTML and XML
    "_internal/cryptography/hazmat/bindings/_rust.abi3.so": 13,
    "_internal/pypdfium2_raw/libpdfium.so": 8,
    "_internal/lxml/etree.*.so": 6,
    # OCR: Tesseract and the image libraries it reads pages with, the language data
    "_internal/tesserocr.libs/*.so*": 7,
    "_internal/tessdata/eng.traineddata": 4.5,
    "_internal/tessdata/fra.traineddata": 1.5,
    # Pillow's libraries (page images, fonts)
    "_internal/pillow.libs/*.so*": 2.5,
    # system libraries the bundle carries for systems without them
    "_internal/libX11.so.*": 1.5,
    "_internal/libglib-2.0.so.*": 1.5,
    "_internal/libgcrypt.so.*": 1.5,
}


def _allowance(relative: str) -> float | None:
    for pattern, megabytes in ALLOWED_MB.items():
        if fnmatch.fnmatchcase(relative, pattern):
            return megabytes
    return None


def problems(app: Path) -> list[str]:
    """What is out of bounds in the frozen app folder `app`; empty when all is well."""
    found = []
    total = 0
    for path in sorted(app.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        status = path.stat()
        size = status.st_size
        total += getattr(status, "st_blocks", 0) * 512 or size  # what it takes on disk
        megabytes = size / 1e6
        if megabytes < LARGE_MB:
            continue
        relative = path.relative_to(app).as_posix()
        allowed = _allowance(relative)
        if allowed is None:
            found.append(f"{relative}: {megabytes:.1f} MB, not in the allow-list")
        elif megabytes > allowed:
            found.append(f"{relative}: {megabytes:.1f} MB, more than the {allowed} MB allowed")
    if total / 2**20 > TOTAL_MIB:
        found.append(
            f"the whole app: {total / 2**20:.0f} MiB, more than the {TOTAL_MIB} MiB allowed"
        )
    return found


def main(arguments: list[str]) -> int:
    if len(arguments) != 1 or not Path(arguments[0]).is_dir():
        print("usage: python packaging/bundle_size.py APP_FOLDER", file=sys.stderr)
        return 2
    found = problems(Path(arguments[0]))
    for line in found:
        print(f"bundle size: {line}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
