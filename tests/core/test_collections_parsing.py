"""Reading lists of links: bookmarks exports, text and CSV files, links of a saved page."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.collections.page_links import NAVIGATION, SAME_SITE, SOCIAL
from annotator.core.collections.parsing import (
    MAX_LIST_BYTES,
    parse_link_list,
    read_link_list,
)
from annotator.core.collections.urls import clean_url, same_page_key, server_key
from annotator.core.errors import ImportFailure
from tests.core.collections_fixtures import bookmarks_html

FIREFOX_EXPORT = """<!DOCTYPE NETSCAPE-Bookmark-file-1>
<!-- This is an automatically generated file.
     It will be read and overwritten.
     DO NOT EDIT! -->
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'">
<TITLE>Bookmarks</TITLE>
<H1>Menu des marque-pages</H1>

<DL><p>
    <DT><H3 ADD_DATE="1" LAST_MODIFIED="2" PERSONAL_TOOLBAR_FOLDER="true">Barre personnelle</H3>
    <DL><p>
        <DT><A HREF="https://a.example/x" ADD_DATE="1" TAGS="t1,t2">Lien A</A>
        <DD>Une description
        <DT><H3>Communs numériques</H3>
        <DL><p>
            <DT><A HREF="https://b.example/y">Lien B &amp; co</A>
            <DT><A HREF="https://c.example/z#section">Lien C</A>
            <DT><A HREF="javascript:alert(1)">Bookmarklet</A>
            <DT><A HREF="place:sort=8&maxResults=10">Smart folder</A>
        </DL><p>
        <DT><A HREF="https://d.example/w">Lien D</A>
    </DL><p>
    <DT><A HREF="https://e.example/">Lien E</A>
    <DT><H3>Vide</H3>
    <DL><p>
    </DL><p>
    <DT><A HREF="http://B.example/y/">Lien B again</A>
</DL><p>
"""


def test_a_browser_export_keeps_folders_as_collections() -> None:
    links = parse_link_list(FIREFOX_EXPORT.encode(), "bookmarks.html", name="bookmarks")
    assert links.kind == "bookmarks"
    assert [(link.url, link.title, link.collection) for link in links.links] == [
        ("https://a.example/x", "Lien A", "Barre personnelle"),
        ("https://b.example/y", "Lien B & co", "Barre personnelle / Communs numériques"),
        ("https://c.example/z", "Lien C", "Barre personnelle / Communs numériques"),
        ("https://d.example/w", "Lien D", "Barre personnelle"),
        ("https://e.example/", "Lien E", "bookmarks"),  # top level: the file's name
    ]
    assert links.ignored == 2  # the bookmarklet and the smart folder
    assert links.collections() == ["Barre personnelle",
                                   "Barre personnelle / Communs numériques", "bookmarks"]


def test_a_folder_is_chosen_by_its_name_or_path_ignoring_case() -> None:
    links = parse_link_list(FIREFOX_EXPORT.encode(), "bookmarks.html")
    assert [link.title for link in links.in_collection("communs NUMÉRIQUES").links] == [
        "Lien B & co", "Lien C"]
    assert len(links.in_collection("Barre personnelle").links) == 4  # with its sub-folder
    assert links.in_collection("Nowhere").links == ()


def test_pearltrees_style_nesting_and_a_latin1_export(tmp_path: Path) -> None:
    data = bookmarks_html([("Thèse", "https://x.example/a", "Écrits"),
                           ("", "https://x.example/b", "Racine")], title="Pearltrees")
    path = tmp_path / "pearltrees_export.html"
    path.write_bytes(data.decode().replace("UTF-8", "ISO-8859-1").encode("latin-1"))
    links = read_link_list(path)
    assert [(link.title, link.collection) for link in links.links] == [
        ("Racine", "pearltrees_export"), ("Écrits", "Thèse")]


def test_entities_in_a_bookmarks_file_are_not_fetched(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    data = (f'<!DOCTYPE NETSCAPE-Bookmark-file-1 [<!ENTITY x SYSTEM "{secret.as_uri()}">]>'
            '<DL><p><DT><A HREF="https://a.example/">&x;</A></DL>').encode()
    links = parse_link_list(data, "evil.html")
    assert "TOP SECRET" not in repr(links)


def test_a_text_file_of_addresses_with_titles_and_noise() -> None:
    text = """Ma liste de lectures
