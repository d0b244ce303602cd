"""Which OCR languages can be used: Tesseract's language data, found where it is installed.

The data (one `<code>.traineddata` file per language) is looked up in this
order: the TESSDATA_PREFIX environment variable (the data folder itself or its
parent), a `tessdata` folder bundled with a frozen app or in the app's
resources, then the usual system folders of Debian/Ubuntu, Fedora, Homebrew
and the Windows installer. tesserocr itself is imported only when pages are
read (it loads libtesseract), so checking what is installed stays cheap.
"""

from __future__ import annotations

import importlib.util
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from annotator.core.paths import resources_dir

DEFAULT_OCR_LANGUAGES = "fra+eng"
INSTALL_HINT = (
    "install Tesseract's language data (e.g. the tesseract-ocr-fra and tesseract-ocr-eng "
    "packages) or set TESSDATA_PREFIX to the folder that holds the .traineddata files"
)
SYSTEM_FOLDERS = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tesseract-ocr/tessdata",
    "/usr/share/tesseract/tessdata",  # Fedora
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",  # Homebrew on Intel, source installs
    "/opt/homebrew/share/tessdata",  # Homebrew on Apple silicon
    "/opt/local/share/tessdata",  # MacPorts
    r"C:\Program Files\Tesseract-OCR\tessdata",
    r"C:\Program Files (x86)\Tesseract-OCR\tessdata",
)
_CODE = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")  # fra, eng, chi_sim, deu_latf


def _candidates() -> list[Path]:
    folders: list[Path] = []
    prefix = os.environ.get("TESSDATA_PREFIX")
    if prefix:
        folders += [Path(prefix), Path(prefix) / "tessdata"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        folders.append(Path(bundle) / "tessdata")
    folders.append(resources_dir() / "tessdata")
    folders += [Path(folder) for folder in SYSTEM_FOLDERS]
    return folders


def tessdata_dir() -> Path | None:
    """The first folder, in lookup order, that holds at least one language's data."""
    for folder in _candidates():
        try:
            if folder.is_dir() and any(folder.glob("*.traineddata")):
                return folder
        except OSError:
            continue
    return None


def installed_languages(folder: Path | None = None) -> list[str]:
    """Language codes whose data are installed (tesserocr.get_languages), sorted.

    "osd" (orientation detection, not a language) is left out. Empty when
    tesserocr or the data are missing.
    """
    folder = folder or tessdata_dir()
    if folder is None or not ocr_engine_installed():
        return []
    import tesserocr  # loads libtesseract: only when languages are asked for

    _path, codes = tesserocr.get_languages(str(folder) + os.sep)
    return sorted(code for code in codes if code != "osd" and _CODE.match(code))


def ocr_engine_installed() -> bool:
    """Whether tesserocr can be imported (without importing it)."""
    return importlib.util.find_spec("tesserocr") is not None


def split_languages(languages: str) -> list[str]:
    """ "fra+eng" -> ["fra", "eng"]; blanks and repeats dropped, order kept.

    Raises ValueError for a code that cannot be a Tesseract language.
    """
    codes: list[str] = []
    for code in (part.strip() for part in languages.replace(",", "+").split("+")):
        if not code:
            continue
        if not _CODE.match(code):
            raise ValueError(f"{code!r} is not a Tesseract language code (such as fra or eng)")
        if code not in codes:
            codes.append(code)
    return codes


@dataclass(frozen=True)
class OcrSetup:
    """What the page readers need: the languages to use and where their data are."""

    languages: str  # "fra+eng", only installed ones
    tessdata: str  # folder of the .traineddata files


@dataclass(frozen=True)
class OcrChoice:
    """The outcome of asking for OCR languages: a setup, or why OCR cannot run.

    `missing` lists requested languages without data (left out of the setup).
    """

    setup: OcrSetup | None
    unavailable: str = ""  # why there is no setup; "" when OCR was turned off
    missing: tuple[str, ...] = ()


def choose_ocr(languages: str | None) -> OcrChoice:
    """The OCR setup for `languages` ("fra+eng"); None or "" turns OCR off.

    Cheap: looks for the data files and for tesserocr without loading it.
    """
    if not languages or not languages.strip():
        return OcrChoice(None)
    codes = split_languages(languages)
    if not ocr_engine_installed():
        return OcrChoice(None, "the tesserocr package is not installed")
    folder = tessdata_dir()
    if folder is None:
        return OcrChoice(None, f"no Tesseract language data were found; {INSTALL_HINT}")
    present = [code for code in codes if (folder / f"{code}.traineddata").is_file()]
    missing = tuple(code for code in codes if code not in present)
    if not present:
        return OcrChoice(
            None, f"no language data for {'+'.join(codes)} in {folder}; {INSTALL_HINT}", missing
        )
    return OcrChoice(OcrSetup("+".join(present), str(folder)), missing=missing)
