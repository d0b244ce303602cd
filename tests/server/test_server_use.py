"""Using a server project: two coders at once, search, and the command line on a URL."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.core.copying import copy_project
from annotator.core.project import Project
from annotator.core.store.postgres.admin import grant_role
from annotator.core.store.postgres.errors import ServerNotSaved
from annotator.core.store.postgres.schema import SCHEMA_VERSION
from tests.core.conftest import text_document
from tests.server.project_fixtures import FRENCH_TEXT, rich_project

PASSAGES_EACH = 40
# One coder's process: tags PASSAGES_EACH passages, one commit each, as fast as it can.
_CODER = f"""
import sys
from annotator.core.project import Project
url, first = sys.argv[1], int(sys.argv[2])
with Project.open(url) as project:
    theme = project.concepts()[0].id
    for n in range(first, first + {PASSAGES_EACH}):
        project.annotate(1, n, n + 1, [theme], memo=f"passage {{n}}")
"""


def test_two_coders_at_once_every_passage_arrives_once(cluster, server_url: str) -> None:
    database = server_url.rsplit("/", 1)[1]
    with Project.open(server_url) as owner:
        owner.add_document(text_document("x" * (4 * PASSAGES_EACH)))
        owner.add_concept("Thème")
    coders = {}
    for login in ("ana", "ben"):
        grant_role(server_url, cluster.login(login), "coder")
        coders[login] = cluster.url(database, login)
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", _CODER, url, str(i * 2 * PASSAGES_EACH)],
            stderr=subprocess.PIPE,
            text=True,
        )
        for i, url in enumerate(coders.values())
    ]
    for run in runs:
        assert run.wait(timeout=120) == 0, run.stderr.read() if run.stderr else ""
    with Project.open(server_url, read_only=True) as owner:
        passages = owner.annotations()
        assert len(passages) == 2 * PASSAGES_EACH
        assert len({(a.author, a.start) for a in passages}) == 2 * PASSAGES_EACH
        assert {a.author for a in passages[:PASSAGES_EACH]} == {"ana"}
        assert {a.author for a in passages[PASSAGES_EACH:]} == {"ben"}
        assert all(a.concept_ids == (1,) and a.memo == f"passage {a.start}" for a in passages)


@pytest.fixture
def french(server_url: str) -> str:
    with Project.open(server_url) as project:
        document = project.add_document(text_document(FRENCH_TEXT, title="École")).document
        project.add_document(text_document("Rien à voir ici.", title="Autre"))
        project.annotate(document.id, 0, 2, memo="Réunion publique à Élancourt")
    return server_url


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("communaute", ["Communauté", "communauté"]),  # accents and case fold
        ("ÉCOLE", ["école"]),
        ('"la democratie"', ["la démocratie"]),
        ("democ*", ["démoc"]),
        ("elus NOT rien", ["élus"]),
        ("rien", ["Rien"]),
    ],
)
def test_search_is_accent_insensitive(french: str, query: str, found: list[str]) -> None:
    with Project.open(french, read_only=True) as project:
        hits = [h for h in project.search(query) if not h.in_memo]
        texts = {**{d.id: project.document(d.id).text for d in project.documents()}}
        assert [texts[h.document_id][h.start : h.end] for h in hits] == found


def test_search_answers_as_the_project_file_does(french: str, tmp_path: Path) -> None:
    copy = tmp_path / "copy.annot"
    copy_project(french, copy)
    queries = ["communaute OR rien", "l'ecole*", "elancourt", "débat NOT élus", "a"]
    with Project.open(french, read_only=True) as server, Project.open(copy) as file:
        for query in queries:
            # the same hits; the ranks may differ (ts_rank is not FTS5's bm25)
            assert sorted(server.search(query), key=repr) == sorted(file.search(query), key=repr)


def test_search_finds_memos(french: str) -> None:
    with Project.open(french, read_only=True) as project:
        hits = project.search("elancourt")
        assert [(h.in_memo, h.document_title) for h in hits] == [(True, "École")]
        assert "[Élancourt]" in hits[0].snippet


def test_the_command_line_on_a_url(cluster, tmp_path: Path, pdf_dir: Path, capsys) -> None:
    url = cluster.url(cluster.new_database())
    assert main(["server", "init", url]) == 0
    assert f"server project created (format {SCHEMA_VERSION})" in capsys.readouterr().out
    assert main(["server", "init", url]) == 0
    assert f"already up to date (format {SCHEMA_VERSION})" in capsys.readouterr().out
    assert main(["server", "grant", url, cluster.login("carl"), "--role", "coder"]) == 0
    assert "carl is now coder" in capsys.readouterr().out

    source = rich_project(tmp_path / "source.annot", pdf_dir / "2023-06-20-PV.pdf")
    assert main(["copy", str(source), url]) == 0
    assert "2 documents, 2 concepts, 3 annotations" in capsys.readouterr().out
    assert main(["copy", str(source), url]) == 2
    assert "--force" in capsys.readouterr().err

    assert main(["info", url]) == 0
    out = capsys.readouterr().out
    assert "2 documents, 2 concepts, 3 annotations" in out and "Lieu (2)" in out

    assert main(["search", url, "democratie"]) == 0
    assert "École [" in capsys.readouterr().out

    out_csv = tmp_path / "passages.csv"
    assert main(["export", url, "-f", "csv", "-o", str(out_csv)]) == 0
    with out_csv.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) >= 3 and {"alice", "bob"} <= {v for r in rows for v in r.values()}

    assert main(["stats", url]) == 2  # a file-only command says so
    assert "not supported on a server project yet" in capsys.readouterr().err


def test_a_connection_lost_mid_edit_keeps_nothing_of_it(cluster, server_url: str) -> None:
    database = server_url.rsplit("/", 1)[1]
    cut = (  # as a server restart or a dropped network would
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        f"WHERE datname = '{database}' AND pid <> pg_backend_pid()"
    )
    with Project.open(server_url) as project:
        document = project.add_document(text_document()).document
        with pytest.raises(ServerNotSaved, match="this change was not saved"), project.batch():
            project.annotate(document.id, 0, 2)
            cluster.sql(cut)
            project.annotate(document.id, 3, 5)
        assert project.info().annotations == 0  # connected again by itself
        cluster.sql(cut)  # between edits: the next one connects again and is saved
        assert project.annotate(document.id, 0, 2).anchor.quote == "Le"
    with Project.open(server_url) as again:
        assert again.info().annotations == 1


# A coder's process that prints each passage's id once annotate() has returned.
_ACKNOWLEDGING = """
import sys
from annotator.core.project import Project
with Project.open(sys.argv[1]) as project:
    for n in range(10_000):
        print(project.annotate(1, n % 50, n % 50 + 1).id, flush=True)
"""


def test_a_killed_client_loses_nothing_acknowledged(server_url: str) -> None:
    with Project.open(server_url) as project:
        project.add_document(text_document())
    run = subprocess.Popen(
        [sys.executable, "-c", _ACKNOWLEDGING, server_url], stdout=subprocess.PIPE, text=True
    )
    assert run.stdout is not None
    acknowledged = [int(run.stdout.readline()) for _ in range(30)]
    run.kill()  # mid-edit, as a crash or a power cut would
    run.wait(timeout=30)
    acknowledged += [int(line) for line in run.stdout.read().split()]
    with Project.open(server_url, read_only=True) as project:
        saved = {a.id for a in project.annotations()}
    assert set(acknowledged) <= saved
    assert len(saved) - len(acknowledged) <= 1  # at most the one in flight when killed
