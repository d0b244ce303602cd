"""The Linux installers open server projects with the system's libpq (psycopg's C layer
built against it), without psycopg_binary. A computer without libpq gets one plain sentence
naming the library to install, on the command line and in the window, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.core.errors import ServerCause
from annotator.core.project import Project

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

from bundle_trim import only_for_libpq, unused_modules  # noqa: E402

URL = "postgresql://claire:secret@db.example.org:5432/etude"
# The command line as the Linux installers run it (no psycopg_binary), on a computer where
# the system has no libpq: psycopg's C layer cannot load, its pure-Python layer finds none.
WITHOUT_LIBPQ = """
import ctypes.util, sys
sys.modules["psycopg_binary"] = None
sys.modules["psycopg_c"] = None
ctypes.util.find_library = lambda name: None
from annotator.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_linux_installers_carry_psycopg_but_not_its_own_libpq() -> None:
    assert "psycopg_binary" in unused_modules(linux=True)
    assert "psycopg" not in unused_modules(linux=True)
    # Windows and macOS have no system libpq: they keep the one psycopg_binary carries
    assert not {"psycopg", "psycopg_binary"} & set(unused_modules(linux=False))


def test_libpq_and_what_only_it_needs_are_left_out() -> None:
    system = "/usr/lib/x86_64-linux-gnu/"
    links = {  # each binary PyInstaller collected: the libraries it links to itself
        "/venv/psycopg_c/pq.so": ["libpq.so.5", "libc.so.6"],
        "/venv/lib-dynload/_ssl.so": ["libssl.so.3"],
        "/venv/PySide6/Qt/plugins/platforms/libqxcb.so": ["libgnutls.so.30"],
        f"{system}libpq.so.5": ["libssl.so.3", "libldap-2.5.so.0", "libgnutls.so.30"],
        f"{system}libldap-2.5.so.0": ["libsasl2.so.2", "liblber-2.5.so.0"],
        f"{system}liblber-2.5.so.0": [],
        f"{system}libsasl2.so.2": [],
        f"{system}libgnutls.so.30": [],
        f"{system}libssl.so.3": ["libcrypto.so.3"],
        f"{system}libcrypto.so.3": [],
    }
    binaries = [(Path(source).name, source, "BINARY") for source in links]
    # what a wheel or Python's own binaries need stays, even when libpq needs it too
    assert only_for_libpq(binaries, links.__getitem__) == {
        "libpq.so.5",
        "libldap-2.5.so.0",
        "liblber-2.5.so.0",
        "libsasl2.so.2",
    }


@pytest.mark.parametrize(
    "command",
    [["server", "init", URL], ["copy", "fieldwork.annot", URL], ["info", URL]],
    ids=["server init", "copy", "info"],
)
def test_the_command_line_names_the_library_to_install(command: list[str], tmp_path) -> None:
    Project.create(tmp_path / "fieldwork.annot").close()  # what `copy` copies to the server
    environment = {**os.environ, "ANNOTATOR_DATA_DIR": str(tmp_path)}
    environment.pop("PSYCOPG_IMPL", None)
    done = subprocess.run(
        [sys.executable, "-c", WITHOUT_LIBPQ, *command],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode != 0
    assert done.stdout == ""
    assert done.stderr.splitlines() == [
        "error: postgresql://claire@db.example.org:5432/etude: this installation cannot open "
        "server projects: the PostgreSQL client library (libpq) is missing; install it (the "
        "libpq5 package on Debian and Ubuntu, libpq on Fedora) and try again"
    ]


def test_file_open_server_project_says_which_library_to_install(
    window, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    import annotator.core.store.postgres as server
    from annotator.gui.server_open import ServerOpenDialog

    def answer(dialog: ServerOpenDialog) -> ServerOpenDialog.DialogCode:
        dialog.address.setText(URL)
        return ServerOpenDialog.DialogCode.Accepted

    monkeypatch.setattr(server, "server_client_problem", lambda: ServerCause.NO_LIBPQ)
    monkeypatch.setattr(ServerOpenDialog, "exec", answer)
    action = next(a for a in window.window_actions.all if a.text() == "Open &server project…")
    action.trigger()
    box = window.findChild(QMessageBox, "openErrorBox")
    assert box is not None and box.isVisible()
    assert box.text() == (
        "postgresql://claire@db.example.org:5432/etude: This installation cannot open server "
        "projects: the PostgreSQL client library (libpq) is missing. Install it (the libpq5 "
        "package on Debian and Ubuntu, libpq on Fedora), then try again."
    )
    assert window.project is None
    box.close()
