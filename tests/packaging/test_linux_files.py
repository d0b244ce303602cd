"""The Linux desktop entry, MIME type and icons the .deb installs."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QImageReader

from annotator import PROJECT_SUFFIX
from annotator.gui.app import create_application

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "packaging" / "linux" / "annotator.desktop"
MIME = ROOT / "packaging" / "linux" / "annotator-mime.xml"
ICONS = ROOT / "resources" / "icons"
MIME_TYPE = "application/x-annotator-project"
FREEDESKTOP_MIME = "{http://www.freedesktop.org/standards/shared-mime-info}"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_launches_the_app_with_a_project_file() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Annotator"
    assert entry["Exec"] == "annotator %f"
    assert entry["Icon"] == "annotator"
    assert entry["Terminal"] == "false"
    assert MIME_TYPE in entry["MimeType"].split(";")
    assert "Comment[fr]" in entry


def test_desktop_file_name_is_the_one_the_app_announces(qapp) -> None:
    """Wayland compositors match the window to its .desktop file by this name."""
    assert create_application([]).desktopFileName() == DESKTOP.stem


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate (Debian desktop-file-utils) not installed")
def test_desktop_entry_passes_desktop_file_validate() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""  # not even a hint


def test_mime_type_maps_project_files() -> None:
    root = ET.parse(MIME).getroot()
    assert root.tag == f"{FREEDESKTOP_MIME}mime-info"
    (mime_type,) = root.findall(f"{FREEDESKTOP_MIME}mime-type")
    assert mime_type.get("type") == MIME_TYPE
    globs = [g.get("pattern") for g in mime_type.findall(f"{FREEDESKTOP_MIME}glob")]
    assert globs == [f"*{PROJECT_SUFFIX}"]
    assert mime_type.find(f"{FREEDESKTOP_MIME}sub-class-of").get("type") == (
        "application/vnd.sqlite3")
    assert mime_type.find(f"{FREEDESKTOP_MIME}comment").text == "Annotator project"


@pytest.mark.skipif(shutil.which("update-mime-database") is None,
                    reason="update-mime-database (Debian shared-mime-info) not installed")
def test_mime_database_accepts_the_type(tmp_path: Path) -> None:
    (tmp_path / "mime" / "packages").mkdir(parents=True)
    shutil.copy(MIME, tmp_path / "mime" / "packages" / "annotator.xml")
    result = subprocess.run(["update-mime-database", str(tmp_path / "mime")],
                            capture_output=True, text=True, check=False,
                            env={"XDG_DATA_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0 and result.stderr == "", result.stderr
    globs = (tmp_path / "mime" / "globs2").read_text()
    assert f"{MIME_TYPE}:*{PROJECT_SUFFIX}" in globs


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_icon_png_has_its_size(qapp, size: int) -> None:
    image = QImage(str(ICONS / f"annotator-{size}.png"))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()


@pytest.mark.parametrize(("name", "count"), [("annotator.ico", 7), ("annotator.icns", 10)])
def test_windows_and_macos_icons_hold_every_size(qapp, name: str, count: int) -> None:
    reader = QImageReader(str(ICONS / name))
    assert reader.imageCount() == count
    assert not reader.read().isNull(), reader.errorString()
