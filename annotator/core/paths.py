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
    base = Path(override) if override else platform_data_dir()
    base.mkdir(parents=True, exist_ok=True)
    return base


def platform_data_dir() -> Path:
    """The platform's per-user data folder for the app, without ANNOTATOR_DATA_DIR; not created."""
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming") / APP_DIR_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_DIR_NAME
    xdg = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(xdg) / APP_DIR_NAME.lower()


def demo_project_path() -> Path:
    return user_data_dir() / "demo.annot"
