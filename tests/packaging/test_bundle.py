"""What the frozen app carries: what is left out, its largest files, its compacted libraries."""

from __future__ import annotations

import ctypes
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import bundle_size  # noqa: E402
import elf_compact  # noqa: E402
import scanned_page  # noqa: E402
from bundle_trim import is_left_out, tessdata_entries  # noqa: E402

BUILT_APP = ROOT / "dist" / "annotator"


@pytest.mark.parametrize(
    ("name", "left_out"),
    [
        ("PySide6/Qt/translations/qtbase_fr.qm", False),
        ("PySide6/Qt/translations/qtbase_en.qm", False),
        ("PySide6/Qt/translations/qt_help_de.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", True),
        ("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", True),
        ("babel/locale-data/fr.dat", False),
        ("babel/locale-data/root.dat", False),
        ("babel/locale-data/de_CH.dat", True),
        ("babel/global.dat", False),
        ("libQt6Network.so.6", True),
        ("PySide6/Qt/lib/libQt6Core.so.6", False),
        ("libdbus-1.so.3", True),
        ("tessdata/fra.traineddata", False),
    ],
)
def test_what_is_left_out(name: str, left_out: bool) -> None:
    assert is_left_out(name) is left_out


def test_the_ocr_data_go_where_the_app_looks(tmp_path: Path) -> None:
    for code in ("fra", "eng"):
        (tmp_path / f"{code}.traineddata").write_bytes(b"data")
    assert tessdata_entries(tmp_path) == [
        (str(tmp_path / "fra.traineddata"), "tessdata"),
        (str(tmp_path / "eng.traineddata"), "tessdata"),
    ]
    (tmp_path / "eng.traineddata").unlink()
    with pytest.raises(SystemExit, match=r"eng\.traineddata not found in .*tesseract-ocr-eng"):
        tessdata_entries(tmp_path)
    with pytest.raises(SystemExit, match="no Tesseract language data found"):
        tessdata_entries(None)


def test_the_allow_list_names_new_and_grown_files(tmp_path: Path) -> None:
    internal = tmp_path / "_internal"
    (internal / "tessdata").mkdir(parents=True)
    (internal / "tessdata" / "fra.traineddata").write_bytes(bytes(1_200_000))
    assert bundle_size.problems(tmp_path) == []
    (internal / "tessdata" / "fra.traineddata").write_bytes(bytes(1_600_000))
    (internal / "libnew.so.1").write_bytes(bytes(1_100_000))
    assert bundle_size.problems(tmp_path) == [
        "_internal/libnew.so.1: 1.1 MB, not in the allow-list",
        "_internal/tessdata/fra.traineddata: 1.6 MB, more than the 1.5 MB allowed",
    ]


@pytest.mark.skipif(not (BUILT_APP / "_internal").is_dir(), reason="no frozen app in dist/")
def test_the_built_app_keeps_to_the_allow_list() -> None:
    assert bundle_size.problems(BUILT_APP) == []


def _tesserocr_libs() -> Path:
    tesserocr = pytest.importorskip("tesserocr")
    folder = Path(tesserocr.__file__).parent.parent / "tesserocr.libs"
    if not folder.is_dir():
        pytest.skip("this tesserocr does not bundle its libraries")
    return folder


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF libraries")
def test_compacted_libraries_shrink_and_still_load(tmp_path: Path) -> None:
    libs = tmp_path / "tesserocr.libs"
    shutil.copytree(_tesserocr_libs(), libs)
    (mux,) = libs.glob("libwebpmux-*.so*")
    before = mux.stat().st_size
    version = ctypes.CDLL(str(_tesserocr_libs() / mux.name)).WebPGetMuxVersion()
    saved = elf_compact.compact_folder(libs)
    assert saved > 1_000_000  # 2 MB gaps between segments, 64 kB or less now
    assert mux.stat().st_size < before - 1_000_000
    # loads (with libwebp, which it links to, compacted too) and runs as before
    assert ctypes.CDLL(str(mux)).WebPGetMuxVersion() == version
    assert elf_compact.compact_folder(libs) == 0  # nothing left to gain


def test_a_file_that_is_not_elf_is_left_alone() -> None:
    assert elf_compact.compacted(b"%PDF-1.4\n" + bytes(100)) is None


def test_the_scanned_page_reads_by_ocr_alone(tmp_path: Path) -> None:
    from annotator.core.importing import import_source
    from annotator.core.importing.ocr_languages import choose_ocr

    if choose_ocr("fra+eng").setup is None:
        pytest.skip("no OCR engine or French and English data installed")
    page = tmp_path / "scan.pdf"
    word = scanned_page.write_scanned_page(page)
    assert import_source(page, ocr_languages=None).text.strip() == ""  # no text layer
    assert word in import_source(page, ocr_languages="fra+eng").text.split()
