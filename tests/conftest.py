"""Shared fixtures: corpus paths, a private user data folder for every test, a window."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from annotator.core.paths import platform_data_dir

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_CORPUS = REPO_ROOT.parent / "shared" / "corpus"
DEMO_DIR = REPO_ROOT / "resources" / "demo"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The shared real-world corpus (PDFs and saved web pages written by others)."""
    if not SHARED_CORPUS.is_dir():
        pytest.fail(f"shared corpus not found beside the checkout: {SHARED_CORPUS}")
    return SHARED_CORPUS


@pytest.fixture(scope="session")
def pdf_dir(corpus_dir: Path) -> Path:
    return corpus_dir / "pdf"


@pytest.fixture(scope="session")
def html_dir(corpus_dir: Path) -> Path:
    return corpus_dir / "html"


# -- the user's data folder ------------------------------------------------------------
def _entries(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")} if folder.is_dir() else set()


@pytest.fixture(scope="session", autouse=True)
def real_data_dir_untouched() -> Iterator[Path]:
    """After the whole run, the real user data folder holds nothing it did not hold before."""
    real = platform_data_dir()
    existed, before = real.exists(), _entries(real)
    yield real
    created = sorted(_entries(real) - before)
    if created or (real.exists() and not existed):
        pytest.fail(
            f"tests wrote into the real data folder {real}: "
            f"{len(created)} new entries, e.g. {created[:3]}"
        )


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test's settings, backups, logs and demo project go to a folder of its own.

    Outside `tmp_path`, so tests that list their temporary folder do not see it.
    """
    folder = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("ANNOTATOR_DATA_DIR", str(folder))
    return folder


# -- the language -----------------------------------------------------------------------
@pytest.fixture
def french(qapp) -> Iterator[None]:
    """The app's and Qt's French catalogues installed, as for a French user."""
    from annotator.gui import translations

    installed = translations.install(qapp, "fr")
    assert len(installed) == 2, "the app's and Qt's French catalogues"
    yield
    translations.uninstall(qapp, installed)


# -- the window ------------------------------------------------------------------------
@pytest.fixture
def window(qtbot, data_dir: Path) -> Iterator[MainWindow]:
    """A real, shown MainWindow without a project; its settings live in `data_dir`."""
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import AppSettings

    win = MainWindow(AppSettings(data_dir / "settings.ini"))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win
    if win.project is not None:
        win.importer.runner.cancel_all()
        win.importer.runner.wait(10000)
