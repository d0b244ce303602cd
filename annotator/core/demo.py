"""Build the demo project from resources/demo: a PDF report, articles, a codebook
and example annotations by two coders."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.core.anchoring import find_quote
from annotator.core.importing import import_source
from annotator.core.importing.base import ProgressCallback
from annotator.core.paths import resources_dir
from annotator.core.project import Project


@dataclass
class DemoReport:
    documents: int = 0
    concepts: int = 0
    annotations: int = 0
    skipped: list[str] = field(default_factory=list)


def demo_sources(demo_dir: Path | None = None) -> list[Path]:
    demo_dir = demo_dir or resources_dir() / "demo"
    return sorted(demo_dir.glob("*.pdf")) + sorted((demo_dir / "articles").glob("*.html"))


def build_demo(
    path: Path, *, demo_dir: Path | None = None, progress: ProgressCallback | None = None
) -> DemoReport:
    """Create a new project at `path` holding the whole demo corpus, coded."""
    demo_dir = demo_dir or resources_dir() / "demo"
    report = DemoReport()
    sources = demo_sources(demo_dir)
    with Project.create(path, author="A") as project:
        ids_by_name: dict[str, int] = {}
        for done, source in enumerate(sources):
            document = project.add_document(import_source(source)).document
            ids_by_name[source.relative_to(demo_dir).as_posix()] = document.id
            report.documents += 1
            if progress:
                progress(done + 1, len(sources) + 1)
        codebook = json.loads((demo_dir / "codebook.json").read_text(encoding="utf-8"))
        report.concepts = _add_concepts(project, codebook, None)
        examples = json.loads((demo_dir / "annotations.json").read_text(encoding="utf-8"))
        for example in examples:
            if _add_example(project, example, ids_by_name):
                report.annotations += 1
            else:
                report.skipped.append(f"{example['document']}: {example['quote'][:40]}…")
        if progress:
            progress(len(sources) + 1, len(sources) + 1)
    return report


def _add_concepts(project: Project, nodes: list[dict[str, Any]], parent_id: int | None) -> int:
    count = 0
    for node in nodes:
        concept = project.add_concept(
            node["name"], parent_id=parent_id, color=node.get("color"),
            description=node.get("description", ""),
        )
        count += 1 + _add_concepts(project, node.get("children", []), concept.id)
    return count


def _add_example(project: Project, example: dict[str, Any], ids: dict[str, int]) -> bool:
    document_id = ids.get(example["document"])
    if document_id is None:
        return False
    found = find_quote(project.document(document_id).text, example["quote"])
    concepts = [project.concept_by_path(path) for path in example.get("concepts", [])]
    if found is None or any(c is None for c in concepts):
        return False
    project.annotate(
        document_id, found[0], found[1], [c.id for c in concepts if c is not None],
        memo=example.get("memo", ""), author=example.get("author") or "A",
    )
    return True
