"""An installation without the PostgreSQL client (psycopg left out of a custom install)
says so in one clear line when given a server project, instead of failing on an import."""

from __future__ import annotations

import importlib.util

import pytest

from annotator.cli import main
from annotator.core.project import Project
from annotator.core.store.postgres.errors import ServerError

URL = "postgresql://claire:secret@db.example.org:5432/etude"


@pytest.fixture
def no_client(monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "psycopg" else real(name, *a))


def test_opening_a_server_project_names_what_is_missing(no_client) -> None:
    with pytest.raises(ServerError) as raised:
        Project.open(URL)
    message = str(raised.value)
    assert "cannot open server projects" in message and "psycopg" in message
    assert "secret" not in message  # the password never shows


def test_the_command_line_gives_one_line(no_client, capsys) -> None:
    code = main(["info", URL])
    err = capsys.readouterr().err
    assert code != 0
    assert [line for line in err.splitlines() if line.strip()] == [
        line for line in err.splitlines() if line.startswith("error:")]
    assert "cannot open server projects" in err and "Traceback" not in err
