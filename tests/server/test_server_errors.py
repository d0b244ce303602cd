"""A server's refusals are typed: the command line's English line and the window's
sentence (French in a French window) name the server and database and the cause, and
never the password."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from annotator.core.errors import AnnotatorError, ServerCause
from annotator.core.project import Project
from annotator.core.store.postgres.admin import grant_role
from annotator.core.store.postgres.errors import ServerError, ServerNotAllowed
from annotator.gui.cause_wordings import WORDINGS
from annotator.gui.main_window import MainWindow
from annotator.gui.messages import describe
from annotator.gui.settings import AppSettings
from tests.core.conftest import text_document

PASSWORD = "s3cret-Mot-de-passe"


def window_sentence(error: AnnotatorError, *, translated: bool = True) -> str:
    """What the window says: the cause's sentence (in the language installed)."""
    assert error.code is not None
    template, names = WORDINGS[error.code]
    sentence = QCoreApplication.translate("Messages", template) if translated else template
    for number, name in enumerate(names, 1):
        sentence = sentence.replace(f"%{number}", error.params[name])
    return f"{error.subject}: {sentence}"


@pytest.fixture
def with_password(cluster) -> Iterator[str]:
    """A login that must give its password (the cluster trusts everyone else)."""
    hba = cluster.data / "pg_hba.conf"
    before = hba.read_text()
    cluster.sql(
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'paula') "
        f"THEN CREATE ROLE paula LOGIN PASSWORD '{PASSWORD}'; END IF; END $$"
    )
    hba.write_text("host all paula 127.0.0.1/32 scram-sha-256\n" + before)
    cluster.sql("SELECT pg_reload_conf()")
    try:
        yield "paula"
    finally:
        hba.write_text(before)
        cluster.sql("SELECT pg_reload_conf()")


def test_a_wrong_password_names_the_login_and_never_the_password(
    cluster, server_url: str, with_password: str
) -> None:
    database = server_url.rsplit("/", 1)[1]
    wrong = f"postgresql://{with_password}:{PASSWORD}x@127.0.0.1:{cluster.port}/{database}"
    with pytest.raises(ServerError) as raised:
        Project.open(wrong)
    error = raised.value
    assert error.code is ServerCause.LOGIN_REFUSED
    location = f"postgresql://paula@127.0.0.1:{cluster.port}/{database}"
    assert str(error) == (
        f"{location}: the server refused the login 'paula': wrong password, or no such login"
    )
    assert PASSWORD not in str(error) and PASSWORD not in describe(error)
    right = wrong.replace(f"{PASSWORD}x@", f"{PASSWORD}@")
    grant_role(server_url, with_password, "reader")
    with Project.open(right) as project:
        assert project.documents() == []


def test_a_reader_adding_a_document_is_told_its_role_cannot(cluster, server_url: str) -> None:
    grant_role(server_url, cluster.login("rene"), "reader")
    reader = cluster.url(server_url.rsplit("/", 1)[1], "rene")
    with Project.open(reader) as project, pytest.raises(ServerNotAllowed) as raised:
        project.add_document(text_document())
    error = raised.value
    assert error.code is ServerCause.CANNOT_ADD_DOCUMENTS
    assert str(error).startswith(f"{reader}: permission denied: your role 'reader' cannot add ")
    with Project.open(reader) as project:
        assert project.documents() == []  # nothing of it was kept


def test_a_database_not_set_up_and_one_that_does_not_exist(cluster) -> None:
    empty = cluster.url(cluster.new_database())
    with pytest.raises(ServerError) as raised:
        Project.open(empty)
    assert raised.value.code is ServerCause.NOT_A_PROJECT
    assert str(raised.value).endswith(f"set it up with 'annotator server init {empty}'")
    missing = cluster.url("nulle_part")
    with pytest.raises(ServerError) as raised:
        Project.open(missing)
    assert raised.value.code is ServerCause.NO_DATABASE
    assert str(raised.value) == (
        f"{missing}: cannot connect to the server: it has no database named 'nulle_part'"
    )


def test_the_window_says_why_in_french(
    cluster, qtbot, tmp_path: Path, server_url: str, french, monkeypatch
) -> None:
    empty = cluster.url(cluster.new_database())
    with pytest.raises(ServerError) as raised:
        Project.open(empty)
    window = MainWindow(AppSettings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    assert not window.open_project(empty)
    box = window.findChild(QMessageBox, "openErrorBox")
    assert box is not None and box.text() == window_sentence(raised.value)
    assert box.text().startswith(f"{empty}: ")
    assert box.text() != window_sentence(raised.value, translated=False), "said in English"
    box.close()
    # a reader's import, refused by the server: the window words the typed refusal
    grant_role(server_url, cluster.login("rene"), "reader")
    reader = cluster.url(server_url.rsplit("/", 1)[1], "rene")
    assert window.open_project(reader) and window.editor is not None
    shown: list[str] = []
    monkeypatch.setattr(window, "show_error", shown.append)
    assert window.editor.add_document(text_document()) is None
    with Project.open(reader) as project, pytest.raises(ServerNotAllowed) as refused:
        project.add_document(text_document())
    assert shown == [window_sentence(refused.value)]
    assert "'reader'" not in shown[0] and "reader" in shown[0]
    window.close()


def test_a_reader_and_a_coder_open_the_project_in_the_window(
    cluster, qtbot, tmp_path: Path, server_url: str
) -> None:
    """Opening a document writes no team setting, which their roles may not write."""
    with Project.open(server_url) as project:
        document = project.add_document(text_document()).document
    for login, role in [("rene", "reader"), ("cora", "coder")]:
        grant_role(server_url, cluster.login(login), role)
        window = MainWindow(AppSettings(tmp_path / f"{login}.ini"))
        qtbot.addWidget(window)
        assert window.open_project(cluster.url(server_url.rsplit("/", 1)[1], login))
        assert window.current_document_id == document.id
        window.close()
