"""The codebook model signals only the rows whose look changed."""

from __future__ import annotations

from pathlib import Path

from annotator.core.importing.base import ImportedDocument
from annotator.core.project import Project
from annotator.gui.editor import Editor
from annotator.gui.panels.concept_tree_model import COUNT, NAME, ConceptTreeModel

TEXT = "Une communauté se rassemble autour d'un intérêt commun. " * 3


def test_one_new_highlight_signals_only_its_concept_row(tmp_path: Path, qtbot):
    project = Project.create(tmp_path / "p.annot", author="claire")
    document = project.add_document(ImportedDocument(
        title="Essai", kind="text", source="essai.txt", text=TEXT,
        original=TEXT.encode(), media_type="text/plain")).document.id
    parent = project.add_concept("Communauté")
    concepts = [project.add_concept(f"Thème {n}", parent_id=parent.id) for n in range(20)]
    editor = Editor(project)
    model = ConceptTreeModel(editor)
    changed = []
    model.dataChanged.connect(lambda first, _last, _roles=(): changed.append(
        model.id_of(first)))

    editor.annotate(document, 0, 14, (concepts[7].id,))
    model.reload()
    assert changed == [concepts[7].id]
    row = model.index_of(concepts[7].id, COUNT)
    assert row.data() == "1"

    changed.clear()
    model.reload()  # nothing changed: no signal at all
    assert changed == []

    editor.rename_concept(concepts[3].id, "Appartenance")
    model.reload()
    assert concepts[3].id in changed
    assert model.index_of(concepts[3].id, NAME).data() == "Appartenance"
    project.close()
