"""Offline work: a coder takes a copy of the server project to a file, codes without
the network, and merges the copy back; merging it again adds nothing."""

from __future__ import annotations

from pathlib import Path

from annotator.cli import main
from annotator.core.project import Project
from annotator.core.store.postgres.admin import grant_role
from tests.core.conftest import text_document


def test_a_coders_copy_merges_back_once(cluster, server_url: str, tmp_path: Path, capsys) -> None:
    with Project.open(server_url) as owner:
        essay = owner.add_document(text_document()).document
        theme = owner.add_concept("Thème")
        owner.annotate(essay.id, 0, 6, [theme.id])
    ana = cluster.url(server_url.rsplit("/", 1)[1], cluster.login("ana"))
    grant_role(server_url, "ana", "coder")
    copy = tmp_path / "ana.annot"
    assert main(["copy", ana, str(copy)]) == 0
    assert "1 documents, 1 concepts, 1 annotations" in capsys.readouterr().out

    with Project.open(copy, author="ana") as offline:  # no network from here on
        place = offline.add_concept("Lieu", parent_id=theme.id)
        offline.annotate(essay.id, 10, 20, [theme.id, place.id], memo="hors ligne")
        report = offline.add_document(text_document("Un entretien.", title="Entretien"))
        offline.annotate(report.document.id, 0, 2, [place.id])
    with Project.open(server_url) as owner:  # meanwhile the team goes on
        owner.annotate(essay.id, 30, 35)

    assert main(["merge", server_url, str(copy)]) == 0
    out = capsys.readouterr().out
    assert "1 documents added, 1 already here; 1 concepts added; 2 passages added, 1 already" in out
    assert main(["merge", server_url, str(copy)]) == 0
    out = capsys.readouterr().out
    assert "0 documents added, 2 already here; 0 concepts added; 0 passages added, 3 already" in out

    with Project.open(server_url, read_only=True) as merged:
        assert sorted(d.title for d in merged.documents()) == ["Entretien", "Essai"]
        assert merged.concept_by_path("Thème/Lieu") is not None
        passages = merged.annotations()
        assert len(passages) == 4
        offline_one = next(a for a in passages if a.memo == "hors ligne")
        assert offline_one.author == "ana" and len(offline_one.concept_ids) == 2
