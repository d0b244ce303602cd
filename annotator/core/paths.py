"""Where the app keeps its files: bundled resources and the user's data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "Annotator"


def resources_dir() -> Path:
    """The `resources/` folder, from a source tree or from a frozen bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def user_data_dir() -> Path:
    """Settings, logs, backups, the demo project: the platform's per-user data folder.

    ANNOTATOR_DATA_DIR overrides it (tests, portable installs).
    """
    override = os.environ.get("ANNOTATOR_DATA_DIR")
    if override:
        base = Path(override)
    elif sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming") / APP_DIR_NAME
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support" / APP_DIR_NAME
    else:
        xdg = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        base = Path(xdg) / APP_DIR_NAME.lower()
    base.mkdir(parents=True, exist_ok=True)
    return base


def demo_project_path() -> Path:
    return user_data_dir() / "demo.annot"
