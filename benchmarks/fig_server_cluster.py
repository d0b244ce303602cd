"""A throwaway PostgreSQL cluster for the server figures (as the server tests make theirs).

initdb in a temporary folder, a free port on 127.0.0.1, trust authentication, its
socket in that folder; stopped and removed on leaving. As root, the server runs as
the `postgres` user (PostgreSQL refuses to run as root). `binaries()` is None when
Debian's postgresql package is not installed: the figure then says so.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SUPERUSER = "annotator_admin"


def binaries() -> Path | None:
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3])
    )
    return Path(found[-1]).parent if found else None


def _as_server_user(command: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


def _run(command: list[str]) -> None:
    subprocess.run(_as_server_user(command), check=True, capture_output=True, timeout=120)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Cluster:
    """A running cluster: URLs for its databases and logins, statements as superuser."""

    def __init__(self, port: int) -> None:
        self.port = port

    def url(self, database: str, user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def sql(self, statement: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(self.url(database), autocommit=True) as conn:
            conn.execute(statement)


@contextmanager
def throwaway_cluster(max_connections: int = 100) -> Iterator[Cluster]:
    found = binaries()
    if found is None:
        raise RuntimeError("PostgreSQL not installed")
    folder = Path(tempfile.mkdtemp(prefix="annotator-bench-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    data, port = folder / "data", _free_port()
    _run([str(found / "initdb"), "-D", str(data), "-U", SUPERUSER, "--auth=trust",
          "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"])
    # fsync stays on: commit latency is measured as a server would give it
    options = (f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 "
               f"-c max_connections={max_connections}")
    _run([str(found / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-o", options,
          "-w", "start"])
    try:
        yield Cluster(port)
    finally:
        subprocess.run(_as_server_user([
            str(found / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]),
            check=False, capture_output=True, timeout=60)
        shutil.rmtree(folder, ignore_errors=True)