# commentaire
https://a.example/un-article
Le mythe du community manager - https://b.example/mythe.
* [Un titre en Markdown](https://c.example/md) et du texte
www.d.example/page-sans-schema
(voir https://e.example/entre-parentheses)
deux liens : https://f.example/1 https://f.example/2
ftp://g.example/fichier
https://a.example/un-article#encore
"""
    links = parse_link_list(text.encode(), "liste.txt", name="liste")
    assert links.kind == "text"
    assert [(link.url, link.title) for link in links.links] == [
        ("https://a.example/un-article", ""),
        ("https://b.example/mythe", "Le mythe du community manager"),
        ("https://c.example/md", "Un titre en Markdown"),
        ("https://www.d.example/page-sans-schema", ""),
        ("https://e.example/entre-parentheses", "(voir"),
        ("https://f.example/1", ""),
        ("https://f.example/2", ""),
    ]
    assert {link.collection for link in links.links} == {"liste"}


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_a_csv_table_with_url_title_and_folder_columns(delimiter: str) -> None:
    rows = [["Titre", "URL", "Dossier", "tags"],
            ["Premier", "https://a.example/1", "Lectures", "x"],
            ["Sans lien", "", "Lectures", ""],
            ["Deuxième", "https://a.example/2", "", "y"]]
    text = "\n".join(delimiter.join(row) for row in rows)
    links = parse_link_list(text.encode(), "export.csv", name="export")
    assert [(link.url, link.title, link.collection) for link in links.links] == [
        ("https://a.example/1", "Premier", "Lectures"),
        ("https://a.example/2", "Deuxième", "export"),
    ]


def test_a_diigo_csv_export() -> None:
    text = ('title,url,tags,description,comments,annotations,created_at\n'
            '"Communs, biens communs",https://a.example/communs,"a,b",,,,2020-01-01\n')
    links = parse_link_list(text.encode(), "diigo.csv")
    assert [(link.url, link.title) for link in links.links] == [
        ("https://a.example/communs", "Communs, biens communs")]


SAVED_PAGE = """<!DOCTYPE html>
<!-- saved from url=(0036)https://veille.example/lectures.html -->
<html><head><title>Lectures sur les communs</title></head>
<body>
<header><a href="/">Accueil</a> <a href="/a-propos">À propos</a></header>
<nav class="menu"><a href="https://veille.example/rubrique/communs">Communs</a></nav>
<div class="site-wrapper-with-sidebar">
<main>
  <h1>Lectures</h1>
  <ul>
    <li><a href="https://revue.example/2021/05/le-mythe-du-community-manager">Le mythe du
        community manager</a></li>
    <li><a href="https://autre.example/articles/communs-numeriques.html">Communs numériques</a></li>
    <li><a href="/2021/06/notre-propre-billet-sur-la-question">Notre billet</a></li>
    <li><a href="/tag/communs">#communs</a></li>
    <li><a href="https://docs.example/rapport.pdf">Le rapport (PDF)</a></li>
    <li><a href="https://site.example/">Un site</a></li>
    <li><a href="https://cdn.example/photo.jpg">Une photo</a></li>
    <li><a href="#notes">Notes</a> <a href="mailto:moi@example.org">m'écrire</a></li>
    <li><a href="https://revue.example/2021/05/le-mythe-du-community-manager#c">encore</a></li>
  </ul>
  <div class="share"><a href="https://www.facebook.com/sharer.php?u=x">Partager</a>
  <a href="https://twitter.com/intent/tweet?url=x">Tweeter</a></div>
</main>
</div>
<footer><a href="https://editeur.example/mentions-legales/infos">Mentions légales</a></footer>
</body></html>"""


def test_links_of_a_saved_page_with_a_guess_of_the_articles() -> None:
    links = parse_link_list(SAVED_PAGE.encode(), "lectures.html")
    assert links.kind == "page"
    assert links.name == "Lectures sur les communs"
    found = {link.url: link for link in links.links}
    articles = [link.url for link in links.links if link.article]
    assert articles == [
        "https://revue.example/2021/05/le-mythe-du-community-manager",
        "https://autre.example/articles/communs-numeriques.html",
        "https://veille.example/2021/06/notre-propre-billet-sur-la-question",
        "https://docs.example/rapport.pdf",
    ]
    assert found["https://revue.example/2021/05/le-mythe-du-community-manager"].title == (
        "Le mythe du community manager")
    assert found["https://veille.example/a-propos"].why_not == NAVIGATION
    assert found["https://veille.example/rubrique/communs"].why_not == NAVIGATION
    assert found["https://veille.example/tag/communs"].why_not == SAME_SITE
    assert found["https://www.facebook.com/sharer.php?u=x"].why_not == SOCIAL
    assert found["https://twitter.com/intent/tweet?url=x"].why_not == SOCIAL
    assert found["https://editeur.example/mentions-legales/infos"].why_not == NAVIGATION
    assert not found["https://site.example/"].article
    assert not found["https://cdn.example/photo.jpg"].article
    assert all(link.collection == "Lectures sur les communs" for link in links.links)
    assert not any(link.url.startswith("mailto") for link in links.links)


def test_a_real_news_page_preselects_its_cited_articles_not_its_menus(html_dir: Path) -> None:
    links = read_link_list(html_dir / "lemonde-1" / "source.html")
    articles = {link.url for link in links.articles().links}
    assert "http://www.lemonde.fr/pixels/article/2015/03/18/les-critiques-de-la-cnil-contre-le-" \
           "projet-de-loi-sur-le-renseignement_4595839_4408996.html" in articles
    menus = [link for link in links.links if link.url in ("http://www.lemonde.fr/",
                                                          "http://www.lemonde.fr/politique/")]
    assert menus and not any(link.article for link in menus)
    assert len(articles) < len(links.links) / 4


def test_relative_links_without_a_known_address_are_counted_not_guessed() -> None:
    page = b"<html><body><main><a href='/x/y-z-w'>relative</a>" \
           b"<a href='https://a.example/some-article-here'>absolute</a></main></body></html>"
    links = parse_link_list(page, "page.html")
    assert [link.url for link in links.links] == ["https://a.example/some-article-here"]
    assert links.ignored == 1


@pytest.mark.parametrize("data, message", [
    (b"%PDF-1.4\n%%EOF\n", "not a list of links"),
    (b"\x00\x01\x02" * 100, "not a list of links"),
    (b"Rien que du texte, aucune adresse.", "no web addresses"),
    (b"<html><body><p>No links here</p></body></html>", "no web addresses"),
])
def test_files_that_hold_no_links_are_refused_clearly(data: bytes, message: str) -> None:
    with pytest.raises(ImportFailure, match=message) as caught:
        parse_link_list(data, "liste.dat")
    assert "liste.dat" in str(caught.value)


def test_an_oversized_or_missing_file_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(MAX_LIST_BYTES + 1)
    with pytest.raises(ImportFailure, match="too large"):
        read_link_list(big)
    with pytest.raises(ImportFailure, match="file not found"):
        read_link_list(tmp_path / "absent.html")


def test_addresses_that_name_the_same_page() -> None:
    key = same_page_key("https://www.Example.org/a/b/?utm_source=x&id=3#top")
    assert key == same_page_key("http://example.org:80/a/b?id=3")
    assert key != same_page_key("https://example.org/a/b?id=4")
    assert same_page_key("https://example.org:8443/a") != same_page_key("https://example.org/a")
    assert clean_url(" https://a.example/x\n#frag") == "https://a.example/x"
    assert clean_url("https://a.example") == "https://a.example/"
    for bad in ("ftp://a.example/", "javascript:x", "https://", "http://a.example:port/"):
        assert clean_url(bad) is None
    assert server_key("https://A.example/x") == "a.example:443"
    assert server_key("http://127.0.0.1:8000/") != server_key("http://127.0.0.1:8001/")
