"""Mistakes a new user makes on the command line: one clear line each, the right exit
status, nothing created or left behind that was not asked for."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.core.project import Project
from annotator.gui.app import missing_display
from tests.reliability.conftest import text_document

ROOT = Path(__file__).resolve().parents[1]
WORD = "zéphyr"


def one_line_error(capsys) -> str:
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("error: ")
    assert "Traceback" not in captured.out
    return lines[0]


def make_project(path: Path, documents: int = 1) -> Path:
    """`documents` texts holding WORD 20 times each (a document's cap of hits), all tagged."""
    with Project.create(path, author="claire") as project:
        concept = project.add_concept("Vent")
        for number in range(documents):
            text = f"Le {WORD} souffle sur la lande numéro {number}. " * 20
            document = project.add_document(text_document(text, f"Lande {number}")).document
            project.annotate(document.id, 3, 9, [concept.id], memo="brise légère")
    return path


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def run(*args: str, env: dict[str, str] | None = None, cwd: Path = ROOT):
    return subprocess.run(
        [sys.executable, "-m", "annotator", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=cwd,
    )


# -- read-only commands leave the project as they found it -------------------------------
@pytest.mark.parametrize(
    "command",
    [
        ["info"],
        ["info", "--json"],
        ["search", WORD],
        ["check"],
        ["stats"],
        ["export", "-f", "csv", "-o", "OUT/passages.csv"],
    ],
)
def test_read_only_commands_leave_no_side_files(tmp_path: Path, command: list[str], capsys) -> None:
    folder = tmp_path / "project"
    folder.mkdir()
    project = make_project(folder / "p.annot")
    (tmp_path / "OUT").mkdir()
    assert files_in(folder) == ["p.annot"]
    args = [part.replace("OUT", str(tmp_path / "OUT")) for part in command]
    assert main([args[0], str(project), *args[1:]]) == 0
    assert files_in(folder) == ["p.annot"]


def test_a_read_only_command_sees_what_an_open_window_just_saved(tmp_path: Path, capsys) -> None:
    project = make_project(tmp_path / "p.annot")
    with Project.open(project) as window:  # as the window holds it: WAL mode, -wal beside
        window.add_concept("Ajouté à l'instant")
        window.set_memo(window.annotations()[0].id, "mémo tout frais")
        assert main(["info", str(project)]) == 0
        assert "Ajouté à l'instant" in capsys.readouterr().out
        assert main(["search", str(project), "frais"]) == 0
        assert "mémo tout frais" in capsys.readouterr().out.replace("[", "").replace("]", "")


# -- a mistyped command never becomes a project ------------------------------------------
def test_a_mistyped_command_is_refused_and_creates_nothing(
    tmp_path: Path, monkeypatch, capsys
) -> None:
    monkeypatch.chdir(tmp_path)
    make_project(tmp_path / "p.annot")
    assert main(["exprot", "p.annot"]) == 2
    assert one_line_error(capsys) == "error: unknown command 'exprot' — did you mean 'export'?"
    assert main(["frobnicate"]) == 2
    assert "unknown command 'frobnicate'" in one_line_error(capsys)
    assert main(["nouveau.annot"]) == 2
    assert "add --create" in one_line_error(capsys)
    assert main(["notes", "--create"]) == 2
    assert "must end in .annot" in one_line_error(capsys)
    assert files_in(tmp_path) == ["p.annot"]


def test_the_window_opens_only_an_existing_project_or_a_new_one_asked_for(
    tmp_path: Path, monkeypatch
) -> None:
    opened: list[tuple[str | None, bool]] = []

    def fake_run_app(project, *, demo=False, create=False, qt_args=()):
        opened.append((project, create))
        return 0

    monkeypatch.setattr("annotator.gui.app.run_app", fake_run_app)
    existing = make_project(tmp_path / "p.annot")
    assert main([str(existing)]) == 0
    assert main([str(tmp_path / "new.annot"), "--create"]) == 0
    assert opened == [(str(existing), False), (str(tmp_path / "new.annot"), True)]


# -- errors are one line, never a traceback or an abort ----------------------------------
def test_demo_into_a_folder_is_one_line(tmp_path: Path, capsys) -> None:
    assert main(["demo", str(tmp_path), "--force"]) == 2
    assert "is a folder" in one_line_error(capsys)
    assert tmp_path.is_dir()


def test_output_closed_early_is_no_traceback(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p.annot", documents=3)
    process = subprocess.Popen(
        [sys.executable, "-m", "annotator", "search", str(project), WORD, "--all"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # as `| head` does once it has its lines
    errors = process.stderr.read().decode()
    assert process.wait(timeout=60) == 1
    assert "Traceback" not in errors and "BrokenPipe" not in errors and "Exception" not in errors


def test_no_display_is_one_line_not_an_abort(tmp_path: Path) -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    env["ANNOTATOR_DATA_DIR"] = str(tmp_path)
    result = run(env=env)
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "error: no graphical display: DISPLAY or WAYLAND_DISPLAY is not set, so the window "
        "cannot open (set DISPLAY, or use the subcommands; see --help)"
    )
    assert "xcb" not in result.stderr


@pytest.mark.parametrize(
    ("env", "system", "missing"),
    [
        ({}, "linux", "DISPLAY or WAYLAND_DISPLAY"),
        ({"DISPLAY": ":0"}, "linux", None),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", None),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", None),
        ({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, "linux", "DISPLAY"),
        ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":1"}, "linux", None),
        ({}, "darwin", None),
        ({}, "win32", None),
    ],
)
def test_which_platforms_need_a_display(
    env: dict[str, str], system: str, missing: str | None
) -> None:
    problem = missing_display(env, system)
    if missing is None:
        assert problem is None
    else:
        assert problem is not None and f": {missing} is not set" in problem


# -- search says when it shows only part of the hits --------------------------------------
def test_search_says_how_many_hits_it_left_out(tmp_path: Path, capsys) -> None:
    project = make_project(tmp_path / "p.annot", documents=4)  # 80 hits in the texts
    assert main(["search", str(project), WORD]) == 0
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 50
    assert captured.err.strip() == "50 of 80 hits shown (--limit N or --all for more)"
    assert main(["search", str(project), WORD, "--all"]) == 0
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 80 and captured.err.strip() == "80 hits"
    assert main(["search", str(project), WORD, "--limit", "3"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 3
    assert main(["search", str(project), "légère"]) == 0  # the memos
    assert capsys.readouterr().err.strip() == "4 hits"


@pytest.mark.parametrize("limit", ["-5", "0", "beaucoup"])
def test_search_refuses_a_limit_that_shows_nothing(tmp_path: Path, limit: str, capsys) -> None:
    project = make_project(tmp_path / "p.annot")
    assert main(["search", str(project), WORD, "--limit", limit]) == 2
    assert "--limit" in one_line_error(capsys)


# -- stats checks its dates -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (["--from", "2024-13-45"], "'2024-13-45' is not a day"),
        (["--to", "2024-02-30"], "'2024-02-30' is not a day"),
        (["--from", "31/03/2024"], "is not a day written YYYY-MM-DD"),
        (["--from", "2024-05-01", "--to", "2024-01-01"], "comes after --to"),
    ],
)
def test_stats_refuses_impossible_dates(
    tmp_path: Path, options: list[str], expected: str, capsys
) -> None:
    project = make_project(tmp_path / "p.annot")
    assert main(["stats", str(project), *options]) == 2
    assert expected in one_line_error(capsys)
    assert main(["stats", str(project), "--from", "2024-02-29"]) == 0


# -- check, import and info on the wrong files ------------------------------------------------
def test_check_of_a_missing_project_is_a_usage_error_on_stderr(tmp_path: Path, capsys) -> None:
    assert main(["check", str(tmp_path / "nope.annot")]) == 2
    assert "no such project file" in one_line_error(capsys)
    assert main(["check", str(tmp_path)]) == 2
    assert "is a folder" in one_line_error(capsys)


def test_import_into_a_missing_project_offers_create(tmp_path: Path, capsys) -> None:
    source = tmp_path / "notes.txt"
    source.write_text("des notes", encoding="utf-8")
    assert main(["import", str(tmp_path / "p.annot"), str(source)]) == 2
    assert "add --create" in one_line_error(capsys)
    assert main(["import", str(tmp_path / "p"), str(source), "--create"]) == 2
    assert "must end in .annot" in one_line_error(capsys)
    assert files_in(tmp_path) == ["notes.txt"]


@pytest.mark.parametrize("refi_format", ["qdc", "qdpx"])
def test_import_hands_refi_files_to_the_refi_importer(
    tmp_path: Path, refi_format: str, capsys
) -> None:
    source = make_project(tmp_path / "source.annot")
    exported = tmp_path / f"exchange.{refi_format}"
    assert main(["export", str(source), "-f", refi_format, "-o", str(exported)]) == 0
    target = tmp_path / "target.annot"
    assert main(["import", str(target), str(exported), "--create"]) == 0
    assert "(REFI-QDA)" in capsys.readouterr().out
    with Project.open(target, read_only=True) as project:
        assert project.concept_by_path("Vent") is not None
        assert all(not d.title.startswith("<?xml") for d in project.documents())
        assert project.info().documents == (1 if refi_format == "qdpx" else 0)


def test_info_reports_a_damaged_project(tmp_path: Path, capsys) -> None:
    project = make_project(tmp_path / "p.annot", documents=6)
    page = 4096
    with open(project, "r+b") as handle:  # a failing disk or a bad copy: pages of passages
        handle.seek(project.stat().st_size * 3 // 4 // page * page)
        handle.write(b"\xde\xad\xbe\xef" * (page // 4))
    assert main(["info", str(project)]) == 1
    line = one_line_error(capsys)
    assert "the project file is damaged" in line and f"annotator check {project}" in line
