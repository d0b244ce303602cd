"""Tests for importing saved web pages: extraction quality, structure, metadata, decoding."""

from __future__ import annotations

import codecs
import re
import socket
import time
from collections import Counter
from pathlib import Path

import lxml.html
import pytest

from annotator.core.errors import ImportFailure
from annotator.core.importing import web
from annotator.core.importing.base import ImportedDocument
from annotator.core.importing.web import MAX_HTML_BYTES, import_html
from annotator.core.importing.web_fallback import page_blocks

MIN_MEAN_F1 = 0.975
MIN_PAGE_F1 = 0.8

FRENCH_ARTICLE = """<html><head><title>Le mythe du community manager</title></head><body>
<nav><a href="/">Accueil</a> | <a href="/blog">Blog</a></nav>
<article>
<h1>Le mythe du community manager</h1>
<p>L’été dernier, à Paris, une communauté s’est rassemblée autour d’un intérêt commun :
l’œuvre d’un cœur généreux. Où était la forêt ? Déjà là, derrière l’école.</p>
<h2>Une audience n’est pas une communauté</h2>
<p>Une marque a une audience ; ses « fans » ne se connaissent pas entre eux. Voilà pourquoi
la fête a échoué, malgré l’enthousiasme des élèves et la bonne volonté de chacun.</p>
<ul><li>Première leçon : écouter.</li><li>Deuxième leçon : se taire.</li></ul>
<blockquote><p>« On ne gère pas une communauté, on la sert. »</p></blockquote>
</article>
<footer>© 2024 Mentions légales</footer>
</body></html>"""


def tokens(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.lower()))


def token_f1(extracted: str, expected: str) -> float:
    got, want = tokens(extracted), tokens(expected)
    common = sum((got & want).values())
    if common == 0:
        return 0.0
    precision = common / sum(got.values())
    recall = common / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def expected_text(page_dir: Path) -> str:
    # the reference files are UTF-8 but do not say so: decode before parsing
    markup = (page_dir / "expected.html").read_bytes().decode("utf-8")
    return lxml.html.fromstring(markup).text_content()


def import_page(page_dir: Path, **kwargs: str) -> ImportedDocument:
    path = page_dir / "source.html"
    return import_html(path.read_bytes(), str(path), **kwargs)


def spans_text(document: ImportedDocument) -> list[tuple[str, str]]:
    return [(span.kind, document.text[span.start : span.end]) for span in document.spans]


def assert_blocks_tile_the_text(document: ImportedDocument) -> None:
    """Spans cover the text block by block, separated by exactly one line break."""
    position = 0
    for span in document.spans:
        assert span.start == position, (span, document.text[position : span.start])
        block = document.text[span.start : span.end]
        assert block and block == block.strip()
        position = span.end + 1
        assert document.text[span.end : position] in ("\n", "")
    assert position == len(document.text) + 1


# --- quality over the corpus ---------------------------------------------------------------


def test_main_text_matches_the_reference_extraction(html_dir: Path) -> None:
    scores = {}
    for page_dir in sorted(path for path in html_dir.iterdir() if path.is_dir()):
        document = import_page(page_dir)
        scores[page_dir.name] = token_f1(document.text, expected_text(page_dir))
        assert_blocks_tile_the_text(document)
    mean = sum(scores.values()) / len(scores)
    print("\npage                           token F1")
    for name, score in scores.items():
        print(f"{name:30} {score:.3f}")
    print(f"{'mean':30} {mean:.3f}")
    assert len(scores) == 20
    assert mean >= MIN_MEAN_F1
    assert min(scores.values()) >= MIN_PAGE_F1, scores


def test_the_biggest_page_is_fast(html_dir: Path) -> None:
    data = (html_dir / "guardian-1" / "source.html").read_bytes()
    assert len(data) > 1_000_000
    import_html(data, "warm-up.html")  # loads the extractor's modules once
    started = time.perf_counter()
    document = import_html(data, "guardian-1.html")
    assert time.perf_counter() - started < 2.0
    assert "Māori" in document.text


