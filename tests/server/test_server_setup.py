"""Setting up a server project as research IT would: a database owner who may create
roles but is no superuser runs init and grant; a coder then imports and codes."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from annotator.cli import main
from annotator.core.project import Project
from annotator.core.store.postgres.admin import init_schema
from annotator.core.store.postgres.errors import ServerNotAllowed
from annotator.core.store.postgres.schema import SCHEMA_VERSION


@pytest.fixture
def admin_url(cluster) -> str:
    """A new database owned by a non-superuser administrator with CREATEROLE."""
    admin = cluster.login("it_admin")
    cluster.sql(f'ALTER ROLE "{admin}" CREATEROLE')
    database = cluster.new_database()
    cluster.sql(f'ALTER DATABASE "{database}" OWNER TO "{admin}"')
    return cluster.url(database, admin)


def test_init_twice_keeps_the_project(admin_url: str) -> None:
    assert init_schema(admin_url) == (0, SCHEMA_VERSION)
    with Project.open(admin_url) as project:
        project.add_concept("Thème")
    assert init_schema(admin_url) == (SCHEMA_VERSION, SCHEMA_VERSION)
    with Project.open(admin_url, read_only=True) as project:
        assert [c.name for c in project.concepts()] == ["Thème"]


def test_a_coder_imports_and_codes_from_the_command_line(
    cluster, admin_url: str, pdf_dir: Path, capsys
) -> None:
    assert main(["server", "init", admin_url]) == 0
    coder = cluster.login("dora")
    assert main(["server", "grant", admin_url, coder, "--role", "coder"]) == 0
    dora = cluster.url(admin_url.rsplit("/", 1)[1], coder)
    pdf = pdf_dir / "2023-06-20-PV.pdf"
    assert main(["import", dora, str(pdf)]) == 0
    assert "imported:" in capsys.readouterr().out
    with Project.open(dora) as project:
        (document,) = project.documents()
        assert document.page_count > 0 and project.original_bytes(document.id) == pdf.read_bytes()
        assert project.annotate(document.id, 0, 10).author == "dora"
        refused = "your role 'coder' cannot change or remove documents"
        with pytest.raises(ServerNotAllowed, match=refused):
            project.remove_document(document.id)


def test_the_public_cannot_connect_once_set_up(cluster, admin_url: str) -> None:
    init_schema(admin_url)
    outsider = cluster.url(admin_url.rsplit("/", 1)[1], cluster.login("outsider"))
    with pytest.raises(psycopg.OperationalError, match="permission denied"):
        psycopg.connect(outsider).close()


def test_the_server_has_the_files_tables_and_columns(server_url: str, tmp_path: Path) -> None:
    """A table or column added to the project file needs its server migration too."""
    from annotator.core.store import Store
    from annotator.core.store import transfer as file_rows
    from annotator.core.store.postgres import transfer as server_rows
    from annotator.core.store.postgres.store import ServerStore

    file, server = Store(tmp_path / "p.annot", create=True), ServerStore(server_url)
    try:
        in_file = {t: file_rows.table_columns(file, t) for t in file_rows.table_names(file)}
        on_server = {
            t: server_rows.table_columns(server, t) for t in server_rows.table_names(server)
        }
    finally:
        file.close()
        server.close()
    assert {t: sorted(c) for t, c in on_server.items()} == {
        t: sorted(c) for t, c in in_file.items()
    }
