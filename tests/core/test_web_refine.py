"""What the article extractor gets wrong on many sites, and the second look that fixes it."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.importing import import_source
from annotator.core.importing.web import import_html

PROSE = (
    "Une communauté ne se décrète pas : elle se rassemble autour d’un intérêt commun, "
    "se donne des rituels et des lieux, et survit à ceux qui l’ont lancée. "
)


def page(article: str, *, before: str = "", after: str = "") -> bytes:
    return (
        "<html><head><meta charset='utf-8'><title>Essai</title></head><body>"
        f"<nav><a href='/'>Accueil</a></nav>{before}<article><h1>Le mythe</h1>{article}</article>"
        f"{after}<footer>Mentions légales</footer></body></html>"
    ).encode()


def paragraphs(count: int) -> str:
    return "".join(f"<p>{number}. {PROSE * 3}</p>" for number in range(1, count + 1))


def test_a_paywall_prompt_and_its_offers_are_left_out() -> None:
    wall = (
        "<section class='bottom-article'><div class='row'><div class='prompt'>"
        "<h2>Pour lire la suite, créez votre compte</h2><p>Ou connectez-vous ici</p>"
        "<form><input type='email' name='email'><input type='password' name='pw'>"
        "<input type='submit' value='Créer mon compte'></form></div></div>"
        "<div class='row'><h2>Pour accéder en illimité aux articles :</h2>"
        "<p>Profitez de notre offre découverte, 1 € le premier mois.</p></div></section>"
    )
    document = import_html(page(paragraphs(4) + wall), "paywall.html")
    assert "4. Une communauté" in document.text
    for boilerplate in ("Pour lire la suite", "connectez-vous", "illimité", "offre découverte"):
        assert boilerplate not in document.text


def test_a_log_in_form_inside_the_article_goes_alone() -> None:
    form = "<div class='login'><p>Déjà abonné ?</p><form><input type='password'></form></div>"
    document = import_html(page(paragraphs(2) + form + paragraphs(1)), "x.html")
    assert "Déjà abonné" not in document.text
    assert "1. Une communauté" in document.text and "2. Une communauté" in document.text


def test_an_article_without_paragraphs_is_not_taken_for_a_wall() -> None:
    lines = "".join(f"<div>{number}. {PROSE * 2}</div>" for number in range(1, 6))
    html = (
        "<html><head><meta charset='utf-8'><title>Essai</title></head><body><div id='page'>"
        f"<div id='content'><h1>Le mythe</h1>{lines}"
        "<form><input type='password'></form></div>"
        "<div id='bottom'><p>Mentions légales et conditions d’utilisation du site.</p></div>"
        "</div></body></html>"
    )
    document = import_html(html.encode(), "x.html")
    assert "5. Une communauté" in document.text


def test_labelled_links_to_other_pages_and_picture_credits_are_left_out() -> None:
    teasers = (
        "<p><strong>À lire aussi »</strong> <a href='/a'>Ballonnements : quel est votre profil"
        " ?</a></p>"
        "<p>Lire aussi : <a href='/b'>Les critiques de la CNIL contre le projet de loi</a></p>"
    )
    credit = (
        "<p>Image illustrative : <a href='/c'>Lots of Lego Minifigures</a> by "
        "<a href='/d'>Ninja Brick</a>, en licence <a href='/e'>Creative Commons by</a></p>"
    )
    document = import_html(page(paragraphs(2) + teasers + paragraphs(1) + credit), "x.html")
    for boilerplate in ("À lire aussi", "Lire aussi", "CNIL", "Image illustrative", "Lego"):
        assert boilerplate not in document.text
    assert "1. Une communauté" in document.text


def test_labelled_prose_stays() -> None:
    kept = (
        "<p>Note : <a href='/n'>cette enquête</a> a été menée auprès de 300 modérateurs "
        "bénévoles entre 2019 et 2021, dans quatre pays.</p>"
    )
    document = import_html(page(paragraphs(2) + kept), "x.html")
    assert "Note : cette enquête a été menée" in document.text


def test_related_content_boxes_named_in_french_are_left_out() -> None:
    boxes = (
        "<q class='lire_aussi'>Lire aussi Martine Bulard, « En Corée, la politique du rayon de "
        "soleil », juin 2018.</q>"
        "<div class='paragraph--type--en-savoir-plus'><div class='savoir_plus_block'>"
        "<h4>Université PSL</h4><p>Collège de France, École normale supérieure, CNRS, Inserm, "
        "Inria, et vingt autres établissements membres.</p></div></div>"
    )
    document = import_html(page(paragraphs(2) + boxes + paragraphs(1)), "x.html")
    for boilerplate in ("Lire aussi", "rayon de soleil", "Université PSL", "Inserm"):
        assert boilerplate not in document.text
    assert "1. Une communauté" in document.text


def test_a_standfirst_beside_the_title_is_restored_first() -> None:
    body = (
        "<div class='cartouche'><h1 class='titre'>Turpitude et architecture</h1>"
        "<div class='crayon article-chapo-1946 chapo'><p>L’un des écrivains les plus célèbres"
        " du pays est un homme heureux : il voit à 75 ans le rapprochement se réaliser.</p>"
        "</div><div class='dates'>par Didier Roy, 21 juin 2018</div></div>"
        f"<div class='texte'>{paragraphs(4)}</div>"
    )
    html = (
        "<html><head><meta charset='utf-8'><title>Essai</title></head><body>"
        f"<div class='contenu'>{body}</div></body></html>"
    )
    document = import_html(html.encode(), "x.html")
    assert document.text.startswith("L’un des écrivains les plus célèbres du pays")
    assert document.text.count("il voit à 75 ans") == 1
    assert "1. Une communauté" in document.text


def test_a_layout_table_keeps_its_structure_and_drops_its_sidebar() -> None:
    links = "".join(f"<a href='/{n}'>Lien numéro {n}</a><br>" for n in range(8))
    html = (
        "<html><head><meta charset='utf-8'><title>Essai</title></head><body><table><tr>"
        f"<td><h3>Le mythe du community manager</h3>{paragraphs(3)}</td>"
        f"<td><h2>Liens officiels :</h2>{links}</td></tr></table></body></html>"
    )
    document = import_html(html.encode(), "x.html")
    kinds = [(span.kind, document.text[span.start : span.end]) for span in document.spans]
    assert ("h3", "Le mythe du community manager") in kinds
    assert "Lien numéro" not in document.text
    assert "\t" not in document.text


def test_a_data_table_of_links_is_kept() -> None:
    rows = "".join(
        f"<tr><td><a href='/{n}'>Rapport {n}</a></td><td><a href='/p{n}'>PDF {n}</a></td></tr>"
        for n in range(6)
    )
    html = page(paragraphs(2) + f"<table>{rows}</table>")
    document = import_html(html, "x.html")
    assert "Rapport 5\tPDF 5" in document.text


@pytest.mark.parametrize(
    ("name", "standfirst"),
    [
        ("blog.mondediplo.net.turpitude", "L’un des écrivains sud-coréens les plus célèbres"),
        ("laviedesidees.fr.evaluation", "L’évaluation, et la place qu’y occupe la bibliométrie"),
        ("madame.lefigaro.fr.dintestin", "Pour aller bien «en haut», commençons par"),
        ("sciencesetavenir.fr.rumeur", "Les informations non vérifiées ont envahi"),
    ],
)
def test_french_standfirsts_open_the_text(corpus_dir: Path, name: str, standfirst: str) -> None:
    document = import_source(corpus_dir / "html-snippets" / name / "source.html")
    assert document.text.startswith(standfirst)
    assert document.text.count(standfirst) == 1
