"""The concept tree of a project: create, rename, recolor, key, move, merge, delete.

Mixed into Project; every edit returns what undoes it, as Project's other edits do.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from annotator.core.errors import EditCause, EditConflict, ProjectError
from annotator.core.model import Concept
from annotator.core.palette import next_color
from annotator.core.store import Store

SHORTCUT_KEYS = tuple("123456789")


@dataclass(frozen=True)
class ConceptDeletion:
    """A deleted concept subtree and the annotation links it carried."""

    concepts: tuple[Concept, ...]  # parents before children
    links: tuple[tuple[int, int], ...]  # (annotation_id, concept_id)


@dataclass(frozen=True)
class ConceptMerge:
    source: ConceptDeletion
    target_id: int
    moved_children: tuple[Concept, ...]
    added_links: tuple[tuple[int, int], ...]


class ConceptTree:
    """Concept edits of Project; it relies on Project's `_store`."""

    _store: Store

    def concepts(self) -> list[Concept]:
        """All concepts, parents before children, siblings in their order."""
        rows = self._store.concept_rows()
        by_parent: dict[int | None, list[dict[str, Any]]] = {}
        for row in rows:
            by_parent.setdefault(row["parent_id"], []).append(row)
        ordered: list[Concept] = []

        def walk(parent: int | None) -> None:
            for row in by_parent.get(parent, []):
                ordered.append(_concept(row))
                walk(row["id"])

        walk(None)
        return ordered

    def concept_usage(self, concept_ids: Sequence[int] | None = None) -> dict[int, int]:
        """{concept id: number of annotations carrying it}, of every concept or of these."""
        if concept_ids is not None:
            return self._store.concept_usage_of(list(concept_ids))
        return {row["id"]: row["usage"] for row in self._store.concept_rows()}

    def concept(self, concept_id: int) -> Concept:
        row = self._store.concept_row(concept_id)
        if row is None:
            raise ProjectError.coded("", EditCause.NO_CONCEPT, id=concept_id)
        return _concept(row)

    def concept_path(self, concept_id: int) -> str:
        names = []
        current: int | None = concept_id
        while current is not None:
            concept = self.concept(current)
            names.append(concept.name)
            current = concept.parent_id
        return "/".join(reversed(names))

    def concept_by_path(self, path: str) -> Concept | None:
        parent: int | None = None
        found: Concept | None = None
        for name in (part.strip() for part in path.split("/")):
            found = next(
                (
                    c
                    for c in self.concepts()
                    if c.parent_id == parent and c.name.casefold() == name.casefold()
                ),
                None,
            )
            if found is None:
                return None
            parent = found.id
        return found

    def add_concept(
        self,
        name: str,
        *,
        parent_id: int | None = None,
        color: str | None = None,
        description: str = "",
        shortcut: str | None = None,
    ) -> Concept:
        """Add a concept; unless `shortcut` is given, it takes the lowest free key 1–9.

        Keys stay with their concept when the tree is reordered, so a coder's
        learnt keys never silently change meaning.
        """
        name = self._valid_name(name, parent_id)
        if shortcut is None:
            shortcut = self._free_shortcut()
        if parent_id is not None:
            self.concept(parent_id)
        used = [c.color for c in self.concepts()]
        concept_id = self._store.insert_concept(
            {
                "parent_id": parent_id,
                "name": name,
                "color": color or next_color(used),
                "description": description,
                "shortcut": shortcut,
                "position": self._store.next_concept_position(parent_id),
            }
        )
        return self.concept(concept_id)

    def concept_for_key(self, key: str) -> Concept | None:
        """The concept a digit key applies, if any."""
        row = self._store.concept_with_shortcut(key)
        return None if row is None else _concept(row)

    def _free_shortcut(self) -> str:
        used = {c.shortcut for c in self.concepts()}
        return next((key for key in SHORTCUT_KEYS if key not in used), "")

    def update_concept(
        self, concept_id: int, *, expected: Mapping[str, Any] | None = None, **changes: Any
    ) -> Concept:
        """Change name, color, description or shortcut; returns the concept as it was.

        With `expected` (the values the user saw, such as {"name": ...}), only while the
        concept still holds them: compared and written at once, else an EditConflict
        whose `current` holds the concept's values now."""
        old = self.concept(concept_id)
        key = changes.get("shortcut")
        if key:
            if key not in SHORTCUT_KEYS:
                raise ProjectError.coded("", EditCause.BAD_KEY, keys=", ".join(SHORTCUT_KEYS))
            holder = self.concept_for_key(key)
            if holder is not None and holder.id != concept_id:
                raise ProjectError.coded("", EditCause.KEY_TAKEN, key=key, concept=holder.name)
        if "name" in changes:
            changes["name"] = self._valid_name(changes["name"], old.parent_id, concept_id)
        if expected is None:
            self._store.update_concept(concept_id, changes)
            return old
        if not self._store.update_concept(concept_id, changes, dict(expected)):
            raise self._concept_conflict(concept_id, expected.get("name", old.name), expected)
        return replace(old, **dict(expected))

    def _concept_conflict(
        self, concept_id: int, name: str, expected: Mapping[str, Any]
    ) -> EditConflict:
        """The conflict of a concept edit made over values changed since: the values now
        stored, and who changed them when (a server records it; a file knows neither)."""
        now_stored = _concept_row(self.concept(concept_id))
        current = {field: now_stored[field] for field in expected}
        by, at = self._store.concept_edited(concept_id)
        if by:
            return EditConflict.of(
                EditCause.CONCEPT_CONFLICT_BY,
                current,
                edited_by=by,
                edited_at=at,
                by=by,
                name=name,
                updated=at,
            )
        return EditConflict.of(EditCause.CONCEPT_CONFLICT, current, edited_at=at, name=name)

    def move_concept(
        self, concept_id: int, parent_id: int | None, position: int | None = None
    ) -> Concept:
        """Re-parent and/or reorder a concept; returns it as it was."""
        old = self.concept(concept_id)
        ancestor = parent_id
        while ancestor is not None:
            if ancestor == concept_id:
                raise ProjectError.coded("", EditCause.MOVED_UNDER_ITSELF)
            ancestor = self.concept(ancestor).parent_id
        self._valid_name(old.name, parent_id, concept_id)
        siblings = [c for c in self.concepts() if c.parent_id == parent_id and c.id != concept_id]
        position = len(siblings) if position is None else max(0, min(position, len(siblings)))
        siblings.insert(position, old)
        with self._store.transaction():
            for index, sibling in enumerate(siblings):
                changes: dict[str, Any] = {"position": index}
                if sibling.id == concept_id:
                    changes["parent_id"] = parent_id
                self._store.update_concept(sibling.id, changes)
        return old

    def restore_concept_placement(self, old: Concept) -> None:
        """Undo move_concept: put the concept back where `old` says."""
        self.move_concept(old.id, old.parent_id, old.position)

    def delete_concept(self, concept_id: int) -> ConceptDeletion:
        """Delete a concept, its sub-concepts and their tags on annotations."""
        subtree = self._subtree(concept_id)
        links = self._store.concept_links([c.id for c in subtree])
        self._store.delete_concept(concept_id)
        return ConceptDeletion(tuple(subtree), tuple(links))

    def restore_concepts(self, deletion: ConceptDeletion) -> None:
        with self._store.transaction():
            for concept in deletion.concepts:
                self._store.insert_concept(_concept_row(concept))
            self._store.add_links(deletion.links)

    def merge_concepts(self, source_id: int, target_id: int) -> ConceptMerge:
        """Move source's tags and sub-concepts onto target, then delete source."""
        if source_id == target_id:
            raise ProjectError.coded("", EditCause.MERGED_INTO_ITSELF)
        if any(c.id == target_id for c in self._subtree(source_id)):
            raise ProjectError.coded("", EditCause.MERGED_INTO_SUB_CONCEPT)
        target = self.concept(target_id)
        children = tuple(c for c in self.concepts() if c.parent_id == source_id)
        target_names = {c.name.casefold() for c in self.concepts() if c.parent_id == target_id}
        clash = [c.name for c in children if c.name.casefold() in target_names]
        if clash:
            raise ProjectError.coded(
                "", EditCause.SUB_CONCEPTS_CLASH, concept=target.name, names=", ".join(clash)
            )
        source_links = self._store.concept_links([source_id])
        have = set(self._store.concept_links([target_id]))
        added = tuple((a, target_id) for a, _ in source_links if (a, target_id) not in have)
        with self._store.transaction():
            self._store.add_links(added)
            for child in children:
                self.move_concept(child.id, target_id)
            deletion = ConceptDeletion((self.concept(source_id),), tuple(source_links))
            self._store.delete_concept(source_id)
        return ConceptMerge(deletion, target_id, children, added)

    def unmerge_concepts(self, merge: ConceptMerge) -> None:
        with self._store.transaction():
            self.restore_concepts(merge.source)
            for child in merge.moved_children:
                self.restore_concept_placement(child)
            self._store.remove_links(merge.added_links)

    def _subtree(self, concept_id: int) -> list[Concept]:
        everything = self.concepts()
        wanted = {concept_id}
        subtree = []
        for concept in everything:  # parents come before children
            if concept.id in wanted or concept.parent_id in wanted:
                wanted.add(concept.id)
                subtree.append(concept)
        if not subtree:
            raise ProjectError.coded("", EditCause.NO_CONCEPT, id=concept_id)
        return subtree

    def _valid_name(self, name: str, parent_id: int | None, self_id: int | None = None) -> str:
        name = " ".join(str(name).split())
        if not name:
            raise ProjectError.coded("", EditCause.CONCEPT_NAME_EMPTY)
        if "/" in name:
            raise ProjectError.coded("", EditCause.CONCEPT_NAME_SLASH)
        for sibling in self.concepts():
            same = sibling.name.casefold() == name.casefold()
            if sibling.parent_id == parent_id and same and sibling.id != self_id:
                raise ProjectError.coded("", EditCause.CONCEPT_NAME_TAKEN, name=name)
        return name


def _concept(row: dict[str, Any]) -> Concept:
    return Concept(
        id=row["id"],
        name=row["name"],
        parent_id=row["parent_id"],
        color=row["color"],
        description=row["description"],
        shortcut=row["shortcut"],
        position=row["position"],
    )


def _concept_row(concept: Concept) -> dict[str, Any]:
    return {
        "id": concept.id,
        "parent_id": concept.parent_id,
        "name": concept.name,
        "color": concept.color,
        "description": concept.description,
        "shortcut": concept.shortcut,
        "position": concept.position,
    }
