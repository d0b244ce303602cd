"""Web pages whose bytes and declared charset disagree, undecodable bytes, a missing extractor."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from annotator.core.demo import build_demo
from annotator.core.importing import import_source
from annotator.core.importing.web import NO_EXTRACTOR_WARNING, import_html
from annotator.core.project import Project

PARAGRAPH = (
    "L’été dernier, à Paris, une communauté s’est rassemblée autour d’un intérêt commun : "
    "l’œuvre d’un cœur généreux. Où était la forêt ? Déjà là, derrière l’école. "
)


def french_page(meta: str = "") -> str:
    return (
        f"<html><head>{meta}<title>Été à Paris</title></head><body>"
        "<nav><a href='/'>Accueil</a> | <a href='/blog'>Blog</a></nav>"
        f"<article><h1>Été à Paris</h1><p>{PARAGRAPH * 3}</p><p>{PARAGRAPH}</p></article>"
        "<footer>Mentions légales</footer></body></html>"
    )


def assert_faithful(document) -> None:
    assert document.title == "Été à Paris"
    assert "l’œuvre d’un cœur généreux. Où était la forêt ? Déjà là" in document.text
    assert "\ufffd" not in document.text
    assert document.warnings == ()


@pytest.mark.parametrize(
    "meta",
    [
        '<meta charset="gb2312">',
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
        '<meta charset="shift_jis">',
        '<meta charset="iso-8859-2">',
    ],
)
def test_utf8_bytes_under_a_wrong_legacy_declaration_are_read_as_utf8(meta: str) -> None:
    document = import_html(french_page(meta).encode("utf-8"), "mislabelled.html")
    assert_faithful(document)
    assert document.metadata["encoding"] == "utf_8"


def test_a_wrong_http_charset_does_not_garble_utf8_either() -> None:
    data = french_page().encode("utf-8")
    document = import_html(data, "x.html", content_type="text/html; charset=gb2312")
    assert_faithful(document)


def test_a_genuine_windows_1252_page_declaring_nothing() -> None:
    document = import_html(french_page().encode("cp1252"), "legacy.html")
    assert_faithful(document)
    assert document.metadata["encoding"] == "cp1252"


@pytest.mark.parametrize(
    ("text", "charset"),
    [
        ("这是一个关于社区管理的中文网页，讨论品牌与受众之间的关系。" * 20, "gb2312"),
        ("コミュニティ運営についての日本語のページです。" * 20, "shift_jis"),
        ("Управление сообществом: аудитория бренда ещё не сообщество. " * 20, "koi8-r"),
        (
            "Zarządzanie społecznością: publiczność marki to jeszcze nie wspólnota. " * 20,
            "iso-8859-2",
        ),
    ],
)
def test_genuine_legacy_pages_keep_their_declared_charset(text: str, charset: str) -> None:
    page = f"<html><head><meta charset='{charset}'></head><body><p>{text}</p></body></html>"
    document = import_html(page.encode(charset), "legacy.html")
    assert document.text == text.strip()
    assert document.warnings == ()


def test_a_charset_declared_after_kilobytes_of_comments_is_honoured() -> None:
    comments = "<!--[if IE 8 ]> <html class='ie ie8'> <![endif]-->\n" * 120
    page = f"{comments}<html><head><meta charset='utf-8'><title>Été à Paris</title></head>"
    page += f"<body><article><h1>Été à Paris</h1><p>{PARAGRAPH * 4}</p></article></body></html>"
    assert len(comments) > 5000
    assert_faithful(import_html(page.encode(), "late.html"))


def test_a_commented_out_declaration_is_ignored() -> None:
    page = french_page("<!-- <meta charset='koi8-r'> -->").encode("cp1252")
    assert_faithful(import_html(page, "x.html"))


@pytest.mark.parametrize(
    ("broken", "warning"),
    [
        (b"\xff", "1 character could not be decoded and shows as \ufffd"),
        (b"\xff\xfe\xfd", "3 characters could not be decoded and show as \ufffd"),
    ],
)
def test_undecodable_bytes_are_counted_in_a_warning(broken: bytes, warning: str) -> None:
    data = french_page("<meta charset='utf-8'>").encode().replace(b"derri", b"der" + broken, 1)
    document = import_html(data, "broken.html")
    assert document.text.count("\ufffd") == len(broken)
    assert document.warnings == (warning,)


def test_undecodable_bytes_outside_the_article_need_no_warning() -> None:
    data = french_page("<meta charset='utf-8'>").encode().replace(b"Accueil", b"Acc\xffueil")
    assert import_html(data, "x.html").warnings == ()


def test_soft_hyphens_are_removed_from_web_text(corpus_dir: Path) -> None:
    path = corpus_dir / "html-snippets" / "soundofscience.fr.1927" / "source.html"
    assert path.read_bytes().count("\u00ad".encode()) == 560
    document = import_source(path)
    assert "\u00ad" not in document.text
    assert "Image illus\u00adtra\u00adtive" not in document.text
    assert "En réaction à la candidature" in document.text


@pytest.fixture
def no_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make `import trafilatura` fail, as on an install missing one of its dependencies."""
    monkeypatch.setitem(sys.modules, "trafilatura", None)


@pytest.mark.usefixtures("no_extractor")
def test_without_the_extractor_pages_import_with_a_warning(html_dir: Path) -> None:
    document = import_source(html_dir / "lemonde-1" / "source.html")
    assert document.warnings == (NO_EXTRACTOR_WARNING,)
    assert "article extraction library is unavailable" in NO_EXTRACTOR_WARNING
    assert len(document.text) > 3000
    assert document.metadata["language"] == "fr"
    assert any(span.kind == "p" for span in document.spans)


@pytest.mark.usefixtures("no_extractor")
def test_without_the_extractor_the_demo_still_builds(tmp_path: Path) -> None:
    report = build_demo(tmp_path / "demo.annot")
    assert report.documents >= 8
    with Project.open(tmp_path / "demo.annot") as project:
        assert len(project.documents()) == report.documents
