"""The version the application shows is the one the package is built with."""

from __future__ import annotations

import tomllib
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import annotator


def test_the_version_constant_matches_the_package_metadata() -> None:
    pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
    declared = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]
    assert annotator.__version__ == declared
    try:
        installed = version("annotator")
    except PackageNotFoundError:  # a source tree that was never installed
        return
    assert annotator.__version__ == installed
