"""Fixtures of the reliability tests: a project with work in it, a child writer process,
a real window (shared with the end-to-end tests), files made read-only for real."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.core.importing.base import ImportedDocument
from annotator.core.project import Project

CHILD = Path(__file__).with_name("child.py")
TEXT = (
    "Une communauté ne se gère pas : elle se rassemble autour d'un intérêt commun. "
    "Les modérateurs protègent les nouveaux venus et rappellent les règles du forum. "
) * 40


def text_document(text: str = TEXT, title: str = "Essai") -> ImportedDocument:
    return ImportedDocument(title=title, kind="text", source=f"{title}.txt", text=text,
                            original=text.encode(), media_type="text/plain")


@pytest.fixture
def worked_project(tmp_path: Path) -> Path:
    """A project holding a document, two concepts and three annotations."""
    path = tmp_path / "thesis.annot"
    with Project.create(path, author="claire") as project:
        document = project.add_document(text_document()).document
        concept = project.add_concept("Communauté")
        project.add_concept("Modération")
        for start in (4, 40, 90):
            project.annotate(document.id, start, start + 10, [concept.id], memo=f"at {start}")
    return path


def project_state(path: Path) -> tuple:
    """Everything a user would miss if it were lost, comparable with ==."""
    with Project.open(path, read_only=True) as project:
        return (
            project.info(),
            [(d.title, d.kind) for d in project.documents()],
            [(c.name, c.parent_id) for c in project.concepts()],
            [(a.id, a.start, a.end, a.memo, a.concept_ids) for a in project.annotations()],
        )


class Child:
    """A writer process (see child.py): started early, told when to go, killed or waited for."""

    def __init__(self, *args: str | int | Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(CHILD), *map(str, args)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.ready = False

    def expect(self, wanted: str) -> None:
        assert self.process.stdout is not None
        line = self.process.stdout.readline().decode().strip()
        self.ready = self.ready or line == "ready"
        if line != wanted:
            self.process.kill()
            _, errors = self.process.communicate()
            raise AssertionError(f"child said {line!r}, not {wanted!r}: {errors.decode()[-2000:]}")

    def go(self) -> None:
        """Wait until it is ready, then let it open the project and write."""
        if not self.ready:
            self.expect("ready")
        assert self.process.stdin is not None
        self.process.stdin.write(b"go\n")
        self.process.stdin.flush()

    def kill(self) -> list[str]:
        """SIGKILL; returns the lines it had printed in full."""
        self.process.kill()
        return self.finish()

    def finish(self) -> list[str]:
        output, errors = self.process.communicate()
        self.errors = (errors or b"").decode(errors="replace")  # why a child failed, if it did
        return complete_lines(output)


def complete_lines(data: bytes) -> list[str]:
    """Lines the child finished printing (a kill may cut the last one short)."""
    lines = data.split(b"\n")
    return [line.decode() for line in lines[:-1]]


@contextlib.contextmanager
def made_read_only(target: Path) -> Iterator[None]:
    """Make a file or folder really read-only, even for an administrator.

    An ordinary user gets plain permissions; root ignores those, so there the
    file system's immutable flag is set (chattr +i). Skips where neither works.
    """
    if os.geteuid() != 0:
        mode = target.stat().st_mode
        target.chmod(0o555 if target.is_dir() else 0o444)
        try:
            yield
        finally:
            target.chmod(mode)
        return
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(target)],
                                        capture_output=True).returncode != 0:
        pytest.skip("cannot make a file read-only for an administrator on this file system")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", str(target)], check=True)


def is_writable(target: Path) -> bool:
    """Try for real (permission bits do not tell an administrator's truth)."""
    probe = target / ".probe" if target.is_dir() else target
    try:
        with open(probe, "ab"):
            pass
    except OSError:
        return False
    if target.is_dir():
        probe.unlink()
    return True
