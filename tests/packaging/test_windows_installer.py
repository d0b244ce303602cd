"""The Windows installer script: what it must do, and that makensis builds it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "windows" / "annotator.nsi"


@pytest.fixture(scope="module")
def script() -> str:
    return SCRIPT.read_text(encoding="utf-8")


@pytest.mark.parametrize(("piece", "why"), [
    ('OutFile "${OUTDIR}\\Annotator-Setup-${VERSION}.exe"', "installer named by version"),
    ("RequestExecutionLevel user", "installs without administrator rights"),
    ('InstallDir "$LOCALAPPDATA\\Programs\\${APP_NAME}"', "per-user program folder"),
    ('File /r "${APPDIR}\\*.*"', "the whole PyInstaller folder"),
    ('CreateShortCut "$SMPROGRAMS\\${APP_NAME}.lnk"', "Start-menu entry"),
    ('WriteRegStr HKCU "Software\\Classes\\.annot" "" "${PROG_ID}"', ".annot association"),
    ('"Software\\Classes\\${PROG_ID}\\shell\\open\\command" "" \'"$INSTDIR\\${APP_EXE}" "%1"\'',
     "double-click opens the project"),
    ("SHChangeNotify(i 0x08000000", "Explorer refreshes file icons"),
    ('WriteUninstaller "$INSTDIR\\Uninstall.exe"', "uninstaller"),
    ('WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString"', "Apps & features entry"),
    ('Section "Uninstall"', "uninstall section"),
    ('Delete "$SMPROGRAMS\\${APP_NAME}.lnk"', "uninstall removes the shortcut"),
    ('DeleteRegKey HKCU "Software\\Classes\\${PROG_ID}"', "uninstall removes the file type"),
    ('DeleteRegKey HKCU "${UNINSTALL_KEY}"', "uninstall removes its entry"),
    ('!insertmacro MUI_LANGUAGE "French"', "French first: the first users speak French"),
    ('!define ICON "..\\..\\resources\\icons\\annotator.ico"', "the app icon"),
])
def test_script_has(script: str, piece: str, why: str) -> None:
    assert piece in script, why


@pytest.mark.skipif(shutil.which("makensis") is None,
                    reason="makensis (Debian nsis) not installed")
def test_makensis_builds_an_installer_around_a_stand_in_payload(tmp_path: Path) -> None:
    payload = tmp_path / "Annotator"
    (payload / "_internal").mkdir(parents=True)
    (payload / "Annotator.exe").write_bytes(b"MZ")
    result = subprocess.run(
        ["makensis", "-V2", "-DVERSION=1.2.3", f"-DAPPDIR={payload}", f"-DOUTDIR={tmp_path}",
         str(SCRIPT)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "warning" not in (result.stdout + result.stderr).lower()
    installer = tmp_path / "Annotator-Setup-1.2.3.exe"
    assert installer.read_bytes()[:2] == b"MZ"


@pytest.mark.skipif(shutil.which("makensis") is None,
                    reason="makensis (Debian nsis) not installed")
def test_makensis_refuses_to_build_without_a_version(tmp_path: Path) -> None:
    result = subprocess.run(["makensis", "-V1", f"-DAPPDIR={tmp_path}", str(SCRIPT)],
                            capture_output=True, text=True, check=False)
    assert result.returncode != 0
    assert "define VERSION" in result.stdout + result.stderr
