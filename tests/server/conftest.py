"""A throwaway PostgreSQL cluster of the tests' own, started once per session.

initdb in a temporary folder, a free port on 127.0.0.1, its socket in that folder,
stopped and removed at the end. As root, the server runs as the `postgres` user
(PostgreSQL refuses to run as root). Without Debian's `postgresql` package the
tests are skipped with the reason; packaging/dev.sh installs it, so CI has it.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

psycopg = pytest.importorskip("psycopg", reason="psycopg is not installed (pip install -e .)")

SUPERUSER = "annotator_admin"
_NAMES = itertools.count()


def _binaries() -> Path | None:
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3])
    )
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Cluster:
    port: int
    binaries: Path
    data: Path

    options: str

    def stop(self) -> None:
        """Shut the server down, cutting every connection."""
        self._pg_ctl("-m", "fast", "-w", "stop")

    def start(self) -> None:
        self._pg_ctl("-l", str(self.data.parent / "log"), "-o", self.options, "-w", "start")

    def restart(self) -> None:
        self.stop()
        self.start()

    def _pg_ctl(self, *arguments: str) -> None:
        command = [str(self.binaries / "pg_ctl"), "-D", str(self.data), *arguments]
        subprocess.run(_as_server_user(command), check=True, capture_output=True, timeout=120)

    def url(self, database: str, user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def sql(self, statement: str, database: str = "postgres") -> None:
        """Run one statement as the superuser (creating databases and logins)."""
        with psycopg.connect(self.url(database), autocommit=True) as conn:
            conn.execute(statement)

    def new_database(self) -> str:
        name = f"project_{os.getpid()}_{next(_NAMES)}"
        self.sql(f'CREATE DATABASE "{name}"')
        return name

    def login(self, name: str) -> str:
        """A login role (created once; trust authentication, as on a test machine)."""
        self.sql(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{name}') "
            f'THEN CREATE ROLE "{name}" LOGIN; END IF; END $$'
        )
        return name


def _as_server_user(command: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@pytest.fixture(scope="session")
def cluster() -> Iterator[Cluster]:
    binaries = _binaries()
    if binaries is None:
        pytest.skip(
            "PostgreSQL is not installed (Debian's postgresql package; "
            "packaging/dev.sh installs it)"
        )
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        pytest.skip("running as root without runuser: cannot start PostgreSQL as postgres")
    folder = Path(tempfile.mkdtemp(prefix="annotator-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    data, port = folder / "data", _free_port()
    run = {"check": True, "capture_output": True, "text": True, "timeout": 120}
    subprocess.run(
        _as_server_user(
            [
                str(binaries / "initdb"),
                "-D",
                str(data),
                "-U",
                SUPERUSER,
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ]
        ),
        **run,
    )
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(
        _as_server_user(
            [
                str(binaries / "pg_ctl"),
                "-D",
                str(data),
                "-l",
                str(folder / "log"),
                "-o",
                options,
                "-w",
                "start",
            ]
        ),
        **run,
    )
    try:
        yield Cluster(port, binaries, data, options)
    finally:
        subprocess.run(
            _as_server_user(
                [str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]
            ),
            check=False,
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def server_url(cluster: Cluster) -> str:
    """A new, empty database set up as a server project (as its administrator)."""
    from annotator.core.store.postgres.admin import init_schema

    url = cluster.url(cluster.new_database())
    init_schema(url)
    return url
