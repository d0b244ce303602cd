"""`annotator import` on saved web pages: what the decoding found reaches the terminal."""

from __future__ import annotations

from pathlib import Path

from annotator.cli import main

PARAGRAPH = (
    "L’été dernier, à Paris, une communauté s’est rassemblée autour d’un intérêt commun : "
    "l’œuvre d’un cœur généreux. Où était la forêt ? Déjà là, derrière l’école. "
)
PAGE = (
    "<html><head><meta charset='{charset}'><title>Été à Paris</title></head><body><article>"
    f"<h1>Été à Paris</h1><p>{PARAGRAPH * 3}</p><p>{PARAGRAPH}</p></article></body></html>"
)


def test_a_utf8_page_declaring_gb2312_imports_faithfully(tmp_path: Path, capsys) -> None:
    page = tmp_path / "mislabelled.html"
    page.write_bytes(PAGE.format(charset="gb2312").encode("utf-8"))
    project = tmp_path / "p.annot"
    assert main(["import", str(project), "--create", str(page)]) == 0
    captured = capsys.readouterr()
    assert "imported: Été à Paris (web," in captured.out
    assert captured.err.count("warning") == 0
    assert main(["search", str(project), "forêt"]) == 0
    assert "forêt" in capsys.readouterr().out


def test_undecodable_bytes_are_reported_with_their_count(tmp_path: Path, capsys) -> None:
    page = tmp_path / "broken.html"
    data = PAGE.format(charset="utf-8").encode()
    page.write_bytes(data.replace(b"derri", b"der\xff\xfe\xfd", 1))
    assert main(["import", str(tmp_path / "p.annot"), "--create", str(page)]) == 0
    warnings = [line for line in capsys.readouterr().err.splitlines() if "warning" in line]
    assert warnings == [f"warning: {page}: 3 characters could not be decoded and show as \ufffd"]
