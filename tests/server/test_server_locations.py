"""Server addresses where only a project file fits: one clear line, no password shown."""

from __future__ import annotations

import pytest

from annotator.cli import main
from annotator.core.project import Project
from annotator.core.store.postgres.errors import ServerError, ServerNotSupported

URL = "postgresql://ana:s3cret@127.0.0.1:1/fieldwork?sslmode=require"


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["check", URL], "'annotator check' is not supported on a server project yet"),
        (["stats", URL], "this command is not supported on a server project yet"),
        (["sets", URL], "this command is not supported on a server project yet"),
    ],
)
def test_file_only_commands_refuse_a_url(argv: list[str], said: str, capsys) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: postgresql://ana@127.0.0.1:1/fieldwork: ") and said in err
    assert "s3cret" not in err


def test_an_unreachable_server_is_said_so_without_the_password() -> None:
    with pytest.raises(ServerError, match="cannot connect to the server") as caught:
        Project.open(URL)
    assert "s3cret" not in str(caught.value)
    assert not isinstance(caught.value, ServerNotSupported)


def test_the_server_store_answers_what_the_file_store_answers() -> None:
    """A query added to the file's Store needs its server twin (or Project breaks on a URL)."""
    from annotator.core.store import Store
    from annotator.core.store.postgres.store import ServerStore

    file_only = {"db", "limit_size", "page_count"}  # sqlite-utils, SQLite's page limits
    missing = {n for n in dir(Store) if not n.startswith("_") and not hasattr(ServerStore, n)}
    assert missing == file_only
