"""Importing a list of links from a local web site: politeness, retries, statuses, re-runs."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator

import pytest

from annotator.core.collections.batch import (
    BatchOptions,
    LinkStatus,
    fetch_links,
    import_links,
    plan,
)
from annotator.core.collections.parsing import Link
from annotator.core.importing.fetch import USER_AGENT
from annotator.core.project import Project
from tests.core.collections_fixtures import (
    DOZEN,
    PAGES,
    Site,
    corpus_routes,
    local_base_url,
    local_site,
    serve,
    without_proxy,
)

_site = pytest.fixture(name="site")(local_site)
_base_url = pytest.fixture(name="base_url")(local_base_url)
_no_proxy = pytest.fixture(name="no_proxy", autouse=True)(without_proxy)
FAST = BatchOptions(timeout=1.0, max_bytes=1_000_000, backoff=0.05, max_retry_after=2.0)


def links_to(base: str, *paths: str, collection: str = "") -> list[Link]:
    return [Link(base + path, "", collection) for path in paths]


def statuses(report) -> list[str]:
    return [result.status.value for result in report.results]


def test_pages_and_pdfs_become_documents_in_their_collection(
    project: Project, base_url: str
) -> None:
    links = [Link(base_url + path, title, folder) for folder, path, title in DOZEN[:11]]
    report = import_links(project, links, options=FAST)
    assert statuses(report) == ["imported"] * 11
    documents = {d.source: d for d in project.documents()}
    assert set(documents) == {link.url for link in links}
    lemonde = documents[f"{base_url}/articles/lemonde-1"]
    assert lemonde.kind == "web" and lemonde.metadata["collection"] == "Presse"
    assert "renseignement" in lemonde.title
    pdf = documents[f"{base_url}/docs/word365_structure.pdf"]
    assert pdf.kind == "pdf" and pdf.page_count >= 1
    assert pdf.title == "Structure Word"  # the bookmark's name beats the file name
    moved = documents[f"{base_url}/moved"]
    assert moved.title.startswith("The Open Journalism Project")


def test_failures_are_listed_with_their_cause_and_kept_as_missing_sources(
    project: Project, base_url: str
) -> None:
    links = links_to(base_url, "/gone", "/huge", "/slow", "/image.png", collection="Veille")
    started = time.monotonic()
    report = import_links(project, links, options=FAST)
    assert time.monotonic() - started < 4
    assert statuses(report) == ["failed"] * 4
    details = [result.detail for result in report.results]
    assert details[0] == "HTTP 404 Not Found"
    assert details[1] == "larger than 1 MB"
    assert details[2] == "timed out after 1 s"
    assert "not a PDF, web page or text file" in details[3]
    missing = {m.url: m for m in project.missing_sources()}
    assert set(missing) == {link.url for link in links}
    assert missing[f"{base_url}/gone"].error == "HTTP 404 Not Found"
    assert missing[f"{base_url}/gone"].collection == "Veille"
    assert project.info().documents == 0


def test_temporary_failures_are_tried_again(project: Project, base_url: str, site: Site) -> None:
    links = links_to(base_url, "/flaky", "/dropped", "/always-down")
    updates = []
    report = import_links(project, links, options=FAST, on_update=updates.append)
    flaky, dropped, down = report.results
    assert (flaky.status, flaky.attempts) == (LinkStatus.IMPORTED, 2)
    assert dropped.status == LinkStatus.DUPLICATE and dropped.attempts == 2  # same page
    assert (down.status, down.attempts, down.detail) == (
        LinkStatus.FAILED, 1 + FAST.retries, "HTTP 503 Service Unavailable")
    assert site.hits["/always-down"] == 1 + FAST.retries
    retrying = [u.detail for u in updates if u.status == LinkStatus.RETRYING]
    assert retrying[0].startswith("HTTP 503 Service Unavailable; trying again in")


def test_retry_after_is_honoured_up_to_a_cap(project: Project, base_url: str, site: Site) -> None:
    report = import_links(project, links_to(base_url, "/busy", "/very-busy"), options=FAST)
    busy, very_busy = report.results
    assert busy.status == LinkStatus.IMPORTED
    first, second = site.times["/busy"]
    assert second - first >= 0.95  # Retry-After: 1
    assert very_busy.status == LinkStatus.FAILED
    assert site.hits["/very-busy"] == 1  # asked for an hour: not hammered, given up
    assert "asks to wait 3600 s" in very_busy.detail


def test_same_content_at_another_address_is_a_duplicate(project: Project, base_url: str) -> None:
    report = import_links(project, links_to(base_url, "/articles/lemonde-1", "/copy-of-lemonde"),
                          options=FAST)
    original, copy = report.results
    assert copy.status == LinkStatus.DUPLICATE
    assert copy.document_id == original.document_id
    assert "same content as" in copy.detail
    assert project.info().documents == 1


def test_running_the_list_again_skips_what_is_in_the_project(
    project: Project, base_url: str, site: Site
) -> None:
    links = links_to(base_url, "/articles/heise", "/articles/tumblr", "/gone")
    import_links(project, links, options=FAST)
    hits = sum(site.hits.values())
    # The same list, with an address written differently and one listed twice.
    rtl = Link(f"{base_url}/articles/rtl-1")
    again = [Link(f"{base_url}/articles/heise/#top"), *links[1:], rtl, rtl]
    report = import_links(project, again, options=FAST)
    assert statuses(report) == ["skipped", "skipped", "failed", "imported", "skipped"]
    assert report.results[0].detail == "already in the project"
    assert report.results[0].title.startswith("1Password")
    assert report.results[4].detail == "listed twice"
    assert sum(site.hits.values()) == hits + 2  # the missing one again, and the new one
    assert project.missing_sources()[0].attempts == 2


def test_a_link_that_works_again_is_no_longer_missing(project: Project, site: Site) -> None:
    with serve(site) as base:
        project.add_missing_source(f"{base}/articles/rtl-1", error="HTTP 500 Internal error")
        report = import_links(project, links_to(base, "/articles/rtl-1"), options=FAST)
    assert report.results[0].status == LinkStatus.IMPORTED
    assert project.missing_sources() == []


def test_politeness_one_download_per_server_three_at_most(
    project: Project, html_dir, pdf_dir
) -> None:
    shared = Site(corpus_routes(html_dir, pdf_dir))
    with contextlib.ExitStack() as stack:
        bases = [stack.enter_context(serve(shared)) for _ in range(4)]
        # Two pages on each of four servers, four more on the first one.
        servers = [*bases, *bases, *[bases[0]] * 4]
        links = [Link(f"{base}/articles/{page}") for base, page in zip(servers, PAGES, strict=True)]
        report = import_links(project, links, options=FAST)
    assert statuses(report) == ["imported"] * len(links)
    assert max(shared.max_by_server.values()) == 1
    assert 2 <= shared.max_active <= 3
    assert shared.user_agents == {USER_AGENT}


def test_progress_covers_the_whole_batch(project: Project, base_url: str) -> None:
    calls: list[tuple[int, int]] = []
    import_links(project, links_to(base_url, "/articles/rtl-1", "/gone", "/articles/tumblr"),
                 options=FAST, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 3), (2, 3), (3, 3)]


def test_cancel_keeps_what_was_imported(project: Project, base_url: str) -> None:
    cancel = threading.Event()
    links = links_to(base_url, "/articles/rtl-1", "/slow", "/articles/heise", "/articles/tumblr")

    def on_update(result) -> None:
        if result.link.url.endswith("/slow") and result.status == LinkStatus.FETCHING:
            threading.Timer(0.2, cancel.set).start()

    started = time.monotonic()
    report = import_links(project, links, options=BatchOptions(timeout=30), cancel=cancel,
                          on_update=on_update)
    assert time.monotonic() - started < 3  # the slow download is cut, not waited for
    assert report.cancelled
    assert statuses(report) == ["imported", "cancelled", "cancelled", "cancelled"]
    assert [d.source for d in project.documents()] == [links[0].url]
    assert project.missing_sources() == []  # cancelled links were not tried: not missing
    again = import_links(project, links[2:], options=FAST)
    assert statuses(again) == ["imported", "imported"]


def test_plan_and_fetch_can_run_apart(project: Project, base_url: str) -> None:
    """The window fetches in a thread and records in its own: the steps work apart."""
    to_fetch, skipped = plan(project, links_to(base_url, "/articles/rtl-1", "/articles/rtl-1"))
    assert len(to_fetch) == 1 and skipped[0].detail == "listed twice"
    fetched = list(fetch_links(to_fetch, options=FAST))
    assert fetched[0].imported is not None and fetched[0].imported.source.endswith("rtl-1")
    assert project.info().documents == 0  # nothing is stored until recorded


def test_stopping_the_iteration_early_stops_the_work(base_url: str, site: Site) -> None:
    with serve(site) as other:
        links = [*links_to(base_url, "/slow"), *links_to(other, "/articles/rtl-1")]
        iterator: Iterator = fetch_links(list(enumerate(links)),
                                         options=BatchOptions(timeout=30))
        started = time.monotonic()
        first = next(iterator)
        iterator.close()  # the slow download under way is cut
    assert first.link.url.endswith("/rtl-1")
    assert time.monotonic() - started < 2


@pytest.mark.parametrize("header, expected", [("2", 2.0), ("", None), ("soon", None)])
def test_retry_after_values(header: str, expected: float | None) -> None:
    from annotator.core.collections.downloads import retry_after_seconds

    assert retry_after_seconds(header) == expected
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # already past