# --- structure -----------------------------------------------------------------------------


def test_headings_lists_quotes_and_paragraphs_become_spans() -> None:
    document = import_html(FRENCH_ARTICLE.encode("utf-8"), "mythe.html")
    blocks = spans_text(document)
    assert ("h2", "Une audience n’est pas une communauté") in blocks
    assert ("li", "Première leçon : écouter.") in blocks
    assert ("li", "Deuxième leçon : se taire.") in blocks
    assert ("blockquote", "« On ne gère pas une communauté, on la sert. »") in blocks
    paragraphs = [text for kind, text in blocks if kind == "p"]
    assert paragraphs[0].startswith("L’été dernier, à Paris")
    assert "\n" not in paragraphs[0]  # source line breaks are only white space
    assert "Accueil" not in document.text and "Mentions légales" not in document.text
    assert_blocks_tile_the_text(document)


def test_corpus_structure_survives(html_dir: Path) -> None:
    nightly = import_page(html_dir / "firefox-nightly-blog")
    kinds = Counter(span.kind for span in nightly.spans)
    assert kinds["h3"] >= 3 and kinds["h4"] >= 5 and kinds["li"] >= 40
    assert ("h3", "Highlights") in spans_text(nightly)

    dropbox = import_page(html_dir / "dropbox-blog")
    code = [text for kind, text in spans_text(dropbox) if kind == "pre"]
    assert code and any("\n" in block for block in code)  # code keeps its lines

    wikipedia = import_page(html_dir / "wikipedia")
    assert {"h2", "h3", "p", "li"} <= {span.kind for span in wikipedia.spans}


def test_the_title_is_not_repeated_in_the_text(html_dir: Path) -> None:
    document = import_page(html_dir / "lemonde-1")
    assert not document.text.startswith(document.title)


# --- metadata ------------------------------------------------------------------------------


def test_news_metadata(html_dir: Path) -> None:
    document = import_page(html_dir / "lemonde-1")
    assert document.kind == "web"
    assert document.media_type == "text/html"
    assert document.title == (
        "Le projet de loi sur le renseignement massivement approuvé à l'Assemblée"
    )
    assert document.metadata["author"] == "Martin Untersinger"
    assert document.metadata["date"] == "2015-05-04"
    assert document.metadata["site"] == "Le Monde.fr"
    assert document.metadata["language"] == "fr"
    assert document.metadata["url"].startswith("http://www.lemonde.fr/pixels/article/2015/05/04/")
    assert document.metadata["description"].startswith("Largement approuvé par les députés")


def test_blog_metadata(html_dir: Path) -> None:
    document = import_page(html_dir / "wordpress")
    assert document.title == (
        "Stack Overflow Jobs Data Shows ReactJS Skills in High Demand,"
        " WordPress Market Oversaturated with Developers"
    )
    assert document.metadata["author"] == "Sarah Gooding"
    assert document.metadata["site"] == "WordPress Tavern"
    assert document.metadata["date"] == "2017-03-09"


def test_right_to_left_pages_say_so(html_dir: Path) -> None:
    assert import_page(html_dir / "rtl-1").metadata["direction"] == "rtl"


def test_canonical_link_wins_and_is_made_absolute() -> None:
    page = (
        "<html><head><link rel='canonical' href='/articles/42'></head><body><article><p>"
        + "Texte de l’article. " * 30
        + "</p></article></body></html>"
    )
    document = import_html(page.encode(), "x.html", url="https://example.org/a?utm=1")
    assert document.metadata["url"] == "https://example.org/articles/42"


def test_the_given_url_is_kept_without_a_canonical_link() -> None:
    document = import_html(FRENCH_ARTICLE.encode(), "x.html", url="https://example.org/mythe")
    assert document.metadata["url"] == "https://example.org/mythe"


