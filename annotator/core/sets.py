"""Document sets: named groups of documents (the interviews of one site, a sample).

A document belongs to any number of sets. REFI-QDA exchanges them as `<Sets>`
(each `<MemberSource>` a document); the cases of NVivo and MAXQDA come in as
sets named after them. Analyses and statistics can be narrowed to the
documents of some sets.

Mixed into Project: creating, renaming and removing sets, adding and removing
documents, each edit returning what undoes it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from annotator.core.errors import EditCause, ProjectError
from annotator.core.store import Store


class SetError(ProjectError):
    """A set name that cannot be accepted (empty, taken) or a set that is not there."""


@dataclass(frozen=True)
class DocumentSet:
    id: int
    name: str
    description: str = ""
    position: int = 0


@dataclass(frozen=True)
class SetDeletion:
    """A removed set and its members, to put back with the same id."""

    document_set: DocumentSet
    document_ids: tuple[int, ...]


class DocumentSets:
    """Set edits of Project; relies on Project's store."""

    _store: Store

    def document_sets(self) -> list[DocumentSet]:
        """Every set, in the order they were made."""
        return [_document_set(row) for row in self._store.set_rows()]

    def document_set(self, set_id: int) -> DocumentSet:
        for found in self.document_sets():
            if found.id == set_id:
                return found
        raise SetError.coded("", EditCause.NO_SET, id=set_id)

    def set_by_name(self, name: str) -> DocumentSet | None:
        """The set of this name (capitals and repeated spaces aside), if any."""
        wanted = " ".join(name.split()).casefold()
        return next((s for s in self.document_sets() if s.name.casefold() == wanted), None)

    def create_set(
        self, name: str, document_ids: Iterable[int] = (), *, description: str = ""
    ) -> DocumentSet:
        """A new set holding these documents; `remove_set` undoes it."""
        name = self._free_name(name)
        with self._store.transaction():
            set_id = self._store.insert_set({"name": name, "description": description})
            self._store.add_set_members((set_id, d) for d in dict.fromkeys(document_ids))
        return self.document_set(set_id)

    def rename_set(self, set_id: int, name: str) -> str:
        """Give a set another name; returns the old one (to undo)."""
        old = self.document_set(set_id).name
        name = " ".join(name.split())
        if name.casefold() != old.casefold():
            name = self._free_name(name)
        self._store.update_set_name(set_id, name)
        return old

    def remove_set(self, set_id: int) -> SetDeletion:
        """Remove a set (its documents stay in the project)."""
        deletion = SetDeletion(self.document_set(set_id), tuple(sorted(self.set_members(set_id))))
        self._store.delete_set(set_id)
        return deletion

    def restore_set(self, deletion: SetDeletion) -> None:
        kept = deletion.document_set
        with self._store.transaction():
            self._store.insert_set(
                {
                    "id": kept.id,
                    "name": kept.name,
                    "description": kept.description,
                    "position": kept.position,
                }
            )
            self._store.add_set_members((kept.id, d) for d in deletion.document_ids)

    def set_members(self, set_id: int) -> frozenset[int]:
        """The ids of the set's documents."""
        self.document_set(set_id)
        return self.members_by_set().get(set_id, frozenset())

    def members_by_set(self) -> dict[int, frozenset[int]]:
        """{set id: its documents' ids}; a set without documents is absent."""
        found: dict[int, set[int]] = {}
        for row in self._store.set_member_rows():
            found.setdefault(row["set_id"], set()).add(row["document_id"])
        return {set_id: frozenset(ids) for set_id, ids in found.items()}

    def sets_by_document(self) -> dict[int, frozenset[int]]:
        """{document id: the ids of the sets it is in}; a document in none is absent."""
        found: dict[int, set[int]] = {}
        for row in self._store.set_member_rows():
            found.setdefault(row["document_id"], set()).add(row["set_id"])
        return {document_id: frozenset(ids) for document_id, ids in found.items()}

    def add_to_set(self, set_id: int, document_ids: Iterable[int]) -> list[int]:
        """Add documents to a set; returns those that were not in it yet (what
        `remove_from_set` takes to undo)."""
        members = self.set_members(set_id)
        added = [d for d in dict.fromkeys(document_ids) if d not in members]
        self._store.add_set_members((set_id, d) for d in added)
        return added

    def remove_from_set(self, set_id: int, document_ids: Iterable[int]) -> list[int]:
        """Take documents out of a set; returns those that were in it (what
        `add_to_set` takes to undo)."""
        members = self.set_members(set_id)
        removed = [d for d in dict.fromkeys(document_ids) if d in members]
        self._store.remove_set_members((set_id, d) for d in removed)
        return removed

    def documents_in_sets(self, set_ids: Sequence[int]) -> frozenset[int]:
        """The documents in any of these sets."""
        members = self.members_by_set()
        return frozenset().union(*(members.get(s, frozenset()) for s in set_ids))

    def _free_name(self, name: str) -> str:
        name = " ".join(name.split())
        if not name:
            raise SetError.coded("", EditCause.SET_NAME_EMPTY)
        if self.set_by_name(name) is not None:
            raise SetError.coded("", EditCause.SET_NAME_TAKEN, name=name)
        return name


def _document_set(row: dict) -> DocumentSet:
    return DocumentSet(row["id"], row["name"], row["description"], row["position"])
