"""What every query mixin of Store may use: the connection, row helpers, transactions.

The queries are split by responsibility into mixins (documents, concepts,
annotations, lookups, variables) that Store combines. Each mixin inherits
StoreBase, so the attributes and methods it borrows from Store or from a
sibling mixin are declared once, with their types, here.
"""

from __future__ import annotations

import sqlite3
from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any


class StoreBase(ABC):
    """The connection and helpers shared by Store's query mixins."""

    path: Path
    read_only: bool
    version: int  # the file's schema version; lower when read-only and not migrated
    _conn: sqlite3.Connection

    def _one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        """The first row of a query as a dict, or None."""
        row = self._conn.execute(sql, params).fetchone()
        return dict(row) if row is not None else None

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Every row of a query as dicts."""
        return [dict(row) for row in self._conn.execute(sql, params)]

    @abstractmethod
    def transaction(self) -> AbstractContextManager[None]:
        """One atomic write; nested uses join the outer transaction (Store)."""

    # -- used across mixins --------------------------------------------------------
    @abstractmethod
    def add_links(self, links: Iterable[tuple[int, int]]) -> None:
        """Link (annotation id, concept id) pairs (ConceptQueries)."""

    @abstractmethod
    def restore_annotation(self, row: dict[str, Any]) -> None:
        """Insert an annotation with its original id and concept links (AnnotationQueries)."""