def test_title_falls_back_to_title_tag_then_file_name() -> None:
    body = "<body><div>" + "Quelques mots sans titre. " * 20 + "</div></body>"
    with_tag = import_html(
        f"<html><head><title>Onglet</title></head>{body}</html>".encode(), "p.html"
    )
    assert with_tag.title == "Onglet"
    bare = import_html(f"<html>{body}</html>".encode(), "saved/ma-page.html")
    assert bare.title == "ma-page"


# --- decoding ------------------------------------------------------------------------------


def test_french_corpus_pages_have_their_accents(html_dir: Path) -> None:
    for name in ("lemonde-1", "liberation-1"):
        text = import_page(html_dir / name).text
        assert "é" in text and "Ã©" not in text and "\ufffd" not in text


def test_windows_1252_french_page_without_declaration() -> None:
    document = import_html(FRENCH_ARTICLE.encode("cp1252"), "mythe.html")
    for word in ("L’été", "à Paris", "l’œuvre", "cœur", "« fans »"):
        assert word in document.text
    assert document.metadata["encoding"] == "cp1252"


def test_japanese_page_decodes(html_dir: Path) -> None:
    data = (html_dir / "hukumusume" / "source.html").read_bytes()
    reference = import_html(data, "hukumusume.html")
    assert "肉をくわえたイヌが、橋を渡っていました。" in reference.text
    assert reference.title.startswith("欲張りなイヌ")
    # the same page as Shift-JIS, declared, then undeclared
    text = data.decode("utf-8")
    declared = text.replace("charset=utf-8", "charset=Shift_JIS").encode("cp932")
    undeclared = text.replace("; charset=utf-8", "").encode("cp932")
    for variant in (declared, undeclared):
        assert import_html(variant, "hukumusume.html").text == reference.text


def test_http_charset_wins_over_meta() -> None:
    page = FRENCH_ARTICLE.replace("<head>", "<head><meta charset='utf-8'>").encode("cp1252")
    document = import_html(page, "x.html", content_type="text/html; charset=windows-1252")
    assert "l’œuvre d’un cœur" in document.text


def test_utf8_page_mislabelled_latin1_by_its_server() -> None:
    document = import_html(
        FRENCH_ARTICLE.encode("utf-8"), "x.html", content_type="text/html; charset=ISO-8859-1"
    )
    assert "l’œuvre d’un cœur" in document.text


def test_a_bom_wins_over_everything() -> None:
    page = (
        codecs.BOM_UTF8 + FRENCH_ARTICLE.replace("<head>", "<head><meta charset='cp1251'>").encode()
    )
    document = import_html(page, "x.html", content_type="text/html; charset=iso-8859-1")
    assert "l’œuvre d’un cœur" in document.text


def test_invalid_bytes_are_replaced_not_fatal() -> None:
    page = FRENCH_ARTICLE.replace("<head>", "<head><meta charset='utf-8'>").encode()
    page = page.replace(b"dernier", b"der\xff\xfenier")
    document = import_html(page, "x.html")
    assert "der\ufffd\ufffdnier" in document.text
    assert document.warnings == ("2 characters could not be decoded and show as \ufffd",)


def test_xhtml_with_an_xml_declaration() -> None:
    page = '<?xml version="1.0" encoding="utf-8"?>\n' + FRENCH_ARTICLE.replace(
        "<html>", '<html xmlns="http://www.w3.org/1999/xhtml">'
    )
    assert "l’œuvre d’un cœur" in import_html(page.encode(), "x.xhtml").text


# --- safety and limits ---------------------------------------------------------------------


def test_scripts_and_styles_never_reach_the_text() -> None:
    page = FRENCH_ARTICLE.replace(
        "<article>",
        "<article><script>document.write('INJECTED')</script><style>p{color:red}</style>"
        "<noscript>Activez JavaScript</noscript>",
    )
    text = import_html(page.encode(), "x.html").text
    assert "INJECTED" not in text and "color" not in text


