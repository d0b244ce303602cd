"""The release workflow: one job per system, each smoke-testing what it built."""

from __future__ import annotations

from pathlib import Path

import pytest

yaml = pytest.importorskip("yaml")

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


@pytest.fixture(scope="module")
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def commands(job: dict) -> str:
    return "\n".join(step.get("run", "") for step in job["steps"])


def test_runs_on_tags_and_by_hand(workflow: dict) -> None:
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as True
    assert triggers["push"]["tags"] == ["v*"]
    assert "workflow_dispatch" in triggers


@pytest.mark.parametrize(
    ("job", "runner"), [("linux", "ubuntu-"), ("windows", "windows-"), ("macos", "macos-")]
)
def test_each_system_builds_on_its_own_runner(workflow: dict, job: str, runner: str) -> None:
    assert workflow["jobs"][job]["runs-on"].startswith(runner)
    assert workflow["jobs"][job]["timeout-minutes"] <= 60


def test_linux_job_builds_and_smoke_tests_the_deb(workflow: dict) -> None:
    job = workflow["jobs"]["linux"]
    assert "packaging/smoke-test" in commands(job)
    uploaded = job["steps"][-1]["with"]["path"]
    assert "dist/*.deb" in uploaded and "dist/*.tar.gz" in uploaded


def test_windows_job_smoke_tests_frozen_and_installed_app(workflow: dict) -> None:
    run = commands(workflow["jobs"]["windows"])
    assert "packaging/annotator.spec" in run
    assert "packaging\\windows\\annotator.nsi" in run
    assert run.count("--smoke-test") == 2  # the frozen folder, then the installed copy
    assert "Uninstall.exe" in run


def test_macos_job_makes_a_dmg_and_smoke_tests_the_bundle(workflow: dict) -> None:
    run = commands(workflow["jobs"]["macos"])
    assert "Annotator.app/Contents/MacOS/Annotator --smoke-test" in run
    assert "hdiutil create" in run


def test_publishing_waits_for_every_system(workflow: dict) -> None:
    publish = workflow["jobs"]["publish"]
    assert set(publish["needs"]) == {"linux", "windows", "macos"}
    assert publish["permissions"] == {"contents": "write"}
    assert workflow["permissions"] == {"contents": "read"}


def test_installers_bundle_python_312_or_later(workflow: dict) -> None:
    """PySide6 6.12 breaks Python 3.11 (see the pin in pyproject.toml)."""
    major, minor = map(int, workflow["env"]["PYTHON_VERSION"].split("."))
    assert (major, minor) >= (3, 12)


DEV_SCRIPT = ROOT / "packaging" / "dev.sh"
# The X11 window plugin's libraries that a fresh system may lack (PyInstaller bundles them
# when the build machine has them; without them the .deb would neither carry nor declare them)
XCB_PACKAGES = {
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-cursor0",
}


def debian_packages() -> set[str]:
    text = DEV_SCRIPT.read_text(encoding="utf-8")
    listing = text[text.index("DEBIAN_PACKAGES=(") : text.index("\n)\n")]
    return {word for line in listing.splitlines()[1:] for word in line.split("#")[0].split()}


def test_linux_job_installs_what_the_build_needs_before_building(workflow: dict) -> None:
    steps = [step.get("run", "") for step in workflow["jobs"]["linux"]["steps"]]
    packages = next(i for i, run in enumerate(steps) if "packaging/dev.sh packages" in run)
    build = next(i for i, run in enumerate(steps) if "packaging/smoke-test" in run)
    assert packages < build
    needed = XCB_PACKAGES | {"binutils", "tesseract-ocr-fra", "tesseract-ocr-eng", "libdbus-1-3"}
    assert needed <= debian_packages()


@pytest.mark.parametrize("job", ["windows", "macos"])
def test_other_systems_bundle_the_ocr_language_data(workflow: dict, job: str) -> None:
    steps = workflow["jobs"][job]["steps"]
    run = commands(workflow["jobs"][job])
    fetch = next(i for i, step in enumerate(steps) if "traineddata" in step.get("run", ""))
    freeze = next(i for i, step in enumerate(steps) if "annotator.spec" in step.get("run", ""))
    assert fetch < freeze
    assert '"fra", "eng"' in run or "fra eng" in run
    assert "TESSDATA_PREFIX" in run
    assert workflow["env"]["TESSDATA_URL"].startswith("https://github.com/tesseract-ocr/")
