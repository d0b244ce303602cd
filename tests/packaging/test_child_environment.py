"""Programs the frozen app starts get the user's environment, not the bundle's library path."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ENTRY = ROOT / "packaging" / "annotator_entry.py"
BUNDLE = "/opt/annotator/_internal"

# What a child started by the app sees once the entry point has run, as the frozen app
# runs it: sys.frozen set, the variables as PyInstaller's bootloader and Qt hook leave them.
CHILD_SEES = """
import importlib.util, os, subprocess, sys
sys.frozen = True
spec = importlib.util.spec_from_file_location("annotator_entry", sys.argv[1])
entry = importlib.util.module_from_spec(spec)
spec.loader.exec_module(entry)
entry.restore_user_environment(os.environ)
subprocess.run(["env"], check=True)  # a child program, printing what it was given
"""


def child_environment(**variables: str) -> dict[str, str]:
    env = {"PATH": os.environ["PATH"], **variables}
    output = subprocess.run(
        [sys.executable, "-c", CHILD_SEES, str(ENTRY)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    seen = dict(line.split("=", 1) for line in output.splitlines() if "=" in line)
    return {name: seen.get(name, "unset") for name in (*variables, "PATH")}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="LD_LIBRARY_PATH is Linux's")
def test_a_child_gets_the_users_library_path_back() -> None:
    seen = child_environment(
        LD_LIBRARY_PATH=f"{BUNDLE}:/home/me/lib",
        LD_LIBRARY_PATH_ORIG="/home/me/lib",
        QT_PLUGIN_PATH=f"{BUNDLE}/PySide6/Qt/plugins",
        QML2_IMPORT_PATH=f"{BUNDLE}/PySide6/Qt/qml",
    )
    assert seen["LD_LIBRARY_PATH"] == "/home/me/lib"
    assert seen["LD_LIBRARY_PATH_ORIG"] == "unset"
    assert seen["QT_PLUGIN_PATH"] == "unset"  # the bundle's Qt plugins are not the system's
    assert seen["QML2_IMPORT_PATH"] == "unset"
    assert seen["PATH"] == os.environ["PATH"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="LD_LIBRARY_PATH is Linux's")
def test_without_a_library_path_of_their_own_children_get_none() -> None:
    seen = child_environment(LD_LIBRARY_PATH=BUNDLE)
    assert seen["LD_LIBRARY_PATH"] == "unset"


def test_the_entry_point_restores_only_when_frozen() -> None:
    """From the source tree (not frozen) the entry point changes nothing."""
    spec = importlib.util.spec_from_file_location("annotator_entry", ENTRY)
    entry = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(entry)
    environ = {"LD_LIBRARY_PATH": BUNDLE, "QT_PLUGIN_PATH": "/x"}
    entry.restore_user_environment(environ)
    assert environ == {}
    source = ENTRY.read_text(encoding="utf-8")
    assert 'getattr(sys, "frozen", False)' in source
    assert source.index("freeze_support()") < source.index("restore_user_environment(os.environ)")
