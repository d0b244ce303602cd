"""The PyInstaller recipe leaves out only Qt modules the app does not use."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "annotator.spec"


def excluded_qt_modules() -> set[str]:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "QT_EXCLUDES":
            names = node.value.generators[0].iter
            return {element.value for element in names.elts}
    raise AssertionError("QT_EXCLUDES not found in the spec")


def test_no_module_the_app_imports_is_excluded() -> None:
    used = set()
    for source in (ROOT / "annotator").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", source.read_text(encoding="utf-8")))
    assert used >= {"QtCore", "QtGui", "QtWidgets"}
    assert not used & excluded_qt_modules()


def test_big_qt_modules_are_excluded() -> None:
    assert {"QtWebEngineCore", "QtQml", "QtQuick", "QtMultimedia", "Qt3DCore",
            "QtPdf", "QtNetwork"} <= excluded_qt_modules()


def test_entry_script_runs_the_command_line() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "packaging" / "annotator_entry.py"),
                             "--version"], capture_output=True, text=True, check=False,
                            cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("annotator ")