def test_parsing_opens_no_connection(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the importer tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    page = FRENCH_ARTICLE.replace(
        "<head>",
        "<head><link rel='stylesheet' href='http://127.0.0.1:9/a.css'>"
        "<script src='http://127.0.0.1:9/a.js'></script>",
    ).replace(
        "<article>",
        "<article><img src='http://127.0.0.1:9/a.png'><iframe src='http://127.0.0.1:9/'></iframe>",
    )
    page = '<!DOCTYPE html SYSTEM "http://127.0.0.1:9/a.dtd">' + page
    assert "l’œuvre" in import_html(page.encode(), "x.html").text


def test_pages_over_the_size_cap_are_refused() -> None:
    data = b"<html><body><p>" + b"a" * MAX_HTML_BYTES + b"</p></body></html>"
    with pytest.raises(ImportFailure, match="larger than 20 MB"):
        import_html(data, "huge.html")


def test_a_page_without_text_is_refused() -> None:
    page = b"<html><head><script>var a = 1;</script></head><body><img src='x.png'></body></html>"
    with pytest.raises(ImportFailure, match="no readable text"):
        import_html(page, "empty-page.html")


@pytest.mark.parametrize("failure", ["nothing", "error"])
def test_fallback_keeps_structure_and_drops_furniture(
    monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    import trafilatura

    def extractor(*args: object, **kwargs: object) -> None:
        if failure == "error":
            raise RecursionError("the extractor broke")

    monkeypatch.setattr(trafilatura, "bare_extraction", extractor)
    document = import_html(FRENCH_ARTICLE.encode(), "x.html")
    assert document.warnings == (web.FALLBACK_WARNING,)
    blocks = spans_text(document)
    assert blocks[0] == ("h1", "Le mythe du community manager")
    assert ("h2", "Une audience n’est pas une communauté") in blocks
    assert ("li", "Deuxième leçon : se taire.") in blocks
    assert ("blockquote", "« On ne gère pas une communauté, on la sert. »") in blocks
    assert "Accueil" not in document.text and "Mentions légales" not in document.text
    assert document.title == "Le mythe du community manager"
    assert_blocks_tile_the_text(document)


def test_fallback_reads_the_body_when_there_is_no_article() -> None:
    page = (
        "<html><body><nav role='navigation'>Menu</nav><table><tr><td>Nom</td><td>Âge</td></tr>"
        "<tr><td>Zoé</td><td>7</td></tr></table><div>Texte<br>sur deux lignes</div></body></html>"
    )
    tree = web.parse_html(page, "x.html")
    assert [(block.kind, block.text) for block in page_blocks(tree)] == [
        ("p", "Nom"),
        ("p", "Âge"),
        ("p", "Zoé"),
        ("p", "7"),
        ("p", "Texte\nsur deux lignes"),
    ]


def test_fallback_stays_inside_the_article() -> None:
    page = (
        "<html><body><article><p>" + "Contenu. " * 40 + "</p></article>Hors article</body></html>"
    )
    tree = web.parse_html(page, "x.html")
    assert [block.text for block in page_blocks(tree)] == [("Contenu. " * 40).strip()]


def test_very_large_pages_skip_the_article_extractor() -> None:
    paragraphs = "".join(f"<p>Paragraphe numéro {number}.</p>" for number in range(60_000))
    page = f"<html><head><title>Long</title></head><body>{paragraphs}</body></html>"
    started = time.perf_counter()
    document = import_html(page.encode(), "long.html")
    assert time.perf_counter() - started < 5
    assert document.warnings == (web.LARGE_PAGE_WARNING,)
    assert len(document.spans) == 60_000
    assert document.text.endswith("Paragraphe numéro 59999.")
    assert document.title == "Long"


def test_text_nodes_over_ten_megabytes_are_parsed_whole() -> None:
    tree = web.parse_html("<html><body><p>" + "mot " * 2_700_000 + "fin</p></body></html>", "x")
    assert tree.find(".//p").text.endswith("mot fin")


def test_a_short_page_still_imports() -> None:
    page = b"<html><head><title>Note</title></head><body><p>Just one line.</p></body></html>"
    document = import_html(page, "note.html")
    assert document.text == "Just one line."
    assert document.title == "Note"
