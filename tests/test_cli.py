"""The command line: every subcommand on real files, clear one-line errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from annotator.cli import main


def test_import_info_search_check(tmp_path: Path, pdf_dir: Path, html_dir: Path, capsys) -> None:
    project = tmp_path / "p.annot"
    code = main(["import", str(project), "--create",
                 str(pdf_dir / "2023-06-20-PV.pdf"), str(html_dir / "lemonde-1" / "source.html")])
    assert code == 0
    out = capsys.readouterr().out
    assert out.count("imported:") == 2

    assert main(["import", str(project), str(pdf_dir / "2023-06-20-PV.pdf")]) == 0
    assert "already in the project" in capsys.readouterr().out

    assert main(["info", str(project)]) == 0
    assert "2 documents" in capsys.readouterr().out

    assert main(["search", str(project), "seance"]) == 0  # finds "séance"
    assert "[" in capsys.readouterr().out

    assert main(["check", str(project)]) == 0
    assert "ok" in capsys.readouterr().out


def test_bad_sources_fail_with_one_clear_line_each(tmp_path: Path, pdf_dir: Path,
                                                   capsys) -> None:
    project = tmp_path / "p.annot"
    junk = tmp_path / "junk.html"
    junk.write_bytes(bytes(range(256)) * 40)
    code = main(["import", str(project), "--create", str(pdf_dir / "empty.pdf"),
                 str(pdf_dir / "password-example.pdf"), str(junk)])
    assert code == 1
    errors = [line for line in capsys.readouterr().err.splitlines() if line.startswith("error")]
    assert len(errors) == 3
    assert "empty.pdf" in errors[0] and "empty" in errors[0].split("empty.pdf", 1)[1]
    assert "password" in errors[1]
    assert "junk.html" in errors[2]
    assert main(["info", str(project)]) == 0
    assert "0 documents" in capsys.readouterr().out


def test_encrypted_pdf_imports_with_its_password(tmp_path: Path, pdf_dir: Path) -> None:
    project = tmp_path / "p.annot"
    assert main(["import", str(project), "--create", "--password", "test",
                 str(pdf_dir / "password-example.pdf")]) == 0


def test_missing_project_is_a_clear_error(tmp_path: Path, capsys) -> None:
    assert main(["info", str(tmp_path / "nope.annot")]) == 2
    assert "no such project file" in capsys.readouterr().err


def test_malformed_search_is_a_clear_error(tmp_path: Path, capsys) -> None:
    project = tmp_path / "p.annot"
    main(["import", str(project), "--create", str(Path(__file__))])
    assert main(["search", str(project), '"unclosed']) == 2
    assert "cannot understand" in capsys.readouterr().err


def test_demo_builds_a_coded_project(tmp_path: Path, capsys) -> None:
    path = tmp_path / "demo.annot"
    assert main(["demo", str(path)]) == 0
    out = capsys.readouterr().out
    assert "demo project" in out
    assert main(["info", str(path), "--json"]) == 0
    import json

    info = json.loads(capsys.readouterr().out)
    assert len(info["documents"]) >= 9
    assert len(info["concepts"]) >= 10
    assert info["annotations"] >= 35
    assert {d["kind"] for d in info["documents"]} == {"pdf", "web"}


@pytest.mark.parametrize("command", ["demo", "import", "info", "search", "check"])
def test_every_subcommand_has_help(command: str) -> None:
    result = subprocess.run([sys.executable, "-m", "annotator", command, "--help"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert "usage: annotator" in result.stdout
