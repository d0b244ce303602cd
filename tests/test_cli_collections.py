"""`annotator import-collection`: a dozen bookmarks become documents in one step."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.cli import main
from annotator.core.project import Project
from tests.core.collections_fixtures import (
    DOZEN,
    dozen_bookmarks,
    local_base_url,
    local_site,
    without_proxy,
)
from tests.core.test_collections_parsing import SAVED_PAGE

_site = pytest.fixture(name="site")(local_site)
_base_url = pytest.fixture(name="base_url")(local_base_url)
_no_proxy = pytest.fixture(name="no_proxy", autouse=True)(without_proxy)


def test_a_dozen_bookmarks_become_documents_or_listed_failures(
    tmp_path: Path, base_url: str, capsys
) -> None:
    bookmarks = tmp_path / "favoris.html"
    bookmarks.write_bytes(dozen_bookmarks(base_url))
    project = tmp_path / "lectures.annot"

    code = main(["import-collection", str(project), str(bookmarks), "--create"])

    assert code == 1  # one link failed
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert sum(line.startswith("imported ") for line in lines) == 11
    failed = next(line for line in lines if line.startswith("failed "))
    assert "Page disparue" in failed and "HTTP 404 Not Found" in failed
    assert f"{base_url}/gone" in out
    assert "12 links: 11 imported, 1 failed" in out
    assert "missing sources" in out
    with Project.open(project, read_only=True) as opened:
        documents = opened.documents()
        assert len(documents) == 11
        assert {d.metadata.get("collection") for d in documents} == {"Presse", "Blogs",
                                                                     "Rapports"}
        assert [m.url for m in opened.missing_sources()] == [f"{base_url}/gone"]
        titles = {d.title for d in documents}
    assert "Procès-verbal du comité" not in titles  # the PDF's own title wins when it has one
    assert "Structure Word" in titles

    # The same command again: nothing is downloaded twice, the failure is tried again.
    code = main(["import-collection", str(project), str(bookmarks)])
    out = capsys.readouterr().out
    assert code == 1
    assert "12 links: 11 skipped, 1 failed" in out


def test_one_folder_only(tmp_path: Path, base_url: str, capsys) -> None:
    bookmarks = tmp_path / "favoris.html"
    bookmarks.write_bytes(dozen_bookmarks(base_url))
    project = tmp_path / "p.annot"
    assert main(["import-collection", str(project), str(bookmarks), "--create",
                 "--folder", "presse"]) == 0
    assert "3 links: 3 imported" in capsys.readouterr().out

    assert main(["import-collection", str(project), str(bookmarks), "--folder", "Nope"]) == 2
    error = capsys.readouterr().err
    assert "no folder named 'Nope'" in error and "Presse, Blogs, Rapports" in error


def test_a_saved_page_imports_its_article_links_unless_all_are_asked(
    tmp_path: Path, base_url: str, capsys
) -> None:
    page = SAVED_PAGE.replace("https://revue.example/2021/05/le-mythe-du-community-manager",
                              f"{base_url}/articles/tumblr")
    saved = tmp_path / "lectures.html"
    saved.write_text(page, encoding="utf-8")
    project = tmp_path / "p.annot"
    main(["import-collection", str(project), str(saved), "--create"])
    captured = capsys.readouterr()
    assert "4 of the page's 13 links look like articles" in captured.err
    assert "4 links: 1 imported, 3 failed" in captured.out  # the others are not served here


def test_a_file_without_links_is_one_clear_error(tmp_path: Path, capsys) -> None:
    empty = tmp_path / "notes.txt"
    empty.write_text("pas de liens ici", encoding="utf-8")
    assert main(["import-collection", str(tmp_path / "p.annot"), str(empty), "--create"]) == 2
    assert capsys.readouterr().err.strip() == (
        f"error: {empty}: no web addresses (http:// or https://) found in this file")


def test_the_dozen_fixture_is_a_dozen() -> None:
    assert len(DOZEN) == 12
