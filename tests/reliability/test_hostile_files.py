"""Bad files given to `annotator import` each get one clear line, and the project's
earlier work is untouched."""

from __future__ import annotations

import os
from pathlib import Path

from annotator.cli import main
from annotator.core.project import Project
from tests.reliability.conftest import project_state

JUNK_BYTES = 50 * 1024 * 1024


def test_hostile_files_are_refused_one_line_each_and_nothing_is_lost(
        worked_project: Path, pdf_dir: Path, tmp_path: Path, capsys) -> None:
    folder = tmp_path / "incoming"
    folder.mkdir()
    refused = {
        "vide.pdf": b"",
        "tronque.pdf": (pdf_dir / "2023-06-20-PV.pdf").read_bytes()[:17_000],
        "page.html": os.urandom(300_000),
        "enorme.bin": os.urandom(JUNK_BYTES),
    }
    # The content decides, not the name: these two are text, and imported as such.
    accepted = {
        "notes.pdf": "Quelques notes prises en entretien,\nenregistrées en texte brut.\n".encode(),
        "latin1.txt": "Un café crème, une tâche à faire, déjà vu.\n".encode("cp1252")
        + b"\xff\xfe\xc3\x28 des octets qui ne sont pas de l'UTF-8\n",
    }
    for name, data in {**refused, **accepted}.items():
        (folder / name).write_bytes(data)
    before = project_state(worked_project)

    paths = [str(folder / name) for name in (*refused, *accepted)]
    assert main(["import", str(worked_project), *paths]) == 1
    captured = capsys.readouterr()
    errors = [line for line in captured.err.splitlines() if line.startswith("error:")]
    assert len(errors) == len(refused)
    for name, line in zip(refused, errors, strict=True):
        assert name in line, line
        assert "Traceback" not in captured.err
    assert "empty" in errors[0]
    assert "damaged" in errors[1] or "PDF" in errors[1]
    assert "binary" in errors[2] and "binary" in errors[3]
    assert captured.out.count("imported:") == len(accepted)

    after = project_state(worked_project)
    with Project.open(worked_project) as project:
        assert project.check() == []
    assert after[0].documents == before[0].documents + len(accepted)
    assert (after[0].concepts, after[0].annotations) == (before[0].concepts,
                                                         before[0].annotations)
    assert after[2:] == before[2:]  # concepts and annotations exactly as they were
